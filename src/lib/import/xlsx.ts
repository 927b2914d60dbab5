/**
 * Reading an Excel workbook (.xlsx) as rows of text, with exceljs (pure JavaScript, no native code). The first
 * worksheet that has any value is read; dates become 2026-06-30, times 09:00, numbers their shortest form,
 * rich text and hyperlinks their text, formulas their last computed result. Before exceljs sees the bytes,
 * `inspectXlsx` (src/lib/safety/xlsx-guard.ts) refuses archives and sheets over IMPORT_LIMITS and XML with a DTD.
 * exceljs and its hundred-odd modules load only when a workbook is read, so a command that reads CSV (or prints
 * its help) starts without them.
 */
import { inspectXlsx } from '../safety/xlsx-guard.ts';
import type { TableRow } from './csv.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** An Excel date or time as text. exceljs gives them as Dates in UTC; a time alone sits on 1899-12-30. */
function dateText(d: Date): string {
	if (Number.isNaN(d.getTime())) return '';
	const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
	if (d.getUTCFullYear() < 1901) return time;
	const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
	return time === '00:00' ? day : `${day} ${time}`;
}

/** One cell's value as the text a CSV export of it would hold. */
export function cellText(value: unknown): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'string') return value;
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
	if (value instanceof Date) return dateText(value);
	if (typeof value === 'object') {
		const v = value as Record<string, unknown>;
		if (Array.isArray(v['richText'])) return (v['richText'] as { text?: string }[]).map((r) => r.text ?? '').join('');
		if ('text' in v) return cellText(v['text']);
		if ('result' in v) return cellText(v['result']);
		if ('error' in v) return '';
		if ('sharedFormula' in v || 'formula' in v) return '';
	}
	return String(value);
}

export interface Sheet {
	name: string;
	rows: TableRow[];
}

/**
 * The first worksheet with a value, every row from the first to the last (blank rows included). Throws
 * XlsxLimitError (a Japanese message naming the limit) for a file over the limits, before unpacking it.
 */
export async function readXlsx(bytes: Uint8Array): Promise<Sheet> {
	inspectXlsx(bytes);
	const { default: ExcelJS } = await import('exceljs');
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
	for (const sheet of workbook.worksheets) {
		if (!sheet.actualRowCount) continue;
		const rows: TableRow[] = [];
		const width = sheet.columnCount;
		for (let r = 1; r <= sheet.rowCount; r++) {
			const row = sheet.getRow(r);
			const cells: string[] = [];
			for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value));
			rows.push({ cells, line: r });
		}
		return { name: sheet.name, rows };
	}
	return { name: '', rows: [] };
}
