import { describe, expect, test } from 'vitest';
import { fieldOfHeader } from './headers.ts';
import { adaptParserResult, combineHours, readHours, readTime, readWeekdays } from './hours.ts';
import { datasetName, entryFileName, fileStem, hashId } from './identity.ts';
import { detectLayout, findHeaderRow } from './layouts.ts';
import { mapFromArgs, mapFromFile, resolveField } from './mapping.ts';
import { mapRow, readCost, readDate, type Column, type Mapped, type RowContext } from './rows.ts';
import { importDigest, mergeRow, ownershipProblem, type Existing } from './update.ts';
import { portableNameProblem } from '../safety/portable-name.ts';

const columns = (headers: string[]): Column[] =>
	headers.map((header, index) => ({ index, header, field: fieldOfHeader(header), template: header.startsWith('←') }));
const LEGACY = [
	'都道府県コード又は市区町村コード',
	'NO',
	'都道府県名',
	'市区町村名',
	'名称',
	'名称_カナ',
	'名称_通称',
	'POIコード',
	'住所',
	'方書',
	'緯度',
	'経度',
	'電話番号',
	'内線番号',
	'法人番号',
	'団体名',
	'利用可能曜日',
	'開始時間',
	'終了時間',
	'利用可能日時特記事項',
	'説明',
	'バリアフリー情報',
	'URL',
	'備考',
];
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
		expect(
			detectLayout([
				'全国地方公共団体コード',
				'ID',
				'地方公共団体名',
				'名称',
				'名称_カナ',
				'名称_通称',
				'所在地_連結表記',
				'利用可能曜日',
				'開始時間',
				'終了時間',
				'利用可能時間特記事項',
			]),
		).toBe('facilities-current');
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
	test('a long id is cut with a hash: portable, and two long ids that share a beginning stay apart', () => {
		const a = entryFileName('aoba', 'kodomo', 'A'.repeat(300), true);
		const b = entryFileName('aoba', 'kodomo', `${'A'.repeat(299)}B`, true);
		expect(portableNameProblem(a)).toBeUndefined();
		expect(a).not.toBe(b);
		expect(a.length).toBeLessThanOrEqual(100);
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
		const r = combineHours({
			days: '月火水木金土日',
			start: '9:00',
			end: '17:00',
			text: '年末年始（１２月２９日から翌年の１月３日まで）は利用不可。',
		});
		expect(r.schedule!.rules).toEqual([
			{ repeat: '毎週', weekdays: ['月', '火', '水', '木', '金', '土', '日'], start: '09:00', end: '17:00' },
		]);
		if (!r.understood) expect(r.schedule!.note).toBe('年末年始（１２月２９日から翌年の１月３日まで）は利用不可。');
		const none = combineHours({ text: '不定期\n（広報でお知らせ）' });
		expect(none.schedule).toEqual({ rules: [], note: '不定期 （広報でお知らせ）' });
		expect(combineHours({ start: '9:00', end: '17:00（最終入館16:30まで）', text: '9月7日(土)～' }).schedule!.note).toBe(
			'9月7日(土)～ 9:00〜17:00（最終入館16:30まで）',
		);
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
	const yaizu = [
		'222127',
		'10947',
		'静岡県',
		'焼津市',
		'港地域交流センター',
		'ミナトチイキコウリュウセンター',
		'',
		'',
		'静岡県焼津市石津港町40-1',
		'',
		'34.84124155',
		'138.3262067',
		'',
		'',
		'',
		'生きがい・交流政策課',
		'',
		'',
		'',
		'【開館時間】9:00～21:30 【休館日】月曜日',
		'',
		'',
		'',
		'公民館',
	];
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
		const existing: Existing = {
			collection: 'resources',
			id: 'minami/x',
			file: 'x.md',
			draft: false,
			data: { ...before.data, fields: ['見守り'] },
			body: before.body,
			comments: [],
		};
		withUrl[4] = '港地域交流センター（新館）';
		const after = mapRow(withUrl, 2, ctx(LEGACY)) as Mapped;
		const merged = mergeRow(existing, after, false);
		expect(merged.changes).toEqual([{ path: 'name', before: '港地域交流センター', after: '港地域交流センター（新館）' }]);
		expect(merged.data['fields']).toEqual(['見守り']);
	});
});

describe('nothing the row does not say', () => {
	const KODOMO_HEAD = [
		'NO',
		'都道府県',
		'市区町村名',
		'名称',
		'名称_カナ',
		'住所',
		'緯度',
		'経度',
		'電話番号1',
		'メールアドレス1',
		'運営団体名',
		'開催頻度',
		'開催曜日',
		'開催日',
		'開催開始時間',
		'開催終了時間',
		'開催日時特記事項',
		'学区',
		'参加費_大人',
	];
	const kodomo = (provider: string, frequency: string, day: string, note: string) => [
		'2',
		'埼玉県',
		'さいたま市',
		'じおんじこども食堂',
		'ジオンジコドモショクドウ',
		'さいたま市岩槻区慈恩寺904-1',
		'34.86',
		'138.3',
		'090-6044-7311',
		'yamakados@example.jp',
		provider,
		frequency,
		day,
		'',
		'17:30',
		'19:00',
		note,
		'東小学校',
		'100',
	];
	test('provider from 運営団体名, never the site’s town; without one, a draft that asks for it', () => {
		const named = mapRow(kodomo('NPO法人 じおんじ', '3', '火', '毎週火曜日'), 2, ctx(KODOMO_HEAD)) as Mapped;
		expect(named.data['provider']).toEqual({ name: 'NPO法人 じおんじ', type: 'NPO' });
		expect(named.data['summary']).toBe('子ども食堂・こどもの居場所の一覧に載っている活動です');
		const none = mapRow(kodomo('', '3', '火', '毎週火曜日'), 2, ctx(KODOMO_HEAD)) as Mapped;
		expect(none.kind).toBe('draft');
		expect(JSON.stringify(none.data)).not.toContain('焼津市');
		expect(none.missing.join()).toContain('運営する団体');
		const flagged = mapRow(
			kodomo('', '3', '火', '毎週火曜日'),
			2,
			ctx(KODOMO_HEAD, { provider: { name: 'じおんじ運営委員会', type: 'ボランティア団体' } }),
		) as Mapped;
		expect(flagged.data['provider']).toEqual({ name: 'じおんじ運営委員会', type: 'ボランティア団体' });
	});
	test('電話番号1 and メールアドレス1 are read; columns without a field stay off the page (in the report)', () => {
		const r = mapRow(kodomo('NPO法人 じおんじ', '3', '火', '毎週火曜日'), 2, ctx(KODOMO_HEAD)) as Mapped;
		expect(r.data['contact']).toMatchObject({ tel: '090-6044-7311', email: 'yamakados@example.jp' });
		expect(r.body).not.toContain('学区');
		expect(r.extras).toEqual([
			{ label: '学区', value: '東小学校' },
			{ label: '参加費（大人）', value: '100' },
		]);
		const kept = mapRow(kodomo('NPO法人 じおんじ', '3', '火', '毎週火曜日'), 2, ctx(KODOMO_HEAD, { keepExtra: 'body' })) as Mapped;
		expect(kept.body).toContain('- 学区: 東小学校');
		expect(kept.body).toContain('- 参加費（大人）: 100');
	});
	test('開催頻度 2週間に1回 with 開催曜日 火 is never a 毎週 rule: 開催日 第2・第4火 is what every column says', () => {
		const r = mapRow(kodomo('NPO法人 じおんじ', '4', '火', '毎月第2、第4火曜日'), 2, ctx(KODOMO_HEAD)) as Mapped;
		expect(JSON.stringify(r.data['schedule'])).not.toContain('毎週');
		expect((r.data['schedule'] as { rules: unknown[] }).rules).toEqual([
			{ repeat: '毎月', weeks: [2, 4], weekdays: ['火'], start: '17:30', end: '19:00' },
		]);
	});
	test('開催頻度 月1回 with 開催曜日 火 and no week: a draft with the reason, every column kept', () => {
		const r = mapRow(kodomo('NPO法人 じおんじ', '5', '火', ''), 2, ctx(KODOMO_HEAD)) as Mapped;
		expect(r.kind).toBe('draft');
		expect(JSON.stringify(r.data['schedule'])).not.toContain('毎週');
		expect((r.data['schedule'] as { note: string }).note).toContain('月1回');
		expect(r.missing.join()).toContain('確かな日時');
	});
});

describe('what the import wrote', () => {
	test('an entry is the import’s own while it matches its digest; a hand edit or a missing digest is a conflict', () => {
		const data = { name: 'x', source: { dataset: 'd', id: '1' } };
		const digest = importDigest(data, 'body');
		const entry = (d: Record<string, unknown>, body: string, draft = false): Existing => ({
			collection: 'resources',
			id: 'a/x',
			file: 'x.md',
			draft,
			data: d,
			body,
			comments: [],
		});
		expect(ownershipProblem(entry({ ...data, source: { ...data.source, digest } }, '\nbody\n'))).toBeUndefined();
		expect(ownershipProblem(entry({ ...data, name: 'y', source: { ...data.source, digest } }, 'body'))).toContain('手で直されています');
		expect(ownershipProblem(entry(data, 'body', true))).toContain('だれかが置いた下書き');
	});
});
