/**
 * The layouts the importer recognises from a header row, what each becomes, and how a file's header row is found
 * (some files start with a title or metadata lines).
 */
import { fieldOfHeader, headerKey, isTemplateHeader, type SourceField } from './headers.ts';

export const LAYOUTS = {
	mhlw: { label: '通いの場のオープンデータ（厚生労働省）', kind: '通いの場', collection: 'salons', slug: 'kayoinoba' },
	facilities: { label: '公共施設一覧（推奨データセットの形）', kind: '公共施設一覧', collection: 'resources', slug: 'shisetsu' },
	'facilities-current': { label: '公共施設一覧（自治体標準オープンデータセットの形）', kind: '公共施設一覧', collection: 'resources', slug: 'shisetsu' },
	properties: { label: '英語の項目名（#property）の施設一覧', kind: '施設一覧', collection: 'resources', slug: 'shisetsu' },
	events: { label: 'イベント一覧', kind: 'イベント一覧', collection: 'resources', slug: 'event' },
	custom: { label: '市町村独自の列', kind: '一覧', collection: 'resources', slug: 'data' },
} as const;
export type Layout = keyof typeof LAYOUTS;
export const LAYOUT_NAMES = Object.keys(LAYOUTS) as Layout[];
/** Short names accepted by --layout. */
export const LAYOUT_OPTION: Record<string, Layout> = { mhlw: 'mhlw', kayoinoba: 'mhlw', facilities: 'facilities', 'facilities-current': 'facilities-current', current: 'facilities-current', properties: 'properties', events: 'events', custom: 'custom' };

/** Which layout a header row is; undefined when no column names a name (nothing can be imported). */
export function detectLayout(headers: readonly string[], fields: readonly (SourceField | undefined)[] = headers.map(fieldOfHeader)): Layout | undefined {
	const keys = new Set(headers.map(headerKey));
	const has = (...names: string[]) => names.some((n) => keys.has(headerKey(n)));
	if (!fields.includes('name')) return undefined;
	if (has('名称(ふりがな)') && has('活動内容') && has('料金体系', '送迎の有無')) return 'mhlw';
	if (has('イベント名', '行事名') || (has('開催日') && !has('利用可能曜日'))) return 'events';
	if (has('全国地方公共団体コード', '所在地_連結表記')) return 'facilities-current';
	if (has('都道府県コード又は市区町村コード')) return 'facilities';
	if (has('#property') && has('name')) return 'properties';
	if (has('名称_カナ') && has('利用可能曜日', '利用可能日時特記事項', '利用可能時間特記事項')) return 'facilities';
	return 'custom';
}

/** The header row: the first of the first ten rows where two or more cells, one of them a name, are known columns. */
export function findHeaderRow(rows: readonly { cells: string[] }[], mapped: (header: string) => SourceField | undefined = fieldOfHeader): number | undefined {
	for (let i = 0; i < Math.min(rows.length, 10); i++) {
		const fields = rows[i]!.cells.map((c) => (isTemplateHeader(c) ? undefined : mapped(c)));
		if (fields.includes('name') && fields.filter(Boolean).length >= 2) return i;
	}
	return undefined;
}
