import { describe, expect, test } from 'vitest';
import { comparable, describeCharacter, forbiddenCharacter, stripForbidden, textProblem } from './text-policy.ts';

/** One character of each class the policy covers. */
const CLASSES: [string, string][] = [
	['NUL', '\u0000'],
	['bare CR', '\r'],
	['vertical tab', '\u000b'],
	['escape', '\u001b'],
	['DEL', '\u007f'],
	['C1 NEL', '\u0085'],
	['C1 CSI', '\u009b'],
	['right-to-left override', '\u202e'],
	['left-to-right embedding', '\u202a'],
	['first strong isolate', '\u2068'],
	['pop directional isolate', '\u2069'],
	['right-to-left mark', '\u200f'],
	['arabic letter mark', '\u061c'],
	['zero-width space', '\u200b'],
	['zero-width joiner', '\u200d'],
	['word joiner', '\u2060'],
	['BOM inside text', '\ufeff'],
	['interlinear annotation', '\ufff9'],
];

describe('the text policy', () => {
	test.each(CLASSES)('refuses a %s anywhere, naming it', (_name, char) => {
		expect(forbiddenCharacter(`青葉${char}サロン`, false)).toBe(char);
		expect(textProblem(`青葉${char}サロン`, false)).toMatch(/^見えない文字・制御文字 .+（U\+[0-9A-F]{4}）が入っています/);
	});
	test.each([
		['line feed', '\n'],
		['tab', '\t'],
		['line separator', '\u2028'],
		['paragraph separator', '\u2029'],
	])('refuses a %s in a one-line field only', (_n, char) => {
		expect(forbiddenCharacter(`a${char}b`, true)).toBe(char);
		expect(forbiddenCharacter(`a${char}b`, false)).toBeUndefined();
	});
	test('a line break in a one-line field has its own message', () => {
		expect(textProblem('SUMMARY\nX-EVIL:1', true)).toBe('この項目は1行で書いてください（改行は使えません）');
	});
	test('Japanese text, emoji with variation selectors and full-width spaces pass', () => {
		for (const ok of ['青葉団地 いきいきサロン', '第２・第４水曜　１３：３０', '☕️ カフェ', 'ｽﾏﾎ教室', '①〜⑥'])
			expect(forbiddenCharacter(ok, true), ok).toBeUndefined();
	});
	test('names the character by code point', () => {
		expect(describeCharacter('\u202e')).toBe('向きの上書き（右から左）（U+202E）');
		expect(describeCharacter('\u0001')).toBe('制御文字（U+0001）');
	});
	test('comparable text: NFKC, invisible characters gone', () => {
		expect(comparable('青葉\u200bｻﾛﾝ\u202e')).toBe(comparable('青葉サロン'));
	});
	test('stripping for exports: a CR becomes a line feed, or a space in a one-line value', () => {
		expect(stripForbidden('a\rb\u202ec', false)).toBe('a\nbc');
		expect(stripForbidden('a\r\nb', true)).toBe('a b');
	});
});
