/**
 * Reading CSV and tab-separated text as Japanese offices publish it: fields quoted or not, CRLF, LF or CR, line
 * breaks inside quotes, a header cell with a line break, comma or tab. Decoding is in encodings.ts.
 */
import { decodeBytes } from './encodings.ts';

/** Decodes bytes (UTF-8 with or without BOM, UTF-16LE/BE, Shift_JIS as cp932). */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
	return decodeBytes(bytes);
}

/** A row as read, with the line of the file it starts on (1 = the first line). */
export interface TableRow {
	cells: string[];
	line: number;
}

/** Tab when the first line has more tabs than commas outside quotes (Excel's 「Unicode テキスト」, TSV), else comma. */
export function detectDelimiter(text: string): ',' | '\t' {
	let commas = 0;
	let tabs = 0;
	let quoted = false;
	for (const c of text.slice(0, 20_000)) {
		if (c === '"') quoted = !quoted;
		else if (!quoted && (c === '\n' || c === '\r')) break;
		else if (!quoted && c === ',') commas++;
		else if (!quoted && c === '\t') tabs++;
	}
	return tabs > commas ? '\t' : ',';
}

/** RFC 4180 rows with their line numbers, blank rows included. An unclosed quote runs to the end of the file. */
export function parseRows(text: string, delimiter: string = detectDelimiter(text)): TableRow[] {
	const rows: TableRow[] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	let line = 1;
	let start = 1;
	const end = () => {
		row.push(field);
		rows.push({ cells: row, line: start });
		row = [];
		field = '';
	};
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') quoted = false;
			else {
				if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
				field += c;
			}
		} else if (c === '"' && field.trim() === '') {
			quoted = true;
			field = '';
		} else if (c === delimiter) {
			row.push(field);
			field = '';
		} else if (c === '\n' || c === '\r') {
			if (c === '\r' && text[i + 1] === '\n') i++;
			end();
			line++;
			start = line;
		} else field += c;
	}
	if (field !== '' || row.length) end();
	return rows;
}

/** RFC 4180 CSV: rows of fields. Blank lines are skipped. */
export function parseCsv(text: string, delimiter = ','): string[][] {
	return parseRows(text, delimiter)
		.map((r) => r.cells)
		.filter((r) => r.some((f) => f !== ''));
}

/** Rows as objects keyed by header, headers compared after NFKC (full-width and half-width forms agree). */
export function csvRecords(text: string): { headers: string[]; records: Record<string, string>[] } {
	const [head, ...rows] = parseCsv(text);
	const headers = (head ?? []).map(normalizeHeader);
	return { headers, records: rows.map((r) => Object.fromEntries(headers.map((h, i) => [h, (r[i] ?? '').trim()]))) };
}

export function normalizeHeader(header: string): string {
	return header
		.normalize('NFKC')
		.replace(/\s+/g, '')
		.replace(/[－‐−―—–]/g, '-');
}
