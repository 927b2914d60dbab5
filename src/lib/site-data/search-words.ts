/**
 * The site's keyword index (src/lib/search/word-index.ts), built once from the search records, and its pages:
 * - a small index (up to SINGLE_PAGE_ENTRIES words) is one page, /words/, its rows one under another;
 * - a larger one has a page per row of the kana table, /words/ka/;
 * - a row longer than ROW_PAGE_ENTRIES (a town of thousands of places) has a page per kana, /words/ka/2/ (く),
 *   and its row page lists the kana.
 * Every kana of the table is one link from /words/ and from the search page, so a word is two taps from any
 * page: さがす in the header, then its first sound.
 */
import { withBase } from '../urls.ts';
import { siteRecords } from './search-records.ts';
import { buildWordIndex, isSplit, planWordPages, type IndexRow, type WordPage } from '../search/word-index.ts';

export type { WordPage };

/** A row with more words than this gets a page per kana. */
export const ROW_PAGE_ENTRIES = 400;

export const wordIndex = buildWordIndex(
	siteRecords.map((r) => ({ title: r.meta['title'] ?? r.url, url: r.url, kind: r.kind, yomi: r.yomi, text: r.text })),
);
export const wordIndexSplit = isSplit(wordIndex);
/** Rows with at least one word. */
export const wordRows = wordIndex.filter((r) => r.entries.length > 0);
const plan = planWordPages(wordIndex, ROW_PAGE_ENTRIES);
/** The pages of words (none while the index is one page). */
export const wordPages: WordPage[] = wordIndexSplit ? plan.pages : [];
/** Rows with a page per kana. */
export const longRows: Set<string> = wordIndexSplit ? plan.longRows : new Set();

const pageOfEntry = new Map<string, string>();
for (const p of wordPages) for (const e of p.entries) pageOfEntry.set(e.id, p.path);

/** A row: its section of /words/, or its page. */
export function rowHref(row: string): string {
	return wordIndexSplit ? withBase(`/words/${row}/`) : withBase(`/words/#row-${row}`);
}

/** A word of the index, wherever it is listed. */
export function entryHref(id: string): string {
	const path = pageOfEntry.get(id);
	return withBase(`/words/${path ? `${path}/` : ''}#${id}`);
}

/** Where the words under a kana begin (undefined when there are none). */
export function kanaHref(row: IndexRow, kana: string): string | undefined {
	const head = row.heads.find((h) => h.kana === kana);
	if (!head) return undefined;
	if (longRows.has(row.id)) return withBase(`/words/${row.id}/${[...row.kana].indexOf(kana)}/`);
	return entryHref(head.id);
}

/** The first sounds a resident can choose, row by row: each kana with where its words begin. */
export const kanaTable = wordRows.map((row) => ({
	row,
	kana:
		row.id === 'others' ? [{ kana: '英数', href: rowHref(row.id) }] : [...row.kana].map((kana) => ({ kana, href: kanaHref(row, kana) })),
}));
