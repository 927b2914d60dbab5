import { describe, expect, test } from 'vitest';
import { comingMonth } from './coming-month.ts';

describe('the coming month, for paper', () => {
	const dates = ['2026-12-02', '2026-12-09', '2026-12-23', '2027-01-06', '2027-01-13'];
	test('from today to 30 days on, today included, bounded', () => {
		expect(comingMonth(dates, '2026-12-07')).toEqual(['2026-12-09', '2026-12-23', '2027-01-06']);
		expect(comingMonth(dates, '2026-12-09', 1)).toEqual(['2026-12-09']);
	});
	test('nothing in the coming month gives nothing', () => {
		expect(comingMonth(dates, '2027-01-14')).toEqual([]);
	});
});
