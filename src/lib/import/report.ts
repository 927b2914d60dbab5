/**
 * The import report, row by row, in Japanese: printed and written as Markdown (import-report-<date>.md or --report).
 * Every value that comes from the file is shown through visibleText: a cell cannot clear the screen or hide words.
 */
import { visibleText } from '../safety/visible-text.ts';
import type { Extra } from './rows.ts';
import type { Change } from './update.ts';

export type RowAction = 'created' | 'updated' | 'unchanged' | 'draft' | 'conflict' | 'skipped' | 'elsewhere' | 'failed';
const ACTIONS = ['created', 'updated', 'unchanged', 'draft', 'conflict', 'skipped', 'elsewhere', 'failed'] as const;

export interface RowReport {
	line: number;
	action: RowAction;
	name: string;
	id?: string;
	/** The file written or that would be written (relative to the repository). */
	file?: string;
	changes?: Change[];
	missing?: string[];
	reason?: string;
	notes?: string[];
	/** Its coordinates lie outside every 校区. */
	outside?: string;
	/** Values without a field, not on any page (--keep-extra report). */
	extras?: Extra[];
}

export interface ColumnReport {
	header: string;
	/** How its values were kept, or why not. */
	how: string;
}

export interface ImportReport {
	file: string;
	encoding: string;
	layout: string;
	/** Why this layout (its defining columns, or --layout). */
	layoutReason: string;
	dataset: string;
	date: string;
	dryRun: boolean;
	dataRows: number;
	confirmedFrom: string;
	rows: RowReport[];
	unmapped: ColumnReport[];
	notices: string[];
	keepExtra: 'report' | 'body';
	/** --only-town: rows kept, rows of other municipalities left out, by municipality. */
	townFilter?: { kept: number; left: number; byTown: [string, number][] } | undefined;
}

const LABEL: Record<RowAction, string> = {
	created: '書いた（新しい項目）',
	updated: '更新した',
	unchanged: '変わらない',
	draft: '下書き（_ で始まるファイル。サイトには出ません）',
	conflict: 'さわらなかった項目（人が書いたもの・確かめられないもの）',
	skipped: '飛ばした行',
	elsewhere: 'ほかの市町村の行（--only-town で取りこまない）',
	failed: '更新できなかった行（ファイルはそのまま）',
};
const DRY: Partial<Record<RowAction, string>> = { created: '書く予定（新しい項目）', updated: '更新する予定', draft: '下書きにする予定' };

export function counts(rows: readonly RowReport[]): Record<RowAction, number> {
	const c: Record<RowAction, number> = { created: 0, updated: 0, unchanged: 0, draft: 0, conflict: 0, skipped: 0, elsewhere: 0, failed: 0 };
	for (const r of rows) c[r.action]++;
	return c;
}

/** One line per count: 「書いた 3 件、更新した 1 件、…」. */
export function summaryLine(report: ImportReport): string {
	const c = counts(report.rows);
	const label = (a: RowAction) => (report.dryRun ? (DRY[a] ?? LABEL[a]) : LABEL[a]).replace(/（.*$/, '');
	return ACTIONS.filter((a) => c[a] || !['conflict', 'elsewhere'].includes(a))
		.map((a) => `${label(a)} ${c[a]} 件`)
		.join('、');
}

const v = (s: string, max = 200) => visibleText(s, max);
const rowLabel = (r: RowReport) => `${r.line}行目（${v(r.name, 80) || '名前なし'}${r.id ? `、id ${v(r.id, 60)}` : ''}）`;

/** The report as Markdown. */
export function renderReport(report: ImportReport): string {
	const c = counts(report.rows);
	const out: string[] = [];
	out.push(`# 取りこみの報告（${report.date}）${report.dryRun ? ': 試しに見ただけで、何も書いていません' : ''}`, '');
	out.push(`- ファイル: ${report.file}`);
	out.push(`- 文字コードと形: ${report.encoding}、${report.layout}`);
	out.push(`- この形にした理由: ${v(report.layoutReason, 400)}`);
	out.push(`- データの名前（source.dataset）: ${report.dataset}`);
	out.push(`- 最終確認日: ${report.confirmedFrom}`);
	out.push(`- データの行: ${report.dataRows} 行`, '');
	out.push('| 結果 | 件数 |', '| --- | ---: |');
	for (const a of ACTIONS) out.push(`| ${report.dryRun ? (DRY[a] ?? LABEL[a]) : LABEL[a]} | ${c[a]} |`);
	out.push('');
	const section = (a: RowAction, render: (r: RowReport) => string[]) => {
		const rows = report.rows.filter((r) => r.action === a);
		if (!rows.length) return;
		out.push(`## ${report.dryRun ? (DRY[a] ?? LABEL[a]) : LABEL[a]}`, '');
		for (const r of rows) out.push(...render(r));
		out.push('');
	};
	const notes = (r: RowReport) => [
		...(r.notes ?? []).map((n) => `  - 注意: ${v(n, 300)}`),
		...(r.extras ?? []).map((e) => `  - ページに出していない値: ${v(e.label, 60)}: ${v(e.value)}`),
	];
	const changes = (r: RowReport) => (r.changes ?? []).map((ch) => `  - ${ch.path}: ${v(ch.before)} → ${v(ch.after)}`);
	section('created', (r) => [`- ${rowLabel(r)} → ${r.file}`, ...notes(r)]);
	section('updated', (r) => [`- ${rowLabel(r)} → ${r.file}`, ...changes(r), ...notes(r)]);
	section('unchanged', (r) => [`- ${rowLabel(r)} → ${r.file}`]);
	section('draft', (r) => [
		`- ${rowLabel(r)} → ${r.file}`,
		...(r.missing ?? []).map((m) => `  - 足りないもの・確かめること: ${v(m, 400)}`),
		...changes(r),
		...notes(r),
	]);
	section('conflict', (r) => [
		`- ${rowLabel(r)} → ${r.file}: ${v(r.reason ?? '', 400)}`,
		...changes(r).map((l) => `${l}（書かなかった変更）`),
	]);
	section('skipped', (r) => [`- ${r.line}行目: ${v(r.reason ?? '', 300)}`]);
	if (report.townFilter) {
		const t = report.townFilter;
		out.push(
			'## ほかの市町村の行',
			'',
			`この町の行 ${t.kept} 行を取りこみ、ほかの市町村の行 ${t.left} 行は取りこみませんでした（すべて取りこむなら --all-towns）。`,
			'',
		);
		for (const [town, count] of t.byTown) out.push(`- ${v(town, 40)}: ${count} 行`);
		out.push('');
	}
	section('failed', (r) => [`- ${rowLabel(r)} ${r.file ?? ''}`, ...(r.missing ?? []).map((m) => `  - ${v(m, 400)}`)]);
	const outside = report.rows.filter((r) => r.outside);
	if (outside.length) {
		out.push(
			'## 校区の外の位置',
			'',
			'どの校区の境界の中にもない位置の行です（下書きにしました）。位置か校区の境界を確かめてください。',
			'',
		);
		for (const r of outside) out.push(`- ${rowLabel(r)}: ${r.outside}`);
		out.push('');
	}
	out.push('## 取りこまなかった列', '');
	if (!report.unmapped.length) out.push('すべての列を項目に取りこみました。');
	for (const col of report.unmapped) out.push(`- 「${v(col.header.replace(/\s+/g, ' '), 80)}」: ${col.how}`);
	out.push('');
	if (report.notices.length) {
		out.push('## お知らせ', '');
		for (const n of report.notices) out.push(`- ${n}`);
		out.push('');
	}
	return out.join('\n');
}
