/**
 * The search index's input, written at build time and turned into a Pagefind index by
 * src/integrations/search-index.ts (which then deletes this file from the site).
 */
import type { APIRoute } from 'astro';
import { ancestry, areas, isDistrict, reports, resources, salons, volunteers, type Area, type Listing } from '../lib/content.ts';
import { isFree } from '../lib/format.ts';
import { describeSchedule } from '../lib/schedule/describe.ts';
import { KINDS, markdownToText, searchableText, type SearchRecord } from '../lib/search/records.ts';
import { synonymsFor } from '../lib/search/synonyms.ts';

/** The name and its readings (hiragana synonyms only, so 話し相手 does not make 傾聴 a name match). */
const titleText = (name: string, yomi?: string) => [name, yomi, ...synonymsFor(name).filter((w) => /^[ぁ-ゖー]+$/u.test(w))].filter(Boolean).join(' ');
import { areaPath, entryPath } from '../lib/urls.ts';
import { WEEKDAYS } from '../schemas/taxonomy.ts';

const shortName = (a: Area) => a.data.short_name ?? a.data.name;

/** The 第2層 areas an area id covers: itself, or every one under a 圏域 or the municipality. */
function districtsCovered(id: string): string[] {
	const area = areas.byId.get(id);
	if (!area) return [];
	if (isDistrict(area)) return [shortName(area)];
	return areas.districts.filter((d) => ancestry(d.id).some((a) => a.id === id)).map(shortName);
}

const areaWords = (ids: string[]) => ids.flatMap((id) => ancestry(id).map((a) => a.data.name));

function listingRecord(item: Listing): SearchRecord {
	const d = item.data;
	const areaIds = item.collection === 'salons' ? [item.data.area] : item.data.areas;
	const when = d.schedule ? describeSchedule(d.schedule) : '';
	const weekdays = [...new Set((d.schedule?.rules ?? []).flatMap((r) => r.weekdays ?? []))].sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b));
	return {
		url: entryPath(item.collection, item.id),
		title: titleText(d.name, d.yomi),
		text: searchableText([d.name, d.yomi, 'category' in d ? d.category : '', d.summary, d.target, d.place?.name, d.place?.address, d.provider.name, d.fields.join(' '), ...areaWords(areaIds), when, markdownToText(item.body ?? '')]),
		meta: {
			title: d.name,
			yomi: d.yomi,
			kind: KINDS[item.collection],
			summary: d.summary,
			...(when ? { when } : {}),
			...(d.place ? { place: d.place.name } : {}),
			area: areaIds.map((id) => areas.byId.get(id)?.data.name ?? id).join('・'),
			...(d.status !== '活動中' ? { status: d.status } : {}),
		},
		filters: {
			地域: [...new Set(areaIds.flatMap(districtsCovered))],
			種類: [KINDS[item.collection]],
			分野: [...d.fields],
			...(weekdays.length ? { 曜日: weekdays } : {}),
			...(isFree(d.cost) ? { 費用: ['無料'] } : {}),
			...(d.transport && d.transport !== 'なし' ? { 送迎: [d.transport] } : {}),
		},
		sort: { yomi: d.yomi },
	};
}

export const GET: APIRoute = () => {
	const records: SearchRecord[] = [
		...[...salons, ...resources].filter((l) => l.data.status !== '終了').map(listingRecord),
		...volunteers
			.filter((v) => v.data.status === '活動中')
			.map((v) => ({
				url: entryPath('volunteers', v.id),
				title: titleText(v.data.title, v.data.yomi),
				text: searchableText([v.data.title, v.data.yomi, v.data.summary, v.data.tasks.join(' '), v.data.when, v.data.provider.name, v.data.training, v.data.incentives?.join(' '), ...areaWords([v.data.area]), markdownToText(v.body ?? '')]),
				meta: { title: v.data.title, yomi: v.data.yomi, kind: KINDS.volunteers, summary: v.data.summary, when: v.data.when, area: areas.byId.get(v.data.area)?.data.name ?? v.data.area },
				filters: { 地域: districtsCovered(v.data.area), 種類: [KINDS.volunteers], 分野: [...v.data.fields] },
				sort: { yomi: v.data.yomi },
			})),
		...reports.map((r) => {
			const area = areas.byId.get(r.data.area)!;
			return {
				url: entryPath('reports', r.id),
				title: titleText(r.data.title),
				text: searchableText([r.data.title, area.data.council?.name, r.data.agenda.join(' '), r.data.decisions?.join(' '), ...areaWords([r.data.area]), markdownToText(r.body ?? '')]),
				meta: { title: r.data.title, yomi: `ん${r.data.date}`, kind: KINDS.reports, summary: `議題: ${r.data.agenda.join('／')}`, when: r.data.date, area: area.data.name },
				filters: { 地域: districtsCovered(r.data.area), 種類: [KINDS.reports] },
				sort: { yomi: `ん${r.data.date}` },
			};
		}),
		...areas.districts.map((a) => ({
			url: areaPath(a.id),
			title: titleText(a.data.name, a.data.yomi),
			text: searchableText([a.data.name, a.data.yomi, a.data.council?.name, markdownToText(a.body ?? '')]),
			meta: { title: a.data.name, yomi: a.data.yomi ?? a.data.name, kind: KINDS.areas, summary: `${a.data.name}のサロン・地域の資源・ボランティア募集・問い合わせ先` },
			filters: { 地域: [shortName(a)], 種類: [KINDS.areas] },
			sort: { yomi: a.data.yomi ?? a.data.name },
		})),
	];
	return new Response(JSON.stringify(records));
};
