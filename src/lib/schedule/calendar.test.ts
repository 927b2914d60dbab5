import { expect, test } from 'vitest';
import { addDays, daysInMonth, weekdayOf } from './calendar.ts';
import { WEEKDAYS } from '../../schemas/taxonomy.ts';

test('the weekday and the length of the month of every day from 1899 to 2101, as Date reckons them', () => {
	for (let iso = '1899-12-01'; iso <= '2101-01-31'; iso = addDays(iso, 1)) {
		const date = new Date(`${iso}T00:00:00Z`);
		expect(weekdayOf(iso), iso).toBe(WEEKDAYS[(date.getUTCDay() + 6) % 7]);
		expect(daysInMonth(iso), iso).toBe(new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate());
	}
});

test('a few dates by hand: 2026-12-07 is a Monday, February 2028 has 29 days and 2100 does not', () => {
	expect(weekdayOf('2026-12-07')).toBe('月');
	expect(weekdayOf('1970-01-01')).toBe('木');
	expect(daysInMonth('2028-02-10')).toBe(29);
	expect(daysInMonth('2100-02-01')).toBe(28);
	expect(daysInMonth('2000-02-01')).toBe(29);
});
