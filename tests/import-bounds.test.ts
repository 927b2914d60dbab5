/**
 * npm run import on hostile files, as a coordinator would run it: each is refused with exit code 1, a Japanese
 * message naming the file and the limit, no stack trace and nothing written. The hostile files are built here
 * (src/lib/safety/xlsx-guard.test.ts has the zip bomb and the entity bomb at the unit level).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, test } from 'vitest';
import { TOWNS } from './towns.ts';

const work = mkdtempSync(join(tmpdir(), 'sasaeai-bounds-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const town = join(work, 'town');
cpSync(TOWNS.kawanami, town, { recursive: true });
const before = readdirSync(town, { recursive: true }).sort();

const importFile = (file: string) =>
	spawnSync(process.execPath, ['scripts/import-csv.ts', file, '--confirmed', '2030-01-01', '--report', join(work, 'report.md')], {
		env: { ...process.env, SASAEAI_CONTENT: town, SASAEAI_TODAY: '2030-01-01' },
		encoding: 'utf8',
	});

describe('npm run import refuses files that would exhaust the machine', () => {
	test('a CSV over the size limit is refused before it is read', () => {
		const file = join(work, '巨大な一覧.csv');
		writeFileSync(file, '名称,住所\n');
		truncateSync(file, 25 * 1024 * 1024);
		const r = importFile(file);
		expect(r.status).toBe(1);
		expect(r.stderr).toContain(`${file} は 25 MB あります。取りこめるのは 20 MB までです`);
		expect(r.stderr).not.toMatch(/\n\s+at /);
	});
	test('an .xlsx with one cell at XFD1048576 is refused with its file name and the row limit', async () => {
		const wb = new ExcelJS.Workbook();
		const ws = wb.addWorksheet('一覧');
		ws.addRow(['名称', '住所']);
		ws.getCell('XFD1048576').value = 'x';
		const file = join(work, 'dimension.xlsx');
		writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));
		const r = importFile(file);
		expect(r.status).toBe(1);
		expect(r.stderr).toContain(
			`${file} を Excel のファイルとして読めません（シート（xl/worksheets/sheet1.xml）が 1,048,576 行目まであります（100,000 行まで）`,
		);
		expect(r.stderr).not.toMatch(/\n\s+at /);
		expect(readdirSync(town, { recursive: true }).sort()).toEqual(before);
	});
});
