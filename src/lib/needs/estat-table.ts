/**
 * Reading one e-Stat 地域メッシュ統計 table of the 2020 census (T001141 500 m, T001101 1 km, T001142 250 m and
 * their siblings): comma-separated text, two header rows (codes `KEY_CODE,HTKSYORI,HTKSAKI,GASSAN,T001141001,…`,
 * then Japanese labels each prefixed with a full-width space), one row per mesh.
 *
 * 秘匿 (secret cells), as e-Stat documents them: in a mesh with very few residents the detail cells are `*`
 * (HTKSYORI = 2) and their counts are ADDED to the mesh named in HTKSAKI (that mesh has HTKSYORI = 1 and lists the
 * meshes it absorbed in GASSAN, separated by `;`). 人口総数 is never secret. So a `*` is read as 0 in its own
 * mesh, and the count stays where e-Stat put it, in the HTKSAKI mesh: added once, never twice.
 *
 * Columns are found by their Japanese label (robust to other tables of the same layout), or by the 2020 code
 * suffix when a file has no label row.
 */
import { normalizeHeader, parseRows } from '../import/csv.ts';
import { meshCodeProblem } from './mesh-code.ts';

export const MEASURES = ['total', 'age65', 'age75', 'age85', 'households', 'elderlySingle', 'elderlyCouple'] as const;
export type Measure = (typeof MEASURES)[number];
export type Counts = Record<Measure, number>;

export const MEASURE_LABELS: Record<Measure, string> = {
	total: '人口',
	age65: '65歳以上',
	age75: '75歳以上',
	age85: '85歳以上',
	households: '一般世帯',
	elderlySingle: '高齢単身世帯',
	elderlyCouple: '高齢夫婦世帯',
};

/** Labels after normalizeHeader (NFKC, no spaces): 「　６５歳以上人口　総数」 → 「65歳以上人口総数」. */
const LABEL_PATTERNS: Record<Measure, RegExp> = {
	total: /^人口\(?総数\)?$/,
	age65: /^65歳以上人口総数$/,
	age75: /^75歳以上人口総数$/,
	age85: /^85歳以上人口総数$/,
	households: /^一般世帯数$/,
	elderlySingle: /^(?!.*[男女]$).*高齢単身.*世帯/,
	elderlyCouple: /^(?!.*[男女]$).*高齢夫婦.*世帯/,
};
/** The 2020 tables' item numbers (T001141019 = 65歳以上人口 総数 …), used when a file has no label row. */
const CODE_SUFFIX: Record<Measure, string> = {
	total: '001',
	age65: '019',
	age75: '022',
	age85: '025',
	households: '035',
	elderlySingle: '049',
	elderlyCouple: '050',
};

export interface MeshRow {
	code: string;
	/** The line of the file (1 = the first line). */
	line: number;
	counts: Counts;
	/** Measures that were `*` here: their counts are in `foldedInto`. */
	secret: Measure[];
	/** HTKSAKI: the mesh this mesh's secret counts were added to. */
	foldedInto?: string | undefined;
	/** GASSAN: the meshes whose secret counts this mesh's figures include. */
	absorbs: string[];
}

export interface MeshTable {
	/** T001141 etc. */
	statsId: string;
	rows: MeshRow[];
	/** Measures the table has no column for (e.g. a table without households). */
	missing: Measure[];
	/** Problems, each naming the file and line, in Japanese. Rows with a problem are left out of `rows`. */
	problems: string[];
}

const emptyCounts = (): Counts => Object.fromEntries(MEASURES.map((m) => [m, 0])) as Counts;

function findColumns(file: string, codes: string[], labels: string[]): { statsId: string; columns: Partial<Record<Measure, number>> } {
	const statsId = /^(T\d{6})\d{3}$/.exec(codes[4] ?? '')?.[1];
	if (codes[0] !== 'KEY_CODE' || codes[1] !== 'HTKSYORI' || !statsId) {
		throw new Error(
			`${file}: 1 行目が e-Stat の地域メッシュ統計の見出し（KEY_CODE,HTKSYORI,HTKSAKI,GASSAN,T001141001,…）ではありません。e-Stat の「統計データダウンロード」の「地域メッシュ統計」から落としたファイル（.txt か .zip）を指定してください`,
		);
	}
	const columns: Partial<Record<Measure, number>> = {};
	const normal = labels.map(normalizeHeader);
	for (const m of MEASURES) {
		const byLabel = normal.findIndex((l, i) => i >= 4 && LABEL_PATTERNS[m].test(l));
		const byCode = codes.indexOf(statsId + CODE_SUFFIX[m]);
		const labelled = normal.some((l, i) => i >= 4 && l !== '');
		const at = byLabel >= 0 ? byLabel : labelled || !statsId.startsWith('T0011') ? -1 : byCode;
		if (at >= 0) columns[m] = at;
	}
	return { statsId, columns };
}

function readCount(cell: string | undefined): number | '*' | undefined {
	const v = (cell ?? '').trim();
	if (v === '*') return '*';
	if (v === '-' || v === '') return 0;
	return /^\d+$/.test(v) ? Number(v) : undefined;
}

/** One data row, or a problem naming file and line. */
function readRow(file: string, line: number, cells: string[], columns: Partial<Record<Measure, number>>): MeshRow | string {
	const code = (cells[0] ?? '').trim();
	const where = `${file} ${line} 行目`;
	const codeProblem = meshCodeProblem(code);
	if (codeProblem) return `${where}: ${codeProblem}`;
	const htksyori = (cells[1] ?? '').trim();
	if (!['0', '1', '2', ''].includes(htksyori))
		return `${where}: HTKSYORI（秘匿処理）が「${htksyori.slice(0, 10)}」です。0・1・2 のどれかのはずです`;
	const counts = emptyCounts();
	const secret: Measure[] = [];
	for (const [m, at] of Object.entries(columns) as [Measure, number][]) {
		const value = readCount(cells[at]);
		if (value === undefined) return `${where}: 「${MEASURE_LABELS[m]}」の値「${(cells[at] ?? '').slice(0, 20)}」が数ではありません`;
		if (value === '*') secret.push(m);
		else counts[m] = value;
	}
	const foldedInto = (cells[2] ?? '').trim() || undefined;
	if (secret.length && !foldedInto) return `${where}: 秘匿（*）の値がありますが、合算先のメッシュ（HTKSAKI）が書かれていません`;
	if (foldedInto && meshCodeProblem(foldedInto)) return `${where}: HTKSAKI（合算先）: ${meshCodeProblem(foldedInto)}`;
	const absorbs = (cells[3] ?? '')
		.split(';')
		.map((s) => s.trim())
		.filter(Boolean);
	return { code, line, counts, secret, foldedInto, absorbs };
}

/** Reads a decoded e-Stat mesh table. Throws (Japanese, naming the file) only when it is not such a table at all. */
export function parseMeshTable(text: string, file: string): MeshTable {
	const all = parseRows(text, ',').filter((r) => r.cells.some((c) => c.trim() !== ''));
	const [head, second, ...rest] = all;
	if (!head) throw new Error(`${file}: 中身がありません`);
	const hasLabels = !!second && (second.cells[0] ?? '').trim() === '';
	const { statsId, columns } = findColumns(
		file,
		head.cells.map((c) => c.trim()),
		hasLabels ? second.cells : [],
	);
	if (columns.total === undefined) throw new Error(`${file}: 人口総数の列（「人口（総数）」、${statsId}001）が見つかりません`);
	const dataRows = hasLabels ? rest : [second!, ...rest].filter(Boolean);
	const rows: MeshRow[] = [];
	const problems: string[] = [];
	for (const r of dataRows) {
		const row = readRow(file, r.line, r.cells, columns);
		if (typeof row === 'string') problems.push(row);
		else rows.push(row);
	}
	const missing = MEASURES.filter((m) => columns[m] === undefined);
	return { statsId, rows, missing, problems };
}
