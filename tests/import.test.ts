/**
 * npm run import with a small CSV in each standard layout: the rows that can be mapped become entries that
 * pass npm run check and build; the others are listed with the reason; nothing is overwritten unless asked.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runAstroBuild } from './build-site.ts';
import { SAMPLE } from './towns.ts';

const work = mkdtempSync(join(tmpdir(), 'sasaeai-import-'));
const dir = join(work, 'content');
cpSync(SAMPLE, dir, { recursive: true });
afterAll(() => rmSync(work, { recursive: true, force: true }));

const run = (script: string, args: string[]) =>
	spawnSync(process.execPath, [script, ...args], { env: { ...process.env, SASAEAI_CONTENT: dir, SASAEAI_TODAY: '2030-01-01' }, encoding: 'utf8' });
const importCsv = (...args: string[]) => run('scripts/import-csv.ts', args);
const FIXTURES = join(process.cwd(), 'tests/fixtures/import');

describe('MHLW 通いの場のオープンデータ (UTF-8 with BOM)', () => {
	test('a dry run says what it would write and writes nothing', () => {
		const fresh = join(work, 'dry-run');
		cpSync(SAMPLE, fresh, { recursive: true });
		const r = spawnSync(process.execPath, ['scripts/import-csv.ts', join(FIXTURES, 'kayoinoba-utf8.csv'), '--dry-run'], { env: { ...process.env, SASAEAI_CONTENT: fresh }, encoding: 'utf8' });
		expect(r.stdout).toContain('UTF-8 (BOM)、通いの場のオープンデータの形、4 行');
		expect(r.stdout).toContain('書く予定: ');
		expect(existsSync(join(fresh, 'salons/aoba/aoba-kayoinoba-1.md'))).toBe(false);
	});
	const r = importCsv(join(FIXTURES, 'kayoinoba-utf8.csv'));
	test('mappable rows become salons in the 校区 their point lies in', () => {
		const salon = readFileSync(join(dir, 'salons/aoba/aoba-kayoinoba-1.md'), 'utf8');
		expect(salon).toContain('name: 青葉南 体操の会');
		expect(salon).toContain('yomi: あおば みなみ たいそうのかい');
		expect(salon).toContain('category: 体操・通いの場');
		expect(readFileSync(join(dir, 'salons/chuo/chuo-kayoinoba-2.md'), 'utf8')).toContain('tel: 000-202-4002');
	});
	test('a 第2・第4 rule kept in 備考 becomes a structured schedule', () => {
		const salon = readFileSync(join(dir, 'salons/aoba/aoba-kayoinoba-1.md'), 'utf8');
		expect(salon).toMatch(/weeks:\s*\n\s*- 2\n\s*- 4/);
		expect(salon).toMatch(/holidays: true/);
	});
	test('swapped coordinates are put right, and the person importing is told', () => {
		expect(r.stdout).toContain('緯度と経度が逆になっていたので入れかえました');
	});
	test('rows that cannot be mapped are listed with the reason, and the exit code says so', () => {
		expect(r.status).toBe(1);
		expect(r.stdout).toContain('取り込めません: 4行目（電話のないサロン）\n    - 電話番号がないか、形が読めません（空欄）');
		expect(r.stdout).toContain('取り込めません: 5行目（遠いサロン）\n    - 位置がどの校区の中にもありません');
		expect(r.stdout).toContain('書いた 2 件、上書きしなかった 0 件、取り込めなかった 2 件。');
	});
	test('importing again does not overwrite; --force does', () => {
		const file = join(dir, 'salons/aoba/aoba-kayoinoba-1.md');
		writeFileSync(file, readFileSync(file, 'utf8').replace('青葉南 体操の会', '青葉南 体操の会（手で直した）'));
		expect(importCsv(join(FIXTURES, 'kayoinoba-utf8.csv')).stdout).toContain('上書きしません: ');
		expect(readFileSync(file, 'utf8')).toContain('手で直した');
		importCsv(join(FIXTURES, 'kayoinoba-utf8.csv'), '--force');
		expect(readFileSync(file, 'utf8')).not.toContain('手で直した');
	});
});

describe('自治体標準オープンデータセット 公共施設一覧 (Shift_JIS)', () => {
	const r = importCsv(join(FIXTURES, 'shisetsu-sjis.csv'));
	test('is decoded and mapped to resources', () => {
		expect(r.stdout).toContain('Shift_JIS、公共施設一覧の形、3 行');
		const kominkan = readFileSync(join(dir, 'resources/higashiyama/higashiyama-shisetsu-1.md'), 'utf8');
		expect(kominkan).toContain('name: ひだまり市立 東山公民館');
		expect(kominkan).toContain('yomi: ひだまりしりつ ひがしやまこうみんかん');
		expect(kominkan).toMatch(/weekdays:\s*\n(\s*- [月火水木金土]\n){6}/);
		expect(r.stdout).toContain('取り込めません: 4行目（電話番号のない施設）');
	});
});

describe('what was imported', () => {
	test('passes npm run check', () => {
		const check = run('scripts/check-content.ts', []);
		expect(check.stdout).toContain('エラー 0 件');
		expect(check.status).toBe(0);
	});
	test('builds, with a page for each imported entry', () => {
		const out = join(work, 'dist');
		const { status, output } = runAstroBuild({ SASAEAI_CONTENT: dir, SASAEAI_OUT_DIR: out });
		expect(status, output).toBe(0);
		expect(readFileSync(join(out, 'salons/aoba/aoba-kayoinoba-1/index.html'), 'utf8')).toContain('第2・第4火曜 10:00〜11:30（祝日は休み）');
		expect(readFileSync(join(out, 'resources/higashiyama/higashiyama-shisetsu-1/index.html'), 'utf8')).toContain('ひだまり市立 東山公民館');
	});
});
