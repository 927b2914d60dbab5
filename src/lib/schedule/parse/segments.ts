/**
 * The segments of a schedule text: sentences, lines and labelled parts (【休館日】, 開館時間：), each with the items
 * between its separators, and whether the text as a whole lists closing days without saying so.
 */
import type { KwMode, Tok } from './lexer.ts';
import { analyzeItem, saysSchedule, splitItems, type ItemInfo } from './items.ts';

export interface Segment {
	label: KwMode | 'unknown' | null;
	/** Began with 【. */
	bracket: boolean;
	/** Began with ※. */
	aside: boolean;
	items: ItemInfo[];
	a: number;
	b: number;
}

const HARD = new Set(['\n', '。', ';', '※', '●', '■', '【']);

/** Splits the top-level tokens into segments: sentences, lines, and labelled parts (【休館日】, 開館時間：). */
export function segments(toks: Tok[]): Segment[] {
	const out: Segment[] = [];
	let cur: Tok[] = [];
	let bracket = false;
	let aside = false;
	const flush = () => {
		if (!cur.some((t) => t.k !== 'sep')) {
			cur = [];
			return;
		}
		const items = splitItems(cur).map((x) => analyzeItem(x.toks, x.sepBefore));
		let label: Segment['label'] = null;
		const first = items[0];
		// 活動日時 毎週月曜日, ●休館日 水曜日: a keyword alone before the content is its heading.
		if (first && !first.label && first.pred && items.length > 1 && isBare(first)) {
			first.label = first.pred;
			first.pred = null;
		}
		if (first?.label) label = first.label;
		else if (bracket && first && !first.label) {
			// 【その他】…: a heading this parser does not know.
			label = 'unknown';
		}
		out.push({ label, bracket, aside, items, a: cur[0]!.a, b: cur[cur.length - 1]!.b });
		cur = [];
	};
	for (const t of toks) {
		if (t.k === 'sep' && HARD.has(t.ch)) {
			flush();
			bracket = t.ch === '【';
			aside = t.ch === '※';
			if (bracket) cur.push(t); // the heading's 【 belongs to its segment (and to its leftover)
			continue;
		}
		if (t.k === 'kw' && t.label && cur.some((x) => x.k !== 'sep')) {
			flush();
			bracket = false;
			aside = false;
		}
		const prev = cur[cur.length - 1];
		const before = cur[cur.length - 2];
		if (
			t.k === 'paren' &&
			prev?.k === 'kw' &&
			prev.b === t.a &&
			(prev.mode === 'closed' || prev.mode === 'open') &&
			(!before || before.k === 'sep')
		) {
			// 休館日（毎週火曜日、祝日、年末年始）: the parentheses hold the heading's content.
			cur.push({ k: 'sep', a: t.a, b: t.a + 1, ch: '(' }, ...t.toks, { k: 'sep', a: t.b - 1, b: t.b, ch: ')' });
			continue;
		}
		cur.push(t);
	}
	flush();
	return out;
}

/** An unknown word naming a kind of day (学校休業日, 祝前日), alone in its item apart from times. */
export function dayLike(s: string, it: ItemInfo): boolean {
	const text = s.slice(it.a, it.timed[0]?.a ?? it.b).replace(/[ は:]+$/, '');
	return /^[^\s、,0-9]{2,8}日$/.test(text) && !it.nouns.length && !it.dates.length && !it.months;
}

function isBare(it: ItemInfo): boolean {
	return !(saysSchedule(it) || it.unknown || it.asides.length);
}

/** A text that lists closing days without saying so (「月曜日、祝日、年末年始」): its bare days are closing days. */
export function closingList(segs: Segment[], s: string): boolean {
	let closing = false;
	for (const seg of segs) {
		if (seg.label === 'open') return false;
		for (const it of seg.items) {
			if (it.timed.length || it.pred === 'open' || it.label === 'open') return false;
			// 休前日, 祝前日: named only among closing days.
			if (it.unknown && /^(?:休|祝日?)前日$/.test(s.slice(it.a, it.b).trim())) closing = true;
			if (it.unknown) continue;
			if (it.pred || seg.label) continue;
			if (it.nouns.some((n) => n.what === 'new_year' || n.what === 'obon')) closing = true;
			if (it.spec && it.spec.atoms.some((a) => a.k === 'hol' || a.k === 'half')) closing = true;
			if (it.shift && (it.shift.shift === '翌平日' || it.shift.shift === '翌日')) closing = true;
			if (it.spec && it.closingHint) closing = true;
			if (it.dates.some((d) => d.span && d.dates.some((x) => x.endsWith('12-31')) && d.dates.some((x) => x.endsWith('01-01'))))
				closing = true;
		}
	}
	return closing;
}
