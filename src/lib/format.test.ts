import { describe, expect, test } from 'vitest';
import { formatCost, formatDateLong, isStale, telHref } from './format.ts';

describe('what residents read', () => {
	test.each([
		[{ amount: 0 }, '無料'],
		[{ amount: 0, note: '材料費は別' }, '無料（材料費は別）'],
		[{ amount: 100, per: '1回', note: 'お茶代' }, '1回100円（お茶代）'],
		[{ amount: 1200, per: '1時間' }, '1時間1,200円'],
		[undefined, '費用は問い合わせ先にご確認ください'],
	])('cost %j reads %s', (cost, text) => {
		expect(formatCost(cost)).toBe(text);
	});
	test('dates are written the Japanese way', () => {
		expect(formatDateLong('2026-09-05')).toBe('2026年9月5日');
	});
	test('a tel: link keeps only the digits', () => {
		expect(telHref('000-201-3101')).toBe('tel:0002013101');
	});
	test('information is stale after twelve months', () => {
		expect(isStale('2025-11-22', '2026-11-23')).toBe(true);
		expect(isStale('2025-11-23', '2026-11-23')).toBe(false);
	});
});
