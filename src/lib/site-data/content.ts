/**
 * The one place that reads the content collections. Everything pages need is computed here once, at module
 * level: sorted lists, per-area and per-field indexes. Pages never call getCollection themselves (doing so per
 * page makes builds quadratic). Area references are verified here; a wrong id stops the build.
 */
import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { isProposal } from '../../schemas/local-issues.ts';
import { areaKind, type ActivityField } from '../../schemas/taxonomy.ts';
import { COLLECTION_NAMES, type CollectionName } from '../../schemas/index.ts';
import { contentDir } from '../content-dir.ts';
import { contentFiles } from '../safety/file-policy.ts';
import { isStale } from '../format.ts';
import { parseContentFile } from '../safety/frontmatter.ts';
import type { Mappable } from '../geo-features.ts';
import { describeSchedule } from '../schedule/describe.ts';
import { entryPath } from '../urls.ts';
import { KIND_LIST, KINDS } from '../kinds.ts';
import { sortByDateDesc, sortByYomi } from '../ordering.ts';
import { formatProblem } from '../problems.ts';
import { checkLinks, checkReferences } from '../references.ts';
import { loadSiteConfig } from '../site-config.ts';
import { townTerms } from '../town-terms.ts';
import { lineOfPath } from '../yaml-lines.ts';

export type Area = CollectionEntry<'areas'>;
export type Salon = CollectionEntry<'salons'>;
export type Resource = CollectionEntry<'resources'>;
export type Volunteer = CollectionEntry<'volunteers'>;
export type Report = CollectionEntry<'reports'>;
export type LocalIssue = CollectionEntry<'localIssues'>;
export type Listing = Salon | Resource;

export const site = loadSiteConfig();

/**
 * A collection with no files yet (a town with no local issues) is empty, without Astro's English warning. Which
 * files are content is the file policy's one list, as for the check.
 */
const present = new Set(contentFiles(contentDir()).entries.map((f) => f.collection));
const read = <C extends CollectionName>(name: C) => (present.has(name) ? getCollection(name) : Promise.resolve([] as CollectionEntry<C>[]));

/** Every collection of the table of kinds (src/lib/kinds.ts), as read. */
const collections = Object.fromEntries(await Promise.all(COLLECTION_NAMES.map(async (name) => [name, await read(name)] as const))) as {
	[K in CollectionName]: CollectionEntry<K>[];
};
const {
	areas: areaEntries,
	salons: salonEntries,
	resources: resourceEntries,
	volunteers: volunteerEntries,
	reports: reportEntries,
	localIssues: issueEntries,
} = collections;

const areaById = new Map(areaEntries.map((a) => [a.id, a]));

function verifyReferences(): void {
	const all = COLLECTION_NAMES.flatMap((name): readonly CollectionEntry<CollectionName>[] => collections[name]);
	const refs = all.map((e) => ({ collection: e.collection, id: e.id, file: e.filePath ?? e.id, data: e.data as Record<string, unknown> }));
	const errors = [...checkReferences(refs, new Map(areaEntries.map((a) => [a.id, a.data]))), ...checkLinks(refs)].filter(
		(p) => p.severity === 'error',
	);
	if (errors.length === 0) return;
	const located = errors.map((p) => {
		try {
			return { ...p, line: lineOfPath(parseContentFile(readFileSync(p.file, 'utf8')).matter, p.path ?? []) };
		} catch {
			return p;
		}
	});
	throw new Error(
		`地域や地域課題の id に誤りがあります（npm run check で、すべての問題を一度に確かめられます）:\n${located.map(formatProblem).join('\n')}`,
	);
}
verifyReferences();

// Areas --------------------------------------------------------------------------------------------------

const kindOf = (a: Area) => areaKind(a.data.level);
const byYomi = (list: Area[]) => sortByYomi(list.map((a) => ({ ...a, yomi: a.data.yomi ?? a.data.name })));

export const areas = {
	byId: areaById,
	/** The municipality (第1層): 市, 町, 村 or 区. */
	top: areaEntries.find((a) => kindOf(a) === 'top'),
	/** The optional middle level (圏域). */
	zones: byYomi(areaEntries.filter((a) => kindOf(a) === 'zone')),
	/** The 第2層 areas: 校区, 地区 … whatever the town calls them. */
	districts: byYomi(areaEntries.filter((a) => kindOf(a) === 'district')),
};

/** The words this town uses: 町 not 市, 地区 not 校区 (src/lib/town-terms.ts). */
export const terms = townTerms(
	site.municipality,
	areaEntries.map((a) => a.data.level),
	site.district_term,
);

export const isDistrict = (area: Area) => kindOf(area) === 'district';
export const isTop = (area: Area) => kindOf(area) === 'top';

/** Every area from the top down: the municipality, its 圏域, then its 第2層 areas, each level in 五十音順. */
export const areasTopDown: Area[] = [...(areas.top ? [areas.top] : []), ...areas.zones, ...areas.districts];

/** Items grouped under the area they belong to, top-down; areas with nothing are left out. */
export function groupByArea<T>(items: readonly T[], areaOf: (item: T) => string): { area: Area; items: T[] }[] {
	return areasTopDown.map((area) => ({ area, items: items.filter((i) => areaOf(i) === area.id) })).filter((g) => g.items.length > 0);
}

/**
 * The 第2層 areas as a resident chooses among them: under each 圏域 when the town has them, and directly
 * (zone undefined) for those that hang off the municipality itself.
 */
export const districtGroups: { zone: Area | undefined; districts: Area[] }[] = [
	...areas.zones.map((zone) => ({ zone: zone as Area | undefined, districts: areas.districts.filter((d) => d.data.parent === zone.id) })),
	{ zone: undefined, districts: areas.districts.filter((d) => !areas.zones.some((z) => z.id === d.data.parent)) },
].filter((g) => g.districts.length > 0);

export function areaName(id: string, short = false): string {
	const a = areaById.get(id);
	return a ? (short ? (a.data.short_name ?? a.data.name) : a.data.name) : id;
}

/** The area and everything above it: 校区 → 圏域 → 市. */
export function ancestry(id: string): Area[] {
	const chain: Area[] = [];
	for (let a = areaById.get(id); a && chain.length < 5; a = a.data.parent ? areaById.get(a.data.parent) : undefined) chain.push(a);
	return chain;
}

export function districtsOf(zoneId: string) {
	return areas.districts.filter((d) => d.data.parent === zoneId);
}

// Entries, each sorted once ------------------------------------------------------------------------------

const withYomi = <T extends { data: { yomi: string } }>(items: T[]) =>
	sortByYomi(items.map((e) => Object.assign(e, { yomi: e.data.yomi })));

export const salons = withYomi(salonEntries);
export const resources = withYomi(resourceEntries);
export const volunteers = sortByDateDesc(withYomi(volunteerEntries), (v) => v.data.posted);
export const reports = sortByDateDesc(
	reportEntries.map((r) => Object.assign(r, { yomi: '' })),
	(r) => r.data.date,
);

/** Local issues, most recently raised first. */
export const localIssues = sortByDateDesc(
	issueEntries.map((i) => Object.assign(i, { yomi: '' })),
	(i) => i.data.raised,
);

// Per-area indexes ---------------------------------------------------------------------------------------

function indexBy<T>(items: readonly T[], keys: (item: T) => readonly string[]): Map<string, T[]> {
	const map = new Map<string, T[]>();
	for (const item of items) {
		for (const key of keys(item)) {
			const list = map.get(key);
			if (list) list.push(item);
			else map.set(key, [item]);
		}
	}
	return map;
}

const salonsByArea = indexBy(salons, (s) => [s.data.area]);
const resourcesByArea = indexBy(resources, (r) => r.data.areas);
const volunteersByArea = indexBy(volunteers, (v) => [v.data.area]);
const reportsByArea = indexBy(reports, (r) => [r.data.area]);

export function salonsIn(areaId: string): typeof salons {
	return salonsByArea.get(areaId) ?? [];
}

/** Entries for an area: those named for it, and those named for the 圏域 or city above it (`wider`). */
function forArea<T>(index: Map<string, T[]>, areaId: string): { local: T[]; wider: T[] } {
	const [self, ...above] = ancestry(areaId);
	const local = self ? (index.get(self.id) ?? []) : [];
	const wider = above.flatMap((a) => index.get(a.id) ?? []).filter((x) => !local.includes(x));
	return { local, wider };
}

export const resourcesFor = (areaId: string) => forArea(resourcesByArea, areaId);
export const volunteersFor = (areaId: string) => forArea(volunteersByArea, areaId);
export const reportsOf = (areaId: string) => reportsByArea.get(areaId) ?? [];

// Local issues -------------------------------------------------------------------------------------------

const issuesByArea = indexBy(localIssues, (i) => [i.data.area]);
/** The file name is the id that reports use in `issues:`. */
export const issueKey = (issue: LocalIssue) => issue.id.split('/').pop()!;
const reportsByIssue = indexBy(reports, (r) => r.data.issues ?? []);

export const issuesIn = (areaId: string) => issuesByArea.get(areaId) ?? [];
export const isOpenIssue = (issue: LocalIssue) => issue.data.status !== '解決';
/** The meetings that discussed an issue, oldest first. */
export const reportsAbout = (issue: LocalIssue) =>
	[...(reportsByIssue.get(issueKey(issue)) ?? [])].sort((a, b) => a.data.date.localeCompare(b.data.date));
export const issueByKey = new Map(localIssues.map((i) => [issueKey(i), i]));

/** Where an issue is handled now: handed up to the city-wide 協議体 or the city, or where it was raised. */
export function issueLayer(issue: LocalIssue): '第1層' | '第2層' {
	if (issue.data.status === '第1層へ' || isProposal(issue.data.status)) return '第1層';
	const area = areaById.get(issue.data.area);
	return area && isTop(area) ? '第1層' : '第2層';
}

const entryByRef = new Map<string, { title: string; url: string }>([
	...salons.map((e) => [`salons/${e.id}`, { title: e.data.name, url: entryPath('salons', e.id) }] as const),
	...resources.map((e) => [`resources/${e.id}`, { title: e.data.name, url: entryPath('resources', e.id) }] as const),
	...volunteers.map((e) => [`volunteers/${e.id}`, { title: e.data.title, url: entryPath('volunteers', e.id) }] as const),
]);
/** Every entry of each kind: in the orders above, or as read for a kind without its own order. */
export const entriesOf: { [K in CollectionName]: readonly CollectionEntry<K>[] } = {
	...collections,
	salons,
	resources,
	volunteers,
	reports,
	localIssues,
};

/** The entries of the kinds that are places (src/lib/kinds.ts): salons, then resources. */
export const places = KIND_LIST.filter((k) => k.place).flatMap((k): readonly unknown[] => entriesOf[k.key]) as (Listing & {
	yomi: string;
})[];

/** What an issue's `outcomes` point to. */
export const outcomesOf = (issue: LocalIssue) =>
	(issue.data.outcomes ?? []).flatMap((ref) => (entryByRef.has(ref) ? [entryByRef.get(ref)!] : []));

// Per-field index ----------------------------------------------------------------------------------------

/** Salons and resources of each field, in 五十音順 (sorted once here, not on every call). */
const listingsByField = new Map(
	[...indexBy<Listing & { yomi: string }>([...salons, ...resources], (l) => l.data.fields)].map(([field, list]) => [
		field,
		sortByYomi(list),
	]),
);
export function listingsInField(field: ActivityField): Listing[] {
	return listingsByField.get(field) ?? [];
}

/**
 * What residents can go to, for the today view: active salons, and resources that meet at a place on a
 * schedule for 集いと交流 or 健康づくり (a health class, a café; not an office's opening hours),
 * optionally only those of one area.
 */
export function goableListings(areaId?: string): Listing[] {
	const inArea = (l: Listing) => !areaId || (l.collection === 'salons' ? l.data.area === areaId : l.data.areas.includes(areaId));
	const isGathering = (l: Listing) => l.collection === 'salons' || l.data.fields.some((f) => f === '集いと交流' || f === '健康づくり');
	return [...salons, ...resources].filter(
		(l) => l.data.status === '活動中' && l.data.schedule && l.data.place && isGathering(l) && inArea(l),
	);
}

/** A 校区's own listings: its salons and the resources named for it (not those of the 圏域 or city). */
function listingsIn(areaId: string): (Listing & { yomi: string })[] {
	return [...salonsIn(areaId), ...resourcesFor(areaId).local];
}

/** A 校区's places for its map and place list: its salons and its own resources, in 五十音順. */
export function mappableIn(areaId: string): Mappable[] {
	const listings = sortByYomi(listingsIn(areaId));
	return listings.map((l) => ({
		name: l.data.name,
		url: entryPath(l.collection, l.id),
		kind: KINDS[l.collection].label,
		when: l.data.schedule ? describeSchedule(l.data.schedule) : undefined,
		place: l.data.place,
	}));
}

/**
 * How many gatherings a city-wide today view may carry inline. Above it (a large city), the home page and
 * /today/ ask for the 校区 first, whose pages carry their own, shorter, today view.
 */
export const CITY_TODAY_LIMIT = 300;
/** Lists by kind and field show every entry up to this many; beyond it they link to each area instead. */
export const LIST_LIMIT = 300;
export const cityTodayFits = () => goableListings().length <= CITY_TODAY_LIMIT;

/** Listings whose 最終確認日 is more than a year before `today`, for the dashboard's list. */
export function staleListingsIn(areaId: string, today: string): Listing[] {
	return listingsIn(areaId).filter((l) => l.data.status !== '終了' && isStale(l.data.last_confirmed, today));
}

/** Which area a listing is shown under: a salon's 校区, or a resource's first area. */
export function homeArea(listing: Listing): string {
	return listing.collection === 'salons' ? listing.data.area : listing.data.areas[0]!;
}
