/**
 * Reads a content file's front matter the way the build does, without ever running it.
 *
 * Astro parses front matter with js-yaml 4's `load` (YAML 1.2 core schema: `10:30` stays the string "10:30",
 * `0123` is the number 123, no `!!js/function`). gray-matter bundles js-yaml 3, which reads `10:30` as the
 * sexagesimal number 630, and it evaluates `---js` front matter with `eval`. So gray-matter gets js-yaml 4 as
 * its YAML engine and every other engine refuses.
 */
import matter from 'gray-matter';
import yaml from 'js-yaml';

export class FrontmatterError extends Error {
	readonly line: number | undefined;
	constructor(message: string, line?: number) {
		super(message);
		this.line = line;
	}
}

const refuse = (language: string) => () => {
	throw new FrontmatterError(`「---${language}」の front matter は使えません。1行目は --- だけにして、YAML で書いてください`, 1);
};

const engines = {
	yaml: {
		parse: (source: string) => yaml.load(source) as object,
		stringify: () => {
			throw new Error('not used');
		},
	},
	js: refuse('js'),
	javascript: refuse('javascript'),
	coffee: refuse('coffee'),
	coffeescript: refuse('coffeescript'),
	cson: refuse('cson'),
	toml: refuse('toml'),
	json: refuse('json'),
};

export interface ParsedFile {
	/** The front matter as data (an object). */
	data: Record<string, unknown>;
	/** The raw front matter text, for locating fields. */
	matter: string;
	/** The Markdown body. */
	body: string;
	/** Line number (1-based) in the file where the body starts. */
	bodyLine: number;
}

/** Normalises what editors add (a BOM, CRLF line ends) and parses the front matter. */
export function parseContentFile(text: string): ParsedFile {
	const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	if (!source.startsWith('---')) {
		throw new FrontmatterError('ファイルの1行目は --- にしてください（front matter が見つかりません）', 1);
	}
	const firstLine = source.slice(0, source.indexOf('\n') === -1 ? source.length : source.indexOf('\n'));
	const language = firstLine.slice(3).trim();
	if (language) refuse(language)();
	let parsed: matter.GrayMatterFile<string>;
	try {
		parsed = matter(source, { engines, language: 'yaml' });
	} catch (error) {
		if (error instanceof FrontmatterError) throw error;
		const mark = (error as { mark?: { line?: number } }).mark;
		const reason = (error as { reason?: string }).reason ?? (error as Error).message;
		throw new FrontmatterError(`YAML の書き方に誤りがあります: ${reason}（コロンの後の空白、字下げ、引用符の閉じ忘れを確かめてください）`, mark?.line === undefined ? undefined : mark.line + 2);
	}
	if (source.indexOf('\n---', 3) === -1) {
		throw new FrontmatterError('front matter の終わりの --- が見つかりません', undefined);
	}
	const data = parsed.data;
	if (typeof data !== 'object' || data === null || Array.isArray(data)) {
		throw new FrontmatterError('front matter は「項目名: 値」の形で書いてください', 2);
	}
	// gray-matter keeps the line break that follows the opening ---; drop it so line 1 of `matter` is line 2 of the file.
	const matterText = parsed.matter.replace(/^\n/, '');
	return { data: data as Record<string, unknown>, matter: matterText, body: parsed.content, bodyLine: matterText.split('\n').length + 3 };
}
