import { describe, expect, it } from 'vitest';
import { parseCsv } from '../import/csv.ts';
import { HIGASHI, NISHI } from './fixture-town.ts';
import { meshRect } from './mesh-code.ts';
import { needsCsv, needsJson, needsRows, type NeedsArea } from './needs-table.ts';

const e = meshRect('534070501');
const salon = { id: 'higashi/salon', name: '東サロン', lat: (e.south + e.north) / 2, lng: (e.west + e.east) / 2 };
const AREAS: NeedsArea[] = [
	{
		id: 'machi',
		name: 'テスト町',
		district: false,
		indicators: [{ name: '閉じこもり傾向', value: 6.2, unit: '%', year: 2022, source: 'ニーズ調査' }],
	},
	{
		id: 'higashi',
		name: '東小学校区',
		parent: 'machi',
		district: true,
		boundary: HIGASHI.boundary,
		population: {
			total: 347,
			age65: 142,
			age75: 73,
			elderly_single: 27,
			source: '国勢調査',
			year: 2020,
			age65_by_mesh: { '533977592': 33, '533977594': 0, '534070501': 50, '534070502': 36, '534070503': 28, '534070504': 22 },
		},
	},
	{
		id: 'nishi',
		name: '西小学校区',
		parent: 'machi',
		district: true,
		boundary: NISHI.boundary,
		population: { total: 64, age65: 31, source: '国勢調査', year: 2020 },
	},
	{ id: 'minami', name: '南小学校区', parent: 'machi', district: true, population_65: 800 },
	{ id: 'kojima', name: '小島地区', parent: 'machi', district: true, population_65: 45 },
];

describe('needsRows', () => {
	const rows = needsRows(AREAS, [salon], 3000);

	it('gives population, 65+, reach and its share per 校区, with the source and the straight-line method', () => {
		const higashi = rows.find((r) => r.id === 'higashi')!;
		expect(higashi).toMatchObject({
			population: '347',
			age65: '142',
			age75: '73',
			elderly_single: '27',
			reach_share: '100.0',
			source: '国勢調査（2020年）',
		});
		// Every mesh of 東 lies within 3 km of the salon: all its 141.5 people aged 65+ (the mesh parts inside 東).
		expect(higashi.age65_within_reach).toBe('142');
		expect(higashi.note).toContain('直線');
		expect(higashi.indicators).toEqual([
			{ name: '閉じこもり傾向', value: 6.2, unit: '%', year: 2022, source: 'ニーズ調査', of: 'テスト町' },
		]);
	});

	it('shows ranges and no share for a 校区 of few residents, and falls back to the hand-typed population_65', () => {
		expect(rows.find((r) => r.id === 'nishi')).toMatchObject({ population: '60〜69', age65: '30〜39', reach_share: '' });
		expect(rows.find((r) => r.id === 'minami')).toMatchObject({ population: '', age65: '800', source: '65歳以上は町が入力した数' });
		expect(rows.map((r) => r.id)).not.toContain('machi');
		// Only the 65+ known (typed by the town) and under 100: a range too.
		expect(rows.find((r) => r.id === 'kojima')).toMatchObject({ age65: '40〜49', note: '人口が少ないため、数は 10 人ごとの幅で示します' });
	});

	it('writes CSV and JSON a spreadsheet and a program can read back', () => {
		const [header, ...body] = parseCsv(needsCsv(rows).replace(/^\uFEFF/, ''));
		expect(header!.slice(0, 8)).toEqual([
			'校区ID',
			'校区名',
			'人口',
			'65歳以上',
			'75歳以上',
			'高齢単身世帯',
			'通いの場まで歩いて行ける65歳以上',
			'その割合（%）',
		]);
		expect(header).toContain('閉じこもり傾向');
		const higashi = body.find((r) => r[0] === 'higashi')!;
		expect(higashi[header!.indexOf('閉じこもり傾向（単位・年・出典）')]).toBe('%、2022年、ニーズ調査（テスト町の値）');
		const published = JSON.parse(needsJson(rows, '2026-12-07')).districts;
		expect(published).toHaveLength(4);
		expect(published[0]).not.toHaveProperty('detail');
	});
});
