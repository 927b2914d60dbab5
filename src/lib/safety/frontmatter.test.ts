import { describe, expect, test } from 'vitest';
import { FrontmatterError, parseContentFile } from './frontmatter.ts';

describe('front matter is read as the build reads it, and never run', () => {
	test('10:30 stays a time and 0123 a decimal number, as in Astro (js-yaml 4), not 630 and 83 (js-yaml 3)', () => {
		const { data } = parseContentFile('---\nstart: 10:30\ncode: 0123\n---\nbody');
		expect(data).toEqual({ start: '10:30', code: 123 });
	});
	test('---js front matter is refused without being evaluated', () => {
		(globalThis as Record<string, unknown>)['pwned'] = false;
		expect(() => parseContentFile('---js\n{ name: (globalThis.pwned = true) }\n---\n')).toThrow(FrontmatterError);
		expect((globalThis as Record<string, unknown>)['pwned']).toBe(false);
	});
	test('YAML tags that would build functions are refused', () => {
		expect(() => parseContentFile('---\nx: !!js/function "function () { return 1 }"\n---\n')).toThrow(/YAML の書き方に誤り/);
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
