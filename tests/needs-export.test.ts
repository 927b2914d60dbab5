/**
 * /data/needs.csv and /data/needs.json of the built sample city: one row per 校区 with the figures a coordinator
 * typed (population_65) and where they come from, listed on /data/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../src/lib/content-files.ts';
import { csvRecords } from '../src/lib/import/csv.ts';
import { TEST_DIST } from './build-site.ts';
import { SAMPLE } from './towns.ts';

const districts = loadContent(SAMPLE).entries.filter(
	(e) => e.collection === 'areas' && ['校区', '小学校区', '地区'].includes(String(e.data['level'])),
);
const file = (path: string) => readFileSync(join(TEST_DIST, path), 'utf8');

describe('/data/needs.csv and /data/needs.json', () => {
	test('one row per 校区, with the hand-typed 65+ said to be so', () => {
		const { records } = csvRecords(file('data/needs.csv').replace(/^\uFEFF/, ''));
		expect(records.map((r) => r['校区ID']).sort()).toEqual(districts.map((d) => d.id.replace(/\.md$/, '')).sort());
		const aoba = districts.find((d) => d.data['name'] === '青葉小学校区')!;
		const row = records.find((r) => r['校区名'] === '青葉小学校区')!;
		expect(row['65歳以上']).toBe(String(aoba.data['population_65']));
		expect(row['人口の出典']).toBe('65歳以上は町が入力した数');
		const json = JSON.parse(file('data/needs.json'));
		expect(json.districts).toHaveLength(records.length);
		expect(json.note).toContain('直線距離');
	});

	test('東山 (census meshes): population, walking reach and its share, the same on the dashboard and the 校区 page', () => {
		const higashiyama = districts.find((d) => d.data['name'] === '東山小学校区')!;
		const population = higashiyama.data['population'] as { age65: number; total: number };
		const { records } = csvRecords(file('data/needs.csv').replace(/^\uFEFF/, ''));
		// (the reader of the project's CSV files folds the full-width brackets of 「その割合（%）」)
		const row = records.find((r) => r['校区ID'] === 'higashiyama')!;
		expect(row['人口']).toBe(String(population.total));
		expect(row['65歳以上']).toBe(String(population.age65));
		const reached = Number(row['通いの場まで歩いて行ける65歳以上']);
		expect(reached).toBeGreaterThan(0);
		expect(Number(row['その割合(%)'])).toBeCloseTo((reached / population.age65) * 100, 0);
		const dashboard = file('dashboard/index.html');
		const block = dashboard.slice(dashboard.indexOf('data-needs="higashiyama"'));
		expect(block.slice(0, 4000)).toContain(`${reached} 人（${row['その割合(%)']}%）`);
		expect(block.slice(0, 8000).replace(/<[^>]+>/g, '')).toMatch(
			/ここから 500 m 以内に通いの場がない 65歳以上 約 \d+ 人（校区の中心から(北|北東|東|南東|南|南西|西|北西)へ約 [\d.]+ k?m、北緯/,
		);
		expect(file('areas/higashiyama/index.html')).toMatch(
			new RegExp(`${reached} 人</strong>（65歳以上 ${population.age65} 人の ${row['その割合(%)']}%）`),
		);
	});

	test('listed on /data/', () => {
		const page = file('data/index.html');
		expect(page).toContain('needs.csv');
		expect(page).toContain('needs.json');
	});
});
