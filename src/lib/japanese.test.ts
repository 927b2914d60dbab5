import { describe, expect, test } from 'vitest';
import { eraYear, hiraganaToKatakana, inJapan, isRealDate, katakanaToHiragana, WEEKS } from './japanese.ts';

describe('Japanese text helpers', () => {
	test('katakana and hiragana fold into each other, keeping marks and length', () => {
		expect(katakanaToHiragana('イキイキサロン・ヴ')).toBe('いきいきさろん・ゔ');
		expect(katakanaToHiragana('カフェー')).toBe('かふぇー');
		expect(hiraganaToKatakana('あおばだんち いきいきさろん')).toBe('アオバダンチ イキイキサロン');
	});
	test('era years: 令和8年 is 2026, 平成元年 is 1989, R and H are their initials', () => {
		expect(eraYear('令和', 8)).toBe(2026);
		expect(eraYear('平成', '元')).toBe(1989);
		expect(eraYear('r', '8')).toBe(2026);
		expect(eraYear('H', 31)).toBe(2019);
		expect(eraYear('昭和', 50)).toBeUndefined();
	});
	test('a real date exists on the calendar; 2026-02-30 and 2026-13-01 do not, and other forms are not ISO', () => {
		expect(isRealDate('2028-02-29')).toBe(true);
		expect(isRealDate('2026-02-29')).toBe(false);
		expect(isRealDate('2026-02-30')).toBe(false);
		expect(isRealDate('2026-13-01')).toBe(false);
		expect(isRealDate('2026/02/01')).toBe(false);
	});
	test('Japan’s box holds Naha and Wakkanai, not Seoul’s longitude swapped or Tokyo in metres', () => {
		expect(inJapan(26.21, 127.68)).toBe(true);
		expect(inJapan(45.41, 141.67)).toBe(true);
		expect(inJapan(135.65, 34.81)).toBe(false);
		expect(inJapan(-36000, 12000)).toBe(false);
	});
	test('the weeks of a month run 第1 to 第5, then 最終', () => {
		expect(WEEKS).toEqual([1, 2, 3, 4, 5, '最終']);
	});
});
