/**
 * The import report, row by row, in Japanese: printed and written as Markdown (import-report-<date>.md or --report).
 */
import type { Change } from './update.ts';

export type RowAction = 'created' | 'updated' | 'unchanged' | 'draft' | 'skipped' | 'failed';

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
	dataset: string;
	date: string;
	dryRun: boolean;
	dataRows: number;
	confirmedFrom: string;
	rows: RowReport[];
	unmapped: ColumnReport[];
	notices: string[];
}

const LABEL: Record<RowAction, string> = {
	created: '書いた（新しい項目）',
	updated: '更新した',
	unchanged: '変わらない',
	draft: '下書き（_ で始まるファイル。サイトには出ません）',
	skipped: '飛ばした行',
	failed: '更新できなかった行（ファイルはそのまま）',
};
const DRY: Partial<Record<RowAction, string>> = { created: '書く予定（新しい項目）', updated: '更新する予定', draft: '下書きにする予定' };

export function counts(rows: readonly RowReport[]): Record<RowAction, number> {
	const c: Record<RowAction, number> = { created: 0, updated: 0, unchanged: 0, draft: 0, skipped: 0, failed: 0 };
	for (const r of rows) c[r.action]++;
	return c;
}

/** One line per count: 「書いた 3 件、更新した 1 件、…」. */
export function summaryLine(report: ImportReport): string {
	const c = counts(report.rows);
	const label = (a: RowAction) => (report.dryRun ? DRY[a] ?? LABEL[a] : LABEL[a]).replace(/（.*$/, '');
	return (['created', 'updated', 'unchanged', 'draft', 'skipped', 'failed'] as const).map((a) => `${label(a)} ${c[a]} 件`).join('、');
}

const rowLabel = (r: RowReport) => `${r.line}行目（${r.name || '名前なし'}${r.id ? `、id ${r.id}` : ''}）`;

/** The report as Markdown. */
export function renderReport(report: ImportReport): string {
	const c = counts(report.rows);
	const out: string[] = [];
	out.push(`# 取りこみの報告（${report.date}）${report.dryRun ? ': 試しに見ただけで、何も書いていません' : ''}`, '');
	out.push(`- ファイル: ${report.file}`);
	out.push(`- 文字コードと形: ${report.encoding}、${report.layout}`);
	out.push(`- データの名前（source.dataset）: ${report.dataset}`);
	out.push(`- 最終確認日: ${report.confirmedFrom}`);
	out.push(`- データの行: ${report.dataRows} 行`, '');
	out.push('| 結果 | 件数 |', '| --- | ---: |');
	for (const a of ['created', 'updated', 'unchanged', 'draft', 'skipped', 'failed'] as const) out.push(`| ${report.dryRun ? DRY[a] ?? LABEL[a] : LABEL[a]} | ${c[a]} |`);
	out.push('');
	const section = (a: RowAction, render: (r: RowReport) => string[]) => {
		const rows = report.rows.filter((r) => r.action === a);
		if (!rows.length) return;
		out.push(`## ${report.dryRun ? DRY[a] ?? LABEL[a] : LABEL[a]}`, '');
		for (const r of rows) out.push(...render(r));
		out.push('');
	};
	const notes = (r: RowReport) => (r.notes ?? []).map((n) => `  - 注意: ${n}`);
	section('created', (r) => [`- ${rowLabel(r)} → ${r.file}`, ...notes(r)]);
	section('updated', (r) => [`- ${rowLabel(r)} → ${r.file}`, ...(r.changes ?? []).map((ch) => `  - ${ch.path}: ${ch.before} → ${ch.after}`), ...notes(r)]);
	section('unchanged', (r) => [`- ${rowLabel(r)} → ${r.file}`]);
	section('draft', (r) => [`- ${rowLabel(r)} → ${r.file}`, ...(r.missing ?? []).map((m) => `  - 足りないもの: ${m}`), ...(r.changes ?? []).map((ch) => `  - ${ch.path}: ${ch.before} → ${ch.after}`), ...notes(r)]);
	section('skipped', (r) => [`- ${r.line}行目: ${r.reason}`]);
	section('failed', (r) => [`- ${rowLabel(r)} ${r.file ?? ''}`, ...(r.missing ?? []).map((m) => `  - ${m}`)]);
	const outside = report.rows.filter((r) => r.outside);
	if (outside.length) {
		out.push('## 校区の外の位置', '', 'どの校区の境界の中にもない位置の行です（下書きにしました）。位置か校区の境界を確かめてください。', '');
		for (const r of outside) out.push(`- ${rowLabel(r)}: ${r.outside}`);
		out.push('');
	}
	out.push('## 取りこまなかった列', '');
	if (!report.unmapped.length) out.push('すべての列を項目に取りこみました。');
	for (const col of report.unmapped) out.push(`- 「${col.header.replace(/\s+/g, ' ')}」: ${col.how}`);
	out.push('');
	if (report.notices.length) {
		out.push('## お知らせ', '');
		for (const n of report.notices) out.push(`- ${n}`);
		out.push('');
	}
	return out.join('\n');
}
