/**
 * Plain calendar dates as 'YYYY-MM-DD' strings, computed in UTC so no local time zone can shift a day.
 * "Today" is always today in Japan (Asia/Tokyo, UTC+9, no daylight saving).
 */
import { WEEKDAYS, type Weekday } from '../../schemas/taxonomy.ts';

const DAY_MS = 86_400_000;

/**
 * Dates already converted, both ways: expanding schedules over years (the calendars, src/lib/export/ical.ts)
 * converts the same few thousand dates millions of times, and Date parsing and formatting were most of a
 * build's time at 10,000 entries (docs/performance.md). Emptied past CACHE_LIMIT, so memory stays bounded.
 */
const CACHE_LIMIT = 100_000;
const msOf = new Map<string, number>();
const isoOf = new Map<number, string>();

export function toUtc(iso: string): number {
	let ms = msOf.get(iso);
	if (ms === undefined) {
		if (msOf.size >= CACHE_LIMIT) msOf.clear();
		ms = Date.parse(`${iso}T00:00:00Z`);
		msOf.set(iso, ms);
	}
	return ms;
}

export function fromUtc(ms: number): string {
	let iso = isoOf.get(ms);
	if (iso === undefined) {
		if (isoOf.size >= CACHE_LIMIT) isoOf.clear();
		iso = new Date(ms).toISOString().slice(0, 10);
		isoOf.set(ms, iso);
	}
	return iso;
}

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
