/**
 * How deeply a text nests, measured on the text itself before any parser sees it. The Markdown and MDX
 * processors build a tree as deep as the text nests, and the code that walks it (the check's, the build's,
 * Astro's) recurses: 19,000 nested `>` ended both the check and the build with `RangeError: Maximum call stack
 * size exceeded`, and 9,000 nested brackets in an MDX expression end the process without a word. So the depth is
 * measured first, in one linear pass, and a text deeper than LIMITS.nestingDepth never reaches a parser.
 *
 * The measure is deliberately generous to the attacker's side (it may count a level the parser would not build,
 * never the other way round): it does not skip code blocks, since a fence that is not one (inside an HTML block,
 * a backtick in its info string) would otherwise hide what follows.
 *   - blocks: per line, the `>`, list markers (`-`, `*`, `+`, `1.`, `1)`) at its start, and half its indentation;
 *   - inline: per paragraph, the emphasis (`*`, `_`) and strikethrough (`~`) runs still open;
 *   - MDX: components (`<Decision>` inside `<Decision>`) still open, and brackets `( [ {` still open.
 */
import { LIMITS } from './limits.ts';

export interface NestingProblem {
	/** 1-based line within the text. */
	line: number;
	message: string;
}

const tooDeep = (
	line: number,
	what: string,
	advice = '引用（>）・箇条書き・強調（** や _）などを重ねすぎていないか確かめてください',
): NestingProblem => ({
	line,
	message: `${what}の入れ子が深すぎます（${LIMITS.nestingDepth}段まで）。${advice}`,
});

/** The containers a line opens at its start: `>`, list markers, and half its leading indentation. */
export function blockDepth(line: string): number {
	let depth = 0;
	let at = 0;
	let indent = 0;
	while (at < line.length && (line[at] === ' ' || line[at] === '\t')) indent += line[at++] === '\t' ? 4 : 1;
	depth += Math.floor(indent / 2);
	for (;;) {
		while (line[at] === ' ' || line[at] === '\t') at++;
		const rest = line.slice(at, at + 12);
		const marker = /^(>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/.exec(rest);
		if (!marker) return depth;
		depth++;
		at += marker[0].length;
	}
}

const SPACE = /\s/;

/** Inline nesting across one paragraph: emphasis and strikethrough runs opened and not yet closed. */
class InlineDepth {
	private open: number[] = [];
	private total = 0;
	get depth(): number {
		return this.total;
	}
	reset(): void {
		this.open = [];
		this.total = 0;
	}
	/** A run of `char` of `length` characters, between `before` and `after` ('' at a line's edge). */
	run(char: string, length: number, before: string, after: string): void {
		const levels = char === '~' ? 1 : Math.ceil(length / 2);
		const opens = after !== '' && !SPACE.test(after);
		const closes = before !== '' && !SPACE.test(before);
		if (closes && this.open.length > 0) this.total -= this.open.pop()!;
		else if (opens) {
			this.open.push(levels);
			this.total += levels;
		}
	}
}

/** The first place `body` nests deeper than LIMITS.nestingDepth, or undefined. */
export function bodyNestingProblem(body: string, format: 'md' | 'mdx'): NestingProblem | undefined {
	const limit = LIMITS.nestingDepth;
	const inline = new InlineDepth();
	let components = 0;
	let brackets = 0;
	const lines = body.split('\n');
	for (let index = 0; index < lines.length; index++) {
		const line = lines[index]!;
		if (line.trim() === '') inline.reset();
		const block = blockDepth(line);
		if (block > limit) return tooDeep(index + 1, '引用・箇条書き');
		for (let at = 0; at < line.length; at++) {
			const char = line[at]!;
			if (char === '\\') {
				at++;
				continue;
			}
			if (char === '*' || char === '_' || char === '~') {
				let end = at;
				while (line[end + 1] === char) end++;
				inline.run(char, end - at + 1, line[at - 1] ?? '', line[end + 1] ?? '');
				at = end;
				if (block + inline.depth + components > limit) return tooDeep(index + 1, '強調（** や _ や ~~）');
				continue;
			}
			if (format !== 'mdx') continue;
			if (char === '<') {
				if (line[at + 1] === '/') components = Math.max(0, components - 1);
				else if (/[A-Za-z]/.test(line[at + 1] ?? '')) components++;
				if (block + inline.depth + components > limit) return tooDeep(index + 1, '部品（<…>）');
			} else if (char === '/' && line[at + 1] === '>') components = Math.max(0, components - 1);
			else if (char === '(' || char === '[' || char === '{') {
				if (++brackets > limit)
					return tooDeep(index + 1, 'かっこ（( [ {）', 'かっこの重なりを減らしてください（MDX では { } は使えません）');
			} else if (char === ')' || char === ']' || char === '}') brackets = Math.max(0, brackets - 1);
		}
	}
	return undefined;
}

/** How many `[` and `{` the text holds, counted up to `enough`. */
function openingBrackets(text: string, enough: number): number {
	let count = 0;
	for (const bracket of ['[', '{']) {
		for (let at = text.indexOf(bracket); at !== -1 && count < enough; at = text.indexOf(bracket, at + 1)) count++;
	}
	return count;
}

/**
 * The first place YAML flow collections (`[ ]`, `{ }`) nest deeper than LIMITS.nestingDepth, or undefined.
 * Quoted strings and comments are skipped; a bracket inside plain text counts, which only errs on the safe side.
 */
export function yamlNestingProblem(source: string): NestingProblem | undefined {
	if (openingBrackets(source, LIMITS.nestingDepth + 1) <= LIMITS.nestingDepth) return undefined; // too few to nest too deep
	let depth = 0;
	let quote: string | undefined;
	let line = 1;
	for (let at = 0; at < source.length; at++) {
		const char = source[at]!;
		if (char === '\n') {
			line++;
			if (quote === undefined) continue;
		}
		if (quote !== undefined) {
			if (quote === '"' && char === '\\') at++;
			else if (char === quote) quote = undefined;
			continue;
		}
		if (char === '#' && (at === 0 || SPACE.test(source[at - 1]!))) {
			while (at + 1 < source.length && source[at + 1] !== '\n') at++;
		} else if (char === '"' || char === "'") {
			if (at === 0 || /[\s[{,:]/.test(source[at - 1]!)) quote = char;
		} else if (char === '[' || char === '{') {
			if (++depth > LIMITS.nestingDepth) return { line, message: `[ ] や { } の入れ子が深すぎます（${LIMITS.nestingDepth}段まで）` };
		} else if (char === ']' || char === '}') depth = Math.max(0, depth - 1);
	}
	return undefined;
}
