import { describe, expect, test } from 'vitest';
import { parseContentFile } from './frontmatter.ts';
import { commonMistake, fullWidthIndent, placeholders } from './yaml-mistakes.ts';

/** The message and line the check gives for a file, as a volunteer would see it. */
const said = (matter: string) => {
	try {
		parseContentFile(`---\n${matter}\n---\n本文`);
		return 'ok';
	} catch (e) {
		return `${(e as { line?: number }).line}: ${(e as Error).message}`;
	}
};

describe('YAML mistakes named in Japanese, on their own line', () => {
	test.each([
		[
			'a full-width colon after a key',
			'name: a\nyomi：あ\nstatus: 活動中',
			'3: YAML の書き方に誤りがあります: 項目名のあとのコロンが全角の「：」です',
		],
		[
			'a full-width space in the indentation',
			'contact:\n  name: a\n　 tel: 000-000-0000',
			'4: YAML の書き方に誤りがあります: 字下げ（行の始めの空白）に全角スペースが入っています',
		],
		['a tab in the indentation', 'contact:\n\tname: a', '3: YAML の書き方に誤りがあります: 字下げ（行の始めの空白）にタブが入っています'],
		[
			'a colon inside an unquoted value',
			'name: a\nhow_to_apply: 受付: 平日のみ\nstatus: 活動中',
			'3: YAML の書き方に誤りがあります: 値の中に「: 」があります',
		],
		['an unclosed quote', 'name: "青葉サロン\nyomi: あ\nstatus: 活動中', '2: YAML の書き方に誤りがあります: 引用符（"）が閉じていません'],
		[
			'a template placeholder left in',
			'name: a\narea: {{area}}\nstatus: 活動中',
			'3: ひな形の「{{area}}」がそのまま残っています。地域の id（content/areas/ のファイル名。例: aoba）に書きかえてください',
		],
	])('%s', (_name, matter, expected) => {
		expect(said(matter)).toContain(expected);
	});
	test('correct YAML with colons in quoted values, times and URLs passes', () => {
		expect(said('name: "受付: 9時"\nstart: 10:30\nurl: https://example.jp/a\nnote: 9:00〜17:00')).toBe('ok');
		expect(commonMistake('url: https://example.jp\nstart: 10:00', undefined)).toBeUndefined();
		expect(placeholders('# {{area}} はコメントの中\nname: a')).toEqual([]);
	});
	test('a key indented with a full-width space is named with its line; a full-width space in a value is not', () => {
		expect(fullWidthIndent('name: a\ncontact:\n\u3000 tel: 000')?.line).toBe(3);
		expect(fullWidthIndent('name: 青葉\u3000サロン\nplace:\n  name: 会館')).toBeUndefined();
		expect(placeholders('name: a\narea: {{ area }}').map((p) => p.line)).toEqual([2]);
	});
});
