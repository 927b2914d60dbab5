import { describe, expect, test } from 'vitest';
import { findPrivateData } from './privacy.ts';

const known = new Set(['000-201-1001']);
const found = (text: string) => findPrivateData(text, known).map((f) => `${f.line}: ${f.message}`);

describe('private data in reports and local issues', () => {
	test.each([
		['a private phone number', '相談: 090-1234-5678 まで', '1: 電話番号 090-1234-5678 は、このサイトの団体・窓口の番号ではありません'],
		['a full-width phone number', '０９０－１２３４－５６７８', '電話番号 090-1234-5678'],
		['a house address', '\n青葉町3丁目2-15 にお住まいの方', '2: 番地まである住所'],
		['a surname with さん', '山田さんから相談があった', '1: 「山田さん」は個人の名前ではありませんか'],
		['a name with 様', '佐藤様のお宅', '1: 「佐藤様」は個人の名前'],
		['a name in katakana', 'スズキさんが来た', '「スズキさん」'],
	])('%s', (_name, text, expected) => {
		expect(found(text).join('\n')).toContain(expected);
	});
	test("an organisation's number, generic words and honorific look-alikes pass", () => {
		expect(found('北部包括 000-201-1001。皆さん、利用者さん、参加者の様子、様式、たくさん、お母さん、住民の皆様')).toEqual([]);
	});
});

describe('a zero-width or control character does not hide private data', () => {
	test.each([
		['a name split by a zero-width space', '山\u200b田さんから相談', '「山田さん」'],
		['a name followed by a zero-width joiner before さん', '山田\u200dさんから', '「山田さん」'],
		['a phone number split by a word joiner', '090-1234\u2060-5678', '090-1234-5678'],
		['a phone number in full-width digits with a bidi mark', '０９０\u200e-１２３４-５６７８', '090-1234-5678'],
	])('%s', (_name, text, expected) => {
		expect(
			findPrivateData(text, new Set())
				.map((f) => f.message)
				.join('\n'),
		).toContain(expected);
	});
});
