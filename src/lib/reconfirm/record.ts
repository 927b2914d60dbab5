/**
 * One confirmation recorded in one entry file: the new text (confirm-lines.ts), read again and validated with the
 * entry's own schema, and checked to differ from the old only in last_confirmed, confirmed_by and status (and the
 * body, by the status note). Anything else is a problem to report, never a file to write. Pure.
 */
import { line } from '../../schemas/common.ts';
import { COLLECTIONS } from '../../schemas/index.ts';
import { FrontmatterError, parseContentFile } from '../safety/frontmatter.ts';
import { ConfirmLinesError, withConfirmation, type Confirmation } from './confirm-lines.ts';
import type { ConfirmableCollection } from './entries.ts';

const CONFIRMATION_FIELDS = new Set(['last_confirmed', 'confirmed_by', 'status']);

export type Recorded = { text: string } | { problem: string };

/** Problems with a status note: it must be one line the schema would accept. */
export function noteProblem(note: string): string | undefined {
	const checked = line.safeParse(note);
	return checked.success ? undefined : `--note: ${checked.error.issues[0]?.message}`;
}

export function recordConfirmation(source: string, collection: ConfirmableCollection, change: Confirmation): Recorded {
	let text: string;
	try {
		text = withConfirmation(source, change);
	} catch (error) {
		if (error instanceof ConfirmLinesError) return { problem: error.message };
		throw error;
	}
	let before;
	let after;
	try {
		before = parseContentFile(source).data;
		after = parseContentFile(text).data;
	} catch (error) {
		if (error instanceof FrontmatterError) return { problem: error.message };
		throw error;
	}
	const result = COLLECTIONS[collection].schema.safeParse(after);
	if (!result.success) {
		const issue = result.error.issues[0]!;
		return { problem: `書きかえると誤りになります（${issue.path.join('.')}: ${issue.message}）` };
	}
	const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
	const other = [...keys].filter((k) => !CONFIRMATION_FIELDS.has(k) && JSON.stringify(before[k]) !== JSON.stringify(after[k]));
	if (other.length)
		return { problem: `確認の行のほかに ${other.join('、')} まで変わってしまうため、書きかえませんでした。ファイルを手で直してください` };
	return { text };
}
