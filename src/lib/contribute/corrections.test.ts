import { describe, expect, test } from 'vitest';
import { afternoonEnd, hiraganaReading, plainMessage } from './corrections.ts';
import { phoneWithHyphens } from './phone-format.ts';

describe('corrections of what residents type', () => {
	test('katakana and half-width kana in よみがな become hiragana', () => {
		expect(hiraganaReading('カワベリ ユウヒカフェ')).toBe('かわべり ゆうひかふぇ');
		expect(hiraganaReading('ｶﾜﾍﾞﾘ ｻﾛﾝ')).toBe('かわべり さろん');
		expect(hiraganaReading('いきいきサロン')).toBe('いきいきさろん');
	});
	test('an end time before an afternoon start is read in the afternoon', () => {
		expect(afternoonEnd('13:30', '03:00')).toBe('15:00');
		expect(afternoonEnd('13:00', '04:30')).toBe('16:30');
		expect(afternoonEnd('13:30', '15:00')).toBeUndefined();
		expect(afternoonEnd('10:00', '03:00')).toBeUndefined();
		expect(afternoonEnd('14:00', '01:00')).toBeUndefined();
	});
	test('messages lose the English keys written for file authors', () => {
		expect(plainMessage('終わる時刻（end）は始まる時刻（start）より後にしてください')).toBe('終わる時刻は始まる時刻より後にしてください');
		expect(plainMessage('連絡の方法（tel・email・url）を少なくとも1つ書いてください')).toBe('連絡の方法を少なくとも1つ書いてください');
		expect(plainMessage('よみがなは ひらがな で書いてください（例: いきいきさろん）')).toBe(
			'よみがなは ひらがな で書いてください（例: いきいきさろん）',
		);
	});
	test('phone numbers typed as digits get the hyphens of the numbering plan', () => {
		expect(phoneWithHyphens('0728411221')).toBe('072-841-1221');
		expect(phoneWithHyphens('０７２８４１１２２１')).toBe('072-841-1221');
		expect(phoneWithHyphens('09012345678')).toBe('090-1234-5678');
		expect(phoneWithHyphens('0312345678')).toBe('03-1234-5678');
		expect(phoneWithHyphens('0120123456')).toBe('0120-123-456');
		// Not a number of the plan, or already hyphenated: left for the schema to judge.
		expect(phoneWithHyphens('072-841-1221')).toBe('072-841-1221');
		expect(phoneWithHyphens('12345')).toBe('12345');
	});
});
