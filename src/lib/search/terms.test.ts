import { describe, expect, test } from 'vitest';
import { encodeTerm, normalizeForSearch, searchTerms, toIndexText } from './terms.ts';
import { synonymsFor } from './synonyms.ts';

/** A query matches a text when every term of the query is among the text's terms (Pagefind's AND). */
const matches = (text: string, query: string) => {
	const index = new Set(searchTerms(text));
	return searchTerms(query).every((q) => [...index].some((t) => t.startsWith(q)));
};

describe('Japanese search terms, the same for the index and the query', () => {
	test('katakana, half-width kana and full-width letters fold together', () => {
		expect(normalizeForSearch('サロン ｻﾛﾝ ＡＢＣ')).toBe('さろん さろん abc');
	});
	test('runs become overlapping bigrams; Latin words stay whole', () => {
		expect(searchTerms('新幹線 Cafe 2号')).toEqual(['新幹', '幹線', 'cafe', '2', '号']);
	});
	test.each([
		['新幹線に乗る', '新幹線'],
		['新幹線に乗る', '幹線'],
		['ひだまり市 配食サービス', '配食'],
		['ひだまり市 配食サービス', 'さーびす'],
		['いきいき百歳体操', '体操'],
		['いきいき百歳体操', 'いきいき'],
		['オレンジカフェ', 'かふぇ'],
		['見守り訪問', '見守り'],
	])('%s is found by 「%s」', (text, query) => {
		expect(matches(text, query)).toBe(true);
	});
	test('a compound that only shares a character is not found (新幹線 is not in 新千歳空港)', () => {
		expect(matches('新千歳空港から', '新幹線')).toBe(false);
	});
	test('readings and everyday words come from the synonym table', () => {
		const indexed = `青葉 いきいき百歳体操 ${synonymsFor('青葉 いきいき百歳体操').join(' ')}`;
		expect(matches(indexed, 'たいそう')).toBe(true);
		expect(matches(indexed, 'ひゃくさいたいそう')).toBe(true);
		expect(matches(`生き生き健康教室 ${synonymsFor('生き生き健康教室').join(' ')}`, 'いきいき')).toBe(true);
	});
	test('Japanese terms reach Pagefind as ASCII letters; a character is a prefix of its bigrams', () => {
		expect(encodeTerm('体操')).toMatch(/^j[0-9a-z]{6}$/);
		expect(encodeTerm('体操', 't')).toBe(`${encodeTerm('体操')}t`);
		expect(encodeTerm('𠮷野')).toMatch(/^k[0-9a-z]{8}$/);
		expect(encodeTerm('体操').startsWith(encodeTerm('体'))).toBe(true);
		expect(encodeTerm('体操')).not.toBe(encodeTerm('操体'));
		expect(encodeTerm('cafe')).toBe('cafe');
		expect(toIndexText('体操 cafe')).toBe(`${encodeTerm('体操')} cafe`);
	});
});
