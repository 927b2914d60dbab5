/**
 * The search without Pagefind, for unit tests: a page's text is indexed as the build indexes it (its words
 * plus synonymsFor, as bigram tokens in order) and a query is planned as the browser plans it (planQuery), then
 * each word must stand in the page as an exact phrase of bigrams, as Pagefind's quoted search requires (a
 * single character matches the start of a token). Lets every word group and phrasing be tested in milliseconds.
 */
import { planAttempts, searchedWord } from './query.ts';
import { looseWords, strictWords } from './phrasing.ts';
import { searchableText } from './records.ts';
import { searchTerms } from './terms.ts';

/** The tokens the index holds for a page's text, in order. */
export const indexTokens = (text: string): string[] => searchTerms(searchableText([text]));

function holdsPhrase(tokens: readonly string[], word: string): boolean {
	const terms = searchTerms(searchedWord(word));
	if (!terms.length) return false;
	if (terms.length === 1 && [...terms[0]!].length === 1) return tokens.some((t) => t.startsWith(terms[0]!));
	for (let i = 0; i + terms.length <= tokens.length; i++) if (terms.every((t, j) => tokens[i + j] === t)) return true;
	return false;
}

/** Whether a search for `query` finds a page with `text`: the words as typed, or else the looser reading. */
export function finds(text: string, query: string): boolean {
	const tokens = indexTokens(text);
	if (!planAttempts(query).strict.length) return false;
	const strict = strictWords(query);
	if (strict.length && strict.every((w) => holdsPhrase(tokens, w))) return true;
	// The browser also tries the looser readings when the words as typed find few places or none.
	return [looseWords(query), looseWords(query, true)].some((words) => {
		const required = words.filter((w) => !w.optional);
		return required.length > 0 && required.every((w) => holdsPhrase(tokens, w.text));
	});
}
