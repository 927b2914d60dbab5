/**
 * The layouts the importer recognises from a header row, what each becomes, and how a file's header row is found
 * (some files start with a title or metadata lines).
 */
import { fieldOfHeader, headerKey, isTemplateHeader, type SourceField } from './headers.ts';

export const LAYOUTS = {
	mhlw: { label: '通いの場のオープンデータ（厚生労働省）', kind: '通いの場', collection: 'salons', slug: 'kayoinoba' },
	kodomo: {
		label: '子ども食堂・こどもの居場所の一覧（49列の共通の形）',
		kind: '子ども食堂・こどもの居場所',
		collection: 'resources',
		slug: 'kodomo',
	},
	facilities: { label: '公共施設一覧（推奨データセットの形）', kind: '公共施設一覧', collection: 'resources', slug: 'shisetsu' },
	'facilities-current': {
		label: '公共施設一覧（自治体標準オープンデータセットの形）',
		kind: '公共施設一覧',
		collection: 'resources',
		slug: 'shisetsu',
	},
	properties: { label: '英語の項目名（#property）の施設一覧', kind: '施設一覧', collection: 'resources', slug: 'shisetsu' },
	events: { label: 'イベント一覧', kind: 'イベント一覧', collection: 'resources', slug: 'event' },
	custom: { label: '市町村独自の列', kind: '一覧', collection: 'resources', slug: 'data' },
} as const;
export type Layout = keyof typeof LAYOUTS;
/** Short names accepted by --layout. */
export const LAYOUT_OPTION: Record<string, Layout> = {
	mhlw: 'mhlw',
	kayoinoba: 'mhlw',
	kodomo: 'kodomo',
	'kodomo-shokudo': 'kodomo',
	facilities: 'facilities',
	'facilities-current': 'facilities-current',
	current: 'facilities-current',
	properties: 'properties',
	events: 'events',
	custom: 'custom',
};

/**
 * The columns that define each layout (besides a name column): a layout is chosen only when at least `need` of
 * them are in the header row, so a file is never read as a layout it merely resembles.
 */
const EVIDENCE: { layout: Exclude<Layout, 'custom'>; columns: string[]; need: number }[] = [
	{ layout: 'mhlw', columns: ['名称(ふりがな)', '活動内容', '料金体系', '送迎の有無', '運営日(平日)-開始', '総合事業実施の有無'], need: 3 },
	{
		layout: 'kodomo',
		columns: [
			'開催頻度',
			'開催曜日',
			'開催日',
			'開催開始時間',
			'開催終了時間',
			'開催日時特記事項',
			'運営団体名',
			'参加費_大人',
			'フードパントリー実施',
			'テイクアウト実施',
			'実施支援の主な区分',
		],
		need: 4,
	},
	{
		layout: 'events',
		columns: ['イベント名', '行事名', '開催日', '開始日', '終了日', '場所名称', '会場', '申込期間', '参加申込方法'],
		need: 2,
	},
	{
		layout: 'facilities-current',
		columns: ['全国地方公共団体コード', '所在地_連結表記', '名称_通称', '利用可能時間特記事項', '利用可能曜日', '地方公共団体名'],
		need: 3,
	},
	{
		layout: 'facilities',
		columns: ['都道府県コード又は市区町村コード', '名称_カナ', '利用可能曜日', '利用可能日時特記事項', 'POIコード', '方書'],
		need: 3,
	},
	{
		layout: 'properties',
		columns: ['#property', 'name', 'address', 'latitude', 'longitude', 'telephoneNumber', 'availableDateNote'],
		need: 3,
	},
];
/** The share of named columns the importer must know before it reads a file as a city's own columns. */
const CUSTOM_FIT = 0.6;

export type LayoutChoice =
	{ layout: Layout; reason: string } | { layout: undefined; recognised: string[]; unrecognised: string[]; reason: string };

/**
 * Which layout a header row is, and why; or, when no layout fits well, the columns recognised and not (the caller
 * asks for --layout or --map instead of guessing). `forced` is --layout.
 */
export function chooseLayout(
	headers: readonly string[],
	fields: readonly (SourceField | undefined)[] = headers.map(fieldOfHeader),
	forced?: Layout,
): LayoutChoice {
	const named = headers
		.map((h, i) => ({ h: h.replace(/\s+/g, ' ').trim(), f: fields[i], template: isTemplateHeader(h) }))
		.filter((c) => c.h && !c.template);
	const recognised = named.filter((c) => c.f).map((c) => c.h);
	const unrecognised = named.filter((c) => !c.f).map((c) => c.h);
	if (forced) return { layout: forced, reason: `--layout ${forced} で指定されました` };
	if (!fields.includes('name')) return { layout: undefined, recognised, unrecognised, reason: '名前の列が見つかりません' };
	const keys = new Set(headers.map(headerKey));
	for (const e of EVIDENCE) {
		const found = e.columns.filter((c) => keys.has(headerKey(c)));
		if (found.length >= e.need) return { layout: e.layout, reason: `この形を決める列がそろっています（${found.join('、')}）` };
	}
	const share = named.length ? recognised.length / named.length : 0;
	if (share >= CUSTOM_FIT)
		return { layout: 'custom', reason: `決まった形ではありませんが、${named.length} 列のうち ${recognised.length} 列の意味がわかります` };
	return {
		layout: undefined,
		recognised,
		unrecognised,
		reason: `${named.length} 列のうち意味がわかるのは ${recognised.length} 列だけで、どの形とも言えません`,
	};
}

/** Which layout a header row is; undefined when none fits well (see chooseLayout). */
export function detectLayout(
	headers: readonly string[],
	fields: readonly (SourceField | undefined)[] = headers.map(fieldOfHeader),
): Layout | undefined {
	return chooseLayout(headers, fields).layout;
}

/** The header row: the first of the first ten rows where two or more cells, one of them a name, are known columns. */
export function findHeaderRow(
	rows: readonly { cells: string[] }[],
	mapped: (header: string) => SourceField | undefined = fieldOfHeader,
): number | undefined {
	for (let i = 0; i < Math.min(rows.length, 10); i++) {
		const fields = rows[i]!.cells.map((c) => (isTemplateHeader(c) ? undefined : mapped(c)));
		if (fields.includes('name') && fields.filter(Boolean).length >= 2) return i;
	}
	return undefined;
}
