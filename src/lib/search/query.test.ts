import { describe, expect, test } from 'vitest';
import { displayOrder, planQuery, rank } from './query.ts';
import { encodeTerm } from './terms.ts';

const phrase = (...terms: string[]) => `"${terms.map((t) => encodeTerm(t)).join(' ')}"`;

describe('planning a query', () => {
	test('one word becomes one exact phrase of bigrams', () => {
		expect(planQuery('新幹線')).toEqual([{ term: phrase('新幹', '幹線'), titleTerm: `"${encodeTerm('新幹', 't')} ${encodeTerm('幹線', 't')}"`, exact: true }]);
		expect(planQuery('新幹線')[0]!.term).not.toContain('新');
	});
	test('katakana is folded to hiragana, as in the index', () => {
		expect(planQuery('サロン')[0]!.term).toEqual(phrase('さろ', 'ろん'));
	});
	test('words separated by spaces, full-width spaces or 、 are searched separately', () => {
		expect(planQuery('青葉　体操、無料').map((p) => p.term)).toEqual([phrase('青葉'), phrase('体操'), phrase('無料')]);
	});
	test('a single character is searched as a prefix', () => {
		expect(planQuery('茶')).toEqual([{ term: encodeTerm('茶'), titleTerm: encodeTerm('茶', 't'), exact: false }]);
	});
	test('repeated words are searched once; empty input plans nothing', () => {
		expect(planQuery('体操 体操')).toHaveLength(1);
		expect(planQuery('  ')).toEqual([]);
	});
});

describe('combining the searches', () => {
	test('a page must be found by every word; scores add up', () => {
		const a = [{ id: 'x', score: 1 }, { id: 'y', score: 5 }, { id: 'z', score: 2 }];
		const b = [{ id: 'z', score: 9 }, { id: 'x', score: 1 }];
		expect(rank([a, b]).map((r) => r.id)).toEqual(['z', 'x']);
	});
	test('pages whose name holds the words come first, whatever their score', () => {
		const a = [{ id: 'long-page', score: 9 }, { id: 'named', score: 1 }];
		expect(rank([a], [new Set(['named'])]).map((r) => r.id)).toEqual(['named', 'long-page']);
	});
	test('no searches, no results', () => {
		expect(rank([])).toEqual([]);
	});
	test('name matches are shown in 五十音順, the rest keep their relevance order', () => {
		const shown = displayOrder([
			{ yomi: 'ひがしやま', titleHits: 1 },
			{ yomi: 'ん-relevant', titleHits: 0 },
			{ yomi: 'あ-less', titleHits: 0 },
			{ yomi: 'さくらがおか', titleHits: 1 },
		]).map((x) => x.yomi);
		expect(shown).toEqual(['さくらがおか', 'ひがしやま', 'ん-relevant', 'あ-less']);
	});
});
