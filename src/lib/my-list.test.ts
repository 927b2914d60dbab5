import { describe, expect, test } from 'vitest';
import { linkedList, MAX_ITEMS, merge, parseRefs, serializeRefs, toggle } from './my-list.ts';

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
	test('merging keeps the first list in order and adds only what is new', () => {
		expect(merge(['salons/a/x', 'resources/a/y'], ['resources/a/y', 'salons/b/z'])).toEqual(['salons/a/x', 'resources/a/y', 'salons/b/z']);
	});
});

describe('わたしのリスト: a link never replaces the kept list silently', () => {
	const kept = ['salons/a/x', 'resources/a/y'];
	test('no link, an empty link or a link with nothing valid keeps the list', () => {
		expect(linkedList(kept, '')).toEqual({ action: 'keep', refs: kept, ignored: false });
		expect(linkedList(kept, '?ids=')).toEqual({ action: 'keep', refs: kept, ignored: true });
		expect(linkedList(kept, '?ids=javascript:alert(1),..%2F..')).toEqual({ action: 'keep', refs: kept, ignored: true });
		expect(linkedList(kept, '?add=%3Cimg%3E')).toEqual({ action: 'keep', refs: kept, ignored: true });
	});
	test('a linked list opens when nothing would be lost', () => {
		expect(linkedList([], '?ids=salons/b/z')).toEqual({ action: 'open', refs: ['salons/b/z'] });
		expect(linkedList(kept, '?ids=resources/a/y,salons/a/x')).toEqual({ action: 'open', refs: ['resources/a/y', 'salons/a/x'] });
	});
	test('another list is kept here: ask', () => {
		expect(linkedList(kept, '?ids=salons/b/z,salons/a/x')).toEqual({ action: 'ask', refs: kept, linked: ['salons/b/z', 'salons/a/x'] });
		expect(linkedList(kept, '?ids=salons/a/x')).toMatchObject({ action: 'ask' });
	});
	test('「わたしのリストに入れる」 adds one place to the kept list', () => {
		expect(linkedList(kept, '?add=salons/b/z')).toEqual({ action: 'add', refs: [...kept, 'salons/b/z'], added: 'salons/b/z' });
		expect(linkedList(kept, '?add=salons/a/x')).toEqual({ action: 'add', refs: kept, added: 'salons/a/x' });
	});
	test('places the site does not have count as none', () => {
		const known = (ref: string) => ref !== 'salons/gone/x';
		expect(linkedList(kept, '?ids=salons/gone/x', known)).toEqual({ action: 'keep', refs: kept, ignored: true });
		expect(linkedList(kept, '?add=salons/gone/x', known)).toEqual({ action: 'keep', refs: kept, ignored: true });
		expect(linkedList([], '?ids=salons/gone/x,salons/b/z', known)).toEqual({ action: 'open', refs: ['salons/b/z'] });
	});
});
