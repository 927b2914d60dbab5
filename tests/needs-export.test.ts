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

	test('listed on /data/', () => {
		const page = file('data/index.html');
		expect(page).toContain('needs.csv');
		expect(page).toContain('needs.json');
	});
});
