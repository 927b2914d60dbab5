/**
 * Reading CSV files as Japanese offices publish them: UTF-8 with or without BOM, UTF-16LE, or Shift_JIS
 * (decoded with the platform's TextDecoder), fields quoted or not, CRLF or LF, line breaks inside quotes.
 */

/** Decodes bytes, trying UTF-16LE and UTF-8 (BOM or valid bytes) before Shift_JIS (cp932). */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16LE' };
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8 (BOM)' };
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
	} catch {
		return { text: new TextDecoder('shift_jis').decode(bytes), encoding: 'Shift_JIS' };
	}
}

/** RFC 4180 CSV: rows of fields. Blank lines are skipped. */
export function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"' && field === '') quoted = true;
		else if (c === ',') {
			row.push(field);
			field = '';
		} else if (c === '\n' || c === '\r') {
			if (c === '\r' && text[i + 1] === '\n') i++;
			row.push(field);
			if (row.some((f) => f !== '')) rows.push(row);
			row = [];
			field = '';
		} else field += c;
	}
	row.push(field);
	if (row.some((f) => f !== '')) rows.push(row);
	return rows;
}

/** Rows as objects keyed by header, headers compared after NFKC (full-width and half-width forms agree). */
export function csvRecords(text: string): { headers: string[]; records: Record<string, string>[] } {
	const [head, ...rows] = parseCsv(text);
	const headers = (head ?? []).map(normalizeHeader);
	return { headers, records: rows.map((r) => Object.fromEntries(headers.map((h, i) => [h, (r[i] ?? '').trim()]))) };
}

export function normalizeHeader(header: string): string {
	return header.normalize('NFKC').replace(/\s+/g, '').replace(/[－‐−―—–]/g, '-');
}
