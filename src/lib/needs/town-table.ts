/**
 * A 町丁別 table (住民基本台帳 by 町 and age band, as cities publish it) and a 町 → 校区 table, to counts per 校区.
 *
 * Two layouts are read: the 人口 dataset of the 自治体標準オープンデータセット as 高松市 publishes it (regionName,
 * totalPopulation, man1…man18 and woman1…woman18: 18 five-year bands, 0–4歳 … 80–84歳 and 85歳以上), and Japanese
 * headers (町名 or 町丁名, 総数, and bands such as 「65～69歳」「85歳以上」, for men and women or together). 65+,
 * 75+ and 85+ are sums of whole bands; a band across one of those ages (60～69歳) leaves that figure out, said so.
 * Cells 「-」 are 0; 「1,029」 is 1029. Households are not taken: a 住民基本台帳 世帯 is not a census 一般世帯.
 */
import { normalizeHeader, parseRows } from '../import/csv.ts';
import type { Counts, Measure } from './estat-table.ts';
import { zeroCounts } from './apportion.ts';

export interface Town {
	name: string;
	line: number;
	counts: Counts;
}

export interface TownTable {
	towns: Town[];
	/** Measures the table cannot give (households, and any age the bands do not separate). */
	missing: Measure[];
	problems: string[];
}

interface Band {
	column: number;
	from: number;
}

const NAME_HEADERS = ['regionname', '町名', '町丁名', '町丁目名', '町丁', '町字名', '地区名', '町丁字名'];
const TOTAL_HEADERS = ['totalpopulation', '総数', '人口総数', '総人口', '人口', '合計', '計'];

/** The lower age of a band header, or undefined: man14 → 65 (高松 layout), 「65～69歳男」 → 65, 「85歳以上」 → 85. */
function bandStart(header: string): { from: number; to?: number } | undefined {
	const numbered = /^(?:man|woman)(\d{1,2})$/.exec(header);
	if (numbered) {
		const i = Number(numbered[1]);
		return i >= 1 && i <= 18 ? { from: (i - 1) * 5, ...(i < 18 ? { to: i * 5 - 1 } : {}) } : undefined;
	}
	const range = /^(?:男|女)?(\d{1,3})[~-](\d{1,3})歳(?:男|女)?$/.exec(header);
	if (range) return { from: Number(range[1]), to: Number(range[2]) };
	const over = /^(?:男|女)?(\d{1,3})歳以上(?:男|女)?$/.exec(header);
	return over ? { from: Number(over[1]) } : undefined;
}

function readCell(cell: string | undefined): number | undefined {
	const v = (cell ?? '').trim().replace(/,/g, '');
	if (v === '-' || v === '' || v === '－') return 0;
	return /^\d+$/.test(v) ? Number(v) : undefined;
}

export function parseTownTable(text: string, file: string): TownTable {
	const [head, ...rows] = parseRows(text).filter((r) => r.cells.some((c) => c.trim() !== ''));
	const headers = (head?.cells ?? []).map((h) => normalizeHeader(h).toLowerCase().replace(/～/g, '~'));
	const nameAt = headers.findIndex((h) => NAME_HEADERS.includes(h));
	const totalAt = headers.findIndex((h) => TOTAL_HEADERS.includes(h));
	if (nameAt < 0 || totalAt < 0)
		throw new Error(
			`${file}: 1 行目に町の名前の列（町名・町丁名・regionName など）と人口の総数の列（総数・totalPopulation など）が見つかりません`,
		);
	const bands: (Band & { to?: number })[] = headers.flatMap((h, column) => {
		const b = bandStart(h);
		return b ? [{ column, ...b }] : [];
	});
	const separates = (age: number) => bands.length > 0 && bands.every((b) => b.from >= age || (b.to !== undefined && b.to < age));
	const ages: [Measure, number][] = [
		['age65', 65],
		['age75', 75],
		['age85', 85],
	];
	const missing: Measure[] = ['households', 'elderlySingle', 'elderlyCouple', ...ages.filter(([, a]) => !separates(a)).map(([m]) => m)];
	const towns: Town[] = [];
	const problems: string[] = [];
	for (const r of rows) {
		const name = (r.cells[nameAt] ?? '').trim();
		const where = `${file} ${r.line} 行目`;
		if (!name) {
			problems.push(`${where}: 町の名前が空です`);
			continue;
		}
		const counts = zeroCounts();
		const total = readCell(r.cells[totalAt]);
		const bad = [totalAt, ...bands.map((b) => b.column)].find((c) => readCell(r.cells[c]) === undefined);
		if (total === undefined || bad !== undefined) {
			problems.push(
				`${where}（${name}）: 「${head!.cells[bad ?? totalAt]}」の値「${(r.cells[bad ?? totalAt] ?? '').trim().slice(0, 20)}」が数ではありません`,
			);
			continue;
		}
		counts.total = total;
		for (const [m, age] of ages)
			if (!missing.includes(m)) counts[m] = bands.filter((b) => b.from >= age).reduce((s, b) => s + readCell(r.cells[b.column])!, 0);
		towns.push({ name, line: r.line, counts });
	}
	return { towns, missing, problems };
}

export interface TownShare {
	district: string;
	share: number;
	line: number;
}

/** A 町 → 校区 table: columns 町名 (or 町丁名…) and 校区 (an area id or name), optionally 割合 (0–1 or %). */
export function parseTownMap(text: string, file: string): { map: Map<string, TownShare[]>; problems: string[] } {
	const [head, ...rows] = parseRows(text).filter((r) => r.cells.some((c) => c.trim() !== ''));
	const headers = (head?.cells ?? []).map((h) => normalizeHeader(h).toLowerCase());
	const nameAt = headers.findIndex((h) => NAME_HEADERS.includes(h));
	const districtAt = headers.findIndex((h) => ['校区', '校区名', '地区', '小学校区', '中学校区', '地域', 'area'].includes(h));
	const shareAt = headers.findIndex((h) => h === '割合' || h === 'share');
	if (nameAt < 0 || districtAt < 0)
		throw new Error(`${file}: 1 行目に「町名」と「校区」の列が見つかりません（町ごとに、その町が入る校区を書いた表です）`);
	const map = new Map<string, TownShare[]>();
	const problems: string[] = [];
	for (const r of rows) {
		const name = (r.cells[nameAt] ?? '').trim();
		const district = (r.cells[districtAt] ?? '').trim();
		const raw = shareAt >= 0 ? (r.cells[shareAt] ?? '').trim() : '';
		const share = raw === '' ? 1 : raw.endsWith('%') ? Number(raw.slice(0, -1)) / 100 : Number(raw);
		if (!name || !district || !(share > 0 && share <= 1)) {
			problems.push(`${file} ${r.line} 行目: 町名・校区が空か、割合「${raw.slice(0, 10)}」が 0 より大きく 1（100%）以下ではありません`);
			continue;
		}
		map.set(name, [...(map.get(name) ?? []), { district, share, line: r.line }]);
	}
	for (const [name, shares] of map) {
		const sum = shares.reduce((s, x) => s + x.share, 0);
		if (Math.abs(sum - 1) > 1e-6)
			problems.push(`${file} ${shares[0]!.line} 行目: 「${name}」の割合の合計が ${Math.round(sum * 1000) / 10}% です。100% にしてください`);
	}
	return { map, problems };
}

/** Counts per 校区 id. Every 町 must be in the map and every 校区 written there must be an area (id, name or short name). */
export function townsToDistricts(
	towns: readonly Town[],
	map: Map<string, TownShare[]>,
	districts: readonly { id: string; names: string[] }[],
	file: string,
): { byDistrict: Map<string, Counts>; problems: string[] } {
	const byDistrict = new Map(districts.map((d) => [d.id, zeroCounts()]));
	const idOf = (written: string) => districts.find((d) => d.id === written || d.names.includes(written))?.id;
	const problems: string[] = [];
	for (const town of towns) {
		const shares = map.get(town.name);
		if (!shares) {
			problems.push(`${file} ${town.line} 行目: 「${town.name}」が町と校区の対応表にありません`);
			continue;
		}
		for (const s of shares) {
			const id = idOf(s.district);
			if (!id) {
				problems.push(`町と校区の対応表 ${s.line} 行目: 校区「${s.district}」が content/areas/ にありません（id か名前で書いてください）`);
				continue;
			}
			const into = byDistrict.get(id)!;
			for (const [m, v] of Object.entries(town.counts) as [Measure, number][]) into[m] += v * s.share;
		}
	}
	return { byDistrict, problems };
}
