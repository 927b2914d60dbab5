/**
 * Neutral ordering (no provider ranks above another): by time, then by reading in 五十音順. The site's one
 * 五十音順 comparison (compareYomi) lives here: the lists and exports sort with these functions, and the other
 * orders of entries compare readings with it: the search's order (search/records.ts: places, then issues and
 * reports), the keyword index (search/word-index.ts), the agenda (schedule/agenda.ts) and the issue forms' areas.
 * Pure functions.
 */
import type { Schedule } from '../schemas/schedule.ts';
import { WEEKDAYS, type Weekday } from '../schemas/taxonomy.ts';

const collator = new Intl.Collator('ja');

/** 五十音順 of two readings (or names where there is no reading). */
export function compareYomi(a: string, b: string): number {
	return collator.compare(a, b);
}

/** 五十音順 of よみがな. */
export function byYomi<T extends { yomi: string }>(a: T, b: T): number {
	return collator.compare(a.yomi, b.yomi);
}

export function sortByYomi<T extends { yomi: string }>(items: readonly T[]): T[] {
	return [...items].sort(byYomi);
}

/** Newest first, then 五十音順. */
export function sortByDateDesc<T extends { yomi?: string }>(items: readonly T[], date: (item: T) => string): T[] {
	return [...items].sort((a, b) => date(b).localeCompare(date(a)) || collator.compare(a.yomi ?? '', b.yomi ?? ''));
}

export interface WeekdaySlot<T> {
	item: T;
	/** The rule's time on this weekday, for sorting and display. */
	start?: string | undefined;
	end?: string | undefined;
	/** 毎週, 第2・第4, 隔週 … how often on this weekday. */
	rule: string;
}

/**
 * Groups items with a schedule by the weekdays they meet on, each day sorted by start time then 五十音順.
 * Items whose rules name days of the month (毎月15日) go to `byDate` instead.
 */
export function groupByWeekday<T extends { yomi: string }>(
	items: readonly T[],
	scheduleOf: (item: T) => Schedule | undefined,
): { days: Record<Weekday, WeekdaySlot<T>[]>; byDate: T[] } {
	const days = Object.fromEntries(WEEKDAYS.map((d) => [d, [] as WeekdaySlot<T>[]])) as Record<Weekday, WeekdaySlot<T>[]>;
	const byDate = new Set<T>();
	for (const item of items) {
		for (const rule of scheduleOf(item)?.rules ?? []) {
			if (rule.days) {
				byDate.add(item);
				continue;
			}
			const how =
				rule.repeat === '毎週'
					? '毎週'
					: rule.repeat === '隔週'
						? '隔週'
						: (rule.weeks ?? []).map((w) => (w === '最終' ? '最終' : `第${w}`)).join('・');
			for (const day of rule.weekdays ?? []) {
				if (days[day].some((s) => s.item === item && s.start === rule.start)) continue;
				days[day].push({ item, start: rule.start, end: rule.end, rule: how });
			}
		}
	}
	for (const day of WEEKDAYS) {
		days[day].sort((a, b) => (a.start ?? '99').localeCompare(b.start ?? '99') || byYomi(a.item, b.item));
	}
	return { days, byDate: sortByYomi([...byDate]) };
}
