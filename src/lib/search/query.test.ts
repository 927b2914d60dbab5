import { describe, expect, test } from 'vitest';
import { chunksFor, orderOf, planAttempts, planQuery, rank } from './query.ts';
import { encodeTerm } from './terms.ts';

const phrase = (...terms: string[]) => `"${terms.map((t) => encodeTerm(t)).join(' ')}"`;

describe('planning a query', () => {
	test('one word becomes one exact phrase of bigrams', () => {
		expect(planQuery('新幹線')).toEqual([
			{ term: phrase('新幹', '幹線'), titleTerm: `"${encodeTerm('新幹', 't')} ${encodeTerm('幹線', 't')}"`, exact: true, optional: false },
		]);
		expect(planQuery('新幹線')[0]!.term).not.toContain('新');
	});
	test('katakana is folded to hiragana, as in the index', () => {
		expect(planQuery('サロン')[0]!.term).toEqual(phrase('さろ', 'ろん'));
	});
	test('words separated by spaces, full-width spaces or 、 are searched separately', () => {
		expect(planQuery('青葉　体操、無料').map((p) => p.term)).toEqual([phrase('青葉'), phrase('体操'), phrase('無料')]);
	});
	test('a single character is searched as a prefix', () => {
		expect(planQuery('茶')).toEqual([{ term: encodeTerm('茶'), titleTerm: encodeTerm('茶', 't'), exact: false, optional: false }]);
	});
	test('repeated words are searched once; empty input plans nothing', () => {
		expect(planQuery('体操 体操')).toHaveLength(1);
		expect(planQuery('  ')).toEqual([]);
	});
	test('a request at the end is left out: 体操したい is 体操', () => {
		expect(planQuery('体操したい')).toEqual(planQuery('体操'));
		expect(planQuery('話し相手がほしい')).toEqual(planQuery('話し相手'));
	});
	test('kanji numbers and digits plan the same search', () => {
		expect(planQuery('百歳体操')).toEqual(planQuery('100歳体操'));
		expect(planQuery('桜ケ丘三丁目')).toEqual(planQuery('桜ケ丘3丁目'));
	});
	test('a sentence gets a looser second reading; a plain word or a reading does not', () => {
		const { strict, loose } = planAttempts('青葉で体操');
		expect(strict).toHaveLength(1);
		expect(loose!.map((p) => p.term)).toEqual([planQuery('青葉')[0]!.term, planQuery('体操')[0]!.term]);
		expect(planAttempts('体操')).toEqual({ strict: planQuery('体操') });
		expect(planAttempts('あおばだんちいきいきさろん').loose).toBeUndefined();
		expect(planAttempts('ボランティアセンター').loose).toBeUndefined();
	});
	test('known words are taken out of compounds only as a last resort', () => {
		const { loose, compound } = planAttempts('書道教室');
		expect(loose).toBeUndefined();
		expect(compound!.map((p) => [p.term, p.optional])).toEqual([
			[planQuery('書道')[0]!.term, false],
			[planQuery('教室')[0]!.term, true],
		]);
	});
});

describe('putting the results in order', () => {
	test('a page must be found by every word; scores add up', () => {
		const a = [
			{ id: 'x', score: 1 },
			{ id: 'y', score: 5 },
			{ id: 'z', score: 2 },
		];
		const b = [
			{ id: 'z', score: 9 },
			{ id: 'x', score: 1 },
		];
		expect(rank([a, b]).map((r) => r.id)).toEqual(['z', 'x']);
	});
	test('an optional word lifts the pages that hold it and excludes none', () => {
		const a = [
			{ id: 'x', score: 2 },
			{ id: 'y', score: 1 },
		];
		const helper = [
			{ id: 'y', score: 5 },
			{ id: 'w', score: 9 },
		];
		expect(rank([a, helper], { optional: [false, true] }).map((r) => r.id)).toEqual(['y', 'x']);
	});
	test('pages whose name holds the words come first, whatever their score', () => {
		const a = [
			{ id: 'long-page', score: 9 },
			{ id: 'named', score: 1 },
		];
		expect(rank([a], { inTitle: [new Set(['named'])] }).map((r) => r.id)).toEqual(['named', 'long-page']);
	});
	test('no searches, no results', () => {
		expect(rank([])).toEqual([]);
	});
	test('name matches are shown in 五十音順 (the neutral order), the rest keep their relevance order', () => {
		// Neutral order: さくらがおか (0), ひがしやま (1), あ-less (2), ん-relevant (3).
		const position = new Map([
			['sakura', 0],
			['higashi', 1],
			['a-less', 2],
			['n-relevant', 3],
		]);
		const found = [
			{ id: 'higashi', score: 1 },
			{ id: 'n-relevant', score: 9 },
			{ id: 'a-less', score: 2 },
			{ id: 'sakura', score: 1 },
		];
		const shown = rank([found], { inTitle: [new Set(['higashi', 'sakura'])], position }).map((r) => r.id);
		expect(shown).toEqual(['sakura', 'higashi', 'n-relevant', 'a-less']);
	});
	test('local issues and meeting reports come after every place, even when their name matches', () => {
		const position = new Map([
			['place', 0],
			['issue', 1],
			['report', 2],
		]);
		const found = [
			{ id: 'report', score: 9 },
			{ id: 'issue', score: 5 },
			{ id: 'place', score: 1 },
		];
		expect(rank([found], { inTitle: [new Set(['issue', 'report'])], position, laterFrom: 1 }).map((r) => r.id)).toEqual([
			'place',
			'issue',
			'report',
		]);
	});
});

describe('the index chunks a query needs', () => {
	const chunks = [
		['00', 'j9ja9jf', 'a'],
		['j9ja9jft', 'jfn', 'b'],
		['jfo', 'jfo3', 'c'],
		['jfoc', 'jfoc9l6', 'd'],
		['jfoc9l6t', 'zz', 'e'],
	] as const;
	test('the chunk whose range holds each word, its name match beside it', () => {
		const [taiso] = planQuery('体操'); // jfo3jwt
		expect(encodeTerm('体操')).toBe('jfo3jwt');
		expect(chunksFor([taiso!], chunks)).toEqual(['c']);
	});
	test('a range cut short to a prefix still holds the words that start with it', () => {
		expect(chunksFor([{ term: '"jfn9aaa"', titleTerm: '"jfn9aaat"', exact: true, optional: false }], chunks)).toEqual(['b']);
	});
	test('a single character, searched as a prefix, asks for every chunk it may span', () => {
		expect(chunksFor([{ term: 'jfo', titleTerm: 'jfot', exact: false, optional: false }], chunks)).toEqual(['c', 'd', 'e']);
	});
});

describe('orderOf: the order of a search without the names file', () => {
	// Pagefind's results for the first word, sorted in the neutral order; the one ending in _2 is a meeting report.
	const sorted = [{ id: 'und-x-jabigram_1' }, { id: 'und-x-jabigram_2' }, { id: 'und-x-jabigram_3' }];
	test('places keep their sorted places; local issues and meeting reports come after every place', () => {
		const order = orderOf(sorted, new Set(['2']));
		expect(order.laterFrom).toBe(3);
		expect([...order.position]).toEqual([
			['und-x-jabigram_1', 0],
			['und-x-jabigram_2', 4],
			['und-x-jabigram_3', 2],
		]);
	});
	test('rank lists the places in that order before the report, whatever the scores', () => {
		const results = [
			{ id: 'und-x-jabigram_2', score: 9 },
			{ id: 'und-x-jabigram_3', score: 1 },
			{ id: 'und-x-jabigram_1', score: 1 },
		];
		const order = orderOf(sorted, new Set(['2']));
		expect(rank([results], { ...order, inTitle: [new Set(results.map((r) => r.id))] }).map((r) => r.id)).toEqual([
			'und-x-jabigram_1',
			'und-x-jabigram_3',
			'und-x-jabigram_2',
		]);
	});
});
