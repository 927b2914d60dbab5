/**
 * Every page the search finds, as search records: places (salons, resources, volunteer openings, areas) and,
 * listed after them, local issues and 協議体 meeting reports, each marked with its kind. Read once from
 * src/lib/site-data/content.ts; handed to the search index (src/integrations/search-index.ts) and used for the keyword index
 * (src/pages/words/).
 */
import {
	ancestry,
	areas,
	isDistrict,
	issueByKey,
	localIssues,
	outcomesOf,
	reports,
	resources,
	salons,
	volunteers,
	type Area,
	type Listing,
} from './content.ts';
import { formatDateLong, isFree } from '../format.ts';
import { describeSchedule } from '../schedule/describe.ts';
import type { KindKey } from '../kinds.ts';
import {
	inNeutralOrder,
	joinedReading,
	KIND_LABELS,
	markdownToText,
	searchableText,
	titleText,
	type Draft,
	type SiteRecord,
} from '../search/records.ts';
import { handOverSearchRecords } from '../search/records-handover.ts';
import { areaPath, entryPath } from '../urls.ts';
import { WEEKDAYS } from '../../schemas/taxonomy.ts';

const shortName = (a: Area) => a.data.short_name ?? a.data.name;

/** The 第2層 areas an area id covers: itself, or every one under a 圏域 or the municipality. */
function districtsCovered(id: string): string[] {
	const area = areas.byId.get(id);
	if (!area) return [];
	if (isDistrict(area)) return [shortName(area)];
	return areas.districts.filter((d) => ancestry(d.id).some((a) => a.id === id)).map(shortName);
}

const areaWords = (ids: string[]) => ids.flatMap((id) => ancestry(id).map((a) => a.data.name));

function listingRecord(item: Listing): Draft {
	const d = item.data;
	const areaIds = item.collection === 'salons' ? [item.data.area] : item.data.areas;
	const when = d.schedule ? describeSchedule(d.schedule) : '';
	const weekdays = [...new Set((d.schedule?.rules ?? []).flatMap((r) => r.weekdays ?? []))].sort(
		(a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b),
	);
	const kind = KIND_LABELS[item.collection];
	return {
		url: entryPath(item.collection, item.id),
		title: titleText(d.name, d.yomi, 'category' in d ? d.category : undefined),
		text: searchableText([
			kind,
			d.name,
			d.yomi,
			joinedReading(d.yomi),
			'category' in d ? d.category : '',
			d.summary,
			d.target,
			d.place?.name,
			d.place?.address,
			d.provider.name,
			d.fields.join(' '),
			...areaWords(areaIds),
			when,
			markdownToText(item.body ?? ''),
		]),
		meta: {
			title: d.name,
			kind,
			summary: d.summary,
			...(when ? { when } : {}),
			...(d.place ? { place: d.place.name } : {}),
			area: areaIds.map((id) => areas.byId.get(id)?.data.name ?? id).join('・'),
			...(d.status !== '活動中' ? { status: d.status } : {}),
		},
		filters: {
			地域: [...new Set(areaIds.flatMap(districtsCovered))],
			種類: [kind],
			分野: [...d.fields],
			...(weekdays.length ? { 曜日: weekdays } : {}),
			...(isFree(d.cost) ? { 費用: ['無料'] } : {}),
			...(d.transport && d.transport !== 'なし' ? { 送迎: [d.transport] } : {}),
		},
		order: { kind, yomi: d.yomi },
	};
}

const volunteerRecord = (v: (typeof volunteers)[number]): Draft => ({
	url: entryPath('volunteers', v.id),
	title: titleText(v.data.title, v.data.yomi),
	text: searchableText([
		KIND_LABELS.volunteers,
		v.data.title,
		v.data.yomi,
		joinedReading(v.data.yomi),
		v.data.summary,
		v.data.tasks.join(' '),
		v.data.when,
		v.data.provider.name,
		v.data.training,
		v.data.incentives?.join(' '),
		...areaWords([v.data.area]),
		markdownToText(v.body ?? ''),
	]),
	meta: {
		title: v.data.title,
		kind: KIND_LABELS.volunteers,
		summary: v.data.summary,
		when: v.data.when,
		area: areas.byId.get(v.data.area)?.data.name ?? v.data.area,
	},
	filters: { 地域: districtsCovered(v.data.area), 種類: [KIND_LABELS.volunteers], 分野: [...v.data.fields] },
	order: { kind: KIND_LABELS.volunteers, yomi: v.data.yomi },
});

const areaRecord = (a: Area): Draft => ({
	url: areaPath(a.id),
	title: titleText(a.data.name, a.data.yomi),
	text: searchableText([a.data.name, a.data.yomi, joinedReading(a.data.yomi), a.data.council?.name, markdownToText(a.body ?? '')]),
	meta: { title: a.data.name, kind: KIND_LABELS.areas, summary: `${a.data.name}のサロン・地域の資源・ボランティア募集・問い合わせ先` },
	filters: { 地域: [shortName(a)], 種類: [KIND_LABELS.areas] },
	order: { kind: KIND_LABELS.areas, yomi: a.data.yomi ?? a.data.name },
});

/** A local issue: what a 協議体 is working on, found by the words of the issue, its history and what came of it. */
function issueRecord(i: (typeof localIssues)[number]): Draft {
	const area = areas.byId.get(i.data.area)!;
	return {
		url: entryPath('localIssues', i.id),
		title: titleText(i.data.title),
		text: searchableText([
			KIND_LABELS.localIssues,
			'地域の課題',
			i.data.title,
			i.data.summary,
			i.data.origin,
			i.data.status,
			...i.data.history.map((h) => h.note),
			...outcomesOf(i).map((o) => o.title),
			...areaWords([i.data.area]),
			area.data.council?.name,
			markdownToText(i.body ?? ''),
		]),
		meta: {
			title: i.data.title,
			kind: KIND_LABELS.localIssues,
			summary: i.data.summary,
			stage: `いまの状況: ${i.data.status}`,
			area: area.data.name,
		},
		filters: { 地域: districtsCovered(i.data.area), 種類: [KIND_LABELS.localIssues] },
		order: { kind: KIND_LABELS.localIssues, yomi: '', date: i.data.raised },
	};
}

/** A meeting report: found by what was discussed, decided and planned, the venue and who took part. */
function reportRecord(r: (typeof reports)[number]): Draft {
	const area = areas.byId.get(r.data.area)!;
	const date = formatDateLong(r.data.date);
	return {
		url: entryPath('reports', r.id),
		title: titleText(r.data.title),
		text: searchableText([
			KIND_LABELS.reports,
			'会議録 協議体',
			r.data.title,
			date,
			area.data.council?.name,
			r.data.venue,
			r.data.agenda.join(' '),
			r.data.decisions?.join(' '),
			...(r.data.actions ?? []).map((a) => `${a.what} ${a.owner}`),
			...r.data.participants.map((p) => p.organisation),
			...(r.data.issues ?? []).map((key) => issueByKey.get(key)?.data.title),
			r.data.next_meeting?.note,
			...areaWords([r.data.area]),
			markdownToText(r.body ?? ''),
		]),
		meta: {
			title: r.data.title,
			kind: KIND_LABELS.reports,
			summary: `議題: ${r.data.agenda.join('／')}`,
			when: date,
			area: area.data.name,
		},
		filters: { 地域: districtsCovered(r.data.area), 種類: [KIND_LABELS.reports] },
		order: { kind: KIND_LABELS.reports, yomi: '', date: r.data.date },
	};
}

/**
 * Each kind's searchable pages: a kind of the table without its line here is a type error. The lines' order is
 * the order among equals (two pages of the same reading or date).
 */
const RECORDS_OF: { [K in KindKey]: () => Draft[] } = {
	salons: () => salons.filter((l) => l.data.status !== '終了').map(listingRecord),
	resources: () => resources.filter((l) => l.data.status !== '終了').map(listingRecord),
	volunteers: () => volunteers.filter((v) => v.data.status === '活動中').map(volunteerRecord),
	areas: () => areas.districts.map(areaRecord),
	localIssues: () => localIssues.map(issueRecord),
	reports: () => reports.map(reportRecord),
};

/** Every searchable page, in the site's neutral order (built once per build). */
export const siteRecords: SiteRecord[] = inNeutralOrder((Object.keys(RECORDS_OF) as KindKey[]).flatMap((key) => RECORDS_OF[key]()));

// To the search index as soon as they exist: during a build, Pagefind indexes them beside the making of the pages
// (src/lib/search/records-handover.ts).
handOverSearchRecords(siteRecords.map(({ url, title, text, meta, filters, sort }) => ({ url, title, text, meta, filters, sort })));
