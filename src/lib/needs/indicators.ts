/**
 * Needs indicators per 日常生活圏域 or 校区 (介護予防・日常生活圏域ニーズ調査's 閉じこもり傾向, 運動機能低下,
 * 社会参加, 独居 …) from a table of one row per area and indicator:
 *
 *   地域（圏域・校区・地区）, 指標, 値, 単位, 年, 出典
 *
 * Each row is checked by the area schema's indicator schema; every problem names the file, line and column.
 * A 圏域's indicator is shown on each of its 校区 and said so (`indicatorsFor`).
 */
import type { TableRow } from '../import/csv.ts';
import { normalizeHeader } from '../import/csv.ts';
import { indicatorSchema } from '../../schemas/areas.ts';
import type { z } from '../../schemas/zod.ts';

export type Indicator = z.output<typeof indicatorSchema>;

export interface KnownArea {
	id: string;
	name: string;
	shortName?: string | undefined;
	parent?: string | undefined;
}

const COLUMNS: Record<'area' | keyof Indicator, string[]> = {
	area: ['地域', '圏域', '日常生活圏域', '校区', '地区', '小学校区', '中学校区', 'area'],
	name: ['指標', '指標名', '項目', 'indicator'],
	value: ['値', '数値', 'value'],
	unit: ['単位', 'unit'],
	year: ['年', '年度', '調査年', '調査年度', 'year'],
	source: ['出典', '調査名', 'source'],
};
const LABEL: Record<keyof Indicator, string> = { name: '指標', value: '値', unit: '単位', year: '年', source: '出典' };

/** The area an area column names: its id, name, short name, or name without 小学校区/校区/圏域/地区. */
export function findArea(written: string, areas: readonly KnownArea[]): KnownArea | undefined {
	const bare = (s: string) => s.replace(/(小学校区|中学校区|校区|日常生活圏域|圏域|地区)$/, '');
	return (
		areas.find((a) => a.id === written || a.name === written || a.shortName === written) ??
		areas.find((a) => bare(a.name) === bare(written))
	);
}

function numberIn(text: string): number | undefined {
	const t = text
		.normalize('NFKC')
		.replace(/[,%％]/g, '')
		.trim();
	return t !== '' && Number.isFinite(Number(t)) ? Number(t) : undefined;
}

/** Indicators per area id, from rows whose first row is the header. */
export function readIndicators(
	rows: readonly TableRow[],
	file: string,
	areas: readonly KnownArea[],
): { byArea: Map<string, Indicator[]>; problems: string[]; count: number } {
	const [head, ...body] = rows.filter((r) => r.cells.some((c) => c.trim() !== ''));
	const headers = (head?.cells ?? []).map((h) => normalizeHeader(h).toLowerCase());
	const at = Object.fromEntries(Object.entries(COLUMNS).map(([k, names]) => [k, headers.findIndex((h) => names.includes(h))])) as Record<
		keyof typeof COLUMNS,
		number
	>;
	const lacking = (Object.keys(COLUMNS) as (keyof typeof COLUMNS)[]).filter((k) => at[k] < 0);
	if (lacking.length)
		throw new Error(
			`${file}: 1 行目に ${lacking.map((k) => `「${COLUMNS[k][0]}」`).join('・')} の列が見つかりません（列: 地域, 指標, 値, 単位, 年, 出典）`,
		);
	const byArea = new Map<string, Indicator[]>();
	const problems: string[] = [];
	let count = 0;
	for (const r of body) {
		const cell = (k: keyof typeof COLUMNS) => (r.cells[at[k]] ?? '').trim();
		const where = `${file} ${r.line} 行目`;
		const area = findArea(cell('area'), areas);
		if (!area) {
			problems.push(`${where}: 地域「${cell('area').slice(0, 40)}」が content/areas/ にありません（id か名前で書いてください）`);
			continue;
		}
		const parsed = indicatorSchema.safeParse({
			name: cell('name'),
			value: numberIn(cell('value')),
			unit: cell('unit'),
			year: numberIn(cell('year')),
			source: cell('source'),
		});
		if (!parsed.success) {
			for (const issue of parsed.error.issues) problems.push(`${where} ${LABEL[issue.path[0] as keyof Indicator] ?? ''}: ${issue.message}`);
			continue;
		}
		const list = byArea.get(area.id) ?? [];
		const twice = list.find((i) => i.name === parsed.data.name && i.year === parsed.data.year);
		if (twice) {
			problems.push(`${where}: 「${area.name}」の「${parsed.data.name}」（${parsed.data.year}年）が二度あります`);
			continue;
		}
		byArea.set(area.id, [...list, parsed.data]);
		count++;
	}
	return { byArea, problems, count };
}

export interface ShownIndicator extends Indicator {
	/** The 圏域 (or town) the value is of, when it is not of the area itself: shown as 「○○圏域の値」. */
	of?: string;
}

/** An area's own indicators, then those of the areas above it that it does not have itself, each marked with whose they are. */
export function indicatorsFor(
	id: string,
	areas: readonly (KnownArea & { indicators?: readonly Indicator[] | undefined })[],
): ShownIndicator[] {
	const byId = new Map(areas.map((a) => [a.id, a]));
	const shown: ShownIndicator[] = [];
	const seen = new Set<string>();
	for (let a = byId.get(id), first = true; a; a = a.parent ? byId.get(a.parent) : undefined, first = false) {
		for (const i of a.indicators ?? []) {
			if (seen.has(i.name)) continue;
			seen.add(i.name);
			shown.push(first ? { ...i } : { ...i, of: a.name });
		}
	}
	return shown;
}
