import { describe, expect, test } from 'vitest';
import { LIMITS } from './limits.ts';
import { blockDepth, bodyNestingProblem, yamlNestingProblem } from './nesting.ts';

const N = LIMITS.nestingDepth;

describe('block depth of a line', () => {
	test.each([
		['text', 0],
		['> quote', 1],
		['> > > quote', 3],
		['>>> quote', 3],
		['- item', 1],
		['  - nested item', 2],
		['    1. deeper', 3],
		['> - > - x', 4],
		['- - - x', 3],
		['-x is not a list', 0],
		['2026年 の話', 0],
	])('%s → %i', (line, depth) => expect(blockDepth(line)).toBe(depth));
});

describe('nesting of a body', () => {
	test('up to the limit passes; one level more is refused with its line', () => {
		expect(bodyNestingProblem(`本文\n\n${'>'.repeat(N)} x`, 'md')).toBeUndefined();
		expect(bodyNestingProblem(`本文\n\n${'>'.repeat(N + 1)} x`, 'md')).toEqual({
			line: 3,
			message: expect.stringContaining('引用・箇条書きの入れ子が深すぎます'),
		});
	});
	test('emphasis opened and not closed counts; closed pairs in Japanese text do not add up', () => {
		expect(bodyNestingProblem(`${'*'.repeat(2 * N + 2)}x${'*'.repeat(2 * N + 2)}`, 'md')?.message).toContain('強調');
		expect(
			bodyNestingProblem(Array.from({ length: 200 }, (_, i) => `これは**太字${i}**で、_強調_と~~取り消し~~です。`).join(''), 'md'),
		).toBeUndefined();
		expect(bodyNestingProblem('snake_case_name と 2 * 3 * 4', 'md')).toBeUndefined();
	});
	test('a paragraph break ends what emphasis left open', () => {
		const openers = Array.from({ length: N }, () => '*a').join(' ');
		expect(bodyNestingProblem(`${openers}\n\n${openers}`, 'md')).toBeUndefined();
		expect(bodyNestingProblem(`${openers} ${openers}`, 'md')).toBeDefined();
	});
	test('in MDX, components and brackets count; in Markdown they are text', () => {
		const components = `${'<Decision>'.repeat(N + 1)}x${'</Decision>'.repeat(N + 1)}`;
		expect(bodyNestingProblem(components, 'mdx')?.message).toContain('部品');
		expect(bodyNestingProblem(components, 'md')).toBeUndefined();
		expect(bodyNestingProblem(`{${'('.repeat(N + 1)}1${')'.repeat(N + 1)}}`, 'mdx')?.message).toContain('かっこ');
		expect(bodyNestingProblem('<Decision>\n決まったこと\n</Decision>\n\n<Photo src="/photos/a.jpg" alt="写真" />', 'mdx')).toBeUndefined();
	});
	test('a backslash escapes a delimiter', () => {
		expect(bodyNestingProblem(`${'\\*'.repeat(100)}x`, 'md')).toBeUndefined();
	});
});

describe('nesting of YAML flow collections', () => {
	test('a boundary nests four levels and passes; brackets in quotes and comments do not count', () => {
		expect(yamlNestingProblem('coordinates: [[[[135.1, 34.2], [135.2, 34.3]]]]')).toBeUndefined();
		expect(yamlNestingProblem(`note: "${'['.repeat(100)}"\n# ${'{'.repeat(100)}\nname: 'a[[[['`)).toBeUndefined();
	});
	test('[ and { count together: the limit mixed passes, one more is refused', () => {
		const mixed = (n: number) => Array.from({ length: n }, (_, i) => (i % 2 ? '{a: ' : '[')).join('');
		expect(yamlNestingProblem(`list: ${mixed(N)}`)).toBeUndefined();
		expect(yamlNestingProblem(`name: a\n\nlist: ${mixed(N + 1)}`)?.line).toBe(3);
	});
	test('one level over the limit is refused with its line', () => {
		expect(yamlNestingProblem(`name: a\nlist: ${'['.repeat(N + 1)}${']'.repeat(N + 1)}`)).toEqual({
			line: 2,
			message: expect.stringContaining('[ ] や { } の入れ子が深すぎます'),
		});
	});
});
