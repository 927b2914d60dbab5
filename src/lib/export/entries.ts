/**
 * /data/entries.json: every entry of every kind of the table (src/lib/kinds.ts), one list per kind under its
 * export key; the areas first and without addresses, then each kind in the table's order with its page's URL.
 */
import { KIND_LIST, type Kind } from '../kinds.ts';

export interface ExportedEntry {
	id: string;
	data: object;
}

/** The kinds in the order of the document: the frame (areas) first, then the table's order. */
export function exportOrder(kinds: readonly Kind[] = KIND_LIST): Kind[] {
	return [...kinds.filter((k) => k.exports.frame), ...kinds.filter((k) => !k.exports.frame)];
}

export function entriesDocument(
	head: Record<string, unknown>,
	entriesOf: (kind: Kind) => readonly ExportedEntry[],
	urlOf: (kind: Kind, id: string) => string,
	kinds: readonly Kind[] = KIND_LIST,
): Record<string, unknown> {
	const lists = exportOrder(kinds).map((kind) => [
		kind.exports.key,
		entriesOf(kind).map((e) => (kind.exports.frame ? { id: e.id, ...e.data } : { id: e.id, url: urlOf(kind, e.id), ...e.data })),
	]);
	return { ...head, ...Object.fromEntries(lists) };
}
