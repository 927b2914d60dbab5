/**
 * npm run import-population on REAL e-Stat 地域メッシュ統計 rows (tests/fixtures/needs/README.md gives their
 * repository, commit and path): eight 4次メッシュ of 広島県 on both sides of the 1次メッシュ border 5132 | 5133
 * (133° E), from the 2015 census (T000847, both header rows as delivered) and the 2020 census (T001101, as the
 * repository stored it: code row only, item 048 left out, an added column `hoseijinkou`).
 *
 * The town is drawn here in seconds of arc, worked out by hand from the mesh codes (not with mesh-code.ts):
 *
 *   lat ″ \ lon ″  478755   478777.5   478800 (133°)   478822.5   478845
 *   123630–123645  47191 ·
 *   123615–123630  47093    47094      | 40003            40004 (secret → 40003)
 *   123600–123615  47091    47092      | 40001            (no one)
 *
 * (47093 = 513247093 and so on; 5132 west of 133°, 5133 east of it.) 西 = 47091 + 47093 + the west third of 47092
 * and 47094 (border at 478785″); 東 = the east two thirds of 47092 and 47094, the west third of 40001 (to
 * 478807.5″), 40003 and 40004 whole: 東 crosses the 1次メッシュ border. Outside every 校区: 47191 (secret, its
 * detail counted by e-Stat in 47093) and two thirds of 40001. Thirds, so that no expected figure ends in .5.
 */
import { afterAll, describe, expect, test, vi } from 'vitest';
import { polygon } from '../src/lib/needs/fixture-town.ts';
import { areaSchema } from '../src/schemas/areas.ts';
import {
	areaData,
	populationOf as population,
	populationTown,
	removePopulationTowns,
	runImportPopulation as run,
} from '../tests/population-town.ts';

vi.setConfig({ testTimeout: 60_000 });

const FILE_2015 = 'tests/fixtures/needs/tblT000847H34.csv';
const FILE_2020 = 'tests/fixtures/needs/tblT001101H34.csv';
afterAll(removePopulationTowns);

/** A point given in seconds of arc, as [lng, lat] degrees (the same division mesh rectangles use). */
const at = (lngSeconds: number, latSeconds: number): [number, number] => [lngSeconds / 3600, latSeconds / 3600];

const NISHI = {
	id: 'nishi',
	name: '西小学校区',
	boundary: polygon([at(478755, 123600), at(478785, 123600), at(478785, 123630), at(478755, 123630)]),
};
const HIGASHI = {
	id: 'higashi',
	name: '東小学校区',
	boundary: polygon([
		at(478785, 123600),
		at(478807.5, 123600),
		at(478807.5, 123615),
		at(478845, 123615),
		at(478845, 123630),
		at(478785, 123630),
	]),
};
const CENTRE = { lat: 34.338, lng: 133 };
const town = () => populationTown([NISHI, HIGASHI], { town: CENTRE, districts: CENTRE });

describe('npm run import-population on real e-Stat mesh rows (広島県, 5132 | 5133)', () => {
	test('2015 (T000847, both header rows): the per-校区 table worked out by hand from the file', () => {
		const r = run(town(), [FILE_2015, '--year', '2015', '--source', '総務省統計局「平成27年国勢調査」地域メッシュ統計', '--dry-run']);
		expect(r.stderr).toBe('');
		expect(r.status).toBe(0);
		// Whole-mesh figures (人口, 65+, 75+, 一般世帯, 高齢単身, 高齢夫婦) read off the fixture:
		//   47091 378 193 116 172 50 41 · 47092 293 116 55 133 30 25 · 47093 703 318 177 317 83 58
		//   47094 746 272 128 296 71 62 · 40001 484 156 79 299 40 30 · 40003 297 130 52 152 29 32
		//   40004 4 * * 2 * * (detail in 40003) · 47191 1 * * 1 * * (detail in 47093).
		// 西 = 47091 + 47093 + (47092 + 47094)/3: 人口 378 + 703 + 1039/3 = 1427.33; 65+ 511 + 388/3 = 640.33;
		//   75+ 293 + 183/3 = 354; 一般世帯 489 + 429/3 = 632; 高齢単身 133 + 101/3 = 166.67; 高齢夫婦 99 + 87/3 = 128.
		expect(r.stdout).toContain('校区\t人口\t65歳以上\t75歳以上\t一般世帯\t高齢単身世帯\t高齢夫婦世帯\n');
		expect(r.stdout).toContain('西小学校区\t1427\t640\t354\t632\t167\t128\n');
		// 東 = 2(47092 + 47094)/3 + 40001/3 + 40003 + 40004: 人口 2078/3 + 484/3 + 297 + 4 = 1155;
		//   65+ 776/3 + 156/3 + 130 + 0 = 440.67; 75+ 122 + 26.33 + 52 = 200.33; 一般世帯 286 + 99.67 + 152 + 2 = 539.67;
		//   高齢単身 67.33 + 13.33 + 29 = 109.67; 高齢夫婦 58 + 10 + 32 = 100.
		expect(r.stdout).toContain('東小学校区\t1155\t441\t200\t540\t110\t100\n');
		// Outside = 2 × 40001/3 + 47191: 人口 968/3 + 1 = 323.67; 65+ 104; 75+ 52.67; 一般世帯 598/3 + 1 = 200.33; 26.67; 20.
		expect(r.stdout).toContain('どの校区にも入らない人\t324\t104\t53\t200\t27\t20\n');
		expect(r.stdout).toContain('（読んだメッシュの合計）\t2906\t1185\t607\t1372\t303\t248\n');
		expect(r.stdout).toContain('メッシュ 8 個（うち校区にかかるもの 7 個）');
		expect(r.stdout).not.toContain('注意:');
	});

	test('2015 with --method center: each mesh whole to the 校区 holding its centre, no one lost', () => {
		const r = run(town(), [FILE_2015, '--method', 'center', '--dry-run']);
		// No --year: the statistics id T000847 says 平成27年 (2015) by itself.
		expect(r.status).toBe(0);
		// Centres: 47091, 47093 in 西; 47092, 47094 (centre at 478788.75″ > 478785″), 40003, 40004 in 東;
		// 40001 (centre 478811.25″ > 478807.5″) and 47191 outside. 西 378 + 703; 東 293 + 746 + 297 + 4; outside 484 + 1.
		expect(r.stdout).toContain('西小学校区\t1081\t511\t293\t489\t133\t99\n');
		expect(r.stdout).toContain('東小学校区\t1340\t518\t235\t583\t130\t119\n');
		expect(r.stdout).toContain('どの校区にも入らない人\t485\t156\t79\t300\t40\t30\n');
	});

	test('2020 (T001101, no label row): writes population blocks with 85+, the source and the meshes’ 65+', () => {
		const dir = town();
		const r = run(dir, [FILE_2020]);
		expect(r.stderr).toBe('');
		expect(r.status).toBe(0);
		// Items 001, 019, 022, 025, 035, 049, 050 (人口, 65+, 75+, 85+, 一般世帯, 高齢単身, 高齢夫婦) of the fixture:
		//   47091 323 169 90 44 154 40 40 · 47092 249 111 57 16 119 20 24 · 47093 620 310 173 63 296 90 61
		//   47094 685 273 132 48 260 61 55 · 40001 400 163 89 30 235 46 30 · 40003 214 126 54 16 119 34 30
		//   40004 4 * * * 2 * * · 47191 3 * * * 2 * *.
		// 西 = 47091 + 47093 + (47092 + 47094)/3: 943 + 934/3 = 1254.33; 479 + 384/3 = 607; 263 + 189/3 = 326;
		//   107 + 64/3 = 128.33; 450 + 379/3 = 576.33; 130 + 81/3 = 157; 101 + 79/3 = 127.33.
		expect(population(dir, 'nishi')).toMatchObject({
			total: 1254,
			age65: 607,
			age75: 326,
			age85: 128,
			households: 576,
			elderly_single: 157,
			elderly_couple: 127,
			year: 2020,
			source: '総務省統計局「令和2年国勢調査」地域メッシュ統計（e-Stat T001101）',
		});
		// 東 = 2(47092 + 47094)/3 + 40001/3 + 40003 + 40004: 1868/3 + 400/3 + 218 = 974; 768/3 + 163/3 + 126 = 436.33;
		//   378/3 + 89/3 + 54 = 209.67; 128/3 + 30/3 + 16 = 68.67; 758/3 + 235/3 + 121 = 452; 162/3 + 46/3 + 34 = 103.33;
		//   158/3 + 30/3 + 30 = 92.67.
		const higashi = population(dir, 'higashi');
		expect(higashi).toMatchObject({
			total: 974,
			age65: 436,
			age75: 210,
			age85: 69,
			households: 452,
			elderly_single: 103,
			elderly_couple: 93,
		});
		expect(String(higashi['method'])).toContain('4次メッシュ（約 500 m）');
		// The whole-mesh 65+ of the meshes touching 東, as published (the secret 40004's are in 40003's 126).
		expect(higashi['age65_by_mesh']).toEqual({ '513247092': 111, '513247094': 273, '513340001': 163, '513340003': 126, '513340004': 0 });
		const data = areaData(dir, 'higashi');
		expect(areaSchema.safeParse(data).success).toBe(true);
	});
});
