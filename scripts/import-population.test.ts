/**
 * npm run import-population on the mesh fixtures of tests/fixtures/needs/ (a .txt for 1次メッシュ 5339 and the
 * zip e-Stat delivers for 5340), into a temporary content folder of two 校区 across the 1次メッシュ border:
 * the table a coordinator sees, the population blocks written, the refusals.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { areaSchema } from '../src/schemas/areas.ts';
import { HIGASHI, NISHI } from '../src/lib/needs/fixture-town.ts';
import {
	areaData,
	populationOf as population,
	populationTown,
	removePopulationTowns,
	runImportPopulation as run,
} from '../tests/population-town.ts';

vi.setConfig({ testTimeout: 60_000 });

const FILES = ['tests/fixtures/needs/tblT001141H5339.txt', 'tests/fixtures/needs/tblT001141H5340.zip'];
afterAll(removePopulationTowns);

/** The fixture town (src/lib/needs/fixture-town.ts); `extra` adds lines to 西's front matter. */
const town = (extra = '') =>
	populationTown([NISHI, HIGASHI], { town: { lat: 35.96, lng: 140 }, districts: { lat: 35.962, lng: 139.997 } }, { nishi: extra });

describe('npm run import-population', () => {
	test('--dry-run shows the per-校区 table, the people outside every 校区 and the method, and writes nothing', () => {
		const dir = town();
		const r = run(dir, [...FILES, '--dry-run']);
		expect(r.stderr).toBe('');
		expect(r.status).toBe(0);
		// Worked out by hand in src/lib/needs/apportion.test.ts: 西 201.5 → 202, 65+ 86.5 → 87; 東 346.5 → 347.
		expect(r.stdout).toContain('西小学校区\t202\t87\t');
		expect(r.stdout).toContain('東小学校区\t347\t142\t');
		expect(r.stdout).toContain('どの校区にも入らない人\t65\t29\t');
		expect(r.stdout).toContain('（読んだメッシュの合計）\t613\t257\t');
		expect(r.stdout).toContain('秘匿された値（*）は、e-Stat の説明のとおり合算先（HTKSAKI）のメッシュの数に含まれている');
		expect(population(dir, 'nishi')).toBeUndefined();
	});

	test('writes a population block that passes the area schema, with source, year and method', () => {
		const dir = town();
		const r = run(dir, FILES);
		expect(r.status).toBe(0);
		const p = population(dir, 'higashi');
		expect(p).toMatchObject({
			total: 347,
			age65: 142,
			year: 2020,
			source: '総務省統計局「令和2年国勢調査」地域メッシュ統計（e-Stat T001141）',
		});
		expect(String(p['method'])).toContain('面積の割合で按分');
		// The meshes touching 東 with their whole-mesh 65+ (B and D are cut by the border; D's are in B's 33).
		expect(p['age65_by_mesh']).toEqual({
			'533977592': 33,
			'533977594': 0,
			'534070501': 50,
			'534070502': 36,
			'534070503': 28,
			'534070504': 22,
		});
		const data = areaData(dir, 'higashi');
		expect(areaSchema.safeParse(data).success).toBe(true);
	});

	test('does not replace a hand-typed population_65 without --force, then replaces it with --force', () => {
		const dir = town('population_65: 1200\n');
		const refused = run(dir, FILES);
		expect(refused.status).toBe(1);
		expect(refused.stderr).toContain('nishi.md には population か population_65 がもう書かれています（書きかえるなら --force）');
		expect(population(dir, 'higashi')).toBeUndefined();
		expect(run(dir, [...FILES, '--force']).status).toBe(0);
		const text = readFileSync(join(dir, 'areas', 'nishi.md'), 'utf8');
		expect(text).not.toContain('population_65');
		expect(population(dir, 'nishi')).toMatchObject({ total: 202, age65: 87 });
	});

	test('refuses the same file twice and a file that is not a mesh table, in Japanese, writing nothing', () => {
		const dir = town();
		const twice = run(dir, [FILES[0]!, FILES[0]!]);
		expect(twice.status).toBe(1);
		expect(twice.stderr).toContain('tblT001141H5339.txt 3 行目: メッシュ 533977591 は tblT001141H5339.txt 3 行目 にもあります');
		const other = join(dir, 'list.csv');
		writeFileSync(other, '名称,住所\n青葉,1\n');
		const wrong = run(dir, [other]);
		expect(wrong.status).toBe(1);
		expect(wrong.stderr).toContain('list.csv: 1 行目が e-Stat の地域メッシュ統計の見出し');
		expect(population(dir, 'nishi')).toBeUndefined();
	});

	test('--towns with --town-map: 高松市 町丁別 rows to 校区, every 町 accounted for', () => {
		const dir = town();
		const map = join(dir, 'map.csv');
		writeFileSync(
			map,
			'町名,校区,割合\n塩屋町,nishi,\n築地町,西小学校区,60%\n築地町,higashi,40%\n塩上町,東,\n塩上町１丁目,higashi,\n朝日町１丁目,higashi,\n朝日町４丁目,higashi,\n',
		);
		const towns = 'tests/fixtures/needs/takamatsu-population-0066_202404.csv';
		const missing = run(dir, ['--towns', towns, '--town-map', map, '--year', '2024']);
		expect(missing.status).toBe(1);
		expect(missing.stderr).toContain('takamatsu-population-0066_202404.csv 8 行目: 「福岡町２丁目」が町と校区の対応表にありません');
		writeFileSync(map, readFileSync(map, 'utf8') + '福岡町２丁目,higashi,\n');
		const ok = run(dir, ['--towns', towns, '--town-map', map, '--year', '2024']);
		expect(ok.stderr).toBe('');
		// 西 = 塩屋町 + 60% of 築地町: 65+ 87 + 0.6 × 229 = 224.4 → 224 (by hand from the file's bands).
		expect(population(dir, 'nishi')).toMatchObject({ total: 797, age65: 224, year: 2024, source: '住民基本台帳（町丁別・年齢別人口）' });
		expect(population(dir, 'nishi')).not.toHaveProperty('households');
	});
});
