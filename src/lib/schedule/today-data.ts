/**
 * What the browser needs to compute "today" and "this week": each gathering's schedule, and the Japanese
 * holidays from the build onward (two years), so a site built weeks ago still shows the right days.
 */
import type { Schedule } from '../../schemas/schedule.ts';
import { addDays } from './calendar.ts';
import { holidaysBetween } from './holidays.ts';

export interface TodayItem {
	/** name */
	n: string;
	/** url */
	u: string;
	/** place name */
	p?: string | undefined;
	/** area (short name), shown on lists that span areas */
	a?: string | undefined;
	s: Schedule;
}

export interface TodayData {
	items: TodayItem[];
	holidays: Record<string, string>;
	/** The last day the holiday table covers: after it, the view says so instead of guessing. */
	until: string;
}

/** Holidays from a year before the build (a page read on an earlier date, or tested on one) to `years` after. */
export function todayData(items: TodayItem[], builtOn: string, years = 2): TodayData {
	const until = addDays(builtOn, 365 * years);
	return { items, holidays: holidaysBetween(addDays(builtOn, -366), until), until };
}
