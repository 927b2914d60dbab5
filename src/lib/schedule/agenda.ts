/**
 * Today's and this week's gatherings, computed from schedules for a given date (pure: the browser passes
 * today's date in Japan; tests pass a fixed one).
 */
import { compareYomi } from '../ordering.ts';
import { addDays, formatJapaneseDate } from './calendar.ts';
import { occurrencesOn } from './occurrences.ts';
import type { TodayData, TodayItem } from './today-data.ts';

export interface AgendaEntry {
	item: TodayItem;
	start?: string | undefined;
	end?: string | undefined;
}

export interface AgendaDay {
	date: string;
	/** 11月23日（月） */
	label: string;
	/** 勤労感謝の日, when the day is a holiday. */
	holiday?: string | undefined;
	entries: AgendaEntry[];
}

/** `days` days from `from`, each with its gatherings by start time, then name. */
export function agenda(data: TodayData, from: string, days: number): AgendaDay[] {
	const isHoliday = (iso: string) => iso in data.holidays;
	const out: AgendaDay[] = [];
	for (let i = 0; i < days; i++) {
		const date = addDays(from, i);
		const entries = data.items
			.flatMap((item) => occurrencesOn(item.s, date, isHoliday).map((o) => ({ item, start: o.start, end: o.end })))
			.sort((a, b) => (a.start ?? '99').localeCompare(b.start ?? '99') || compareYomi(a.item.n, b.item.n));
		out.push({ date, label: formatJapaneseDate(date), holiday: data.holidays[date], entries });
	}
	return out;
}
