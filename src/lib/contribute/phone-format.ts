/**
 * Phone numbers typed as digits, hyphenated by the Japanese numbering plan: libphonenumber-js, a maintained
 * library of every area code (1 to 5 digits), mobile and 0120 numbers, with its small `min` metadata. The form
 * loads this module only when a phone number is typed, so other pages and the form's first load never carry it.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

/**
 * 0728411221 → 072-841-1221, ０９０１２３４５６７８ → 090-1234-5678, from the numbering plan. A number that is not
 * a Japanese number, or one already written with hyphens, is returned as typed (the schema then says what is wrong).
 */
export function phoneWithHyphens(text: string): string {
	const folded = text
		.normalize('NFKC')
		.replace(/[ー－‐−—]/g, '-')
		.trim();
	if (!/^0\d{9,10}$/.test(folded)) return text;
	const number = parsePhoneNumberFromString(folded, 'JP');
	if (!number || !number.isValid()) return text;
	const national = number.formatNational();
	return /^0\d{1,4}-\d{1,4}-\d{3,4}$/.test(national) ? national : text;
}
