/**
 * The kinds of entry, in one table: for each, its folder (also its URL segment), its Japanese names, the areas it
 * may name, its `npm run new` template, its contribution form, whether it is a place, and its roles in the search
 * and the exports. Navigation, search kinds, the form, `npm run new`, reference checks, exports and every entry URL
 * are derived from this table; src/schemas/index.ts pairs each row with its zod schema. Adding a kind is one row
 * here and one schema there (docs/development-kinds.md). Pure: runs in Node, in the browser and in tests.
 */
import type { AreaKind } from '../schemas/taxonomy.ts';
import { proposedName as proposedStem } from './contribute/file-name.ts';

/** How `npm run new` names a new file (scripts/new-entry.ts). */
export type NewFileName =
	/** <folder>/<area>/<area>-<slug>.md: the area id first, once. */
	| 'area-and-slug'
	/** <folder>/<area>/<date>-<area>-council.md, -2, -3 … for a second meeting that day. */
	| 'meeting-date'
	/** <folder>/<area>/<slug>.md with a slug unique across areas (reports name local issues by it). */
	| 'unique-slug'
	/** <folder>/<slug>.md: an area itself. */
	| 'area-file';

export interface KindForm {
	/** The form's title on /send/ and /send/<folder>/, when it differs from the kind's label. */
	title?: string;
	/** One sentence under the title. */
	intro: string;
	/** For whom: everyone, or the coordinators. */
	audience: 'everyone' | 'coordinators';
	/** The label of the body text area. */
	bodyLabel: string;
	/** Values a new entry starts with (today's date where a date is asked). */
	defaults: (today: string) => Record<string, unknown>;
	/** The file name (without .md) for a new entry from what was filled in, given its area id. */
	fileName: (data: Record<string, unknown>, area: string) => string;
	/** The areas the form's area list offers, when fewer than the row's `areas.kinds` (a 協議体 meets in a 校区 or the town). */
	areaKinds?: readonly AreaKind[];
}

export interface Kind<K extends string = string> {
	/** The collection's name in code and in Astro: localIssues. */
	key: K;
	/** The folder under content/ and the URL segment of its pages: local-issues. */
	folder: string;
	/** The file types it accepts. */
	extensions: readonly ('md' | 'mdx')[];
	/** What one calls the kind, in lists, headings, the search's 種類 filter and messages: 地域課題. */
	label: string;
	/** A short word for lists of kinds in one line (すべての情報（サロン・…）): サロン. */
	short: string;
	/** An entry of this kind is a place to go or ask, with a point on the map (places.geojson, facilities.csv, HSDS). */
	place: boolean;
	/** The area field an entry names, and which kinds of area it may name (src/lib/references.ts). */
	areas?: { field: 'area' | 'areas'; kinds: readonly AreaKind[]; many?: boolean };
	/** `npm run new`: the name typed after --kind, the template in scripts/templates/, how the file is named. */
	newEntry: { name: string; template: string; label?: string; fileName: NewFileName };
	/** The contribution form (/send/<folder>/), for kinds a resident or a coordinator may send. */
	form?: KindForm;
	/** In the header's navigation (after the places and 分野から探す for the rest), or in the footer. */
	nav?: 'header' | 'footer';
	/** In the search: listed after the places (local issues, reports), whatever the score. */
	search: { later: boolean };
	/**
	 * In /data/entries.json: the key of its list; `frame` for the areas, listed first and without page addresses
	 * (the other entries name them).
	 */
	exports: { key: string; frame?: boolean };
}

const text = (v: unknown) => (typeof v === 'string' ? v : '');
const compact = (date: string) => date.replace(/-/g, '');
const EVERY_AREA = ['district', 'zone', 'top'] as const satisfies readonly AreaKind[];

/** The rows, in the order lists of kinds are shown (the form's choices, `npm run new`, the field reference). */
export const KIND_LIST = [
	{
		key: 'salons',
		folder: 'salons',
		extensions: ['md'],
		label: 'サロン・通いの場',
		short: 'サロン',
		place: true,
		areas: { field: 'area', kinds: ['district'] },
		newEntry: { name: 'salon', template: 'salon.md', fileName: 'area-and-slug' },
		form: {
			intro: '集まりの名前、場所、開く日と時間、問い合わせ先を入れてください。',
			audience: 'everyone',
			bodyLabel: 'くわしい説明（どんな集まりか、初めての方へのひとこと など。なくてもかまいません）',
			defaults: (today) => ({ last_confirmed: today, status: '活動中' }),
			fileName: (d, area) => proposedStem(area, text(d['yomi']), text(d['name']), 'salon'),
		},
		nav: 'header',
		search: { later: false },
		exports: { key: 'salons' },
	},
	{
		key: 'resources',
		folder: 'resources',
		extensions: ['md'],
		label: '地域の資源',
		short: '地域の資源',
		place: true,
		areas: { field: 'areas', kinds: EVERY_AREA, many: true },
		newEntry: { name: 'resource', template: 'resource.md', fileName: 'area-and-slug' },
		form: {
			title: '地域の資源（サービス・活動）',
			intro: '配食、見守り、移動販売、相談窓口など、地域で使えるサービスや活動を入れてください。',
			audience: 'everyone',
			bodyLabel: 'くわしい説明（なくてもかまいません）',
			defaults: (today) => ({ last_confirmed: today, status: '活動中' }),
			fileName: (d, area) => proposedStem(area, text(d['yomi']), text(d['name']), 'resource'),
		},
		nav: 'header',
		search: { later: false },
		exports: { key: 'resources' },
	},
	{
		key: 'volunteers',
		folder: 'volunteers',
		extensions: ['md'],
		label: 'ボランティア募集',
		short: 'ボランティア募集',
		place: false,
		areas: { field: 'area', kinds: EVERY_AREA },
		newEntry: { name: 'volunteer', template: 'volunteer.md', fileName: 'area-and-slug' },
		form: {
			intro: '手伝ってほしいこと、日時、申し込み方を入れてください。',
			audience: 'everyone',
			bodyLabel: 'くわしい説明（なくてもかまいません）',
			defaults: (today) => ({ posted: today, last_confirmed: today, status: '活動中' }),
			fileName: (d, area) => proposedStem(area, text(d['yomi']), text(d['title']), 'volunteer'),
		},
		nav: 'header',
		search: { later: false },
		exports: { key: 'volunteers' },
	},
	{
		key: 'reports',
		folder: 'reports',
		extensions: ['md', 'mdx'],
		label: '協議体の会議録',
		short: '会議録',
		place: false,
		areas: { field: 'area', kinds: EVERY_AREA },
		newEntry: { name: 'report', template: 'report.md', fileName: 'meeting-date' },
		form: {
			intro: 'コーディネーター向けです。参加者は団体と役割と人数で書き、個人の名前は書きません。',
			audience: 'coordinators',
			bodyLabel: '会議のまとめ（本文）',
			defaults: () => ({}),
			fileName: (d, area) => `${text(d['date']) || 'date'}-${area}-council`,
			areaKinds: ['top', 'district'],
		},
		nav: 'header',
		search: { later: true },
		exports: { key: 'reports' },
	},
	{
		key: 'localIssues',
		folder: 'local-issues',
		extensions: ['md'],
		label: '地域課題',
		short: '地域課題',
		place: false,
		areas: { field: 'area', kinds: EVERY_AREA },
		newEntry: { name: 'issue', template: 'local-issue.md', fileName: 'unique-slug' },
		form: {
			intro: 'コーディネーター向けです。個人が特定される書き方はしません。',
			audience: 'coordinators',
			bodyLabel: '課題の説明（本文）',
			defaults: (today) => ({ raised: today, status: '提起', history: [{ date: today, status: '提起' }] }),
			fileName: (d, area) => `${area}-kadai-${compact(text(d['raised']) || 'date')}`,
			areaKinds: ['top', 'district'],
		},
		nav: 'footer',
		search: { later: true },
		exports: { key: 'local_issues' },
	},
	{
		key: 'areas',
		folder: 'areas',
		extensions: ['md'],
		label: '地域',
		short: '地域',
		place: false,
		newEntry: { name: 'area', template: 'area.md', label: '地域（校区・地区・圏域）', fileName: 'area-file' },
		search: { later: false },
		exports: { key: 'areas', frame: true },
	},
] as const satisfies readonly Kind[];

export type KindKey = (typeof KIND_LIST)[number]['key'];
/** The kinds a contribution form can send. */
export type SendableKey = Extract<(typeof KIND_LIST)[number], { form: KindForm }>['key'];

/** Each kind by its key: KINDS.salons.label. */
export const KINDS = Object.fromEntries(KIND_LIST.map((k) => [k.key, k])) as {
	[K in KindKey]: Extract<(typeof KIND_LIST)[number], { key: K }>;
};

/** The kinds with a contribution form, in the table's order. */
export function formKinds(kinds: readonly Kind[] = KIND_LIST): (Kind & { form: KindForm })[] {
	return kinds.filter((k): k is Kind & { form: KindForm } => k.form !== undefined);
}

/** The search's 種類 filter: the places first, then the kinds listed after them, each in the table's order. */
export function searchKindLabels(kinds: readonly Kind[] = KIND_LIST): string[] {
	return [...kinds.filter((k) => !k.search.later), ...kinds.filter((k) => k.search.later)].map((k) => k.label);
}

/** The labels of the kinds listed after the places in the search. */
export function laterKindLabels(kinds: readonly Kind[] = KIND_LIST): string[] {
	return kinds.filter((k) => k.search.later).map((k) => k.label);
}

/** `npm run new`'s choices, in the table's order: the name typed after --kind and what it makes. */
export function newEntryChoices(kinds: readonly Kind[] = KIND_LIST): { name: string; label: string; kind: Kind }[] {
	return kinds.map((kind) => ({ name: kind.newEntry.name, label: kind.newEntry.label ?? kind.label, kind }));
}

/** A list of kinds in one line, for a title: サロン・地域の資源・ボランティア募集・会議録・地域課題・地域. */
export function shortLabels(kinds: readonly Kind[] = KIND_LIST): string {
	return kinds.map((k) => k.short).join('・');
}
