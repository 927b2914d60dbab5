/**
 * schema.org JSON-LD for entry pages: the organiser (Organization), the place (Place with its address and
 * coordinates) and, for a recurring gathering, an Event with its eventSchedule. Written as data only; the page
 * embeds it with `<` escaped.
 */
import type { Schedule } from '../schemas/schedule.ts';
import type { Weekday } from '../schemas/taxonomy.ts';

const DAY: Record<Weekday, string> = {
	月: 'Monday',
	火: 'Tuesday',
	水: 'Wednesday',
	木: 'Thursday',
	金: 'Friday',
	土: 'Saturday',
	日: 'Sunday',
};

export interface JsonLdInput {
	name: string;
	description: string;
	url: string;
	organiser: { name: string; telephone?: string | undefined };
	place?:
		{ name: string; address: string; postalCode?: string | undefined; lat?: number | undefined; lng?: number | undefined } | undefined;
	schedule?: Schedule | undefined;
	free?: boolean | undefined;
	region: string;
}

export function jsonLd(input: JsonLdInput): Record<string, unknown> {
	const organization = {
		'@type': 'Organization',
		name: input.organiser.name,
		...(input.organiser.telephone ? { telephone: input.organiser.telephone } : {}),
	};
	const place = input.place && {
		'@type': 'Place',
		name: input.place.name,
		address: {
			'@type': 'PostalAddress',
			streetAddress: input.place.address,
			addressRegion: input.region,
			addressCountry: 'JP',
			...(input.place.postalCode ? { postalCode: input.place.postalCode } : {}),
		},
		...(input.place.lat !== undefined ? { geo: { '@type': 'GeoCoordinates', latitude: input.place.lat, longitude: input.place.lng } } : {}),
	};
	const schedules = (input.schedule?.rules ?? []).map((r) => ({
		'@type': 'Schedule',
		repeatFrequency: r.repeat === '毎月' ? 'P1M' : r.repeat === '隔週' ? 'P2W' : 'P1W',
		...(r.weekdays ? { byDay: r.weekdays.map((d) => `https://schema.org/${DAY[d]}`) } : {}),
		...(r.weeks ? { byMonthWeek: r.weeks.map((w) => (w === '最終' ? -1 : w)) } : {}),
		...(r.days ? { byMonthDay: r.days } : {}),
		...(r.start ? { startTime: r.start } : {}),
		...(r.end ? { endTime: r.end } : {}),
		...(input.schedule?.from ? { startDate: input.schedule.from } : {}),
		...(input.schedule?.until ? { endDate: input.schedule.until } : {}),
		scheduleTimezone: 'Asia/Tokyo',
	}));
	const event = input.schedule && {
		'@type': 'Event',
		name: input.name,
		description: input.description,
		url: input.url,
		eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
		eventStatus: 'https://schema.org/EventScheduled',
		eventSchedule: schedules,
		organizer: organization,
		...(place ? { location: place } : {}),
		...(input.free !== undefined ? { isAccessibleForFree: input.free } : {}),
	};
	return { '@context': 'https://schema.org', '@graph': [organization, ...(place ? [place] : []), ...(event ? [event] : [])] };
}
