/**
 * A large town's search index in parts. While it writes an index, Pagefind's service needs about 750 bytes of memory
 * for each distinct word of each page (a page has about 300: docs/performance.md, round eight): a town of 10,000
 * pages took 2.8 GB, one of 30,000 about 7 GB. Past PART_PAGES pages the build (src/integrations/search-index.ts) writes the records, in the
 * site's neutral order, as a few indexes of equal size, one after another: the first in pagefind/, the others in
 * pagefind/part-2/, part-3/…; the search page and the tests load the first and merge the others into it
 * (Pagefind's own mergeIndex), so a search finds exactly the pages one index would find.
 *
 * One difference needs mending: Pagefind merges the parts' results by score, and a sorted search's score is a page's
 * place within its own part, so the parts' pages would interleave. A sorted search is therefore asked of each part
 * alone and the answers are put one after another: the parts hold consecutive stretches of the neutral order, so
 * that is the order of the whole site. Each part is told apart by a filter Pagefind gives all its pages when it is
 * loaded (its mergeFilter, partOptions): nothing is written or downloaded for it.
 */
import type { Filters, SearchIndex } from './answer.ts';

/** Past this many pages, the index is written in parts of at most this many. */
export const PART_PAGES = 6000;

/** The filter every page of a parted index carries: its part's number (1, 2, …). */
export const PART_FILTER = 'part';

/** What Pagefind is given for part `n` (1, 2, …) of `parts` when it loads it: its filter, when there is more than one. */
export const partOptions = (n: number, parts: number): { mergeFilter?: Record<string, string> } =>
	parts > 1 ? { mergeFilter: { [PART_FILTER]: String(n) } } : {};

/** The folder of part `n` (2, 3, …) inside Pagefind's folder; part 1 is Pagefind's folder itself. */
export const partFolder = (n: number): string => `part-${n}/`;

/** A part after the first: its folder (part-2/, …) and its metadata's tag (the search page preloads by it). */
export interface LaterPart {
	folder: string;
	tag?: string;
}

/** The later parts as the search page is told them (data-parts, and after the names in <meta name="search-files">). */
export const partsAttribute = (later: readonly LaterPart[]): string => later.map((p) => `${p.folder}:${p.tag ?? ''}`).join(' ');

/** The later parts from partsAttribute's text ('' for an index of one part). */
export const readPartsAttribute = (text: string): LaterPart[] =>
	text
		.split(' ')
		.filter(Boolean)
		.map((p) => ({ folder: p.slice(0, p.indexOf(':')), tag: p.slice(p.indexOf(':') + 1) }));

/**
 * Merges the later parts into Pagefind started on the first part (with partOptions(1, …)) from `base`, Pagefind's
 * folder: each with its filter, and its tag when it has one. `options` are those the first part was started with.
 */
export function mergeLaterParts(
	pagefind: { mergeIndex(indexPath: string, options: object): Promise<void> },
	base: string,
	later: readonly LaterPart[],
	options: object,
): Promise<void[]> {
	return Promise.all(
		later.map((p, i) =>
			pagefind.mergeIndex(base + p.folder, {
				...options,
				...(p.tag ? { metaCacheTag: p.tag } : {}),
				...partOptions(i + 2, later.length + 1),
			}),
		),
	);
}

/**
 * The records split into parts of equal size, each at most `most` long, in their order; one part (the records
 * themselves) when they fit.
 */
export function splitIntoParts<T>(records: readonly T[], most: number = PART_PAGES): T[][] {
	if (!Number.isInteger(most) || most < 1) throw new Error(`A part of the search index must hold at least one page (was ${most})`);
	const count = Math.max(1, Math.ceil(records.length / most));
	const size = Math.ceil(records.length / count);
	return Array.from({ length: count }, (_, i) => records.slice(i * size, (i + 1) * size));
}

/**
 * The search of an index of `parts` parts merged into one Pagefind: a sorted search asks each part alone and joins
 * their answers in the parts' order; any other search is Pagefind's own. One part: the index itself.
 */
export function partedIndex<R extends { id: string; score: number }>(index: SearchIndex<R>, parts: number): SearchIndex<R> {
	if (parts <= 1) return index;
	return {
		async search(term, options = {}) {
			if (!options.sort) return index.search(term, options);
			const answers = await Promise.all(
				Array.from({ length: parts }, (_, i) =>
					index.search(term, { ...options, filters: { ...options.filters, [PART_FILTER]: { any: [String(i + 1)] } } as Filters }),
				),
			);
			return { results: answers.flatMap((a) => a.results) };
		},
	};
}
