/**
 * Records a confirmation in an entry file by changing only its confirmation lines: the value of `last_confirmed`,
 * of `confirmed_by` (added just below last_confirmed when the file has none) and, for a change of status, of
 * `status`, with the note appended to the body as a paragraph. Every other byte stays as it was: the BOM, the line
 * endings (LF or CRLF), comments, a comment at the end of a changed line, the order and quoting of every other
 * field. (src/lib/contribute/entry-file.ts `changedText` rewrites a changed field through js-yaml, which would quote
 * the date, drop a trailing comment and turn CRLF files into LF: right for the form's pull requests, not for this.)
 * Pure.
 */
import type { ConfirmationMethod, Status } from '../../schemas/taxonomy.ts';

export interface Confirmation {
	/** 2026-12-10 */
	date: string;
	by?: ConfirmationMethod;
	/** A change of status (休止中, 終了, or back to 活動中). */
	status?: Status;
	/** One line saying why, appended to the body when the status changes. */
	note?: string;
}

interface Line {
	text: string;
	eol: string;
}

function splitLines(source: string): Line[] {
	const lines: Line[] = [];
	const re = /([^\r\n]*)(\r\n|\n|\r|$)/g;
	for (let m = re.exec(source); m && !(m[0] === '' && m.index >= source.length); m = re.exec(source)) {
		lines.push({ text: m[1]!, eol: m[2]! });
		if (m[2] === '') break;
	}
	return lines;
}

/** A value written plain when YAML reads it back as the same text (dates and the schema's Japanese words), else quoted. */
const scalar = (value: string) =>
	/^(\d{4}-\d{2}-\d{2}|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]+)$/u.test(value) ? value : JSON.stringify(value);

/** The index of the top-level line `key:` between the front matter's fences, or -1. */
const findKey = (lines: Line[], end: number, key: string) =>
	lines.slice(0, end).findIndex((l, i) => i > 0 && new RegExp(`^${key}\\s*:`).test(l.text));

/** The line with its value replaced, keeping the spacing after the colon and a trailing comment. */
function replaceValue(line: Line, key: string, value: string): Line {
	const m = new RegExp(`^(${key}\\s*:[ \\t]*)(.*?)([ \\t]+#.*)?$`).exec(line.text)!;
	return { text: `${m[1] || `${key}: `}${scalar(value)}${m[3] ?? ''}`, eol: line.eol };
}

export class ConfirmLinesError extends Error {}

/** The file with the confirmation recorded. Throws ConfirmLinesError when it has no front matter or no last_confirmed. */
export function withConfirmation(source: string, change: Confirmation): string {
	const bom = source.startsWith('\uFEFF') ? '\uFEFF' : '';
	const lines = splitLines(source.slice(bom.length));
	const end = lines.findIndex((l, i) => i > 0 && /^---\s*$/.test(l.text));
	if (lines[0]?.text.trimEnd() !== '---' || end === -1)
		throw new ConfirmLinesError('先頭の --- で囲まれた部分（front matter）が見つかりません');
	const at = findKey(lines, end, 'last_confirmed');
	if (at === -1) throw new ConfirmLinesError('last_confirmed（最終確認日）の行が見つかりません');
	lines[at] = replaceValue(lines[at]!, 'last_confirmed', change.date);
	if (change.by) {
		const by = findKey(lines, end, 'confirmed_by');
		if (by === -1) lines.splice(at + 1, 0, { text: `confirmed_by: ${scalar(change.by)}`, eol: lines[at]!.eol });
		else lines[by] = replaceValue(lines[by]!, 'confirmed_by', change.by);
	}
	if (change.status) {
		const closing = lines.findIndex((l, i) => i > 0 && /^---\s*$/.test(l.text));
		const st = findKey(lines, closing, 'status');
		if (st === -1) lines.splice(closing, 0, { text: `status: ${scalar(change.status)}`, eol: lines[0]!.eol || '\n' });
		else lines[st] = replaceValue(lines[st]!, 'status', change.status);
	}
	let text = bom + lines.map((l) => l.text + l.eol).join('');
	if (change.status && change.note) text = appendParagraph(text, statusNote(change), lines[0]!.eol || '\n');
	return text;
}

/** 「2026年12月10日の確認で、休止中になりました。会場の改修のため。」 */
export function statusNote({ date, status, note }: Confirmation): string {
	const [y, m, d] = date.split('-').map(Number);
	const what = status === '活動中' ? '活動を再開していました' : status === '終了' ? '終了していました' : 'お休みしていました（休止中）';
	return `${y}年${m}月${d}日の確認では、${what}。${note ?? ''}`.trim();
}

/** The text with a paragraph added at the end of the body, in the file's own line endings (once: recording again adds nothing). */
function appendParagraph(text: string, paragraph: string, eol: string): string {
	if (text.trimEnd().endsWith(paragraph)) return text;
	const ended = /(\r\n|\n|\r)$/.test(text) ? text : text + eol;
	return `${ended}${eol}${paragraph}${eol}`;
}
