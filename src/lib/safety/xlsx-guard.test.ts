/**
 * Hostile workbooks, built here: a real exceljs workbook with one cell at XFD1048576, a zip bomb made with zlib
 * (honest and lying about its size), a billion-laughs entity bomb, a shared strings table too long. Each is
 * refused with the limit named in the message, which is only possible before exceljs unpacks anything (exceljs
 * never says 「まで」). Ordinary workbooks pass.
 */
import { createDeflateRaw, crc32, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { readXlsx } from '../import/xlsx.ts';
import { IMPORT_LIMITS } from './limits.ts';
import { columnNumber, inspectXlsx, XlsxLimitError, zipEntries } from './xlsx-guard.ts';

interface Part {
	name: string;
	data: Uint8Array;
	/** Deflated bytes given directly (for the bomb), with the size to declare. */
	packed?: Uint8Array;
	declared?: number;
	crc?: number;
}

/** A ZIP archive (local headers, central directory, end record), deflated unless `packed` is given. */
export function zip(parts: Part[]): Uint8Array {
	const chunks: Buffer[] = [];
	const central: Buffer[] = [];
	let offset = 0;
	for (const p of parts) {
		const name = Buffer.from(p.name);
		const packed = Buffer.from(p.packed ?? deflateRawSync(p.data));
		const size = p.declared ?? p.data.byteLength;
		const crc = p.crc ?? crc32(p.data);
		const local = Buffer.alloc(30);
		local.writeUInt32LE(0x04034b50, 0);
		local.writeUInt16LE(20, 4);
		local.writeUInt16LE(8, 8);
		local.writeUInt32LE(crc, 14);
		local.writeUInt32LE(packed.byteLength, 18);
		local.writeUInt32LE(size, 22);
		local.writeUInt16LE(name.byteLength, 26);
		const dir = Buffer.alloc(46);
		dir.writeUInt32LE(0x02014b50, 0);
		dir.writeUInt16LE(20, 4);
		dir.writeUInt16LE(20, 6);
		dir.writeUInt16LE(8, 10);
		dir.writeUInt32LE(crc, 16);
		dir.writeUInt32LE(packed.byteLength, 20);
		dir.writeUInt32LE(size, 24);
		dir.writeUInt16LE(name.byteLength, 28);
		dir.writeUInt32LE(offset, 42);
		chunks.push(local, name, packed);
		central.push(dir, name);
		offset += 30 + name.byteLength + packed.byteLength;
	}
	const dirBytes = Buffer.concat(central);
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(parts.length, 8);
	end.writeUInt16LE(parts.length, 10);
	end.writeUInt32LE(dirBytes.byteLength, 12);
	end.writeUInt32LE(offset, 16);
	return new Uint8Array(Buffer.concat([...chunks, dirBytes, end]));
}

const text = (s: string) => new TextEncoder().encode(s);
const SHEET = (body: string, dimension = 'A1') =>
	text(
		`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="${dimension}"/><sheetData>${body}</sheetData></worksheet>`,
	);
/** The parts of a minimal workbook, the sheet and shared strings given. */
const workbook = (sheet: Uint8Array, shared?: Uint8Array): Part[] => [
	{
		name: '[Content_Types].xml',
		data: text('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
	},
	{ name: 'xl/worksheets/sheet1.xml', data: sheet },
	...(shared ? [{ name: 'xl/sharedStrings.xml', data: shared }] : []),
];

/** Deflated zeros, `megabytes` of them, made by streaming (the test never holds the unpacked bytes). */
async function deflatedZeros(megabytes: number): Promise<Uint8Array> {
	const deflate = createDeflateRaw({ level: 9 });
	const out: Buffer[] = [];
	deflate.on('data', (c: Buffer) => out.push(c));
	const done = new Promise((resolve) => deflate.on('end', resolve));
	const chunk = Buffer.alloc(1024 * 1024);
	for (let i = 0; i < megabytes; i++) if (!deflate.write(chunk)) await new Promise((r) => deflate.once('drain', r));
	deflate.end();
	await done;
	return new Uint8Array(Buffer.concat(out));
}

const refusal = (bytes: Uint8Array): string => {
	try {
		inspectXlsx(bytes);
	} catch (error) {
		expect(error).toBeInstanceOf(XlsxLimitError);
		return (error as Error).message;
	}
	throw new Error('not refused');
};

describe('inspectXlsx refuses before unpacking', () => {
	test('one cell at XFD1048576 in a real workbook of a few KB: refused by its range, exceljs never runs', async () => {
		const wb = new ExcelJS.Workbook();
		const ws = wb.addWorksheet('施設');
		ws.getCell('A1').value = '名称';
		ws.getCell('XFD1048576').value = 'x';
		const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
		expect(bytes.byteLength).toBeLessThan(10_000);
		await expect(readXlsx(bytes)).rejects.toThrow(/1,048,576 行目まであります（100,000 行まで）/);
	});
	test('a cell in column XFD of row 3: refused by its columns', () => {
		expect(
			refusal(
				zip(workbook(SHEET('<row r="1"><c r="A1" t="inlineStr"><is><t>名称</t></is></c></row><row r="3"><c r="XFD3"><v>1</v></c></row>'))),
			),
		).toMatch(/16,384 列目まであります（1,000 列まで）/);
	});
	test('rows × columns over the cell limit', () => {
		expect(refusal(zip(workbook(SHEET('<row r="90000"><c r="ALL90000"><v>1</v></c></row>'))))).toMatch(
			/90,000 行 × 1,000 列.*セル 2,000,000 個まで/,
		);
	});
	test('a zip bomb made with zlib (120 MB of zeros in about 120 KB): refused on its declared size', async () => {
		const packed = await deflatedZeros(120);
		expect(packed.byteLength).toBeLessThan(1024 * 1024);
		const bomb = zip([{ name: 'xl/worksheets/sheet1.xml', data: new Uint8Array(0), packed, declared: 120 * 1024 * 1024, crc: 0 }]);
		expect(refusal(bomb)).toMatch(/展開すると 120 MB になります（50 MB まで）/);
	});
	test('the same bomb lying about its size is stopped one byte past what it declares', async () => {
		const packed = await deflatedZeros(120);
		const liar = zip([{ name: 'xl/worksheets/sheet1.xml', data: new Uint8Array(0), packed, declared: 2000, crc: 0 }]);
		expect(refusal(liar)).toMatch(/「xl\/worksheets\/sheet1.xml」が、書かれている大きさ（2000 バイト）より大きく展開されます/);
	});
	test('an entity bomb (billion laughs) in the shared strings', () => {
		const lol = `<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY ${String.fromCharCode(98 + i)} "${`&${String.fromCharCode(97 + i)};`.repeat(10)}">`).join('')}]><sst><si><t>&j;</t></si></sst>`;
		expect(refusal(zip(workbook(SHEET(''), text(lol))))).toMatch(/「xl\/sharedStrings.xml」に DTD（<!DOCTYPE・<!ENTITY）があります/);
	});
	test('more shared strings than the limit', () => {
		const many = text(`<sst>${'<si><t/></si>'.repeat(IMPORT_LIMITS.xlsxSharedStrings + 1)}</sst>`);
		expect(refusal(zip(workbook(SHEET(''), many)))).toMatch(/共有文字列.*500,000 個を超えます/);
	});
	test('too many parts, duplicate names, not a zip at all', () => {
		const parts = Array.from({ length: IMPORT_LIMITS.xlsxEntries + 1 }, (_, i) => ({ name: `x/${i}.bin`, data: new Uint8Array(0) }));
		expect(refusal(zip(parts))).toMatch(/中のファイルが 1001 個あります（1000 個まで）/);
		expect(refusal(zip([...workbook(SHEET('')), { name: 'xl/worksheets/sheet1.xml', data: text('<x/>') }]))).toMatch(/同じ名前のファイル/);
		expect(refusal(text('PK\u0003\u0004 not really'))).toMatch(/目次（セントラルディレクトリ）が見つかりません/);
	});
});

describe('ordinary workbooks pass', () => {
	test('a workbook written by exceljs: its range and shared strings are read', async () => {
		const wb = new ExcelJS.Workbook();
		const ws = wb.addWorksheet('施設');
		ws.addRow(['名称', '住所']);
		ws.addRow(['交流センター', '中央1-1']);
		const shape = inspectXlsx(new Uint8Array(await wb.xlsx.writeBuffer()));
		expect(shape.sheets).toEqual([{ part: 'xl/worksheets/sheet1.xml', rows: 2, columns: 2 }]);
		expect(shape.sharedStrings).toBe(4);
	});
	test('a declared range of A1:XFD1048576 over a small table is not a refusal (exceljs does not use it)', () => {
		const shape = inspectXlsx(
			zip(workbook(SHEET('<row r="1"><c r="A1" t="inlineStr"><is><t>名称</t></is></c><c r="B1"><v>1</v></c></row>', 'A1:XFD1048576'))),
		);
		expect(shape.sheets).toEqual([{ part: 'xl/worksheets/sheet1.xml', rows: 1, columns: 2 }]);
	});
	test('the archive list and column letters', () => {
		expect(zipEntries(zip(workbook(SHEET('')))).map((e) => e.name)).toEqual(['[Content_Types].xml', 'xl/worksheets/sheet1.xml']);
		expect([columnNumber('A'), columnNumber('Z'), columnNumber('AA'), columnNumber('ALL'), columnNumber('XFD')]).toEqual([
			1, 26, 27, 1000, 16384,
		]);
	});
});
