import { describe, expect, test } from 'vitest';
import { contentWarnings } from './content-warnings.ts';

const salon = (file: string, data: object) => ({
	collection: 'salons',
	id: file,
	file,
	data: {
		name: 'サロン',
		status: '活動中',
		last_confirmed: '2026-10-01',
		place: { name: '会館', address: '青葉町1', location: { lat: 34.8, lng: 135.6 } },
		...data,
	},
});
const fields = (entries: object[]) => contentWarnings(entries as never, '2026-11-23').map((p) => `${p.file} ${p.field}: ${p.message}`);

describe('warnings for coordinators', () => {
	test('nothing to say about a fresh, complete entry', () => {
		expect(fields([salon('a.md', {})])).toEqual([]);
	});
	test.each([
		['confirmed over a year ago', { last_confirmed: '2025-11-01' }, 'a.md last_confirmed: 最終確認日（2025-11-01）から1年以上'],
		['confirmed in the future', { last_confirmed: '2027-01-01' }, 'a.md last_confirmed: 最終確認日（2027-01-01）が未来'],
		['no coordinates', { place: { name: '会館', address: '青葉町1' } }, 'a.md place: 緯度・経度（place.location）がない'],
	])('%s', (_name, data, expected) => {
		expect(fields([salon('a.md', data)]).join('\n')).toContain(expected);
	});
	test('a volunteer opening past its end date, still open', () => {
		const v = {
			collection: 'volunteers',
			id: 'v',
			file: 'v.md',
			data: { status: '活動中', last_confirmed: '2026-09-01', open_until: '2026-08-31' },
		};
		expect(fields([v]).join('\n')).toContain('v.md open_until: 募集の締め切り（2026-08-31）を過ぎています');
	});
	test('two entries with the same name and address, spaces aside', () => {
		expect(fields([salon('a.md', {}), salon('b.md', { name: 'サ ロン' })])).toEqual([
			'b.md name: a.md と名前と住所が同じです。同じものを二重に登録していませんか',
		]);
	});
});

describe('likely duplicates, compared as a reader sees the names', () => {
	const salon = (file: string, name: string, address: string) => ({
		collection: 'salons',
		id: file,
		file,
		data: { name, place: { address, location: { lat: 1, lng: 1 } }, last_confirmed: '2026-11-01' },
	});
	test.each([
		['a zero-width space', '青葉\u200bサロン'],
		['a bidirectional mark', '青葉サロン\u200f'],
		['half-width katakana', '青葉ｻﾛﾝ'],
		['a soft line of spaces', '青葉　サロン'],
	])('a twin with %s is still found', (_name, twin) => {
		const found = contentWarnings([salon('a.md', '青葉サロン', '青葉町1-1'), salon('b.md', twin, '青葉町1-1')], '2026-11-24');
		expect(found.map((p) => p.message).join('\n')).toContain('a.md と名前と住所が同じです');
	});
});

test('two entries imported from the same row of the same dataset are a likely duplicate', () => {
	const entry = (file: string, name: string) => ({
		collection: 'resources',
		id: file,
		file,
		data: { name, source: { dataset: '高松市 公共施設一覧', id: '12' }, last_confirmed: '2026-11-01' },
	});
	expect(contentWarnings([entry('a.md', 'A館'), entry('b.md', 'B館')], '2026-11-24').map((p) => p.message)).toContain(
		'a.md と取りこみ元（高松市 公共施設一覧 の 12）が同じです。同じ行を二重に取りこんでいませんか',
	);
});
