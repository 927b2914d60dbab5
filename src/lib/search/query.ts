/**
 * Plans a resident's query for the bigram index. Each word the resident typed (split on spaces) becomes one
 * exact phrase of bigrams (Pagefind's quoted search): the phrase matches only where those characters stand
 * together, so 新幹線 never falls back to pages that merely contain 新. A page must match every word.
 * A single character cannot form a bigram and is searched as a prefix instead.
 */
import { encodeTerm, normalizeForSearch, searchTerms, TITLE_SUFFIX } from './terms.ts';

export interface PlannedSearch {
	/** What to pass to pagefind.search(). */
	term: string;
	/** The same word, looked for in names and readings only (to rank those pages first). */
	titleTerm: string;
	exact: boolean;
}

export function planQuery(input: string): PlannedSearch[] {
	const words = normalizeForSearch(input).split(/[\s　、,，・]+/u).filter(Boolean);
	const seen = new Set<string>();
	const plans: PlannedSearch[] = [];
	for (const word of words) {
		const terms = searchTerms(word);
		if (!terms.length) continue;
		const phrase = terms.map((t) => encodeTerm(t)).join(' ');
		const titlePhrase = terms.map((t) => encodeTerm(t, TITLE_SUFFIX)).join(' ');
		if (seen.has(phrase)) continue;
		seen.add(phrase);
		const single = terms.length === 1 && [...terms[0]!].length === 1;
		plans.push(single ? { term: phrase, titleTerm: titlePhrase, exact: false } : { term: `"${phrase}"`, titleTerm: `"${titlePhrase}"`, exact: true });
	}
	return plans;
}

export interface Scored {
	id: string;
	score: number;
}

/**
 * Pages found by every word's search. Those whose name holds more of the words come first; then the
 * higher total score.
 * @param lists one list of results per planned word
 * @param inTitle for each planned word, the ids of pages whose name or reading holds it
 */
export function rank<T extends Scored>(lists: readonly (readonly T[])[], inTitle: readonly ReadonlySet<string>[] = []): T[] {
	if (!lists.length) return [];
	const [first, ...rest] = lists;
	const scores = new Map(first!.map((r) => [r.id, r.score]));
	for (const list of rest) {
		const here = new Map(list.map((r) => [r.id, r.score]));
		for (const id of [...scores.keys()]) {
			if (here.has(id)) scores.set(id, scores.get(id)! + here.get(id)!);
			else scores.delete(id);
		}
	}
	const titleHits = (id: string) => inTitle.filter((set) => set.has(id)).length;
	const byId = new Map(first!.map((r) => [r.id, r]));
	return [...scores]
		.sort((a, b) => titleHits(b[0]) - titleHits(a[0]) || b[1] - a[1])
		.map(([id]) => Object.assign(byId.get(id)!, { titleHits: titleHits(id) }));
}

const collator = new Intl.Collator('ja');

/**
 * The order results are shown in. Pages whose name holds the words come first, in 五十音順 of their reading
 * (the site's neutral order: no provider ranks above another); the rest follow by relevance.
 */
export function displayOrder<T extends { titleHits: number; yomi: string }>(items: readonly T[]): T[] {
	return items
		.map((item, index) => ({ item, index }))
		.sort((a, b) => {
			if (a.item.titleHits !== b.item.titleHits) return b.item.titleHits - a.item.titleHits;
			if (a.item.titleHits > 0) return collator.compare(a.item.yomi, b.item.yomi);
			return a.index - b.index;
		})
		.map(({ item }) => item);
}
