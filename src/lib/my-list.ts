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

/** Two lists as one: the first's places, then the second's not already on it (bounded as any list). */
export const merge = (first: readonly string[], second: readonly string[]) => parseRefs([...first, ...second].join(','));

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((r) => b.includes(r));

/**
 * What a link to /my-list/ does to the list kept in this browser. It never replaces a list silently:
 * - `keep`: no list in the link (or a link with no place in it: `?ids=`, `?ids=garbage`): nothing changes;
 *   `ignored` says a link was there, so the page can say it changed nothing;
 * - `open`: nothing would be lost (this browser's list is empty or the same places): the linked list opens;
 * - `ask`: another list is kept here: the resident chooses 「このリストを開く／今のリストに足す／やめる」.
 * `?add=<ref>` (「わたしのリストに入れる」 on an entry page) adds one place to the kept list. `known`: whether the site
 * has a place (a link to places since removed, or well-formed nonsense, counts as no place).
 */
export type LinkedList =
	| { action: 'keep'; refs: string[]; ignored: boolean }
	| { action: 'open'; refs: string[] }
	| { action: 'ask'; refs: string[]; linked: string[] }
	| { action: 'add'; refs: string[]; added: string };

export function linkedList(stored: readonly string[], search: string, known: (ref: string) => boolean = () => true): LinkedList {
	const params = new URLSearchParams(search);
	const added = parseRefs(params.get('add')).filter(known)[0];
	if (added) return { action: 'add', refs: merge(stored, [added]), added };
	const ids = params.get('ids');
	const linked = parseRefs(ids).filter(known);
	if (linked.length === 0) return { action: 'keep', refs: [...stored], ignored: ids !== null || params.has('add') };
	if (stored.length === 0 || sameList(stored, linked)) return { action: 'open', refs: linked };
	return { action: 'ask', refs: [...stored], linked };
}
