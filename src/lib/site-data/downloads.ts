/**
 * Every open-data file the site publishes, in one registry: its path under /data/, what it holds, its format,
 * and how to make it. src/pages/data/[...file].ts writes them; /data/ lists them with their sizes.
 */
import type { ResourceData } from '../../schemas/resources.ts';
import type { SalonData } from '../../schemas/salons.ts';
import { areaName, areas, entriesOf, homeArea, places, salons, site, terms, type Listing } from './content.ts';
import { csvSafe } from '../export/csv-safe.ts';
import { eventsCsv, facilitiesCsv, mhlwCsv, type Exported } from '../export/csv-write.ts';
import { hsdsExport } from '../export/hsds.ts';
import { calendar, type CalendarItem } from '../export/ical.ts';
import { uuidV5 } from '../export/uuid.ts';
import { pointFeatures } from '../geo-features.ts';
import { addDays } from '../schedule/calendar.ts';
import { buildDate } from '../freshness.ts';
import { describeSchedule } from '../schedule/describe.ts';
import { isJapaneseHoliday } from '../schedule/holidays.ts';
import { absoluteUrl, calendarPath, entryRoute } from '../urls.ts';
import { KIND_LIST, KINDS, shortLabels } from '../kinds.ts';
import { entriesDocument } from '../export/entries.ts';
import type { CollectionName } from '../../schemas/index.ts';
import { needsCsv, needsJson } from '../needs/needs-table.ts';
import { reachLayer } from '../needs/reach-layer.ts';
import { publicAreaData, shownAge65 } from '../needs/small-area.ts';
import { siteNeeds } from './needs.ts';

export interface Download {
	path: string;
	title: string;
	format: string;
	contentType: string;
	build: () => string;
}

/** The build's date (SASAEAI_TODAY when set, as the pages use it): exports and calendars start from the same day the pages do. */
const today = buildDate();
const abs = (path: string) => absoluteUrl(site.site_url, path);
const urlOf = (l: Listing) => abs(entryRoute(l.collection, l.id));
const exported = <T extends SalonData | ResourceData>(l: Listing): Exported<T> & { collection: 'salons' | 'resources' } => ({
	data: l.data as T,
	url: urlOf(l),
	areaName: areaName(homeArea(l)),
	id: l.id,
	body: l.body ?? '',
	collection: l.collection,
});
const host = new URL(site.site_url).host;
const json = (value: unknown) => `${JSON.stringify(value, null, 1)}\n`;

function calendarItems(list: typeof salons): CalendarItem[] {
	return list
		.filter((s) => s.data.status === '活動中')
		.map((s) => ({
			uid: uuidV5(`salons/${s.id}`),
			summary: s.data.name,
			url: urlOf(s),
			location: `${s.data.place.name} ${s.data.place.address}`,
			description: `${s.data.summary} 問い合わせ: ${s.data.contact.name}${s.data.contact.tel ? ` ${s.data.contact.tel}` : ''}`,
			schedule: s.data.schedule,
		}));
}
const calendarOptions = (name: string) => ({
	name,
	until: addDays(today, 730),
	start: `${today.slice(0, 4)}-01-01`,
	isHoliday: isJapaneseHoliday,
	stamp: today,
	host,
});

/** Computes a value once, on first use (every download is made twice: for its file and for /data/'s size). */
function once<T>(make: () => T): () => T {
	let value: { v: T } | undefined;
	return () => (value ??= { v: make() }).v;
}

const hsds = once(() =>
	hsdsExport(
		places.map((l) => ({ key: `${l.collection}/${l.id}`, url: urlOf(l), data: l.data })),
		site,
		`${today.slice(0, 4)}-01-01`,
	),
);

const DOWNLOAD_LIST: Download[] = [
	{
		path: '/data/entries.json',
		title: `すべての情報（${shortLabels()}）`,
		format: 'JSON',
		contentType: 'application/json',
		build: () =>
			json(
				entriesDocument(
					{ generated: today, license: site.license },
					// A small 校区's counts are ranges here too (src/lib/needs/small-area.ts).
					(kind) =>
						kind.key === 'areas'
							? entriesOf.areas.map((a) => ({ id: a.id, data: publicAreaData(a.data) }))
							: entriesOf[kind.key as CollectionName],
					(kind, id) => abs(entryRoute(kind.key as CollectionName, id)),
				),
			),
	},
	{
		path: '/data/places.geojson',
		title: `${shortLabels(KIND_LIST.filter((k) => k.place))}の場所`,
		format: 'GeoJSON (RFC 7946)',
		contentType: 'application/geo+json',
		build: () =>
			json({
				type: 'FeatureCollection',
				features: pointFeatures(
					places.map((l) => ({
						name: l.data.name,
						url: urlOf(l),
						kind: KINDS[l.collection].label,
						when: l.data.schedule ? describeSchedule(l.data.schedule) : undefined,
						place: l.data.place,
					})),
				),
			}),
	},
	{
		path: '/data/areas.geojson',
		title: `${terms.district}の境界`,
		format: 'GeoJSON (RFC 7946)',
		contentType: 'application/geo+json',
		build: () =>
			json({
				type: 'FeatureCollection',
				features: areas.districts
					.filter((d) => d.data.boundary)
					.map((d) => ({
						type: 'Feature',
						id: d.id,
						geometry: d.data.boundary,
						properties: {
							id: d.id,
							name: d.data.name,
							parent: d.data.parent ?? null,
							population_65: shownAge65(d.data),
						},
					})),
			}),
	},
	{
		path: '/data/needs.csv',
		title: `${terms.district}ごとの人口・65歳以上・通いの場まで歩いて行ける65歳以上・ニーズの指標`,
		format: 'CSV（UTF-8 BOM）',
		contentType: 'text/csv; charset=utf-8',
		build: () => csvSafe(needsCsv(siteNeeds())),
	},
	{
		path: '/data/needs.json',
		title: `${terms.district}ごとの人口・65歳以上・通いの場まで歩いて行ける65歳以上・ニーズの指標`,
		format: 'JSON',
		contentType: 'application/json',
		build: () => needsJson(siteNeeds(), today),
	},
	{
		path: '/data/kayoinoba.csv',
		title: '通いの場（厚生労働省「通いの場のオープンデータ」の形）',
		format: 'CSV（UTF-8 BOM）',
		contentType: 'text/csv; charset=utf-8',
		build: () =>
			csvSafe(
				mhlwCsv(
					salons.map((s) => exported<SalonData>(s)),
					site,
				),
			),
	},
	{
		path: '/data/facilities.csv',
		title: '場所の一覧（自治体標準オープンデータセット「公共施設一覧」の形）',
		format: 'CSV（UTF-8 BOM）',
		contentType: 'text/csv; charset=utf-8',
		build: () =>
			csvSafe(
				facilitiesCsv(
					places.map((l) => exported(l)),
					site,
				),
			),
	},
	{
		path: '/data/events.csv',
		title: 'これから3か月の開催日（自治体標準オープンデータセット「イベント一覧」の形）',
		format: 'CSV（UTF-8 BOM）',
		contentType: 'text/csv; charset=utf-8',
		build: () =>
			csvSafe(
				eventsCsv(
					salons.map((s) => exported<SalonData>(s)),
					site,
					today,
					addDays(today, 91),
					isJapaneseHoliday,
				),
			),
	},
	{
		path: `/data/calendar/${areas.top?.id ?? 'town'}.ics`,
		title: `${site.municipality}全体のサロン・通いの場のカレンダー`,
		format: 'iCalendar (RFC 5545)',
		contentType: 'text/calendar; charset=utf-8',
		build: () => calendar(calendarItems(salons), calendarOptions(`${site.municipality} サロン・通いの場`)),
	},
	...areas.districts.map((d) => ({
		path: `/data/calendar/${d.id}.ics`,
		title: `${d.data.name}のカレンダー`,
		format: 'iCalendar (RFC 5545)',
		contentType: 'text/calendar; charset=utf-8',
		build: () => calendar(calendarItems(salons.filter((s) => s.data.area === d.id)), calendarOptions(`${d.data.name} サロン・通いの場`)),
	})),
	...areas.districts
		.filter((d) => d.data.population?.age65_by_mesh && d.data.boundary)
		.map((d) => ({
			path: `/data/reach/${d.id}.geojson`,
			title: `${d.data.name}の通いの場まで遠いところ（直線 500 m）`,
			format: 'GeoJSON (RFC 7946)',
			contentType: 'application/geo+json',
			build: () => json(reachLayer(siteNeeds().find((r) => r.id === d.id)?.detail.outOfReach ?? [], 500, d.data.center, d.data.boundary)),
		})),
	...(['organizations', 'services', 'locations', 'service_at_locations', 'schedules'] as const).map((name) => ({
		path: `/data/hsds/${name}.json`,
		title: `Open Referral HSDS 3.0: ${name}`,
		format: 'JSON (HSDS 3.0)',
		contentType: 'application/json',
		build: () => json(hsds()[name]),
	})),
];

export const DOWNLOADS: Download[] = DOWNLOAD_LIST.map((d) => ({ ...d, build: once(d.build) }));

/** One calendar per salon, for the 「カレンダーに追加」 link (not listed one by one on /data/). */
export const SALON_CALENDARS: Download[] = salons.map((s) => ({
	path: calendarPath(s.id),
	title: `${s.data.name}のカレンダー`,
	format: 'iCalendar (RFC 5545)',
	contentType: 'text/calendar; charset=utf-8',
	build: () => calendar(calendarItems([s]), calendarOptions(s.data.name)),
}));

export const BUILT_ON = today;
