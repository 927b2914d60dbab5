import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTownMap, parseTownTable, townsToDistricts } from './town-table.ts';

const takamatsu = readFileSync(new URL('../../../tests/fixtures/needs/takamatsu-population-0066_202404.csv', import.meta.url), 'utf8');

describe('parseTownTable', () => {
	it('reads 高松市 町丁別 population (18 five-year bands for men and women, 「-」 for none, 「1,029」)', () => {
		const t = parseTownTable(takamatsu, 'takamatsu.csv');
		expect(t.problems).toEqual([]);
		expect(t.missing).toEqual(['households', 'elderlySingle', 'elderlyCouple']);
		const byName = Object.fromEntries(t.towns.map((x) => [x.name, x.counts]));
		// Worked out by hand from the file's bands 14–18 (65–69 … 85+) for men and women; see tests/fixtures/needs/README.md.
		expect(byName['塩屋町']).toMatchObject({ total: 400, age65: 87, age75: 39, age85: 14 });
		expect(byName['福岡町２丁目']).toMatchObject({ total: 1029, age65: 322, age75: 189, age85: 73 });
		expect(byName['朝日町４丁目']).toMatchObject({ total: 0, age65: 0 });
	});

	it('reads Japanese band headers, and leaves out an age its bands do not separate', () => {
		const t = parseTownTable('町丁名,総数,0～59歳,60～69歳,70～84歳,85歳以上\n青葉1丁目,100,50,20,20,10\n', 'j.csv');
		expect(t.missing).toContain('age65');
		expect(t.missing).toContain('age75');
		expect(t.towns[0]!.counts.age85).toBe(10);
	});

	it('names file, line and 町 of a value that is not a number', () => {
		const t = parseTownTable('町名,総数,65歳以上\n青葉,12,x\n', 'j.csv');
		expect(t.problems).toEqual(['j.csv 2 行目（青葉）: 「65歳以上」の値「x」が数ではありません']);
	});
});

describe('townsToDistricts', () => {
	it('adds each 町 to its 校区 (a 町 split by 割合), and names every 町 the map lacks', () => {
		const { towns } = parseTownTable(takamatsu, 'takamatsu.csv');
		const { map, problems } = parseTownMap(
			'町名,校区,割合\n塩屋町,nishi,\n築地町,西小学校区,60%\n築地町,higashi,40%\n塩上町,higashi,\n塩上町１丁目,higashi,\n朝日町１丁目,higashi,\n朝日町４丁目,higashi,\n',
			'map.csv',
		);
		expect(problems).toEqual([]);
		const r = townsToDistricts(
			towns,
			map,
			[
				{ id: 'nishi', names: ['西小学校区'] },
				{ id: 'higashi', names: ['東小学校区'] },
			],
			'takamatsu.csv',
		);
		expect(r.problems).toEqual(['takamatsu.csv 8 行目: 「福岡町２丁目」が町と校区の対応表にありません']);
		expect(r.byDistrict.get('nishi')!.age65).toBeCloseTo(87 + 229 * 0.6, 9);
		expect(r.byDistrict.get('higashi')!.total).toBeCloseTo(661 * 0.4 + 137 + 199 + 13 + 0, 9);
	});

	it('refuses shares that do not add up to 100%', () => {
		expect(parseTownMap('町名,校区,割合\n築地町,a,60%\n築地町,b,30%\n', 'map.csv').problems).toEqual([
			'map.csv 2 行目: 「築地町」の割合の合計が 90% です。100% にしてください',
		]);
	});
});
