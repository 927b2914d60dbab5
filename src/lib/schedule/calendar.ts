/**
 * Plain calendar dates as 'YYYY-MM-DD' strings, computed in UTC so no local time zone can shift a day.
 * "Today" is always today in Japan (Asia/Tokyo, UTC+9, no daylight saving).
 */
import { WEEKDAYS, type Weekday } from '../../schemas/taxonomy.ts';
import { memoized } from '../memo.ts';

const DAY_MS = 86_400_000;

/**
 * Dates converted both ways, each once: expanding schedules over years (the calendars, src/lib/export/ical.ts)
 * converts the same few thousand dates millions of times, and Date parsing and formatting were most of a
 * build's time at 10,000 entries (docs/performance.md).
 */
const CACHE_LIMIT = 100_000;

export const toUtc: (iso: string) => number = memoized((iso) => Date.parse(`${iso}T00:00:00Z`), CACHE_LIMIT);

export const fromUtc: (ms: number) => string = memoized((ms) => new Date(ms).toISOString().slice(0, 10), CACHE_LIMIT);

export function addDays(iso: string, days: number): string {
	return fromUtc(toUtc(iso) + days * DAY_MS);
}

export function daysBetween(from: string, to: string): number {
	return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

/** 月…日 of a date: counted from 1970-01-01, a Thursday (no Date made: schedules ask this millions of times). */
export function weekdayOf(iso: string): Weekday {
	const days = Math.round(toUtc(iso) / DAY_MS);
	return WEEKDAYS[(((days + 3) % 7) + 7) % 7]!;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
export function daysInMonth(iso: string): number {
	const year = Number(iso.slice(0, 4));
	const month = Number(iso.slice(5, 7));
	const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
	return month === 2 && leap ? 29 : MONTH_DAYS[month - 1]!;
}

/** The date in Japan at a given instant. */
export function tokyoDate(now: Date): string {
	return fromUtc(now.getTime() + 9 * 3_600_000);
}

/** 11月23日（月） */
export function formatJapaneseDate(iso: string, withWeekday = true): string {
	const [, m, d] = iso.split('-').map(Number);
	return `${m}月${d}日${withWeekday ? `（${weekdayOf(iso)}）` : ''}`;
}
