/**
 * Reads the body of a 「フォームで作ったファイルを送る」 issue (.github/ISSUE_TEMPLATE/send-file.yml) back into its
 * fields. GitHub writes an issue form's answers as `### <label>\n\n<value>` sections in the form's order, with
 * `_No response_` for an empty optional field; our form's order is path, file, note, then the checkbox.
 *
 * Everything in the body is typed (or edited afterwards) by the person who opened the issue, headings included,
 * so no heading can be trusted to end a section. The rule, chosen so that nothing inside the file can move a
 * boundary:
 * - the body must start with the path heading; the path is the one line up to the file heading that must follow
 *   it at once (a second line, or anything else there, refuses the issue);
 * - the file runs from that heading to the LAST note heading in the body, and the note from there to the end
 *   (less a trailing checkbox section). The file comes before the note, so a forged `### …` line inside the
 *   file (a report's own `### 議題` too) stays part of the file; a forged heading in the note can only cut the
 *   note into the file, which then no longer ends with its closing fence and is refused.
 * - the file textarea has `render: yaml`, so GitHub wraps it in a code fence: one opening fence line and one
 *   closing fence line are taken off when both are there. GitHub does not escape a fence inside the text, so the
 *   fence is never used to find where the file ends; an unfenced file (an issue written by hand) is read as is.
 *
 * What comes out is still only text from a stranger: src/lib/contribute/issue-to-file.ts checks and rewrites it.
 * Pure: no I/O.
 */

/** The labels of the form's fields, which are the headings of the issue body. The template uses the same words. */
export const FORM_LABELS = {
	path: 'ファイルの場所',
	file: 'ファイルの中身',
	note: 'コーディネーターへのひとこと',
	confirm: '確認',
} as const;

/** The one option of the checkbox field (send-file.yml `consent`): the sender says the file holds no private data. */
export const CONFIRM_OPTION = '個人の名前・自宅の住所・個人の電話番号は入っていません';

/** What GitHub writes for an optional field left empty. */
export const NO_RESPONSE = '_No response_';

/**
 * The longest body read at all. GitHub keeps an issue body to 65,536 characters; anything longer did not come
 * from GitHub and is refused before any work is done on it.
 */
export const MAX_BODY_CHARS = 65_536;

export interface ParsedIssue {
	/** The path as written, one line, not yet validated (src/lib/contribute/entry-path.ts does that). */
	path: string;
	/** The file's text, without GitHub's code fence. */
	file: string;
	/** The note to the coordinator, if any. */
	note: string | undefined;
	/** Whether every checkbox was ticked; undefined when the body has no checkbox section. */
	confirmed: boolean | undefined;
}

export type IssueBodyResult = { ok: true; issue: ParsedIssue } | { ok: false; problems: string[] };

const heading = (label: string) => `### ${label}`;
/** A section heading inside the body: on a line of its own, between blank lines, as GitHub writes it. */
const inner = (label: string) => `\n\n${heading(label)}\n\n`;

const NOT_FROM_FORM = 'Issue の本文が「フォームで作ったファイルを送る」の形ではありません。サイトのフォームから、もう一度送ってください';

/** Opening code fence line: ``` or ~~~ (three or more), optionally followed by a language word. */
const OPENING_FENCE = /^(`{3,}|~{3,})[ \t]*[\w+-]*[ \t]*$/;

/**
 * The file's text from its section: without blank lines around it, and without GitHub's fence when the section
 * starts with an opening fence line and ends with a closing one of the same kind, at least as long.
 */
function unfence(section: string): { text: string } | { problem: string } {
	const lines = section.replace(/^\n+|\n+$/g, '').split('\n');
	const open = OPENING_FENCE.exec(lines[0] ?? '');
	if (!open) return { text: lines.join('\n') };
	const fence = open[1]!;
	const last = lines.at(-1) ?? '';
	const closes = lines.length >= 2 && new RegExp(`^${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`).test(last);
	if (!closes)
		return {
			problem: `「${FORM_LABELS.file}」の最後の \`\`\` が見つかりません（「${FORM_LABELS.file}」のあとに、ほかの文が入っていませんか）`,
		};
	return { text: lines.slice(1, -1).join('\n') };
}

/** The checkbox section at the very end of the body, if the body ends with one: only `- [ ]` / `- [X]` lines. */
function checkboxes(rest: string): { start: number; confirmed: boolean } | undefined {
	const at = rest.lastIndexOf(inner(FORM_LABELS.confirm));
	if (at === -1) return undefined;
	const lines = rest
		.slice(at + inner(FORM_LABELS.confirm).length)
		.replace(/\n+$/, '')
		.split('\n');
	if (!lines.every((l) => /^- \[[ xX]\] /.test(l))) return undefined;
	return { start: at, confirmed: lines.every((l) => /^- \[[xX]\] /.test(l)) };
}

/** The fields of an issue body written by the send-file form, or the reasons it cannot be read. */
export function parseIssueBody(body: unknown): IssueBodyResult {
	if (typeof body !== 'string' || body.trim() === '')
		return { ok: false, problems: ['Issue の本文がありません。サイトのフォームから送ってください'] };
	if (body.length > MAX_BODY_CHARS)
		return { ok: false, problems: [`Issue の本文が長すぎます（${MAX_BODY_CHARS.toLocaleString('ja-JP')}文字まで）`] };
	const text = body.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');

	const pathHeading = `${heading(FORM_LABELS.path)}\n\n`;
	if (!text.startsWith(pathHeading))
		return { ok: false, problems: [`${NOT_FROM_FORM}（最初が「${heading(FORM_LABELS.path)}」ではありません）`] };
	const fileAt = text.indexOf(inner(FORM_LABELS.file), pathHeading.length - 2);
	if (fileAt === -1) return { ok: false, problems: [`${NOT_FROM_FORM}（「${heading(FORM_LABELS.file)}」がありません）`] };
	const path = text.slice(pathHeading.length, fileAt).replace(/^[ \t]+|[ \t]+$/g, '');
	const problems: string[] = [];
	if (path.includes('\n')) problems.push(`「${FORM_LABELS.path}」は1行で書いてください（改行は使えません）`);
	else if (path === '' || path === NO_RESPONSE) problems.push(`「${FORM_LABELS.path}」が空です。例: salons/aoba/aoba-yuhi-cafe.md`);

	const rest = text.slice(fileAt + inner(FORM_LABELS.file).length);
	const boxes = checkboxes(rest);
	const beforeBoxes = boxes ? rest.slice(0, boxes.start) : rest.replace(/\n+$/, '');
	const noteAt = beforeBoxes.lastIndexOf(inner(FORM_LABELS.note));
	if (noteAt === -1) return { ok: false, problems: [`${NOT_FROM_FORM}（「${heading(FORM_LABELS.note)}」がありません）`] };
	const noteText = beforeBoxes.slice(noteAt + inner(FORM_LABELS.note).length).trim();
	const note = noteText === '' || noteText === NO_RESPONSE ? undefined : noteText;

	const fileSection = beforeBoxes.slice(0, noteAt);
	let file = '';
	if (fileSection.trim() === '' || fileSection.trim() === NO_RESPONSE)
		problems.push(`「${FORM_LABELS.file}」が空です。サイトのフォームで作った内容を入れてください`);
	else {
		const unfenced = unfence(fileSection);
		if ('problem' in unfenced) problems.push(unfenced.problem);
		else file = unfenced.text;
	}
	if (problems.length) return { ok: false, problems };
	return { ok: true, issue: { path, file, note, confirmed: boxes?.confirmed } };
}

export interface IssueFields {
	path: string;
	file: string;
	note?: string | undefined;
}

/**
 * The body GitHub writes when the send-file form is submitted with these answers (the checkbox ticked), for the
 * relay (relay/), which opens the issue through the REST API instead. The file goes in a code fence longer than
 * any run of backticks inside it, so GitHub shows it as it is; `parseIssueBody` takes that fence off again.
 */
export function issueBody({ path, file, note }: IssueFields): string {
	const longest = Math.max(0, ...[...file.matchAll(/`+/g)].map((m) => m[0].length));
	const fence = '`'.repeat(Math.max(3, longest + 1));
	const sections: [string, string][] = [
		[FORM_LABELS.path, path],
		[FORM_LABELS.file, `${fence}yaml\n${file.replace(/\n+$/, '')}\n${fence}`],
		[FORM_LABELS.note, note?.trim() ? note.trim() : NO_RESPONSE],
		[FORM_LABELS.confirm, `- [X] ${CONFIRM_OPTION}`],
	];
	return sections.map(([label, answer]) => `${heading(label)}\n\n${answer}`).join('\n\n');
}
