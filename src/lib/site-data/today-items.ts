/** Listings as the today view's compact items (name, link, place, area, schedule). */
import { areaName, homeArea, type Listing } from './content.ts';
import type { TodayItem } from '../schedule/today-data.ts';
import { entryPath } from '../urls.ts';

export function todayItems(listings: readonly Listing[], withArea: boolean): TodayItem[] {
	return listings.map((l) => ({
		n: l.data.name,
		u: entryPath(l.collection, l.id),
		p: l.data.place?.name,
		...(withArea ? { a: areaName(homeArea(l), true) } : {}),
		s: l.data.schedule!,
	}));
}
