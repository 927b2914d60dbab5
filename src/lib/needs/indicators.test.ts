import { describe, expect, it } from 'vitest';
import { parseRows } from '../import/csv.ts';
import { indicatorsFor, readIndicators } from './indicators.ts';

const AREAS = [
	{ id: 'machi', name: 'テスト町' },
	{ id: 'hokubu', name: '北部圏域', parent: 'machi' },
	{ id: 'nishi', name: '西小学校区', shortName: '西', parent: 'hokubu' },
	{ id: 'higashi', name: '東小学校区', parent: 'hokubu' },
];
const CSV = `地域,指標,値,単位,年,出典
北部圏域,閉じこもり傾向のある高齢者の割合,6.2%,%,2022,第9期 介護予防・日常生活圏域ニーズ調査
西,運動機能の低下している高齢者の割合,15.1,%,2022,第9期 介護予防・日常生活圏域ニーズ調査
西小学校区,閉じこもり傾向のある高齢者の割合,8.0,%,2022,第9期 介護予防・日常生活圏域ニーズ調査
南小学校区,独居高齢者の割合,20,%,2022,ニーズ調査
東小学校区,社会参加,たくさん,%,2022,ニーズ調査
東小学校区,,1,%,令和4,ニーズ調査
`;

describe('readIndicators', () => {
	it('reads one row per area and indicator, and names the file, line and column of every problem', () => {
		const r = readIndicators(parseRows(CSV), 'needs.csv', AREAS);
		expect(r.count).toBe(3);
		expect(r.byArea.get('hokubu')).toEqual([
			{ name: '閉じこもり傾向のある高齢者の割合', value: 6.2, unit: '%', year: 2022, source: '第9期 介護予防・日常生活圏域ニーズ調査' },
		]);
		expect(r.byArea.get('nishi')!.map((i) => i.value)).toEqual([15.1, 8]);
		expect(r.problems).toEqual([
			'needs.csv 5 行目: 地域「南小学校区」が content/areas/ にありません（id か名前で書いてください）',
			'needs.csv 6 行目 値: 値は数で書いてください',
			'needs.csv 7 行目 指標: 空欄にはできません',
			'needs.csv 7 行目 年: 年は西暦で書いてください（例: 2022）',
		]);
	});

	it('says which columns are missing', () => {
		expect(() => readIndicators(parseRows('校区,値\nA,1\n'), 'x.csv', AREAS)).toThrow(
			'x.csv: 1 行目に 「指標」・「単位」・「年」・「出典」 の列が見つかりません',
		);
	});
});

describe('indicatorsFor', () => {
	it('shows a 圏域 indicator on each of its 校区, saying whose it is, unless the 校区 has its own', () => {
		const { byArea } = readIndicators(parseRows(CSV), 'needs.csv', AREAS);
		const areas = AREAS.map((a) => ({ ...a, indicators: byArea.get(a.id) }));
		expect(indicatorsFor('higashi', areas)).toEqual([
			{
				name: '閉じこもり傾向のある高齢者の割合',
				value: 6.2,
				unit: '%',
				year: 2022,
				source: '第9期 介護予防・日常生活圏域ニーズ調査',
				of: '北部圏域',
			},
		]);
		const nishi = indicatorsFor('nishi', areas);
		expect(nishi.map((i) => [i.name, i.value, i.of])).toEqual([
			['運動機能の低下している高齢者の割合', 15.1, undefined],
			['閉じこもり傾向のある高齢者の割合', 8, undefined],
		]);
	});
});
