/**
 * The short note beside a place in the keyword index: its weekdays and its 校区 (「水・土曜　青葉」), read from the
 * place's search filters, so a resident can choose without opening every page. Pure.
 */

export interface PlaceFilters {
	曜日?: string[];
	地域?: string[];
}

/** At most this many 校区 are named; a place in more says 「ほか」 or, in all of them, the municipality's word. */
const AREAS_NAMED = 2;

/** 「水・土曜　青葉」, 「月曜　市内全域」, or '' when the place has neither. `allAreas`: how many 校区 the town has. */
export function placeNote(filters: PlaceFilters, allAreas: number, wholeTown: string): string {
	const days = filters.曜日 ?? [];
	const areas = filters.地域 ?? [];
	const when = days.length ? `${days.join('・')}曜` : '';
	const where =
		areas.length === 0
			? ''
			: areas.length >= allAreas && allAreas > 1
				? wholeTown
				: areas.slice(0, AREAS_NAMED).join('・') + (areas.length > AREAS_NAMED ? ' ほか' : '');
	return [when, where].filter(Boolean).join('　');
}
