/**
 * Normalisation for the schedule-text parser, keeping a map back to the original text so that whatever the
 * parser does not understand can be handed back verbatim.
 *
 * Each code point is NFKC-normalised on its own (full-width digits, colons, parentheses and spaces become
 * ASCII), every kind of wave dash and hyphen becomes `~` or `-`, and circled numbers (①②…) become `●`, a
 * bullet, instead of the bare digits NFKC would make of them.
 */

export interface Normalized {
	/** The normalised text. */
	s: string;
	/** map[i] is the index in the original text of s[i]; map[s.length] is the original length. */
	map: number[];
}

const WAVE = new Set(['〜', '～', '~', '〰', '∼', '⁓']);
const DASH = new Set(['－', '-', '−', '‐', '‑', '‒', '–', '—', '―', '﹣']);

function one(ch: string): string {
	const cp = ch.codePointAt(0)!;
	if ((cp >= 0x2460 && cp <= 0x2473) || (cp >= 0x2776 && cp <= 0x2793) || (cp >= 0x24eb && cp <= 0x24f4)) return '●';
	if (WAVE.has(ch)) return '~';
	if (DASH.has(ch)) return '-';
	if (ch === '\r') return '';
	if (ch === '\t' || ch === '\u00a0' || ch === '\u3000') return ' ';
	if (ch === '、' || ch === '，' || ch === '､') return '、';
	if (ch === '。' || ch === '｡') return '。';
	let n = ch.normalize('NFKC');
	if (n.length === 1 && WAVE.has(n)) n = '~';
	else if (n.length === 1 && DASH.has(n)) n = '-';
	else if (n === ',') n = ',';
	// Control characters and other invisible code points carry no meaning here; a space keeps word boundaries.
	if (/^[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]$/u.test(n)) return ' ';
	return n;
}

export function normalize(text: string): Normalized {
	let s = '';
	const map: number[] = [];
	let i = 0;
	for (const ch of text) {
		const n = one(ch);
		for (let k = 0; k < n.length; k++) map.push(i);
		s += n;
		i += ch.length;
	}
	map.push(text.length);
	return { s, map };
}

/** The original text behind s[a, b). */
export function original(text: string, norm: Normalized, a: number, b: number): string {
	if (b <= a) return '';
	const start = norm.map[a]!;
	// The original end is where the next normalised character starts (or the end of the text).
	let end = norm.map[b]!;
	if (b < norm.s.length && norm.map[b] === norm.map[b - 1]) {
		// b splits one original character: include it whole.
		let k = b;
		while (k < norm.s.length && norm.map[k] === norm.map[b - 1]) k++;
		end = norm.map[k]!;
	}
	return text.slice(start, end);
}
