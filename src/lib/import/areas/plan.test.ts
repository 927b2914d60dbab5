import { describe, expect, test } from 'vitest';
import {
	applyFilters,
	areaName,
	chooseNameField,
	describeFields,
	MAX_ID_LENGTH,
	normaliseYomi,
	parseFilter,
	planAreas,
	shortenId,
} from './plan.ts';
import type { SourceFeature } from './read.ts';

const square = {
	type: 'Polygon' as const,
	coordinates: [
		[
			[135, 34],
			[135.01, 34],
			[135.01, 34.01],
			[135, 34],
		],
	],
};
const features = (rows: Record<string, unknown>[]): SourceFeature[] =>
	rows.map((properties, i) => ({ number: i + 1, properties, geometry: square }));

/** The A27-10 layout (A27_005 code, A27_006 設置主体, A27_007 名称, A27_008 所在地), with a school in two parts. */
const a27 = features([
	{ A27_005: '29427', A27_006: '河合町立', A27_007: '河合第一小学校', A27_008: '北葛城郡河合町池部1-15-10' },
	{ A27_005: '29427', A27_006: '河合町立', A27_007: '河合第二小学校', A27_008: '北葛城郡河合町星和台2-7-1' },
	{ A27_005: '29427', A27_006: '河合町立', A27_007: '河合第一小学校', A27_008: '北葛城郡河合町池部1-15-10' },
	{ A27_005: '29425', A27_006: '王寺町立', A27_007: '王寺小学校', A27_008: '北葛城郡王寺町本町2-6-16' },
]);
const A27_FIELDS = ['A27_005', 'A27_006', 'A27_007', 'A27_008'];

describe('choosing the name attribute', () => {
	test('the attribute whose values all end in 学校 (国土数値情報 A27), even when a school has two parts', () => {
		expect(chooseNameField(a27, A27_FIELDS)).toMatchObject({ field: 'A27_007' });
	});
	test('A27-21 and later: the name is A27_004', () => {
		const recent = features([
			{ A27_001: '08542', A27_002: '五霞町立', A27_003: 'B108254200026', A27_004: '五霞西小学校', A27_005: '猿島郡五霞町元栗橋1072' },
			{ A27_001: '08542', A27_002: '五霞町立', A27_003: 'B108254200017', A27_004: '五霞東小学校', A27_005: '猿島郡五霞町小福田1214' },
		]);
		expect(chooseNameField(recent, ['A27_001', 'A27_002', 'A27_003', 'A27_004', 'A27_005'])).toMatchObject({ field: 'A27_004' });
	});
	test('otherwise the only text attribute with a different value for every feature', () => {
		const city = features([
			{ ID: 1, 校区名: '青葉', 区分: '小学校区' },
			{ ID: 2, 校区名: '中央', 区分: '小学校区' },
		]);
		expect(chooseNameField(city, ['ID', '校区名', '区分'])).toMatchObject({ field: '校区名' });
	});
	test('no choice when two attributes could be the name, or none', () => {
		const wards = features([
			{ name_ja: '淀川区', name_ja_ka: 'よどがわく', city: 'osaka' },
			{ name_ja: '北区', name_ja_ka: 'きたく', city: 'osaka' },
		]);
		expect(chooseNameField(wards, ['name_ja', 'name_ja_ka', 'city'])).toBeUndefined();
		expect(chooseNameField(features([{ a: 'x' }, { a: 'x' }]), ['a'])).toBeUndefined();
		expect(chooseNameField([], ['a'])).toBeUndefined();
	});
	test('the listing shows every attribute with example values', () => {
		expect(describeFields(a27, A27_FIELDS, 2)).toEqual([
			'  A27_005: 29427、29427',
			'  A27_006: 河合町立、河合町立',
			'  A27_007: 河合第一小学校、河合第二小学校',
			'  A27_008: 北葛城郡河合町池部1-15-10、北葛城郡河合町星和台2-7-1',
		]);
	});
});

describe('filters', () => {
	test('属性=値, full-width = and digits accepted', () => {
		expect(parseFilter('A27_005=29427')).toEqual({ field: 'A27_005', value: '29427' });
		expect(parseFilter('行政区域コード＝２９４２７')).toEqual({ field: '行政区域コード', value: '２９４２７' });
		expect(parseFilter('A27_005')).toBeUndefined();
		expect(applyFilters(a27, [{ field: 'A27_005', value: '２９４２７' }]).map((f) => f.number)).toEqual([1, 2, 3]);
		expect(
			applyFilters(a27, [
				{ field: 'A27_005', value: '29427' },
				{ field: 'A27_007', value: '河合第二小学校' },
			]).map((f) => f.number),
		).toEqual([2]);
	});
	test('numbers in the table match their text', () => {
		expect(applyFilters(features([{ code: 29427 }, { code: 29425 }]), [{ field: 'code', value: '29427' }])).toHaveLength(1);
	});
});

describe('names and readings', () => {
	test('a school name becomes its 校区', () => {
		expect(areaName('河合第一小学校', '校区')).toBe('河合第一小学校区');
		expect(areaName('河合中学校', '中学校区')).toBe('河合中学校区');
		expect(areaName('青葉小学校区', '校区')).toBe('青葉小学校区');
		expect(areaName('淀川区', '圏域')).toBe('淀川区');
		expect(areaName('河合第一小学校', '地区')).toBe('河合第一小学校');
		expect(areaName(' 青葉　地区 ', '地区')).toBe('青葉 地区');
	});
	test('readings in katakana become hiragana; the reading gains く with the name', () => {
		expect(normaliseYomi('アオバショウガッコウ', '青葉小学校区', '青葉小学校')).toBe('あおばしょうがっこうく');
		expect(normaliseYomi('ｱｵﾊﾞ', '青葉', '青葉')).toBe('あおば');
		expect(normaliseYomi('よどがわく', '淀川区', '淀川区')).toBe('よどがわく');
		expect(normaliseYomi('Aoba', '青葉', '青葉')).toBeUndefined();
		expect(normaliseYomi('', '青葉', '青葉')).toBeUndefined();
	});
});

describe('planAreas', () => {
	test('parts with one name become one area; without readings, ids are numbered in name order', () => {
		const plan = planAreas(a27, { nameField: 'A27_007', level: '校区' });
		expect(plan.areas.map((a) => [a.id, a.name, a.features.map((f) => f.number)])).toEqual([
			['koku-1', '王寺小学校区', [4]],
			['koku-2', '河合第一小学校区', [1, 3]],
			['koku-3', '河合第二小学校区', [2]],
		]);
	});
	test("ids from readings, in 五十音順 (kanji in the collation's order), with a number when two readings give the same id", () => {
		const wards = features([
			{ name: '淀川区', kana: 'ヨドガワク' },
			{ name: '北区', kana: 'きたく' },
			{ name: '喜多区', kana: 'きたく' },
			{ name: '中央区', kana: 'Chuo' },
		]);
		const plan = planAreas(wards, { nameField: 'name', yomiField: 'kana', level: '圏域' });
		expect(plan.areas.map((a) => [a.id, a.name, a.yomi])).toEqual([
			['kita', '喜多区', 'きたく'],
			['kita-2', '北区', 'きたく'],
			['yodogawa', '淀川区', 'よどがわく'],
			['ken-iki-4', '中央区', undefined],
		]);
		expect(plan.badYomi).toEqual(['中央区（Chuo）']);
		expect(plan.renamed).toEqual(['北区: kita-2']);
	});
	test('ids from an ASCII attribute, lowercased; unusable values fall back and are reported', () => {
		const rows = features([
			{ 名称: '青葉', code: 'AOBA_01' },
			{ 名称: '中央', code: '中央' },
		]);
		const plan = planAreas(rows, { nameField: '名称', idField: 'code', level: '地区' });
		expect(plan.areas.map((a) => [a.name, a.id, a.idFrom])).toEqual([
			['青葉', 'aoba-01', 'id-field'],
			['中央', 'chiku-2', 'number'],
		]);
		expect(plan.badIds).toEqual(['中央（中央）']);
	});
	test('features without a name are left out and counted', () => {
		const plan = planAreas(features([{ n: '青葉' }, { n: '' }, { n: null }]), { nameField: 'n', level: '地区' });
		expect(plan.areas).toHaveLength(1);
		expect(plan.unnamed).toEqual([2, 3]);
	});
});

describe('issue 17: prefecture files, long ids, values shown safely', () => {
	const f = (number: number, properties: Record<string, unknown>) => ({
		number,
		properties,
		geometry: { type: 'Polygon' as const, coordinates: [] },
	});
	test('the A27 school name wins over an all-different address when a 分校 or a blank breaks 「すべて〇〇学校」', () => {
		const features = [
			...Array.from({ length: 18 }, (_, i) => f(i + 1, { A27_005: '29201', A27_007: `第${i + 1}小学校`, A27_008: `奈良市${i + 1}番地` })),
			f(19, { A27_005: '29201', A27_007: '山の辺分校', A27_008: '奈良市19番地' }),
			f(20, { A27_005: '29201', A27_007: '', A27_008: '奈良市20番地' }),
		];
		expect(chooseNameField(features, ['A27_005', 'A27_007', 'A27_008'])).toEqual({
			field: 'A27_007',
			why: '国土数値情報の学校名の属性です（例: 第1小学校）',
		});
	});
	test('ids are cut at a hyphen to at most MAX_ID_LENGTH characters', () => {
		const long = `a${'-0123456789'.repeat(30)}`;
		expect(shortenId(long)).toBe('a-0123456789-0123456789-0123456789-0123456789-0123456789');
		expect(shortenId('x'.repeat(200))).toHaveLength(MAX_ID_LENGTH);
		expect(shortenId('aoba')).toBe('aoba');
		const plan = planAreas([f(1, { name: '長い', id: long })], { nameField: 'name', idField: 'id', level: '校区' });
		expect(plan.areas[0]!.id.length).toBeLessThanOrEqual(MAX_ID_LENGTH);
	});
	test('escape characters in values and attribute names are shown, not sent', () => {
		expect(describeFields([f(1, { 'n\u001b[2J': '青\u001b[31m葉' })], ['n\u001b[2J'])).toEqual(['  n␛[2J: 青␛[31m葉']);
	});
});
