/**
 * Listings as the today view's compact items (name, link, place, area, schedule). Entries not confirmed for over two
 * years are left out (src/lib/freshness.ts): the browser computes today's date, but which entries it is given is
 * decided here, at build time, by the build's date.
 */
import { areaName, homeArea, type Listing } from './content.ts';
import { buildDate, withoutLongUnconfirmed } from '../freshness.ts';
import type { TodayItem } from '../schedule/today-data.ts';
import { entryPath } from '../urls.ts';

export function todayItems(listings: readonly Listing[], withArea: boolean, today: string = buildDate()): TodayItem[] {
	return withoutLongUnconfirmed(listings, (l) => l.data.last_confirmed, today).kept.map((l) => ({
		n: l.data.name,
		u: entryPath(l.collection, l.id),
		p: l.data.place?.name,
		...(withArea ? { a: areaName(homeArea(l), true) } : {}),
		s: l.data.schedule!,
	}));
}
