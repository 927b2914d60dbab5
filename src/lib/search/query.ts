/**
 * Plans a resident's query for the bigram index and puts the results in order. Each word the resident typed
 * (src/lib/search/phrasing.ts: split on spaces, without 〜したい or 〜がほしい at its end) becomes one exact
 * phrase of bigrams (Pagefind's quoted search): the phrase matches only where those characters stand together,
 * so 新幹線 never falls back to pages that merely contain 新. A page must match every required word. A single
 * character cannot form a bigram and is searched as a prefix instead.
 *
 * When the words as typed find few places, a looser reading is tried (planAttempts): the words split at their
 * particles (一人暮らしの見守り → 一人暮らし, 見守り), helper words optional; when nothing is found at all, known
 * words are also taken out of compounds (書道教室 → 書道).
 */
import { looseWords, strictWords, type QueryWord } from './phrasing.ts';
import { wordForReading } from './synonyms.ts';
import { encodeTerm, searchTerms, TITLE_SUFFIX } from './terms.ts';

/**
 * A word as it is searched: a reading of three kana or fewer that reads a known word is searched as that word
 * (いご → 囲碁, かじ → 家事), because two or three kana also stand inside longer words (かいご holds いご).
 */
export function searchedWord(text: string): string {
	return /^[\p{Script=Hiragana}\p{Script=Katakana}ー]{1,3}$/u.test(text) ? (wordForReading(text) ?? text) : text;
}

export interface PlannedSearch {
	/** What to pass to pagefind.search(). */
	term: string;
	/** The same word, looked for in names and readings only (to rank those pages first). */
	titleTerm: string;
	exact: boolean;
	/** Lifts the pages that hold it, never excludes one. */
	optional: boolean;
}

/** The searches for a list of words, each distinct word once. */
export function planWords(words: readonly (QueryWord | string)[]): PlannedSearch[] {
	const seen = new Set<string>();
	const plans: PlannedSearch[] = [];
	for (const w of words) {
		const { text, optional } = typeof w === 'string' ? { text: w, optional: false } : w;
		const terms = searchTerms(searchedWord(text));
		if (!terms.length) continue;
		const phrase = terms.map((t) => encodeTerm(t)).join(' ');
		const titlePhrase = terms.map((t) => encodeTerm(t, TITLE_SUFFIX)).join(' ');
		if (seen.has(phrase)) continue;
		seen.add(phrase);
		const single = terms.length === 1 && [...terms[0]!].length === 1;
		plans.push(
			single
				? { term: phrase, titleTerm: titlePhrase, exact: false, optional }
				: { term: `"${phrase}"`, titleTerm: `"${titlePhrase}"`, exact: true, optional },
		);
	}
	return plans;
}

/** The words as typed, each one required. */
export function planQuery(input: string): PlannedSearch[] {
	return planWords(strictWords(input));
}

export interface Attempts {
	/** The words as typed. */
	strict: PlannedSearch[];
	/** Split at particles, helpers optional: tried when the strict words find fewer than three places. */
	loose?: PlannedSearch[];
	/** Known words taken out of compounds too: tried when nothing else finds anything. */
	compound?: PlannedSearch[];
}

const samePlans = (a: PlannedSearch[], b: PlannedSearch[]) =>
	a.length === b.length && a.every((p, i) => p.term === b[i]!.term && p.optional === b[i]!.optional);

/** The readings of a query to try in turn: the words as typed, then looser ones (each only when it differs). */
export function planAttempts(input: string): Attempts {
	const strict = planQuery(input);
	const loose = planWords(looseWords(input));
	const compound = planWords(looseWords(input, true));
	const attempts: Attempts = { strict };
	if (loose.length && !samePlans(strict, loose)) attempts.loose = loose;
	if (compound.length && !samePlans(strict, compound) && !samePlans(loose, compound)) attempts.compound = compound;
	return attempts;
}

/**
 * The index chunks (Pagefind's [first word, last word, file] ranges) that hold the planned words, so the page can
 * ask for them while Pagefind itself is still loading. A range's ends may be cut short to a prefix (jfo … jfo3
 * holds jfo3jwt); a single character is searched as a prefix and may span several chunks.
 */
export function chunksFor(plans: readonly PlannedSearch[], chunks: readonly (readonly [string, string, string])[]): string[] {
	const wanted = new Set<string>();
	for (const plan of plans) {
		for (const term of [plan.term, plan.titleTerm]) {
			for (const word of term.replace(/"/g, '').split(' ').filter(Boolean)) {
				const last = plan.exact ? word : `${word}\uffff`;
				for (const [from, to, file] of chunks) if (from <= last && (to >= word || word.startsWith(to))) wanted.add(file);
			}
		}
	}
	return [...wanted];
}

export interface Scored {
	id: string;
	score: number;
}

export interface RankOptions {
	/** For each planned word, the ids of pages whose name or reading holds it. */
	inTitle?: readonly ReadonlySet<string>[];
	/** For each planned word, whether it is optional (lifts pages, never excludes one). */
	optional?: readonly boolean[];
	/** Each page's place in the site's neutral order: places in 五十音順, then local issues and meeting reports. */
	position?: ReadonlyMap<string, number>;
	/** Positions from this one on are local issues and meeting reports: always listed after places. */
	laterFrom?: number;
}

/**
 * Pages found by every required word, in the order residents see them: places before local issues and meeting
 * reports; within each, pages whose name holds more of the words first, those in 五十音順 (the site's neutral
 * order: no provider ranks above another); the rest by relevance (the total score).
 * @param lists one list of results per planned word
 */
export function rank<T extends Scored>(lists: readonly (readonly T[])[], options: RankOptions = {}): (T & { titleHits: number })[] {
	const { inTitle = [], optional = [], position, laterFrom = Infinity } = options;
	const required = lists.filter((_, i) => !optional[i]);
	if (!required.length) return [];
	const [first, ...rest] = required;
	const scores = new Map(first!.map((r) => [r.id, r.score]));
	for (const list of rest) {
		const here = new Map(list.map((r) => [r.id, r.score]));
		for (const id of [...scores.keys()]) {
			if (here.has(id)) scores.set(id, scores.get(id)! + here.get(id)!);
			else scores.delete(id);
		}
	}
	lists.forEach((list, i) => {
		if (optional[i]) for (const r of list) if (scores.has(r.id)) scores.set(r.id, scores.get(r.id)! + r.score);
	});
	const titleHits = (id: string) => inTitle.filter((set) => set.has(id)).length;
	const pos = (id: string) => position?.get(id) ?? Infinity;
	const later = (id: string) => (pos(id) >= laterFrom && pos(id) !== Infinity ? 1 : 0);
	const byId = new Map(first!.map((r) => [r.id, r]));
	return [...scores]
		.map(([id, score]) => ({ id, score, hits: titleHits(id), later: later(id), at: pos(id) }))
		.sort((a, b) => a.later - b.later || b.hits - a.hits || (a.hits > 0 ? a.at - b.at : 0) || b.score - a.score || a.at - b.at)
		.map(({ id, hits }) => Object.assign(byId.get(id)!, { titleHits: hits }));
}

/** Pages in the site's neutral order. */
export interface Order {
	/** Each page's place. */
	position: Map<string, number>;
	/** Positions from here on are local issues and meeting reports. */
	laterFrom: number;
}

/**
 * The order of a search's pages from Pagefind's results sorted in the neutral order: places first, then the local
 * issues and meeting reports (`laterIds`), each as they were sorted.
 */
export function orderOf(sorted: readonly { id: string }[], laterIds: ReadonlySet<string>): Order {
	const later = (id: string) => laterIds.has(id.slice(id.lastIndexOf('_') + 1));
	return { position: new Map(sorted.map((r, i) => [r.id, i + (later(r.id) ? sorted.length : 0)])), laterFrom: sorted.length };
}
