/**
 * Turns the fields of a 「フォームで作ったファイルを送る」 issue into the file the pull request adds, or the reasons it
 * cannot. The issue's text is a stranger's: it is only ever read as data, through the project's own defences,
 * and the file is written anew from that data, so nothing of the issue's YAML (comments, tags, quoting, layout)
 * reaches the repository:
 * - the path: `parseEntryPath` (src/lib/contribute/entry-path.ts), `<folder>/<area id>/<name>.md` and nothing else,
 *   with names every system can hold (`portableNameProblem`, src/lib/safety/portable-name.ts);
 * - the size: LIMITS.fileBytes (src/lib/safety/limits.ts), before and after rewriting;
 * - the YAML: `parseContentFile` (src/lib/safety/frontmatter.ts): core schema, no tags, anchors, aliases or
 *   duplicate keys;
 * - the fields: the collection's zod schema (src/schemas/index.ts), with `explainIssues` for the messages; its
 *   strict objects refuse every unknown key, `__proto__` and `<<` included; the text policy is part of it;
 * - the body: `bodyProblems` (src/lib/safety/body.ts): characters, length, markup (script, javascript: links);
 * - the folder: the area folder of the path is the entry's `area` (one of its `areas` for a resource);
 * - private data: `findPrivateData` (src/lib/privacy.ts), for reports and local issues as `npm run check` does,
 *   as warnings the coordinator reads.
 * The text is then written by `entryText` (new file) or `changedText` (a fix to a file already there: unchanged
 * fields keep their lines), read back and compared with the data, so what is written is exactly what was checked.
 * Pure: no I/O; the caller passes the file already at the path, if any.
 */
import { isDeepStrictEqual } from 'node:util';
import { COLLECTIONS } from '../../schemas/index.ts';
import { explainIssues } from '../zod-problems.ts';
import { findPrivateData } from '../privacy.ts';
import { fieldName } from '../problems.ts';
import { bodyProblems } from '../safety/body.ts';
import { FrontmatterError, parseContentFile, type ParsedFile } from '../safety/frontmatter.ts';
import { LIMITS, kib } from '../safety/limits.ts';
import { portableNameProblem } from '../safety/portable-name.ts';
import { lineOfPath } from '../yaml-lines.ts';
import { changedText, entryText } from './entry-file.ts';
import { parseEntryPath, SENDABLE, type EntryPath } from './entry-path.ts';
import { FORM_LABELS, type ParsedIssue } from './issue-body.ts';

export interface IssueFileOptions {
	/** The file already at the path in the repository, for a fix: only the fields that changed are rewritten. */
	existing?: string | undefined;
	/** The organisations' phone numbers the town lists, so they are not taken for a private person's. */
	knownPhones?: ReadonlySet<string>;
}

export interface IssueFile {
	/** The validated path, relative to the content folder; undefined when the path is refused. */
	entry: EntryPath | undefined;
	/** The file to write; undefined when there is any problem. */
	text: string | undefined;
	/** What the entry is called (its name or title), for the pull request; undefined when there is a problem. */
	title: string | undefined;
	/** Why the file cannot be made: Japanese sentences, each naming the field. Empty when `text` is set. */
	problems: string[];
	/** What the coordinator should look at before merging (private data). */
	warnings: string[];
}

/** The collections whose entries have one `area` that their folder must match. */
const ONE_AREA = new Set(['salons', 'volunteers', 'reports', 'localIssues']);
/** The collections `npm run check` looks through for private data (src/lib/content-files.ts). */
const PRIVATE_DATA = new Set(['reports', 'localIssues']);

const PATH_FORM = `salons/aoba/aoba-yuhi-cafe.md のように「フォルダ/地域の id/ファイル名.md」で書いてください（フォルダは ${Object.values(SENDABLE).join('、')}。地域の id とファイル名は英小文字・数字・ハイフンだけ）`;

/** Why a path is refused, in words that say what to write instead. */
function pathProblem(path: string): string {
	const label = `「${FORM_LABELS.path}」`;
	if (/\.mdx$/i.test(path)) return `${label}: MDX（.mdx）のファイルはフォームからは送れません。${PATH_FORM}`;
	return `${label}が使えない形です。${PATH_FORM}`;
}

const refused = (entry: EntryPath | undefined, problems: string[]): IssueFile => ({
	entry,
	text: undefined,
	title: undefined,
	problems,
	warnings: [],
});

/** The file a parsed send-file issue asks for, checked and written anew; or its problems. */
export function issueToFile(issue: ParsedIssue, { existing, knownPhones = new Set() }: IssueFileOptions = {}): IssueFile {
	const entry = parseEntryPath(issue.path);
	if (!entry) return refused(undefined, [pathProblem(issue.path)]);
	// Names every system can check out (no con.md, aux/, lpt1.md): the file policy's own rule.
	const unportable = [entry.area, `${entry.name}.md`].map(portableNameProblem).find(Boolean);
	if (unportable) return refused(undefined, [`「${FORM_LABELS.path}」: ${unportable}`]);
	const fileLabel = `「${FORM_LABELS.file}」`;
	const bytes = Buffer.byteLength(issue.file);
	if (bytes > LIMITS.fileBytes)
		return refused(entry, [`${fileLabel}が大きすぎます（${kib(bytes)}、${kib(LIMITS.fileBytes)}まで）。長い文章は分けてください`]);

	let parsed: ParsedFile;
	try {
		parsed = parseContentFile(issue.file);
	} catch (error) {
		if (!(error instanceof FrontmatterError)) throw error;
		return refused(entry, [`${fileLabel}${error.line ? `の${error.line}行目` : ''}: ${error.message}`]);
	}

	const problems: string[] = [];
	const { schema } = COLLECTIONS[entry.collection];
	const result = schema.safeParse(parsed.data);
	if (!result.success) {
		for (const { path, message } of explainIssues(result.error.issues, schema, parsed.data)) {
			const line = lineOfPath(parsed.matter, path);
			problems.push(`「${fieldName(path) || FORM_LABELS.file}」${line ? `（${line}行目）` : ''}: ${message}`);
		}
	}
	for (const problem of bodyProblems(parsed.body, 'md'))
		problems.push(`「本文」（${problem.line + parsed.bodyLine - 1}行目）: ${problem.message}`);
	const data = parsed.data;
	if (ONE_AREA.has(entry.collection) && typeof data['area'] === 'string' && data['area'] !== entry.area) {
		problems.push(`「area」: ファイルの場所のフォルダ（${entry.area}）と area（${data['area']}）がちがいます。どちらかに合わせてください`);
	}
	if (entry.collection === 'resources' && Array.isArray(data['areas']) && !data['areas'].includes(entry.area)) {
		problems.push(`「areas」: ファイルの場所のフォルダ（${entry.area}）が areas にありません。フォルダは areas の最初の地域にしてください`);
	}
	if (problems.length) return refused(entry, problems);

	if (existing !== undefined && readsAs(existing, data, parsed.body))
		return refused(entry, [`${fileLabel}が、今のファイルと同じです。直すところがありません`]);
	const text = rewrite(data, parsed.body, existing);
	if (typeof text !== 'string') return refused(entry, [text.problem]);
	const warnings = PRIVATE_DATA.has(entry.collection)
		? findPrivateData(text, knownPhones).map((f) => `「個人情報」（${f.line}行目）: ${f.message}`)
		: [];
	const title = String(data['name'] ?? data['title']);
	return { entry, text, title, problems: [], warnings };
}

/**
 * The file written from the data: as a fix to `existing` when there is one and it reads, else as a new file.
 * Either way it is read back: the same data and body, under the size limit, or a problem.
 */
function rewrite(data: Record<string, unknown>, body: string, existing: string | undefined): string | { problem: string } {
	const candidates: string[] = [];
	if (existing !== undefined) {
		try {
			candidates.push(changedText(existing, parseContentFile(existing).data, data, body));
		} catch (error) {
			if (!(error instanceof FrontmatterError)) throw error;
		}
	}
	candidates.push(entryText(data, body));
	const text = candidates.find((c) => readsAs(c, data, body));
	if (text === undefined)
		return { problem: `「${FORM_LABELS.file}」を書き直すと内容が変わってしまいます。コーディネーターがファイルを直接作ってください` };
	if (Buffer.byteLength(text) > LIMITS.fileBytes)
		return {
			problem: `「${FORM_LABELS.file}」が大きすぎます（${kib(Buffer.byteLength(text))}、${kib(LIMITS.fileBytes)}まで）。長い文章は分けてください`,
		};
	return text;
}

/** Whether a written file reads back as exactly this data and body. */
function readsAs(text: string, data: Record<string, unknown>, body: string): boolean {
	try {
		const back = parseContentFile(text);
		return isDeepStrictEqual(back.data, data) && back.body.trim() === body.replace(/\r\n?/g, '\n').trim();
	} catch (error) {
		if (error instanceof FrontmatterError) return false;
		throw error;
	}
}
