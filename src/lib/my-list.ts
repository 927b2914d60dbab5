/**
 * わたしのリスト: the places ticked for one person, kept in the browser (localStorage) and in the list's own link
 * (/my-list/?ids=…), never sent anywhere. Pure helpers shared by the tick script and the list page.
 */
export const STORAGE_KEY = 'sasaeai-my-list';
/** A place's reference: collection/id, lowercase ASCII, digits, hyphens and slashes (as content files are named). */
const REF = /^(salons|resources)\/[a-z0-9][a-z0-9/-]*$/;
/** At most this many places on one list (one A4 sheet, and a link a phone can share). */
export const MAX_ITEMS = 40;

/** The refs in a stored or linked value, valid and unique, in order. Anything else is dropped. */
export function parseRefs(value: string | null | undefined): string[] {
	if (!value) return [];
	const refs = value
		.split(',')
		.map((r) => r.trim())
		.filter((r) => REF.test(r));
	return [...new Set(refs)].slice(0, MAX_ITEMS);
}

export const serializeRefs = (refs: readonly string[]) => parseRefs(refs.join(',')).join(',');

/** The list with a ref added or removed. */
export function toggle(refs: readonly string[], ref: string): string[] {
	return refs.includes(ref) ? refs.filter((r) => r !== ref) : parseRefs([...refs, ref].join(','));
}
