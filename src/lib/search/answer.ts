/**
 * A resident's query answered from a Pagefind index: the words as typed, then the looser readings when they find
 * few places (src/lib/search/query.ts plans them and puts each reading's pages in order). The search page
 * (src/scripts/site-search.ts) asks its own Pagefind; the tests ask the built site's Pagefind from Node
 * (tests/search-engine.ts): both through this one piece, so they cannot answer differently.
 */
import { orderOf, rank, type Attempts, type Order, type PlannedSearch, type Scored } from './query.ts';

export type Filters = Record<string, { any: string[] }>;

/** What is asked of Pagefind: its search, with filters and the neutral sort. */
export interface SearchIndex<R extends Scored> {
	search(term: string | null, options?: { filters?: Filters; sort?: Record<string, 'asc' | 'desc'> }): Promise<{ results: R[] }>;
}

/** How results are put in order: every page's place (the names file), or each search's own (`laterIds` only). */
export interface Ordering {
	order: Order | undefined;
	/** The local issues and meeting reports, by the end of their page id (after its last _). */
	laterIds: ReadonlySet<string>;
}

export type Ranked<R> = R & { titleHits: number; later: boolean };

/**
 * One reading of the query: every word's pages and name matches, side by side, then put in order. Without every
 * page's place, the first required word's pages are also asked for sorted in the neutral order (a sorted search
 * gives no scores, hence a search of its own); every page found is among them, and their places there are the order.
 */
export async function searchReading<R extends Scored>(
	index: SearchIndex<R>,
	plans: readonly PlannedSearch[],
	filters: Filters,
	{ order: everyPage, laterIds }: Ordering,
): Promise<Ranked<R>[]> {
	const first = plans.find((p) => !p.optional);
	const [found, named, sorted] = await Promise.all([
		Promise.all(plans.map((p) => index.search(p.term, { filters }))),
		Promise.all(plans.map((p) => index.search(p.titleTerm, { filters }))),
		everyPage || !first ? undefined : index.search(first.term, { filters, sort: { order: 'asc' } }),
	]);
	const order = everyPage ?? orderOf(sorted?.results ?? [], laterIds);
	return rank(
		found.map((f) => f.results),
		{
			inTitle: named.map((n) => new Set(n.results.map((r) => r.id))),
			optional: plans.map((p) => p.optional),
			position: order.position,
			laterFrom: order.laterFrom,
		},
	).map((r) => Object.assign(r, { later: (order.position.get(r.id) ?? 0) >= order.laterFrom }));
}

/**
 * The query's results: the words as typed; when they find fewer than three places (nothing, or a page or two that
 * hold the very phrase), the looser reading (青葉で体操 → 青葉, 体操) adds the pages it finds after them, places still
 * first; when nothing is found at all, known words taken out of compounds. `loosened`: a looser reading was used.
 */
export async function answerQuery<R extends Scored>(
	index: SearchIndex<R>,
	attempts: Attempts,
	filters: Filters,
	ordering: Ordering,
): Promise<{ results: Ranked<R>[]; loosened: boolean }> {
	let results = await searchReading(index, attempts.strict, filters, ordering);
	let loosened = false;
	if (attempts.loose && results.filter((r) => !r.later).length < 3) {
		const shown = new Set(results.map((r) => r.id));
		const more = (await searchReading(index, attempts.loose, filters, ordering)).filter((r) => !shown.has(r.id));
		if (more.length) {
			results = [...results, ...more]
				.map((r, i) => ({ r, i }))
				.sort((a, b) => Number(a.r.later) - Number(b.r.later) || a.i - b.i)
				.map(({ r }) => r);
			loosened = true;
		}
	}
	if (attempts.compound && !results.length) {
		results = await searchReading(index, attempts.compound, filters, ordering);
		loosened = results.length > 0;
	}
	return { results, loosened };
}
