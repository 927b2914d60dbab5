/**
 * npm run import-indicators on a CSV and an .xlsx of needs indicators, into a temporary content folder of a
 * town, a 圏域 and two 校区: the indicators written, the refusals, the Japanese messages.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { parseContentFile } from '../src/lib/safety/frontmatter.ts';
import { areaSchema } from '../src/schemas/areas.ts';

vi.setConfig({ testTimeout: 60_000 });
const temporary: string[] = [];
afterAll(() => temporary.forEach((d) => rmSync(d, { recursive: true, force: true })));

function town(): string {
	const dir = mkdtempSync(join(tmpdir(), 'sasaeai-import-indicators-'));
	temporary.push(dir);
	mkdirSync(join(dir, 'areas'));
	const area = (id: string, body: string) =>
		writeFileSync(join(dir, 'areas', `${id}.md`), `---\n${body}center: { lat: 35.96, lng: 140 }\n---\n\n本文。\n`);
	area('machi', 'name: テスト町\nlevel: 町\n');
	area('hokubu', 'name: 北部圏域\nlevel: 圏域\nparent: machi\n');
	area('nishi', 'name: 西小学校区\nshort_name: 西\nlevel: 校区\nparent: hokubu\n');
	area('higashi', 'name: 東小学校区\nlevel: 校区\nparent: hokubu\n');
	return dir;
}
const node = Number(process.versions.node.split('.')[0]) >= 22 ? process.execPath : join(process.cwd(), 'node_modules', '.bin', 'node');
const run = (content: string, args: string[]) =>
	spawnSync(node, ['scripts/import-indicators.ts', ...args], { env: { ...process.env, SASAEAI_CONTENT: content }, encoding: 'utf8' });
const data = (dir: string, id: string) => parseContentFile(readFileSync(join(dir, 'areas', `${id}.md`), 'utf8')).data;
const HEADER = ['地域', '指標', '値', '単位', '年', '出典'];

describe('npm run import-indicators', () => {
	test('writes a 圏域 indicator and a 校区 indicator from an .xlsx; the files pass the area schema', async () => {
		const dir = town();
		const wb = new ExcelJS.Workbook();
		const sheet = wb.addWorksheet('指標');
		sheet.addRows([
			HEADER,
			['北部圏域', '閉じこもり傾向のある高齢者の割合', 6.2, '%', 2022, '第9期 介護予防・日常生活圏域ニーズ調査'],
			['西', '運動機能の低下している高齢者の割合', 15.1, '%', 2022, '第9期 介護予防・日常生活圏域ニーズ調査'],
		]);
		const file = join(dir, 'needs.xlsx');
		await wb.xlsx.writeFile(file);
		const r = run(dir, [file]);
		expect(r.stderr).toBe('');
		expect(r.stdout).toContain('2 地域・2 件の指標');
		expect(data(dir, 'hokubu')['indicators']).toEqual([
			{ name: '閉じこもり傾向のある高齢者の割合', value: 6.2, unit: '%', year: 2022, source: '第9期 介護予防・日常生活圏域ニーズ調査' },
		]);
		expect(areaSchema.safeParse(data(dir, 'nishi')).success).toBe(true);
		expect(data(dir, 'higashi')['indicators']).toBeUndefined();
		const again = run(dir, [file]);
		expect(again.status).toBe(1);
		expect(again.stderr).toContain('hokubu.md には indicators がもう書かれています（書きかえるなら --force）');
	});

	test('lists every bad row of a CSV with file, line and column, and writes nothing', () => {
		const dir = town();
		const file = join(dir, 'needs.csv');
		writeFileSync(file, `${HEADER.join(',')}\n南小学校区,独居,20,%,2022,調査\n東小学校区,社会参加,たくさん,%,2022,調査\n`);
		const r = run(dir, [file, '--dry-run']);
		expect(r.status).toBe(1);
		expect(r.stderr).toContain('needs.csv 2 行目: 地域「南小学校区」が content/areas/ にありません');
		expect(r.stderr).toContain('needs.csv 3 行目 値: 値は数で書いてください');
		expect(data(dir, 'higashi')['indicators']).toBeUndefined();
	});
});
