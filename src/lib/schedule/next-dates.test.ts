import { describe, expect, test } from 'vitest';
import { datesFrom, nextDatesText, shortDate } from './next-dates.ts';

describe('next dates', () => {
	test('a date reads as 12月14日（月）', () => {
		expect(shortDate('2026-12-14')).toBe('12月14日（月）');
		expect(shortDate('2027-01-11')).toBe('1月11日（月）');
	});
	test('the three dates from today on, today included', () => {
		const dates = ['2026-11-30', '2026-12-14', '2026-12-28', '2027-01-11', '2027-01-25'];
		expect(datesFrom(dates, '2026-12-14')).toEqual(['2026-12-14', '2026-12-28', '2027-01-11']);
		expect(datesFrom(dates, '2026-12-15')).toEqual(['2026-12-28', '2027-01-11', '2027-01-25']);
		expect(nextDatesText(datesFrom(dates, '2026-12-01'))).toBe('次は 12月14日（月）、12月28日（月）、1月11日（月）');
	});
	test('nothing left says nothing (the page then sends residents to the contact)', () => {
		expect(nextDatesText(datesFrom(['2026-12-14'], '2027-01-01'))).toBeUndefined();
	});
});
