/**
 * The confirm mode of the form (/send/<kind>/?confirm=<entry>): 「このままで正しい」 changes only the confirmation
 * lines of the entry (last_confirmed, confirmed_by); 「休止中です」「終わりました」 also set status. Every other
 * byte of the file stays as it was (changedText). Pure.
 */
import { CONFIRMATION_METHODS, type ConfirmationMethod } from '../../schemas/taxonomy.ts';
import { changedText } from './entry-file.ts';

export const CONFIRMATION_CHOICES = CONFIRMATION_METHODS;
export type ConfirmAnswer = 'same' | '休止中' | '終了';

export interface Confirmation {
	/** Today, YYYY-MM-DD (Asia/Tokyo). */
	today: string;
	by: ConfirmationMethod;
	answer: ConfirmAnswer;
}

/** The entry's data after the confirmation. */
export function confirmedData(data: Record<string, unknown>, c: Confirmation): Record<string, unknown> {
	return { ...data, last_confirmed: c.today, confirmed_by: c.by, ...(c.answer === 'same' ? {} : { status: c.answer }) };
}

/** The entry file after the confirmation: the original text with only those lines changed or added. */
export function confirmedText(text: string, data: Record<string, unknown>, c: Confirmation): string {
	return changedText(text, data, confirmedData(data, c));
}

/** The line for the coordinator (the or e-mail's note), in plain Japanese. */
export function confirmationNote(c: Confirmation, note: string): string {
	const what = c.answer === 'same' ? 'このままで正しいと確かめました' : c.answer === '休止中' ? '休止中です' : '終わりました';
	return [`${what}（確かめ方: ${c.by}）`, note.trim()].filter(Boolean).join('\n');
}
