/**
 * What a resident typed, as the words to look for. Residents and their families type sentences as much as
 * words: 体操したい, 話し相手がほしい, ゴミ出しを手伝ってほしい, 一人暮らしの見守り, 病院に連れて行ってほしい.
 *
 * - strict: the typed words (split at spaces, 、 and ・), each without the request or question at its end
 *   (〜したい, 〜がほしい, 〜を探しています, 〜はありますか …). Each word is looked for as written.
 * - loose (when the strict words find few places): each word also split at the particles between its parts
 *   (を が に へ で と は も や の after a kanji, katakana or a known word), so 一人暮らしの見守り looks for
 *   一人暮らし and 見守り. Verb-like leftovers (手伝って, 痛い) become optional: they lift the pages that hold
 *   them but never exclude one.
 * - compound (only when nothing else finds anything): known words taken out of longer words too (書道教室 →
 *   書道, ごみだしてつだって → ごみだし).
 * Pure and deterministic (no dictionary), the same in every browser and in the tests.
 */
import { WORD_GROUPS } from './synonyms.ts';
import { foldKana } from './terms.ts';

export interface QueryWord {
	text: string;
	/** Looked for, but a page without it is still found. */
	optional: boolean;
}

/** Requests and questions at the end of a word, longest first; the optional particle before them goes too. */
const ENDINGS = [
	'を探しています',
	'を探してます',
	'を探している',
	'を探してる',
	'を探したい',
	'をさがしています',
	'をさがしてます',
	'をさがしたい',
	'を探す',
	'をさがす',
	'探しています',
	'さがしています',
	'探してます',
	'探したい',
	'さがしたい',
	'はありますか',
	'がありますか',
	'はありませんか',
	'ありますか',
	'ありませんか',
	'はどこですか',
	'はどこにありますか',
	'はどこ',
	'どこですか',
	'をしたいのですが',
	'をしたいんですが',
	'をしたいです',
	'をしたい',
	'がしたいです',
	'がしたい',
	'したいのですが',
	'したいんですが',
	'したいです',
	'したい',
	'をしてほしいです',
	'をしてほしい',
	'をして欲しい',
	'してほしいです',
	'してほしい',
	'して欲しい',
	'をしてもらいたい',
	'してもらいたい',
	'をしてもらえますか',
	'してもらえますか',
	'をしてもらえる',
	'してもらえる',
	'をしてくれる人',
	'してくれる人',
	'をしてくれるところ',
	'してくれるところ',
	'をしてくれる',
	'してくれる',
	'をお願いしたい',
	'をお願いします',
	'お願いしたい',
	'お願いします',
	'を頼みたい',
	'頼みたい',
	'をたのみたい',
	'たのみたい',
	'を手伝ってほしい',
	'手伝ってほしい',
	'を手伝って欲しい',
	'手伝って欲しい',
	'を手伝ってもらいたい',
	'手伝ってもらいたい',
	'をてつだってほしい',
	'てつだってほしい',
	'がほしいです',
	'がほしい',
	'が欲しい',
	'ほしいです',
	'ほしい',
	'欲しい',
	'に行きたい',
	'へ行きたい',
	'に行きたいです',
	'にいきたい',
	'へいきたい',
	'行きたい',
	'に参加したい',
	'参加したい',
	'に行ける所',
	'に行けるところ',
	'に通いたい',
	'通いたい',
	'ができる所',
	'ができるところ',
	'ができる場所',
	'ができますか',
	'できる所',
	'できるところ',
	'できる場所',
	'できますか',
	'について知りたい',
	'を知りたい',
	'が知りたい',
	'知りたい',
	'を教えてください',
	'を教えて',
	'教えてください',
	'教えて',
	'について',
	'に困っています',
	'に困っている',
	'で困っています',
	'で困っている',
	'が困っている',
	'困っています',
	'困っている',
	'困ってます',
	'が心配です',
	'が心配',
	'心配です',
	'が大変です',
	'が大変',
	'で大変',
	'大変です',
	'がつらい',
	'がきつい',
	'ができない',
	'できない',
	'が難しい',
	'がむずかしい',
	'が不安',
	'が面倒',
	'がめんどう',
	'のこと',
	'したいな',
	'です',
	'ください',
	'下さい',
	'だけ',
	'など',
].sort((a, b) => b.length - a.length);
const ENDING = new RegExp(`(?:${ENDINGS.join('|')})$`, 'u');
/** 〜たい after a verb stem (歌いたい, 学びたい): the stem stays. */
const TAI = /(?<=\p{Script=Han}[いきしちにひみりぎじび])たい$/u;
export const SEPARATORS = /[\s　、。,，.・!?！？「」『』（）()［］[\]【】〜~…:：;；/／]+/u;
const HIRAGANA = /^[\p{Script=Hiragana}ー]+$/u;
const PARTICLES = 'をがにへでとはもやの';

/** Every known form (the forms of the word groups), kana-folded. */
const KNOWN_WORDS = new Set(WORD_GROUPS.flatMap((g) => g.forms.map((f) => foldKana(f.text.normalize('NFKC')))));

/** A word without the request or question at its end (repeatedly: 体操がしたいです → 体操). */
export function withoutEnding(word: string): string {
	let w = word;
	for (let i = 0; i < 4; i++) {
		const next = w.replace(ENDING, '').replace(TAI, '');
		if (next === w || !next) return next || w;
		w = next;
	}
	return w;
}

/**
 * The typed text as words: NFKC, split at spaces and punctuation, endings removed, known words joined by の
 * taken apart (一人暮らしの見守り → 一人暮らし, 見守り; 通いの場 is itself a known word and stays), each word once.
 */
export function strictWords(input: string): string[] {
	const words = input
		.normalize('NFKC')
		.split(SEPARATORS)
		.map((w) => w.trim())
		.filter(Boolean)
		.map(withoutEnding)
		.flatMap((w) => {
			const pieces = w.split('の');
			return pieces.length > 1 && !KNOWN_WORDS.has(foldKana(w)) && pieces.every((p) => KNOWN_WORDS.has(foldKana(p))) ? pieces : [w];
		})
		.filter((w) => !ENDINGS.includes(w) && !/^[をがにへでとはもやの]$/u.test(w));
	return [...new Set(words)];
}

/** Known words (the forms of the word groups), kana-folded, longest first: never split inside one. */
const KNOWN = [...new Set(WORD_GROUPS.flatMap((g) => g.forms.map((f) => foldKana(f.text.normalize('NFKC')))))]
	.filter((k) => k.length > 1)
	.sort((a, b) => b.length - a.length);

/** Where known words stand in a word: [start, end) spans, left to right, longest first. */
function knownSpans(word: string): [number, number][] {
	const folded = foldKana(word);
	const spans: [number, number][] = [];
	for (let i = 0; i < folded.length;) {
		const known = KNOWN.find((k) => folded.startsWith(k, i));
		if (known) {
			spans.push([i, i + known.length]);
			i += known.length;
		} else i++;
	}
	return spans;
}

/**
 * One word split at its particles: a particle splits where it follows a kanji, katakana, digit or the end of a
 * known word, and never inside a known word (もの忘れ, はいしょく stay whole).
 */
export function splitAtParticles(word: string): string[] {
	const spans = knownSpans(word);
	const inside = (i: number) => spans.some(([s, e]) => i >= s && i < e);
	const endsKnown = (i: number) => spans.some(([, e]) => e === i);
	const parts: string[] = [];
	let start = 0;
	for (let i = 1; i < word.length; i++) {
		if (!PARTICLES.includes(word[i]!) || inside(i)) continue;
		if (!(endsKnown(i) || /[\p{Script=Han}\p{Script=Katakana}ー0-9a-zA-Z]/u.test(word[i - 1]!))) continue;
		parts.push(word.slice(start, i));
		start = i + 1;
	}
	parts.push(word.slice(start));
	return parts.filter(Boolean);
}

/**
 * The query words in one part. A known word is required. A noun (no hiragana: 青葉台, 体操教室) is required
 * whole; in the compound reading its known words are required instead and the rest only helps (書道教室 →
 * 書道, 教室). A part mixing kanji and kana (悪くて買い物, 手伝って, 痛い) keeps its known words as required and
 * its kanji stems as helpers. A kana part is a helper when long enough (its known words, in the compound
 * reading: ごみだしてつだって → ごみだし).
 */
function partWords(part: string, compounds: boolean): QueryWord[] {
	const text = withoutEnding(part);
	if (!text || ENDINGS.includes(text)) return [];
	if (KNOWN_WORDS.has(foldKana(text))) return [{ text, optional: false }];
	const spans = knownSpans(text);
	const known = spans.map(([s, e]) => ({ text: text.slice(s, e), optional: false }));
	const rest = text
		.split('')
		.map((c, i) => (spans.some(([s, e]) => i >= s && i < e) ? ' ' : c))
		.join('')
		.split(' ')
		.filter(Boolean);
	const hasKana = /\p{Script=Hiragana}/u.test(text);
	if (!hasKana) {
		if (!compounds || !spans.length) return [{ text, optional: [...text].length === 1 }];
		return [...known, ...rest.map((piece) => ({ text: piece, optional: true }))];
	}
	if (HIRAGANA.test(text)) {
		if (compounds && spans.length) return known;
		return text.length >= 4 ? [{ text, optional: true }] : [];
	}
	const words: QueryWord[] = [...known];
	// Kanji with okurigana (手伝って, 痛い, 話したい): its kanji stems help.
	for (const piece of rest) for (const stem of piece.match(/[^\p{Script=Hiragana}]+/gu) ?? []) words.push({ text: stem, optional: true });
	return words;
}

/**
 * The looser reading: each typed word split at its particles, helper words optional; with `compounds`, known
 * words are also taken out of longer words (for when nothing else finds anything).
 */
export function looseWords(input: string, compounds = false): QueryWord[] {
	const out: QueryWord[] = [];
	for (const word of strictWords(input)) {
		const parts = splitAtParticles(word);
		// A word with no particle that ends in kanji or katakana is a name or a compound (お助け隊, 見守り隊):
		// whole, unless compounds are taken apart.
		const whole = parts.length === 1 && !compounds && !/\p{Script=Hiragana}$/u.test(word);
		for (const w of whole ? [{ text: word, optional: false }] : parts.flatMap((part) => partWords(part, compounds)))
			if (!out.some((o) => o.text === w.text)) out.push(w);
	}
	// Something must be required: if every word only helps, they all are required.
	if (out.every((w) => w.optional)) return out.map((w) => ({ ...w, optional: false }));
	return out;
}
