import { describe, expect, test } from 'vitest';
import { searchableText } from './records.ts';
import { parseGroup } from './synonyms.ts';
import {
	anchorOf,
	buildWordIndex,
	headKana,
	isSplit,
	PER_WORD,
	planWordPages,
	rowOf,
	SINGLE_PAGE_ENTRIES,
	type IndexedPage,
} from './word-index.ts';

const page = (title: string, yomi: string, text: string, kind = 'サロン・通いの場', url = `/salons/${yomi}/`): IndexedPage => ({
	title,
	yomi,
	kind,
	url,
	text: searchableText([title, yomi, text]),
});

describe('the kana table', () => {
	test.each([
		['たいそう', 'た', 'ta'],
		['だんち', 'た', 'ta'],
		['っぽい', 'つ', 'ta'],
		['がっこう', 'か', 'ka'],
		['ぱそこん', 'は', 'ha'],
		['ゔぁいおりん', 'う', 'a'],
		['サロン', 'さ', 'sa'],
		['ｽﾏﾎ', 'す', 'sa'],
		['んー', 'ん', 'wa'],
		['119', '', 'others'],
		['abc', '', 'others'],
	])('%s is under %s (row %s)', (yomi, kana, row) => {
		expect(headKana(yomi)).toBe(kana);
		expect(rowOf(yomi)).toBe(row);
	});
});

describe('the keyword index', () => {
	const groups = [
		parseGroup('草刈り くさかり | 草むしり くさむしり | 草取り くさとり > 庭の手入れ にわのていれ'),
		parseGroup('体操 たいそう | ストレッチ > 運動 うんどう'),
	];
	const pages = [
		page('川原 ちょこっと助け隊（電球交換・草刈りなど）', 'かわはら ちょこっとたすけたい', '庭の草刈りや電球の取りかえ', '地域の資源'),
		page('青葉台 いきいき百歳体操', 'あおばだい いきいきひゃくさいたいそう', 'おもりを使う体操です'),
		page('松風公園 ラジオ体操の会', 'まつかぜこうえん らじおたいそうのかい', '朝6時半から'),
		page('東山 花いっぱい活動', 'ひがしやま はないっぱいかつどう', '花壇の水やりや草取り', '地域の資源'),
		{
			title: '団地の草取りが追いつかない',
			url: '/local-issues/x/',
			kind: '地域課題',
			yomi: '',
			text: searchableText(['草取りが追いつかない']),
		},
	];
	const rows = buildWordIndex(pages, groups);
	const entry = (word: string) => rows.flatMap((r) => r.entries.map((e) => ({ row: r.id, ...e }))).find((e) => e.words.includes(word));

	test('every place is listed by its name under its reading, and leads to its page', () => {
		const e = entry('青葉台 いきいき百歳体操')!;
		expect(e.row).toBe('a');
		expect(e.name?.url).toBe('/salons/あおばだい いきいきひゃくさいたいそう/');
	});
	test('a word leads to every page the search finds with it: names holding it first, then places, then issues', () => {
		const e = entry('草刈り')!;
		expect(e.row).toBe('ka');
		expect(e.pages.map((p) => p.title)).toEqual([
			'川原 ちょこっと助け隊（電球交換・草刈りなど）',
			'東山 花いっぱい活動',
			'団地の草取りが追いつかない',
		]);
		expect(e.pages[2]!.kind).toBe('地域課題');
	});
	test('other ways to say it are listed under their own reading and lead to the word', () => {
		const e = entry('草むしり')!;
		expect(e.row).toBe('ka');
		expect(e.see).toEqual({ word: '草刈り', row: 'ka', id: entry('草刈り')!.id });
		expect(entry('ストレッチ')!.row).toBe('sa');
	});
	test('a word after > is listed with the pages it finds', () => {
		expect(entry('運動')!.pages.map((p) => p.title)).toEqual(['青葉台 いきいき百歳体操', '松風公園 ラジオ体操の会']);
	});
	test('entries are in 五十音順 within their row, with a link to the first word under each kana', () => {
		const ka = rows.find((r) => r.id === 'ka')!;
		expect(ka.entries.map((e) => e.yomi)).toEqual([...ka.entries.map((e) => e.yomi)].sort(new Intl.Collator('ja').compare));
		expect(ka.heads.map((h) => h.kana)).toEqual(['か', 'く']);
		expect(ka.heads[0]!.id).toBe(ka.entries[0]!.id);
	});
	test('words that find nothing are left out; a word lists at most PER_WORD pages and counts the rest', () => {
		expect(entry('雪かき')).toBeUndefined();
		const many = Array.from({ length: PER_WORD + 5 }, (_, i) => page(`体操の会 ${i}`, `たいそうのかい ${String(i).padStart(2, '0')}`, ''));
		const e = buildWordIndex(many, groups)
			.flatMap((r) => r.entries)
			.find((x) => x.words[0] === '体操')!;
		expect(e.pages).toHaveLength(PER_WORD);
		expect(e.more).toBe(5);
		// The rest, for the word's full list: every page once, in order after the listed ones.
		expect(e.rest!.map((p) => p.title)).toHaveLength(5);
		expect(new Set([...e.pages, ...e.rest!].map((p) => p.url)).size).toBe(PER_WORD + 5);
	});
	test('anchors are stable and distinct', () => {
		expect(anchorOf('word:体操')).toBe(anchorOf('word:体操'));
		expect(anchorOf('word:体操')).not.toBe(anchorOf('word:草刈り'));
		expect(anchorOf('word:体操')).toMatch(/^w-[0-9a-z]+$/);
	});
	test('one page while small, one page per row beyond SINGLE_PAGE_ENTRIES', () => {
		expect(isSplit(rows)).toBe(false);
		const big = Array.from({ length: SINGLE_PAGE_ENTRIES + 1 }, (_, i) => page(`場所 ${i}`, `ばしょ ${i}`, ''));
		expect(isSplit(buildWordIndex(big, groups))).toBe(true);
	});
});

describe('the pages of a split index', () => {
	const names = ['かわら', 'かみかわら', 'きたまち', 'くさかり', 'けやき', 'こまち', 'あおば', 'いずみ'];
	const rows = buildWordIndex(
		names.map((yomi) => page(`場所 ${yomi}`, yomi, '')),
		[],
	);
	test('a page per row with words', () => {
		const { pages, longRows } = planWordPages(rows, 100);
		expect(pages.map((p) => p.path)).toEqual(['a', 'ka']);
		expect(longRows.size).toBe(0);
		expect(pages[1]!.entries).toHaveLength(6);
	});
	test('a row longer than the limit gets a page per kana, each with its own words', () => {
		const { pages, longRows } = planWordPages(rows, 5);
		expect([...longRows]).toEqual(['ka']);
		expect(pages.map((p) => [p.path, p.kana, p.entries.length])).toEqual([
			['a', undefined, 2],
			['ka/0', 'か', 2],
			['ka/1', 'き', 1],
			['ka/2', 'く', 1],
			['ka/3', 'け', 1],
			['ka/4', 'こ', 1],
		]);
	});
});
