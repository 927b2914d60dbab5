/**
 * Reads a content file's front matter, for the check and (through the loader, src/lib/safety/content-loader.ts)
 * for the build alike, without ever running it.
 *
 * - The file is split at its `---` fences (split-frontmatter.ts, where gray-matter split it); a language after the
 *   opening `---` (`---js`, `---coffee` …: gray-matter's code-running engines) is refused.
 * - The YAML is read by the `yaml` package with the YAML 1.2 core schema: `10:30` stays the string "10:30",
 *   `0123` is 123, and dates stay as written (`2026-02-30` is the string, refused by the schema, never rolled
 *   over to 2 March; `0026-11-01` is not read as 1926).
 * - Anchors and aliases are refused (a few lines of aliases can expand into gigabytes: "billion laughs"),
 *   and so is every explicit tag (`!!js/function`, `!!binary`, `!custom`): content is plain data.
 * - Duplicate keys are refused.
 * - Plain front matter (most files) is read the quick way (quick-yaml.ts: js-yaml, about eight times faster, on
 *   text where the two readings cannot differ); anything else is read by `yaml` as above, which gives every message.
 */
import { LineCounter, parseDocument, visit } from 'yaml';
import { LIMITS, kib } from './limits.ts';
import { yamlNestingProblem } from './nesting.ts';
import { commonMistake, fullWidthIndent, placeholders } from './yaml-mistakes.ts';
import { quickYaml } from './quick-yaml.ts';
import { blankFrontmatter, splitFrontmatter } from './split-frontmatter.ts';

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

/** What the common YAML mistakes mean, in words a volunteer can act on. */
const YAML_ERRORS: Record<string, string> = {
	BAD_INDENT: '字下げ（行の始めの空白）がそろっていません',
	BLOCK_AS_IMPLICIT_KEY: '項目名のうしろの「:」か、字下げを確かめてください',
	DUPLICATE_KEY: '同じ項目名が2回書かれています',
	MISSING_CHAR: '閉じかっこ（] や }）か、引用符（" や \'）の閉じ忘れがあります',
	MULTILINE_IMPLICIT_KEY: '項目名のうしろの「:」を忘れているか、値が次の行にはみ出しています',
	MULTIPLE_DOCS: '--- が多すぎます（front matter は最初の --- と次の --- のあいだだけです）',
	TAB_AS_INDENT: '字下げにタブが使われています。半角スペースにしてください',
	UNEXPECTED_TOKEN: '書き方が読めない文字があります',
	BAD_SCALAR_START: '値の最初の文字が使えません（「-」「:」「[」などで始まる値は "" で囲んでください）',
	BAD_DQ_ESCAPE: '"" の中の \\ の使い方が正しくありません',
	MULTIPLE_ANCHORS: '& は使えません',
	MULTIPLE_TAGS: '! は使えません',
	BLOCK_IN_FLOW: '[ ] や { } の中で改行しています',
	RESOURCE_EXHAUSTION: '入れ子（字下げや [ ] { } の重なり）が深すぎて読めません',
};

/**
 * Parses YAML as content data: core schema, no anchors, aliases or tags, no duplicate keys.
 * Throws FrontmatterError with the line within the YAML text (1-based).
 */
export function parseYamlData(source: string): unknown {
	const [placeholder] = placeholders(source);
	if (placeholder) throw new FrontmatterError(placeholder.message, placeholder.line);
	const indent = fullWidthIndent(source);
	if (indent) throw new FrontmatterError(`YAML の書き方に誤りがあります: ${indent.message}`, indent.line);
	const deep = yamlNestingProblem(source);
	if (deep) throw new FrontmatterError(`YAML の書き方に誤りがあります: ${deep.message}`, deep.line);
	return quickYaml(source) ?? readYamlFully(source);
}

/** The full reading: `yaml`'s document model, for the refusals and for messages that name the file's own line. */
export function readYamlFully(source: string): unknown {
	const lineCounter = new LineCounter();
	const doc = parseDocument(source, { schema: 'core', uniqueKeys: true, prettyErrors: false, lineCounter, merge: false, strict: true });
	const lineOf = (offset: number | undefined) => (offset === undefined ? undefined : lineCounter.linePos(offset).line);
	const error = doc.errors[0];
	if (error) {
		// The parser often names a line after the mistake, and in its own terms: look for the usual causes first.
		const mistake = commonMistake(source, lineOf(error.pos[0]));
		if (mistake) throw new FrontmatterError(`YAML の書き方に誤りがあります: ${mistake.message}`, mistake.line);
		const reason = YAML_ERRORS[error.code] ?? 'YAML として読めません';
		throw new FrontmatterError(
			`YAML の書き方に誤りがあります: ${reason}（コロンの後の空白、字下げ、引用符の閉じ忘れを確かめてください）`,
			lineOf(error.pos[0]),
		);
	}
	let refused: { message: string; line: number | undefined } | undefined;
	visit(doc, {
		Alias(_key, node) {
			refused ??= { message: `YAML の別名（*${node.source}）は使えません。値をそのまま書いてください`, line: lineOf(node.range?.[0]) };
			return visit.BREAK;
		},
		Node(_key, node) {
			if (node.anchor)
				refused ??= {
					message: `YAML のアンカー（&${node.anchor}）は使えません。値をそのまま書いてください`,
					line: lineOf(node.range?.[0]),
				};
			// The core schema sets a tag only where the source wrote one.
			else if (node.tag)
				refused ??= { message: `YAML のタグ（${shortTag(node.tag)}）は使えません。値だけを書いてください`, line: lineOf(node.range?.[0]) };
			return refused ? visit.BREAK : undefined;
		},
	});
	if (refused) throw new FrontmatterError(refused.message, refused.line);
	return doc.toJS({ maxAliasCount: 0 });
}

const shortTag = (tag: string) => tag.replace('tag:yaml.org,2002:', '!!');

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
	if (text.length > LIMITS.fileBytes) {
		throw new FrontmatterError(
			`ファイルが大きすぎます（${kib(Buffer.byteLength(text))}、${kib(LIMITS.fileBytes)}まで）。長い文章は分けてください`,
			undefined,
		);
	}
	const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	if (!source.startsWith('---')) {
		throw new FrontmatterError('ファイルの1行目は --- にしてください（front matter が見つかりません）', 1);
	}
	const firstLine = source.slice(0, source.indexOf('\n') === -1 ? source.length : source.indexOf('\n'));
	const language = firstLine.slice(3).trim();
	if (language) refuse(language)();
	const split = splitFrontmatter(source);
	if (!split) {
		throw new FrontmatterError('front matter の終わりの --- が見つかりません', undefined);
	}
	let data: unknown;
	try {
		// The front matter starts at the end of the opening ---, so the reader's lines are the file's.
		data = blankFrontmatter(split.matter) ? {} : parseYamlData(split.matter);
		// As gray-matter had it: front matter that reads as null is no data, and an `excerpt_separator` is made text.
		// The text itself is not kept; making it is what stays, because it throws for a mapping whose own
		// `toString` is not a function, which gray-matter reported as this file's YAML mistake (and so do we).
		data ??= {};
		const separator = (data as { excerpt_separator?: unknown }).excerpt_separator;
		if (separator) String(separator);
	} catch (error) {
		if (error instanceof FrontmatterError) throw error;
		throw new FrontmatterError(`YAML の書き方に誤りがあります: ${(error as Error).message}`, undefined);
	}
	if (typeof data !== 'object' || data === null || Array.isArray(data)) {
		throw new FrontmatterError('front matter は「項目名: 値」の形で書いてください', 2);
	}
	// Drop the line break that follows the opening --- so line 1 of `matter` is line 2 of the file.
	const matterText = split.matter.replace(/^\n/, '');
	return { data: data as Record<string, unknown>, matter: matterText, body: split.body, bodyLine: matterText.split('\n').length + 3 };
}
