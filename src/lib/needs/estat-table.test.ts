import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMeshTable } from './estat-table.ts';
import { meshFileTexts } from './mesh-file.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../../tests/fixtures/needs/${name}`, import.meta.url)));

describe('parseMeshTable', () => {
	it('reads a cp932 e-Stat table: columns found by their labels, a secret mesh read as folded into its HTKSAKI', () => {
		const [part] = meshFileTexts(fixture('tblT001141H5339.txt'), 'tblT001141H5339.txt');
		expect(part!.encoding).toBe('Shift_JIS');
		const table = parseMeshTable(part!.text, part!.name);
		expect(table.statsId).toBe('T001141');
		expect(table.problems).toEqual([]);
		expect(table.missing).toEqual([]);
		expect(table.rows.map((r) => r.code)).toEqual(['533977591', '533977592', '533977593', '533977594']);
		expect(table.rows[0]!.counts).toEqual({
			total: 100,
			age65: 40,
			age75: 20,
			age85: 5,
			households: 45,
			elderlySingle: 8,
			elderlyCouple: 6,
		});
		const secret = table.rows[3]!;
		expect(secret.line).toBe(6);
		expect(secret.counts.total).toBe(3); // 人口総数 is never secret
		expect(secret.counts.age65).toBe(0); // its 65+ are counted in 533977592, not here
		expect(secret.secret).toContain('age65');
		expect(secret.foldedInto).toBe('533977592');
		expect(table.rows[1]!.absorbs).toEqual(['533977594']);
	});

	it('opens the zip e-Stat delivers', () => {
		const parts = meshFileTexts(fixture('tblT001141H5340.zip'), 'tblT001141H5340.zip');
		expect(parts.map((p) => p.name)).toEqual(['tblT001141H5340.zip の中の tblT001141H5340.txt']);
		expect(parseMeshTable(parts[0]!.text, parts[0]!.name).rows).toHaveLength(5);
	});

	it('finds the columns by the 2020 item numbers when a file has no label row', () => {
		const t = parseMeshTable('KEY_CODE,HTKSYORI,HTKSAKI,GASSAN,T001141001,T001141019\r\n533977591,0,,,12,5\r\n', 'x.txt');
		expect(t.rows[0]!.counts.age65).toBe(5);
		expect(t.missing).toContain('households');
	});

	it('names the file and line of every bad row, and keeps the good ones', () => {
		const text =
			'KEY_CODE,HTKSYORI,HTKSAKI,GASSAN,T001141001,T001141019\n,,,,　人口（総数）,　６５歳以上人口　総数\n533977591,0,,,12,5\n53397759,0,,,1,x\n533977592,2,,,3,*\n12345,0,,,1,1\n';
		const t = parseMeshTable(text, 'a.csv');
		expect(t.rows).toHaveLength(1);
		expect(t.problems).toEqual([
			'a.csv 4 行目: 「65歳以上」の値「x」が数ではありません',
			'a.csv 5 行目: 秘匿（*）の値がありますが、合算先のメッシュ（HTKSAKI）が書かれていません',
			'a.csv 6 行目: メッシュコード「12345」の桁数（5 桁）は 4・6・8・9・10 桁のどれでもありません',
		]);
	});

	it('refuses a file that is not a mesh table, saying what to download', () => {
		expect(() => parseMeshTable('名称,住所\n青葉,1\n', 'list.csv')).toThrow(/list\.csv: 1 行目が e-Stat の地域メッシュ統計の見出し/);
	});

	it('refuses a zip without a table, naming the file', () => {
		expect(() => meshFileTexts(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]), 'bad.zip')).toThrow(/^bad\.zip: ZIP を開けません/);
	});
});
