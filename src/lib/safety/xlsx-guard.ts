/**
 * Looking inside an .xlsx before anything unpacks it for real. An .xlsx is a ZIP archive of XML parts; exceljs
 * trusts it, so a 1.8 KB file with one cell at XFD1048576 made it build a billion cells, and a 1 MB zip bomb
 * unpacked to a gigabyte before failing. `inspectXlsx` reads the archive's central directory (the list of parts
 * with their sizes), refuses on the declared sizes before unpacking a byte, then unpacks each XML part with
 * node:zlib capped at the size it declared (a part that lies is stopped one byte past it), and scans the XML for
 * DTDs and entities, the sheets' cell range and the shared strings count. Every refusal is a `XlsxLimitError`
 * whose Japanese message names the limit (from `limits.ts`); the caller adds the file's name.
 */
import { inflateRawSync } from 'node:zlib';
import { IMPORT_LIMITS, mib } from './limits.ts';

export class XlsxLimitError extends Error {}

export interface ZipEntry {
	name: string;
	method: number;
	flags: number;
	packedSize: number;
	size: number;
	localOffset: number;
}

const refuse = (message: string): never => {
	throw new XlsxLimitError(message);
};

/** The end of central directory record, searched from the end (it may be followed by a comment of ≤ 65,535 bytes). */
function endRecord(view: DataView): number {
	for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - 22 - 65_535); at--) {
		if (view.getUint32(at, true) === 0x06054b50) return at;
	}
	return refuse('ZIP の目次（セントラルディレクトリ）が見つかりません。ファイルが途中で切れているか、壊れています');
}

/** Every part the archive lists, with the sizes it declares. Nothing is unpacked here. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const end = endRecord(view);
	const count = view.getUint16(end + 10, true);
	const offset = view.getUint32(end + 16, true);
	if (count === 0xffff || offset === 0xffffffff) refuse('ZIP64 の形の大きなアーカイブです。Excel のファイルとしては大きすぎます');
	if (count > IMPORT_LIMITS.xlsxEntries) refuse(`中のファイルが ${count} 個あります（${IMPORT_LIMITS.xlsxEntries} 個まで）`);
	const entries: ZipEntry[] = [];
	let at = offset;
	for (let i = 0; i < count; i++) {
		if (at + 46 > end || view.getUint32(at, true) !== 0x02014b50) refuse('ZIP の目次が壊れています');
		const nameLength = view.getUint16(at + 28, true);
		const next = at + 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
		if (next > end) refuse('ZIP の目次が壊れています');
		entries.push({
			flags: view.getUint16(at + 8, true),
			method: view.getUint16(at + 10, true),
			packedSize: view.getUint32(at + 20, true),
			size: view.getUint32(at + 24, true),
			localOffset: view.getUint32(at + 42, true),
			name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
		});
		at = next;
	}
	return entries;
}

/** Refuses on what the central directory declares: total unpacked size, duplicate names, encryption. */
function checkDeclared(entries: ZipEntry[]): void {
	const total = entries.reduce((sum, e) => sum + e.size, 0);
	if (total > IMPORT_LIMITS.xlsxUnpackedBytes) {
		refuse(
			`展開すると ${mib(total)} になります（${mib(IMPORT_LIMITS.xlsxUnpackedBytes)} まで）。ZIP 爆弾か、Excel のファイルとしては大きすぎます`,
		);
	}
	const names = new Set<string>();
	for (const e of entries) {
		if (names.has(e.name)) refuse(`中に同じ名前のファイル「${e.name.slice(0, 100)}」が 2 つあります`);
		names.add(e.name);
		if (e.flags & 1) refuse('パスワードで暗号化されています。Excel でパスワードを外して保存しなおしてください');
		if (e.method !== 0 && e.method !== 8) refuse(`「${e.name.slice(0, 100)}」の圧縮の方式（${e.method}）は読めません`);
	}
}

/** One part's bytes, unpacked with a cap one byte past its declared size. */
export function unpack(bytes: Uint8Array, e: ZipEntry): Buffer {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const at = e.localOffset;
	if (at + 30 > bytes.byteLength || view.getUint32(at, true) !== 0x04034b50) refuse(`「${e.name.slice(0, 100)}」の位置が壊れています`);
	const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
	const packed = bytes.subarray(start, start + e.packedSize);
	if (e.method === 0) return Buffer.from(packed);
	try {
		return inflateRawSync(packed, { maxOutputLength: Math.max(1, e.size + 1) });
	} catch (error) {
		if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
			refuse(`「${e.name.slice(0, 100)}」が、書かれている大きさ（${e.size} バイト）より大きく展開されます。ZIP 爆弾のおそれがあります`);
		return refuse(`「${e.name.slice(0, 100)}」を展開できません（壊れています）`);
	}
}

/** Column letters to a number: A → 1, XFD → 16384. */
export function columnNumber(letters: string): number {
	let n = 0;
	for (const c of letters.toUpperCase()) n = n * 26 + (c.charCodeAt(0) - 64);
	return n;
}

export interface SheetRange {
	part: string;
	rows: number;
	columns: number;
}

/**
 * The last row and column that hold a cell or a row element: the range exceljs builds and readXlsx walks. The
 * range a sheet declares (`<dimension ref>`) is not used: exceljs ignores it, and files saved from old .xls
 * often declare A1:IV65536 for a small table.
 */
function sheetRange(part: string, xml: string): SheetRange {
	let rows = 0;
	let columns = 0;
	for (const m of xml.matchAll(/<(?:\w+:)?(row|c)\b[^>]*?\sr="([A-Za-z]*)(\d*)"/g)) {
		if (m[3]) rows = Math.max(rows, Number(m[3]));
		if (m[1] === 'c' && m[2]) columns = Math.max(columns, columnNumber(m[2]));
	}
	return { part, rows, columns };
}

function checkRange(r: SheetRange): void {
	const where = `シート（${r.part}）`;
	if (r.rows > IMPORT_LIMITS.xlsxRows)
		refuse(
			`${where}が ${r.rows.toLocaleString('en')} 行目まであります（${IMPORT_LIMITS.xlsxRows.toLocaleString('en')} 行まで）。使っていない行を削除して保存しなおしてください`,
		);
	if (r.columns > IMPORT_LIMITS.xlsxColumns)
		refuse(
			`${where}が ${r.columns.toLocaleString('en')} 列目まであります（${IMPORT_LIMITS.xlsxColumns.toLocaleString('en')} 列まで）。使っていない列を削除して保存しなおしてください`,
		);
	if (r.rows * r.columns > IMPORT_LIMITS.xlsxCells) {
		refuse(
			`${where}の範囲が ${r.rows.toLocaleString('en')} 行 × ${r.columns.toLocaleString('en')} 列あります（セル ${IMPORT_LIMITS.xlsxCells.toLocaleString('en')} 個まで）。使っていない行や列を削除して保存しなおしてください`,
		);
	}
}

/** What the workbook holds, once it has passed every check. */
export interface XlsxShape {
	sheets: SheetRange[];
	sharedStrings: number;
	unpackedBytes: number;
}

/** Checks an .xlsx's archive and XML parts against IMPORT_LIMITS; throws XlsxLimitError, else returns its shape. */
export function inspectXlsx(bytes: Uint8Array): XlsxShape {
	if (bytes.byteLength > IMPORT_LIMITS.fileBytes)
		refuse(`ファイルが ${mib(bytes.byteLength)} あります（${mib(IMPORT_LIMITS.fileBytes)} まで）`);
	const entries = zipEntries(bytes);
	checkDeclared(entries);
	const shape: XlsxShape = { sheets: [], sharedStrings: 0, unpackedBytes: 0 };
	for (const e of entries) {
		if (!/\.(xml|rels|vml)$/i.test(e.name)) continue;
		const data = unpack(bytes, e);
		shape.unpackedBytes += data.byteLength;
		if ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff))
			refuse(`「${e.name.slice(0, 100)}」が UTF-16 の XML です。Excel で保存しなおしてください`);
		// latin1 keeps every byte one character: the ASCII markup we look for is found whatever the text around it.
		const xml = data.toString('latin1');
		if (/<!DOCTYPE|<!ENTITY/i.test(xml))
			refuse(
				`「${e.name.slice(0, 100)}」に DTD（<!DOCTYPE・<!ENTITY）があります。Excel のファイルには使われないもので、安全のため読みません`,
			);
		if (/^xl\/worksheets\/[^/]+\.xml$/i.test(e.name)) {
			const range = sheetRange(e.name, xml);
			checkRange(range);
			shape.sheets.push(range);
		} else if (/^xl\/sharedStrings\.xml$/i.test(e.name)) {
			let count = 0;
			for (const _ of xml.matchAll(/<(?:\w+:)?si\b/g)) {
				if (++count > IMPORT_LIMITS.xlsxSharedStrings)
					refuse(`共有文字列（xl/sharedStrings.xml）が ${IMPORT_LIMITS.xlsxSharedStrings.toLocaleString('en')} 個を超えます`);
			}
			shape.sharedStrings = count;
		}
	}
	return shape;
}
