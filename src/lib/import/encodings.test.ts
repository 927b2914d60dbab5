import { describe, expect, test } from 'vitest';
import ExcelJS from 'exceljs';
import { detectDelimiter, parseRows } from './csv.ts';
import { decodeBytes, importFileProblem, isZip } from './encodings.ts';
import { cellText, readXlsx } from './xlsx.ts';

const sjis = (s: string) => {
	// 「～」(U+FF5E) exists only in cp932: 0x8160.
	const map: Record<string, number[]> = { '～': [0x81, 0x60], 月: [0x8c, 0x8e], '9': [0x39] };
	return Uint8Array.from([...s].flatMap((c) => map[c]!));
};

describe('encodings', () => {
	test.each([
		['UTF-8 with BOM', Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('名称,住所')]), 'UTF-8 (BOM)'],
		['UTF-8', new TextEncoder().encode('名称,住所'), 'UTF-8'],
		['UTF-16LE with BOM', Buffer.from('\uFEFF名称\t住所', 'utf16le'), 'UTF-16LE'],
		['UTF-16LE without BOM', Buffer.from('名称\t住所\r\n', 'utf16le'), 'UTF-16LE'],
		['UTF-16BE with BOM', Uint8Array.from([0xfe, 0xff, ...Buffer.from('名称\t住所', 'utf16le').swap16()]), 'UTF-16BE'],
	])('%s', (_, bytes, encoding) => {
		const d = decodeBytes(bytes);
		expect(d.encoding).toBe(encoding);
		expect(d.text).toMatch(/^名称[,\t]住所/);
	});
	test('Shift_JIS is read as cp932: 「～」 comes through', () => {
		expect(decodeBytes(sjis('月9～9'))).toEqual({ text: '月9～9', encoding: 'Shift_JIS' });
	});
	test('an xlsx is a zip', () => expect(isZip(Uint8Array.from([0x50, 0x4b, 3, 4]))).toBe(true));
	test('a file over 20 MB is refused by its size, with its name', () => {
		expect(importFileProblem('一覧.csv', 20 * 1024 * 1024)).toBeUndefined();
		expect(importFileProblem('一覧.csv', 20 * 1024 * 1024 + 1)).toBe(
			'一覧.csv は 20 MB あります。取りこめるのは 20 MB までです（ファイルの大きさの上限）。市区町村ごとなど、いくつかのファイルに分けてください',
		);
		expect(importFileProblem('一覧.csv', 3 * 1024 ** 3)).toMatch(/^一覧.csv は 3.0 GB あります/);
	});
});

describe('CSV and TSV', () => {
	test('a line break in a quoted cell and in a header cell, rows keep their line numbers, blank rows too', () => {
		const rows = parseRows('"#property","都道府県コード又は\n市区町村コード","名称"\r\n"1","372013","a\r\nb"\r\n\r\n"2",,\r\n');
		expect(rows.map((r) => r.line)).toEqual([1, 3, 5, 6]);
		expect(rows[0]!.cells[1]).toBe('都道府県コード又は\n市区町村コード');
		expect(rows[1]!.cells[2]).toBe('a\r\nb');
		expect(rows[2]!.cells).toEqual(['']);
	});
	test('tabs are found', () => {
		expect(detectDelimiter('名称\t住所\n')).toBe('\t');
		expect(detectDelimiter('"a\tb",c\n')).toBe(',');
		expect(parseRows('名称\t住所\nx\t"y\tz"\n')[1]!.cells).toEqual(['x', 'y\tz']);
	});
	test('an unclosed quote does not crash', () => {
		expect(parseRows('a,"b\nc').at(-1)!.cells).toEqual(['a', 'b\nc']);
	});
});

describe('xlsx', () => {
	test('cells become text: dates, times, numbers, rich text, formulas', () => {
		expect(cellText(new Date(Date.UTC(2026, 5, 30)))).toBe('2026-06-30');
		expect(cellText(new Date(Date.UTC(1899, 11, 30, 9, 30)))).toBe('09:30');
		expect(cellText(34.284376)).toBe('34.284376');
		expect(cellText({ richText: [{ text: '高松' }, { text: '市' }] })).toBe('高松市');
		expect(cellText({ formula: 'A1', result: 3 })).toBe('3');
		expect(cellText({ text: 'ページ', hyperlink: 'https://example.jp/' })).toBe('ページ');
	});
	test('a workbook written by exceljs is read back row by row', async () => {
		const wb = new ExcelJS.Workbook();
		wb.addWorksheet('empty');
		const ws = wb.addWorksheet('施設');
		ws.addRow(['名称', '開始時間', '更新日']);
		ws.addRow(['交流センター', new Date(Date.UTC(1899, 11, 30, 9, 0)), new Date(Date.UTC(2026, 5, 30))]);
		ws.addRow([]);
		ws.addRow(['改行\nのある名前', '10:00', '']);
		const sheet = await readXlsx(new Uint8Array(await wb.xlsx.writeBuffer()));
		expect(sheet.name).toBe('施設');
		expect(sheet.rows.map((r) => r.cells)).toEqual([
			['名称', '開始時間', '更新日'],
			['交流センター', '09:00', '2026-06-30'],
			['', '', ''],
			['改行\nのある名前', '10:00', ''],
		]);
	});
});
