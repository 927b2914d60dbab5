import { describe, expect, test } from 'vitest';
import { katakanaToHiragana as toHiragana } from '../../japanese.ts';
import { idFromYomi, romanize, slugify } from './romanize.ts';

describe('romanize', () => {
	test.each([
		// The sample city's ids.
		['あおば', 'aoba'],
		['ちゅうおう', 'chuo'],
		['ひがしやま', 'higashiyama'],
		['さくらがおか', 'sakuragaoka'],
		['なんぶ', 'nanbu'],
		['ほくぶ', 'hokubu'],
		['まつかぜ', 'matsukaze'],
		['かわはら', 'kawahara'],
		// Long vowels written once.
		['とうきょう', 'tokyo'],
		['おおさか', 'osaka'],
		['おおの', 'ono'],
		['じょうとう', 'joto'],
		['ゆうき', 'yuki'],
		['くうこう', 'kuko'],
		// ei and ii stay; a-o is not a long vowel.
		['めいじ', 'meiji'],
		['にいがた', 'niigata'],
		['あおい', 'aoi'],
		// Digraphs.
		['きゃ きゅ きょ', 'kya-kyu-kyo'],
		['しゃしゅしょ', 'shashusho'],
		['ちゃちゅちょ', 'chachucho'],
		['じゃじゅじょ', 'jajujo'],
		['りょくち', 'ryokuchi'],
		['ぢ づ', 'ji-zu'],
		// Small vowels in loanwords.
		['ふぁみりー', 'famiri'],
		['てぃー', 'ti'],
		['うぃんど', 'windo'],
		['しぇあ', 'shea'],
		// っ doubles the next consonant, tch before ch.
		['がっこう', 'gakko'],
		['まっちゃ', 'matcha'],
		['さっぽろ', 'sapporo'],
		['ほっかいどう', 'hokkaido'],
		// ん before a vowel or y is n-.
		['しんおおさか', 'shin-osaka'],
		['けんいき', 'ken-iki'],
		['こんや', 'kon-ya'],
		['しんばし', 'shinbashi'],
		// ゐ ゑ を ゔ.
		['ゐゑを', 'ieo'],
		['ゔぃれっじ', 'virejji'],
	])('%s → %s', (kana, roma) => expect(romanize(kana)).toBe(roma));

	test('katakana and half-width katakana are read as hiragana', () => {
		expect(romanize('アオバ')).toBe('aoba');
		expect(romanize('ｱｵﾊﾞ')).toBe('aoba');
		expect(toHiragana('ヨドガワク')).toBe('よどがわく');
		expect(toHiragana('ヴ')).toBe('ゔ');
	});
	test('ASCII letters and digits are kept, other characters dropped', () => {
		expect(romanize('だい2しょうがっこう')).toBe('dai2shogakko');
		expect(romanize('ＡＢＣ・ひがし')).toBe('abc-higashi');
		expect(romanize('青葉')).toBe('');
	});
});

describe('ids', () => {
	test('the reading of the name ending is dropped', () => {
		expect(idFromYomi('あおばしょうがっこうく', '青葉小学校区')).toBe('aoba');
		expect(idFromYomi('よどがわく', '淀川区')).toBe('yodogawa');
		expect(idFromYomi('ちゅうおうく', '中央区')).toBe('chuo');
		expect(idFromYomi('ひだまりし', 'ひだまり市')).toBe('hidamari');
		expect(idFromYomi('ほくぶけんいき', '北部圏域')).toBe('hokubu');
		expect(idFromYomi('カワイダイイチショウガッコウク', '河合第一小学校区')).toBe('kawaidaiichi');
	});
	test('nothing is dropped when the name does not end that way, or nothing would be left', () => {
		expect(idFromYomi('あおばく', '青葉')).toBe('aobaku');
		expect(idFromYomi('く', '区')).toBe('ku');
	});
	test('slugify keeps lowercase ASCII, digits and single hyphens', () => {
		expect(slugify(' B129-2201 00012 ')).toBe('b129-2201-00012');
		expect(slugify('Ｓｃｈｏｏｌ＿１')).toBe('school-1');
		expect(slugify('--a--b--')).toBe('a-b');
		expect(slugify('学校')).toBe('');
	});
});
