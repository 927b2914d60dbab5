import matter from 'gray-matter';
import { describe, expect, test } from 'vitest';
import { blankFrontmatter, splitFrontmatter } from './split-frontmatter.ts';
import { FrontmatterError, parseContentFile } from './frontmatter.ts';

describe('splitFrontmatter: the --- fences', () => {
	test('the front matter runs from the end of the opening --- to the closing ---; the body follows its line break', () => {
		expect(splitFrontmatter('---\nname: a\n---\n本文\n')).toEqual({ matter: '\nname: a', body: '本文\n' });
	});
	test('line N of the front matter is line N of the file (line 1 is the rest of the opening line)', () => {
		const { matter: text } = splitFrontmatter('---\nname: a\nyomi: b\n---\nbody')!;
		expect(text.split('\n')).toEqual(['', 'name: a', 'yomi: b']);
	});
	test('without a closing --- (or without an opening one) there is no split', () => {
		expect(splitFrontmatter('---\nname: a\n')).toBeUndefined();
		expect(splitFrontmatter('---')).toBeUndefined();
		expect(splitFrontmatter('name: a\n---\nbody')).toBeUndefined();
	});
	test('empty front matter, and a file that ends at the closing ---', () => {
		expect(splitFrontmatter('---\n---\nbody')).toEqual({ matter: '', body: 'body' });
		expect(splitFrontmatter('---\nname: a\n---')).toEqual({ matter: '\nname: a', body: '' });
	});
	test('a --- in the body stays in the body: the first closing --- ends the front matter', () => {
		expect(splitFrontmatter('---\nname: a\n---\n上\n---\n下\n')).toEqual({ matter: '\nname: a', body: '上\n---\n下\n' });
	});
	test('a closing line with more after its --- still closes, the rest of the line starting the body', () => {
		expect(splitFrontmatter('---\nname: a\n----\nbody')).toEqual({ matter: '\nname: a', body: '-\nbody' });
		expect(splitFrontmatter('---\nname: a\n---x\nbody')).toEqual({ matter: '\nname: a', body: 'x\nbody' });
	});
	test('only one line break after the closing --- is dropped, so blank lines before the body count', () => {
		expect(splitFrontmatter('---\nname: a\n---\n\n\nbody')!.body).toBe('\n\nbody');
	});
});

describe('blankFrontmatter', () => {
	test('blank lines and # comments are no data; anything else is', () => {
		expect(blankFrontmatter('')).toBe(true);
		expect(blankFrontmatter('\n  \n')).toBe(true);
		expect(blankFrontmatter('\n# a comment\n  # another\n')).toBe(true);
		expect(blankFrontmatter('\nname: a # comment')).toBe(false);
		expect(blankFrontmatter('\n#')).toBe(false);
	});
});

/** What gray-matter (which split the files before) made of a file, for comparison. */
function grayMatterSplit(source: string) {
	const file = matter(source, { language: 'yaml', engines: { yaml: { parse: () => ({}), stringify: () => '' } } });
	return { matter: file.matter, body: file.content };
}

describe('the split is gray-matter’s, on every shape of fences', () => {
	const shapes = [
		'---\nname: a\n---\nbody',
		'---\nname: a\n---\n',
		'---\nname: a\n---',
		'---\n---\n',
		'---\n---',
		'---\n\n---\n\nbody\n',
		'--- \nname: a\n---\nbody',
		'---\t\nname: a\n---\nbody',
		'---\nname: a\n----\nbody',
		'---\nname: a\n--- \nbody',
		'---\nname: a\n---x\n---\nbody',
		'---\nname: a\n---\n---\nbody\n---\n',
		'---\na: "---"\nb: |\n  ---x\n---\nbody',
		'---\nname: a\n---\n\r\nbody',
		'---\nname: a\n---\r\nbody',
		'---\n# only a comment\n---\nbody',
	];
	for (const source of shapes) {
		test(JSON.stringify(source), () => {
			expect(splitFrontmatter(source)).toEqual(grayMatterSplit(source));
		});
	}
});

describe('parseContentFile on the split', () => {
	test('a BOM and CRLF line ends give the same front matter, body and lines as plain \\n', () => {
		const plain = parseContentFile('---\nname: サロン\n---\n本文\n2行目\n');
		expect(parseContentFile('\uFEFF---\r\nname: サロン\r\n---\r\n本文\r\n2行目\r\n')).toEqual(plain);
		expect(plain).toEqual({ data: { name: 'サロン' }, matter: 'name: サロン', body: '本文\n2行目\n', bodyLine: 4 });
	});
	test('a missing closing --- is the same message as before', () => {
		expect(() => parseContentFile('---\nname: a\nbody')).toThrow('front matter の終わりの --- が見つかりません');
	});
	test('empty front matter, comments only, or null is no data (the schema then names what is missing)', () => {
		expect(parseContentFile('---\n---\nbody').data).toEqual({});
		expect(parseContentFile('---\n# memo\n---\nbody').data).toEqual({});
		expect(parseContentFile('---\nnull\n---\nbody').data).toEqual({});
		expect(parseContentFile('---\n~\n---\nbody').data).toEqual({});
	});
	test('front matter that is a list or a value is refused at line 2', () => {
		for (const yaml of ['- a\n- b', 'just text', '12']) {
			try {
				parseContentFile(`---\n${yaml}\n---\nbody`);
				expect.unreachable();
			} catch (error) {
				expect(error).toBeInstanceOf(FrontmatterError);
				expect((error as FrontmatterError).message).toBe('front matter は「項目名: 値」の形で書いてください');
				expect((error as FrontmatterError).line).toBe(2);
			}
		}
	});
	test('the body starts on the line after the closing ---, wherever the front matter has blank lines', () => {
		const parsed = parseContentFile('---\n\nname: a\n\n---\n本文');
		expect(parsed.bodyLine).toBe(6);
		expect(parsed.body).toBe('本文');
		expect(parsed.matter.split('\n')[1]).toBe('name: a');
	});
	test('a YAML mistake names the file’s own line', () => {
		try {
			parseContentFile('---\nname: a\nplace: [x\n---\n');
			expect.unreachable();
		} catch (error) {
			expect((error as FrontmatterError).line).toBeGreaterThanOrEqual(3);
		}
	});
});
