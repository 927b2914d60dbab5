/**
 * What the relay accepts from the form: one JSON object with the file the form made and nothing about the
 * sender. The file is checked by the issue workflow's own checker (src/lib/contribute/issue-to-file.ts: the
 * `<collection>/<area>/<name>.md` path rule, the size limit, the front-matter reader, the collection's schema
 * with the text policy, the body's characters and markup, the area folder), plus the portable-name rule, so
 * what the relay passes on is what `npm run check` and the workflow would accept for the file on its own. What
 * only the whole town can tell (an area id that does not exist, a photo not in public/photos/, a duplicate) is
 * checked by the workflow when the coordinator asks for the pull request.
 *
 * Refused as well, because the issue is public: any field that is not one of the form's (so no name, e-mail
 * or phone number of the sender can come in), a note to the coordinator that holds a phone number, an
 * address, a name with さん, an e-mail address or a link, and a report or local issue in which
 * `findPrivateData` finds a private person's data. Pure: no I/O.
 */
import { issueToFile } from '../src/lib/contribute/issue-to-file.ts';
import { FORM_LABELS, issueBody, MAX_BODY_CHARS, parseIssueBody } from '../src/lib/contribute/issue-body.ts';
import { findPrivateData } from '../src/lib/privacy.ts';
import { nameProblem, NAME } from '../src/lib/safety/file-policy.ts';
import { portableNameProblem } from '../src/lib/safety/portable-name.ts';
import { textProblem } from '../src/lib/safety/text-policy.ts';
import { oneLine } from '../src/lib/safety/annotations.ts';

/** The fields a request may carry. Anything else is refused, whatever it is called. */
export const FIELDS = ['path', 'file', 'note', 'confirmed', 'token', 'website', 'turnstile'] as const;
/** The longest note to the coordinator, in characters. */
export const NOTE_CHARS = 500;

export interface Submission {
	path: string;
	file: string;
	note: string | undefined;
	token: string;
	/** The honeypot: a field people never see and never fill. */
	website: string;
	turnstile: string | undefined;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problems: string[] };

const refuse = (...problems: string[]): { ok: false; problems: string[] } => ({ ok: false, problems });

/** The request's fields, or why they are not the form's. */
export function readSubmission(json: unknown): Checked<Submission> {
	if (!json || typeof json !== 'object' || Array.isArray(json))
		return refuse('送られた内容が読めません。サイトのフォームから送ってください');
	const data = json as Record<string, unknown>;
	const unknown = Object.keys(data).filter((k) => !(FIELDS as readonly string[]).includes(k));
	if (unknown.length)
		return refuse(
			`受け付けない項目があります（${unknown.map((k) => oneLine(k).slice(0, 40)).join('、')}）。送る人の名前や連絡先は受け付けません。サイトのフォームから送ってください`,
		);
	const text = (key: string, required: boolean): string | undefined | null => {
		const v = data[key];
		if (v === undefined || v === null) return required ? null : undefined;
		return typeof v === 'string' ? v : null;
	};
	const path = text('path', true);
	const file = text('file', true);
	const note = text('note', false);
	const token = text('token', true);
	const website = text('website', false);
	const turnstile = text('turnstile', false);
	const problems: string[] = [];
	if (typeof path !== 'string' || path === '') problems.push(`「${FORM_LABELS.path}」がありません`);
	if (typeof file !== 'string' || file.trim() === '') problems.push(`「${FORM_LABELS.file}」がありません`);
	if (note === null) problems.push(`「${FORM_LABELS.note}」が読めません`);
	if (data['confirmed'] !== true)
		problems.push('「個人の名前・自宅の住所・個人の電話番号は入っていません」を確かめて、チェックを入れてください');
	if (typeof token !== 'string' || token === '')
		problems.push('受付の合図（token）がありません。ページを開きなおしてから、もう一度送ってください');
	if (website === null || turnstile === null) problems.push('送られた内容が読めません。サイトのフォームから送ってください');
	if (problems.length) return refuse(...problems);
	return {
		ok: true,
		value: { path: path!, file: file!, note: note || undefined, token: token!, website: website ?? '', turnstile: turnstile || undefined },
	};
}

/** Why the note to the coordinator cannot go into a public issue, if it cannot. */
export function noteProblems(note: string | undefined): string[] {
	if (note === undefined) return [];
	const label = `「${FORM_LABELS.note}」`;
	if ([...note].length > NOTE_CHARS) return [`${label}が長すぎます（${NOTE_CHARS}文字まで）`];
	const problems: string[] = [];
	const hidden = textProblem(note, false);
	if (hidden) problems.push(`${label}: ${hidden}`);
	if (/@|＠/.test(note)) problems.push(`${label}: メールアドレスや @ は書けません（Issue はだれでも読めます）`);
	if (/<|>|\]\(|:\/\//.test(note)) problems.push(`${label}: リンクや HTML は書けません。ふつうの文で書いてください`);
	if (/^[ \t]*#/m.test(note)) problems.push(`${label}: 見出し（#）の行は書けません`);
	for (const f of findPrivateData(note, new Set())) problems.push(`${label}（${f.line}行目）: ${f.message}`);
	return problems;
}

/** Why a path's folder or file name cannot be used, in the file policy's words, if the path rule refuses it. */
function nameProblems(path: string): string[] {
	const label = `「${FORM_LABELS.path}」`;
	const parts = path.split('/');
	const problems: string[] = [];
	for (const [i, part] of parts.entries()) {
		const stem = i === parts.length - 1 ? part.replace(/\.md$/, '') : part;
		const portable = portableNameProblem(part);
		if (portable) problems.push(`${label}: ${portable}`);
		else if (stem !== '' && !NAME.test(stem)) problems.push(`${label}: ${nameProblem(stem)}`);
	}
	return problems;
}

export interface IssueToOpen {
	title: string;
	body: string;
	/** The validated path, for the log. */
	path: string;
}

/**
 * The issue the relay opens for a submission, or every reason it cannot: the same checker as the workflow, then
 * the issue body is read back by the workflow's own reader and must give the same path, file and note.
 */
export function issueFor(submission: Pick<Submission, 'path' | 'file' | 'note'>): Checked<IssueToOpen> {
	const { path, file, note } = submission;
	const portable = nameProblems(path);
	const made = issueToFile({ path, file, note, confirmed: true });
	const problems = [...new Set([...portable, ...made.problems, ...noteProblems(note)])];
	if (made.text && made.entry) {
		for (const w of made.warnings) problems.push(`${w}（Issue はだれでも読めるため、このままでは送れません）`);
	}
	if (problems.length || !made.text || !made.entry) return refuse(...(problems.length ? problems : ['送られたファイルを読めませんでした']));
	const body = issueBody({ path: made.entry.path, file: made.text, note });
	if (body.length > MAX_BODY_CHARS)
		return refuse(
			`ファイルが長すぎて、GitHub の Issue に入りません（${MAX_BODY_CHARS.toLocaleString('ja-JP')}文字まで）。長い文章は分けてください`,
		);
	const back = parseIssueBody(body);
	const same =
		back.ok &&
		back.issue.path === made.entry.path &&
		back.issue.file.replace(/\n+$/, '') === made.text.replace(/\n+$/, '') &&
		back.issue.note === (note?.trim() || undefined);
	if (!same) return refuse(`「${FORM_LABELS.note}」の書き方のせいで、Issue を正しく読めなくなります。見出し（###）の行を消してください`);
	const name = oneLine(made.title ?? made.entry.name).trim();
	return { ok: true, value: { title: `[ファイル] ${name.length > 60 ? `${name.slice(0, 60)}…` : name}`, body, path: made.entry.path } };
}
