/**
 * When a schedule actually takes place: tests one date against the rules, exceptions and validity period,
 * and lists the occurrences in a range. Holidays come in as a function, so the browser can pass a small
 * table instead of a whole holiday library.
 */
import type { Schedule, ScheduleRule } from '../../schemas/schedule.ts';
import { WEEKDAYS } from '../../schemas/taxonomy.ts';
import { addDays, daysBetween, daysInMonth, weekdayOf } from './calendar.ts';

export type IsHoliday = (iso: string) => boolean;

export interface Occurrence {
	date: string;
	start?: string | undefined;
	end?: string | undefined;
}

/** Whether `iso` is the nth (or last) of its weekday in the month, for any of `weeks`. */
function inWeeks(weeks: readonly (number | '最終')[], iso: string): boolean {
	const day = Number(iso.slice(8, 10));
	const nth = Math.ceil(day / 7);
	const isLast = day + 7 > daysInMonth(iso);
	return weeks.some((w) => (w === '最終' ? isLast : w === nth));
}

function ruleMatches(rule: ScheduleRule, iso: string, anchor: string | undefined): boolean {
	const day = Number(iso.slice(8, 10));
	if (rule.repeat === '毎月' && rule.days) return rule.days.includes(day);
	if (!rule.weekdays?.includes(weekdayOf(iso))) return false;
	if (rule.repeat === '毎週') return true;
	if (rule.repeat === '隔週') {
		if (!anchor) return false;
		// Count whole weeks from the Monday of the anchor's week to the Monday of this date's week.
		const monday = (d: string) => addDays(d, -WEEKDAYS.indexOf(weekdayOf(d)));
		const weeks = daysBetween(monday(anchor), monday(iso)) / 7;
		return weeks >= 0 && weeks % 2 === 0;
	}
	return inWeeks(rule.weeks ?? [], iso);
}

const isWeekday = (iso: string) => WEEKDAYS.indexOf(weekdayOf(iso)) < 5;

/**
 * 「月曜が祝日のときは翌平日が休み」: a weekly closing day that is a holiday is open, and the closure moves to the
 * next weekday that is not a holiday (翌平日) or to the next day (翌日).
 */
function shiftedClosure(closed: NonNullable<Schedule['closed']>, iso: string, isHoliday: IsHoliday): boolean {
	const closing = closed.weekdays ?? [];
	if (closed.holiday_shift === '翌日') {
		const before = addDays(iso, -1);
		return closing.includes(weekdayOf(before)) && isHoliday(before);
	}
	if (!isWeekday(iso) || isHoliday(iso)) return false;
	// Walk back over the days that could not take the closure (holidays, weekends) to a closing day on a holiday.
	for (let d = addDays(iso, -1), i = 0; i < 10; d = addDays(d, -1), i++) {
		if (closing.includes(weekdayOf(d)) && isHoliday(d)) return true;
		if (!isHoliday(d) && isWeekday(d)) return false;
	}
	return false;
}

/** Whether the schedule is closed on a date for a reason other than its rules. */
export function isClosedOn(schedule: Schedule, iso: string, isHoliday: IsHoliday): boolean {
	if (schedule.from && iso < schedule.from) return true;
	if (schedule.until && iso > schedule.until) return true;
	const closed = schedule.closed;
	if (!closed) return false;
	if (closed.holidays && isHoliday(iso)) return true;
	if (closed.months?.includes(Number(iso.slice(5, 7)))) return true;
	if (closed.dates?.includes(iso)) return true;
	const monthDay = iso.slice(5);
	if (closed.new_year && (monthDay >= '12-29' || monthDay <= '01-03')) return true;
	if (closed.obon && monthDay >= '08-13' && monthDay <= '08-16') return true;
	if (closed.annual?.includes(monthDay)) return true;
	if (closed.nth?.some((n) => n.weekdays.includes(weekdayOf(iso)) && inWeeks(n.weeks, iso))) return true;
	if (closed.weekdays?.includes(weekdayOf(iso))) return !(closed.holiday_shift && isHoliday(iso));
	return closed.holiday_shift ? shiftedClosure(closed, iso, isHoliday) : false;
}

/** The occurrences on one date (none, one, or several when rules have different times). */
export function occurrencesOn(schedule: Schedule, iso: string, isHoliday: IsHoliday): Occurrence[] {
	if (isClosedOn(schedule, iso, isHoliday)) return [];
	const seen = new Set<string>();
	const out: Occurrence[] = [];
	for (const rule of schedule.rules) {
		if (!ruleMatches(rule, iso, schedule.from)) continue;
		const key = `${rule.start}-${rule.end}`;
		if (seen.has(key)) continue;
		seen.add(key);
		out.push({ date: iso, start: rule.start, end: rule.end });
	}
	return out.sort((a, b) => (a.start ?? '').localeCompare(b.start ?? ''));
}

/** Occurrences from `from` to `to`, both included, in date and time order. */
export function occurrencesBetween(schedule: Schedule, from: string, to: string, isHoliday: IsHoliday): Occurrence[] {
	const out: Occurrence[] = [];
	for (let d = from; d <= to; d = addDays(d, 1)) out.push(...occurrencesOn(schedule, d, isHoliday));
	return out;
}

/** The next `count` occurrences on or after `from`, looking at most `horizonDays` ahead. */
export function nextOccurrences(schedule: Schedule, from: string, count: number, isHoliday: IsHoliday, horizonDays = 400): Occurrence[] {
	const out: Occurrence[] = [];
	for (let i = 0; i <= horizonDays && out.length < count; i++) out.push(...occurrencesOn(schedule, addDays(from, i), isHoliday));
	return out.slice(0, count);
}
