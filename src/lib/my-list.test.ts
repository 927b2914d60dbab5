import { describe, expect, test } from 'vitest';
import { MAX_ITEMS, parseRefs, serializeRefs, toggle } from './my-list.ts';

describe('わたしのリスト: what is kept and linked', () => {
	test('only references to places survive a stored or linked value', () => {
		expect(parseRefs('salons/aoba/a-b,resources/chuo/x,javascript:alert(1),../../etc,salons/aoba/a-b,<img>')).toEqual([
			'salons/aoba/a-b',
			'resources/chuo/x',
		]);
		expect(parseRefs(null)).toEqual([]);
	});
	test('toggling adds and removes, and the list is bounded', () => {
		expect(toggle(['salons/a/x'], 'salons/a/x')).toEqual([]);
		expect(toggle(['salons/a/x'], 'resources/a/y')).toEqual(['salons/a/x', 'resources/a/y']);
		const many = Array.from({ length: MAX_ITEMS + 5 }, (_, i) => `salons/a/x-${i}`);
		expect(parseRefs(serializeRefs(many))).toHaveLength(MAX_ITEMS);
	});
});
