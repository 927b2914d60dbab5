import { describe, expect, test } from 'vitest';
import { FrontmatterError, parseContentFile } from './frontmatter.ts';

describe('front matter is read as the build reads it, and never run', () => {
	test('10:30 stays a time and 0123 a decimal number (YAML 1.2 core), not 630 and 83 (YAML 1.1)', () => {
		const { data } = parseContentFile('---\nstart: 10:30\ncode: 0123\n---\nbody');
		expect(data).toEqual({ start: '10:30', code: 123 });
	});
	test('---js front matter is refused without being evaluated', () => {
		(globalThis as Record<string, unknown>)['pwned'] = false;
		expect(() => parseContentFile('---js\n{ name: (globalThis.pwned = true) }\n---\n')).toThrow(FrontmatterError);
		expect((globalThis as Record<string, unknown>)['pwned']).toBe(false);
	});
	test('YAML tags are refused, with their line: content is plain data', () => {
		for (const tag of ['!!js/function "function () { return 1 }"', '!!binary aGVsbG8=', '!custom x', '!!str 12']) {
			const error = (() => {
				try {
					parseContentFile(`---\nname: a\nx: ${tag}\n---\n`);
				} catch (e) {
					return e as FrontmatterError;
				}
				return undefined;
			})();
			expect(error, tag).toBeInstanceOf(FrontmatterError);
			expect(error!.message).toMatch(/YAML のタグ（!.*）は使えません/);
			expect(error!.line).toBe(3);
		}
	});
	test('anchors and aliases are refused ("billion laughs" would expand into gigabytes)', () => {
		const laughs =
			'---\na: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n---\n';
		expect(() => parseContentFile(laughs)).toThrow(/YAML のアンカー（&a）は使えません/);
		expect(() => parseContentFile('---\nname: x\nalias: *b\n---\n')).toThrow(FrontmatterError);
	});
	test('an excerpt_separator that cannot be made text is a YAML mistake of the file, as gray-matter had it; text is kept as data', () => {
		expect(() => parseContentFile('---\nname: a\nexcerpt_separator: {toString: 1}\n---\nbody\n')).toThrow(
			/^YAML の書き方に誤りがあります: Cannot convert object to primitive value$/,
		);
		expect(parseContentFile('---\nname: a\nexcerpt_separator: "<!--more-->"\n---\nbody\n').data).toEqual({
			name: 'a',
			excerpt_separator: '<!--more-->',
		});
	});
	test('dates stay as written, quoted or not, so the schema sees 2026-02-30 and 0026-11-01 themselves', () => {
		const { data } = parseContentFile('---\na: 2026-02-30\nb: "2026-02-30"\nc: 0026-11-01\nd: 2026-11-01T10:00:00Z\n---\n');
		expect(data).toEqual({ a: '2026-02-30', b: '2026-02-30', c: '0026-11-01', d: '2026-11-01T10:00:00Z' });
	});
	test('a duplicate key is refused with its line', () => {
		expect(() => parseContentFile('---\nname: a\nname: b\n---\n')).toThrow(/同じ項目名が2回/);
	});
	test('a file over the size limit is refused before it is parsed', () => {
		expect(() => parseContentFile(`---\nname: a\n---\n${'あ'.repeat(120 * 1024)}`)).toThrow(/ファイルが大きすぎます/);
	});
	test('a BOM and Windows line ends are accepted', () => {
		const { data, body } = parseContentFile('\uFEFF---\r\nname: サロン\r\n---\r\n本文\r\n');
		expect(data).toEqual({ name: 'サロン' });
		expect(body.trim()).toBe('本文');
	});
	test('broken YAML names the line', () => {
		try {
			parseContentFile('---\nname: a\nplace: [x\n---\n');
			expect.unreachable();
		} catch (e) {
			expect(e).toBeInstanceOf(FrontmatterError);
			expect((e as FrontmatterError).line).toBeGreaterThanOrEqual(3);
		}
	});
	test('the front matter text starts at line 2 of the file, so field lines are exact', () => {
		const { matter, bodyLine } = parseContentFile('---\nname: a\nyomi: b\n---\nbody');
		expect(matter.split('\n')[0]).toBe('name: a');
		expect(bodyLine).toBe(5);
	});
	test('a file without front matter is refused with a message', () => {
		expect(() => parseContentFile('# title')).toThrow(/1行目は --- に/);
	});
});
