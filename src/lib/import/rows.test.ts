import { describe, expect, test } from 'vitest';
import { fieldOfHeader } from './headers.ts';
import { adaptParserResult, combineHours, readHours, readTime, readWeekdays } from './hours.ts';
import { datasetName, entryFileName, fileStem, hashId } from './identity.ts';
import { detectLayout, findHeaderRow } from './layouts.ts';
import { mapFromArgs, mapFromFile, resolveField } from './mapping.ts';
import { mapRow, readCost, readDate, type Column, type Mapped, type RowContext } from './rows.ts';
import { mergeRow, type Existing } from './update.ts';

const columns = (headers: string[]): Column[] => headers.map((header, index) => ({ index, header, field: fieldOfHeader(header), template: header.startsWith('←') }));
const LEGACY = ['都道府県コード又は市区町村コード', 'NO', '都道府県名', '市区町村名', '名称', '名称_カナ', '名称_通称', 'POIコード', '住所', '方書', '緯度', '経度', '電話番号', '内線番号', '法人番号', '団体名', '利用可能曜日', '開始時間', '終了時間', '利用可能日時特記事項', '説明', 'バリアフリー情報', 'URL', '備考'];
const ctx = (headers: string[], extra: Partial<RowContext> = {}): RowContext => ({
	layout: detectLayout(headers)!,
	columns: columns(headers),
	municipality: '焼津市',
	siteUrl: 'https://example.github.io/guide/',
	confirmed: '2026-06-30',
	districtAt: (lat) => (lat > 34.85 ? 'kita' : lat > 34.8 ? 'minami' : undefined),
	cityArea: 'yaizu',
	...extra,
});

describe('headers and layouts', () => {
	test.each([
		['都道府県コード又は\n市区町村コード', 'code'],
		['名称（ふりがな）', 'yomi'],
		['運営日（平日）－開始', 'weekday_start'],
		['availableDateNote', 'hours'],
		['利用可能時間特記事項', 'hours'],
		['所在地_連結表記', 'address'],
		['telephoneNumber', 'tel'],
		['#property', 'id'],
		['問い合わせ先（市の担当課）', 'contact'],
	])('%s → %s', (header, field) => expect(fieldOfHeader(header)).toBe(field));
	test('layouts', () => {
		expect(detectLayout(LEGACY)).toBe('facilities');
		expect(detectLayout(['全国地方公共団体コード', 'ID', '地方公共団体名', '名称', '名称_カナ', '名称_通称', '所在地_連結表記', '利用可能曜日', '開始時間', '終了時間', '利用可能時間特記事項'])).toBe('facilities-current');
		expect(detectLayout(['#property', 'latitude', 'longitude', 'name', 'address', 'availableDateNote'])).toBe('properties');
		expect(detectLayout(['№', '対象', '開催日', '開始時間', '行事名', '場所名称'])).toBe('events');
		expect(detectLayout(['番号', '施設名', '所在地'])).toBe('custom');
		expect(detectLayout(['a', 'b'])).toBeUndefined();
	});
	test('the header row is found below title lines', () => {
		expect(findHeaderRow([{ cells: ['公共施設一覧', ''] }, { cells: ['更新日：2026年6月30日'] }, { cells: ['名称', '住所'] }])).toBe(2);
	});
});

describe('--map and --map-file', () => {
	test('a city column named on the command line or in YAML', () => {
		const map = mapFromFile('施設名: name\nところ: place.address\n', 'm.yaml', mapFromArgs(['電話=contact.tel']));
		expect(map.errors).toEqual([]);
		expect(resolveField('施設名', map)).toBe('name');
		expect(resolveField('ところ', map)).toBe('address');
		expect(resolveField('電話', map)).toBe('tel');
		expect(mapFromArgs(['x=nothing']).errors[0]).toContain('「nothing」という項目はありません');
		expect(mapFromArgs(['xname']).errors[0]).toContain('列名=項目');
	});
});

describe('identity', () => {
	test('the dataset name is stable across versions of a file', () => {
		expect(fileStem('/x/222127_facilities_smartmap_20260630.csv')).toBe('facilities_smartmap');
		expect(fileStem('/x/exchange_center/data.csv')).toBe('exchange_center');
		expect(datasetName('222127_library.csv', 'facilities', '焼津市')).toBe('焼津市 公共施設一覧（library）');
		expect(hashId('名前', '住所')).toBe(hashId(' 名前', '住所 '));
		expect(entryFileName('aoba', 'facilities', '10869', true)).toBe('_aoba-shisetsu-10869.md');
	});
});

describe('hours', () => {
	test('whatever the parser returns is checked as data', () => {
		const s = { rules: [{ repeat: '毎週', weekdays: ['月'] }] };
		expect(adaptParserResult(s, 't')).toEqual({ schedule: undefined, leftover: ['t'] });
		expect(adaptParserResult(null, 't')).toEqual({ schedule: undefined, leftover: ['t'] });
		expect(adaptParserResult({ schedule: s, leftover: [] }, 't')).toEqual({ schedule: s, leftover: [] });
		expect(adaptParserResult({ schedule: s, leftover: ['雨天中止'] }, 't')).toEqual({ schedule: s, leftover: ['雨天中止'] });
		expect(adaptParserResult({ schedule: undefined, leftover: [] }, 't')).toEqual({ schedule: undefined, leftover: ['t'] });
	});
	test('text with line breaks never crashes the import', () => {
		expect(() => readHours('9月7日(土)～\n11月4日(月・祝) ')).not.toThrow();
		expect(() => readHours('（')).not.toThrow();
	});
	test('weekdays, times', () => {
		expect(readWeekdays('月火水木金')).toEqual(['月', '火', '水', '木', '金']);
		expect(readWeekdays('月～金')).toEqual(['月', '火', '水', '木', '金']);
		expect(readWeekdays('土・日')).toEqual(['土', '日']);
		expect(readWeekdays('土日祝')).toBeUndefined();
		expect(readTime('０９：００')).toBe('09:00');
		expect(readTime('17:00（最終入館16:30まで）')).toBeUndefined();
	});
	test('利用可能曜日 + 開始/終了 make the rule; text not understood stays verbatim in the note', () => {
		const r = combineHours({ days: '月火水木金土日', start: '9:00', end: '17:00', text: '年末年始（１２月２９日から翌年の１月３日まで）は利用不可。' });
		expect(r.schedule!.rules).toEqual([{ repeat: '毎週', weekdays: ['月', '火', '水', '木', '金', '土', '日'], start: '09:00', end: '17:00' }]);
		if (!r.understood) expect(r.schedule!.note).toBe('年末年始（１２月２９日から翌年の１月３日まで）は利用不可。');
		const none = combineHours({ text: '不定期\n（広報でお知らせ）' });
		expect(none.schedule).toEqual({ rules: [], note: '不定期 （広報でお知らせ）' });
		expect(combineHours({ start: '9:00', end: '17:00（最終入館16:30まで）', text: '9月7日(土)～' }).schedule!.note).toBe('9月7日(土)～ 9:00〜17:00（最終入館16:30まで）');
	});
});

describe('values', () => {
	test('cost and dates', () => {
		expect(readCost('1回100円（お茶代）')).toEqual({ amount: 100, per: '1回', note: 'お茶代' });
		expect(readCost('無料')).toEqual({ amount: 0 });
		expect(readCost('一般500円\n大学生300円')).toBeUndefined();
		expect(readDate('令和8年6月30日')).toBe('2026-06-30');
		expect(readDate('2026/6/30')).toBe('2026-06-30');
		expect(readDate('2026-02-30')).toBeUndefined();
	});
});

describe('a row', () => {
	const yaizu = ['222127', '10947', '静岡県', '焼津市', '港地域交流センター', 'ミナトチイキコウリュウセンター', '', '', '静岡県焼津市石津港町40-1', '', '34.84124155', '138.3262067', '', '', '', '生きがい・交流政策課', '', '', '', '【開館時間】9:00～21:30 【休館日】月曜日', '', '', '', '公民館'];
	test('no phone and no page: a draft that says what is missing, nothing dropped', () => {
		const r = mapRow(yaizu, 2, ctx(LEGACY)) as Mapped;
		expect(r.kind).toBe('draft');
		expect(r.missing).toEqual(['連絡の方法（電話番号・メールアドレス・ホームページのどれか）']);
		expect(r.area).toBe('minami');
		expect(r.id).toBe('10947');
		expect(r.data['provider']).toEqual({ name: '生きがい・交流政策課', type: '行政' });
		expect(r.body).toContain('公民館');
		expect(JSON.stringify(r.data['schedule'])).toMatch(/月/);
	});
	test('a page URL counts as a way to reach someone', () => {
		const withUrl = [...yaizu];
		withUrl[22] = 'https://www.city.yaizu.lg.jp/';
		const r = mapRow(withUrl, 2, ctx(LEGACY)) as Mapped;
		expect(r.kind).toBe('entry');
		expect((r.data['contact'] as Record<string, string>)['url']).toBe('https://www.city.yaizu.lg.jp/');
	});
	test('outside every 校区: a draft in the city folder, reported; --area only fills rows without coordinates', () => {
		const far = [...yaizu];
		far[10] = '34.70';
		const r = mapRow(far, 2, ctx(LEGACY, { area: 'kita' })) as Mapped;
		expect(r.outside).toBe(true);
		expect(r.area).toBe('yaizu');
		const none = [...yaizu];
		none[10] = '';
		none[11] = '';
		expect((mapRow(none, 2, ctx(LEGACY, { area: 'kita' })) as Mapped).area).toBe('kita');
	});
	test('template, blank and repeated header rows are skipped with the reason', () => {
		const h = ['#property', '名称', '住所', '←データの項目名を入力'];
		expect(mapRow(['2', '', '', ''], 3, ctx(h))).toEqual({ kind: 'skip', line: 3, reason: 'ひな形の行です（番号のほかは空です）' });
		expect(mapRow(['', '', '', ''], 3, ctx(h))).toMatchObject({ reason: '空の行です' });
		expect(mapRow(h, 3, ctx(h))).toMatchObject({ reason: '見出しのくり返しです' });
	});
	test('an update changes only what the row gives, field by field', () => {
		const withUrl = [...yaizu];
		withUrl[22] = 'https://www.city.yaizu.lg.jp/';
		const before = mapRow(withUrl, 2, ctx(LEGACY)) as Mapped;
		const existing: Existing = { collection: 'resources', id: 'minami/x', file: 'x.md', draft: false, data: { ...before.data, fields: ['見守り'] }, body: before.body, comments: [] };
		withUrl[4] = '港地域交流センター（新館）';
		const after = mapRow(withUrl, 2, ctx(LEGACY)) as Mapped;
		const merged = mergeRow(existing, after, false);
		expect(merged.changes).toEqual([{ path: 'name', before: '港地域交流センター', after: '港地域交流センター（新館）' }]);
		expect(merged.data['fields']).toEqual(['見守り']);
	});
});
