/**
 * Search terms for Japanese, made the same way for the index and for the query, so both always agree
 * (Pagefind issue #1237: its index-time and query-time segmenters split compounds like 新幹線 differently).
 *
 * Text is normalised (NFKC, numbers that count something in Arabic digits so 百歳 is 100歳 — see numerals.ts —,
 * katakana → hiragana, lower case) and runs of Japanese characters become
 * overlapping character bigrams, as Lucene's CJK bigram filter does: 新幹線 → 新幹 幹線. A query matches a page
 * when all its bigrams are there, so any substring of two or more characters is found (幹線, 配食, たいそう),
 * however a dictionary would have split the words. Latin words and numbers stay whole.
 *
 * Pagefind applies its own rules to CJK text (segmenting, and treating some characters specially), so each
 * Japanese term is handed to it as a short ASCII token (encodeTerm): Pagefind then only sees ASCII words,
 * which it matches exactly and by prefix. Results are shown from metadata, never from this text.
 * Used at build time (src/integrations/search-index.ts) and in the browser (src/scripts/site-search.ts).
 */

import { katakanaToHiragana } from '../japanese.ts';
import { foldNumerals } from './numerals.ts';
import { memoized } from '../memo.ts';

/** The characters of Japanese runs, as a regular expression's character class (also in ./preload-script.ts). */
export const JAPANESE_CHARS = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー々〆ヶ';
const JAPANESE = new RegExp(`[${JAPANESE_CHARS}]`, 'u');
/** A run of Japanese characters, or a run of other letters and digits. */
export const RUN = new RegExp(`[${JAPANESE_CHARS}]+|(?:(?![${JAPANESE_CHARS}])[\\p{L}\\p{N}])+`, 'gu');

/** Katakana as hiragana and letters in lower case, keeping the length (サロン → さろん, ヴ → ゔ). */
export function foldKana(text: string): string {
	return katakanaToHiragana(text.toLowerCase());
}

/** サロン → さろん, 百歳 → 100歳; NFKC folds half-width kana and full-width letters first. */
export function normalizeForSearch(text: string): string {
	return foldKana(foldNumerals(text.normalize('NFKC')));
}

/** Splits normalised text into runs of Japanese characters and runs of letters and digits. */
function runs(text: string): { japanese: boolean; text: string }[] {
	const out: { japanese: boolean; text: string }[] = [];
	for (const match of text.matchAll(RUN)) {
		out.push({ japanese: JAPANESE.test(match[0][0]!), text: match[0] });
	}
	return out;
}

/** The terms of a text: bigrams for Japanese runs (a lone character stays itself), whole Latin words. */
export function searchTerms(text: string): string[] {
	const terms: string[] = [];
	for (const run of runs(normalizeForSearch(text))) {
		if (!run.japanese) {
			terms.push(run.text);
			continue;
		}
		const chars = [...run.text];
		if (chars.length === 1) terms.push(chars[0]!);
		for (let i = 0; i + 1 < chars.length; i++) terms.push(chars[i]! + chars[i + 1]!);
	}
	return terms;
}

/**
 * A Japanese term's token, made once per term: a town's text is a few thousand distinct bigrams said over and
 * over, and encoding each anew was a third of the search index's time in the build.
 */
const tokenOf = memoized((term: string) => {
	const codes = [...term].map((c) => c.codePointAt(0)!);
	const width = codes.every((n) => n < 36 ** 3) ? 3 : 4;
	return `${width === 3 ? 'j' : 'k'}${codes.map((n) => n.toString(36).padStart(width, '0')).join('')}`;
}, 200_000);

/**
 * A Japanese term as a short ASCII token: 'j' then three base-36 characters per character (every kana and
 * common kanji is below 36^3), or 'k' then four for a term holding a rarer code point. Latin words pass as
 * they are. A suffix ('t' for titles) makes the same term a separate token that sorts beside it, so a search
 * can ask "in the name?" from the same index chunk.
 */
export function encodeTerm(term: string, suffix = ''): string {
	if (!JAPANESE.test(String.fromCodePoint(term.codePointAt(0) ?? 32))) return term + suffix;
	return tokenOf(term) + suffix;
}

/** The encoded terms joined by spaces: the content Pagefind indexes. */
export function toIndexText(text: string, suffix = ''): string {
	return searchTerms(text)
		.map((t) => encodeTerm(t, suffix))
		.join(' ');
}

/** Suffix of the tokens that say a term is in a page's name or its reading. */
export const TITLE_SUFFIX = 't';
