/**
 * Safe output for GitHub Actions. A runner reads every line a step prints, and a line that starts with `::` is a
 * workflow command (`::error …`, `::stop-commands::…`, `::add-mask::…`). Content values reach our messages (an
 * unknown key, a file name, a link), so:
 * - every line we print is one line: control characters, CR and LF in a message are shown as visible escapes;
 * - the human-readable list is printed between `::stop-commands::<token>` and `::<token>::`, so nothing in it is
 *   read as a command even if it began with `::`;
 * - annotations escape their data and properties as the workflow-command rules require
 *   (% CR LF in data; also : and , in properties).
 */
import { randomBytes } from 'node:crypto';

/** Workflow-command data: %, CR and LF escaped. */
export const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/** Workflow-command property values: also : and ,. */
export const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * One printable line: line breaks, control characters, and bidirectional and zero-width characters (which would
 * reorder or hide what a reviewer reads in the log) shown as \n, \r, \u202e …, never as themselves.
 */
export function oneLine(s: string): string {
	return s.replace(
		/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/gu,
		(c) => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? '\\t' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
	);
}

export interface Annotation {
	kind: 'error' | 'warning' | 'notice';
	file: string;
	line?: number | undefined;
	title: string;
	message: string;
}

/** `::error file=…,line=…,title=…::message`, escaped so that no value can end it or start another command. */
export function annotation(a: Annotation): string {
	return `::${a.kind} file=${escapeProperty(a.file)}${a.line ? `,line=${a.line}` : ''},title=${escapeProperty(a.title)}::${escapeData(a.message)}`;
}

/** Prints lines with workflow commands stopped around them (in GitHub Actions), each line made one line. */
export function printUncommanded(lines: readonly string[], inActions: boolean, print: (line: string) => void = console.log): void {
	const token = randomBytes(16).toString('hex');
	if (inActions) print(`::stop-commands::${token}`);
	for (const line of lines) print(oneLine(line));
	if (inActions) print(`::${token}::`);
}

/** A cell of a Markdown table in the step summary: one line, no table or HTML syntax of its own. */
export const summaryCell = (s: string) => oneLine(s).replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;');
