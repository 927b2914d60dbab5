/**
 * Groups tokens into items (the parts between separators) and reads what each item says: days, times bound to
 * days, closures, a predicate (休館, 除く, 開館), a holiday shift, parentheses and whether anything in it is
 * unknown.
 */
import type { DaySpec, KwMode, Shift, TimeRange, Tok, DateLit } from './lexer.ts';
import type { Week } from '../../japanese.ts';
import type { Weekday } from '../../../schemas/taxonomy.ts';
import type { Count } from './draft.ts';

export type Span = [number, number];

export interface Timed {
	spec: DaySpec | null;
	/** The days came after the time, in parentheses: 11:00〜14:00（木〜日のみ）. */
	back?: boolean;
	range: TimeRange;
	a: number;
	b: number;
}

export type ParenKind = 'empty' | 'count' | 'days' | 'times' | 'shift' | 'closures' | 'dates' | 'rules' | 'qualifier' | 'unknown';

export interface ParenInfo {
	kind: ParenKind;
	a: number;
	b: number;
	items: ItemInfo[];
}

export interface ItemInfo {
	a: number;
	b: number;
	/** Days not bound to a time in this item. */
	spec: DaySpec | null;
	timed: Timed[];
	pred: KwMode | null;
	/** A keyword used as a label (休館日：, 【開館時間】, 休館日は…). */
	label: KwMode | null;
	shift: { shift: Shift; days: Weekday[]; a: number; b: number; extra?: boolean } | null;
	nouns: { what: 'new_year' | 'obon' | 'month_end' | 'rokuyo'; a: number; b: number }[];
	dates: { dates: DateLit[]; span: boolean; a: number; b: number }[];
	months: number[] | null;
	/** 年中無休, 無休 (true), or なし. */
	noclose: boolean | 'なし';
	only: boolean;
	/** Counts of meetings (月2回, 毎週3回, 週5日), in the item or its parentheses. */
	counts: Count[];
	/** Words that leave the days open (不定期, 隔月, もしくは), in the item or its parentheses. */
	vetoes: Span[];
	/** （第5週はお休み） with no days of its own in the item: the weeks the days before it skip. */
	skip: { weeks: Week[]; a: number; b: number } | null;
	/** Parentheses whose meaning joins this item (closures, dates, rules for other days). */
	parens: ParenInfo[];
	/** Unknown words: the item cannot be read with certainty. */
	unknown: boolean;
	/** Parts to hand back verbatim although the rest of the item is understood (an aside in parentheses). */
	asides: Span[];
	/** Separator before the item. */
	sepBefore: string;
	/** Nothing but particles and fillers. */
	empty: boolean;
	/** は: 「土曜は10:00〜14:00」. */
	topic: boolean;
	/** Parentheses that speak of closing (休, 場合は翌…) even where they are not understood: 月曜（祝日及び14日が月曜の場合は翌平日休）. */
	closingHint: boolean;
}

function blank(a: number, b: number, sepBefore: string): ItemInfo {
	return {
		a,
		b,
		spec: null,
		timed: [],
		pred: null,
		label: null,
		shift: null,
		nouns: [],
		dates: [],
		months: null,
		noclose: false,
		only: false,
		counts: [],
		vetoes: [],
		skip: null,
		parens: [],
		unknown: false,
		asides: [],
		sepBefore,
		empty: true,
		topic: false,
		closingHint: false,
	};
}

/** Splits tokens into items at separators. `hard` separators (line breaks, 。) are kept out of items. */
export function splitItems(toks: Tok[]): { toks: Tok[]; sepBefore: string }[] {
	const items: { toks: Tok[]; sepBefore: string }[] = [];
	let cur: Tok[] = [];
	let sep = '';
	for (const t of toks) {
		// 放課後〜18:00土曜日 9:00〜17:00: days right after a time start a new part.
		if (t.k === 'days' && cur[cur.length - 1]?.k === 'time') {
			items.push({ toks: cur, sepBefore: sep });
			cur = [];
			sep = '';
		}
		if (t.k === 'sep') {
			if (cur.length) items.push({ toks: cur, sepBefore: sep });
			cur = [];
			sep = t.ch;
			continue;
		}
		cur.push(t);
	}
	if (cur.length) items.push({ toks: cur, sepBefore: sep });
	return items;
}

interface Current {
	spec: DaySpec;
	a: number;
	b: number;
	used: boolean;
}

/** Reading one item: its tokens, what has been read, and the days read last (times and parentheses bind to them). */
interface ItemState {
	toks: Tok[];
	info: ItemInfo;
	cur: Current | null;
}

export function analyzeItem(toks: Tok[], sepBefore: string): ItemInfo {
	const st: ItemState = { toks, info: blank(toks[0]?.a ?? 0, toks[toks.length - 1]?.b ?? 0, sepBefore), cur: null };
	toks.forEach((t, k) => {
		if (t.k === 'days') readDaysTok(st, t);
		else if (t.k === 'time') readTimeTok(st, t, k);
		else if (t.k === 'paren') readParenTok(st, t, k);
		else if (t.k === 'skipweeks') {
			// With no days before it in the item, the weeks apply to the days read before (see interpret).
			const { cur, info } = st;
			if (!skipWeeks(cur?.spec ?? info.timed[info.timed.length - 1]?.spec, t.weeks)) info.skip = { weeks: t.weeks, a: t.a, b: t.b };
			info.empty = false;
		} else readWordTok(st.info, t, k, toks);
	});
	if (st.cur && !st.cur.used) st.info.spec = st.cur.spec;
	return st.info;
}

function readDaysTok(st: ItemState, t: Extract<Tok, { k: 'days' }>): void {
	const cur = st.cur;
	if (cur && !cur.used && !st.info.timed.length) {
		// Two day lists with nothing between them (平日土曜) join.
		st.cur = { spec: { ...cur.spec, atoms: [...cur.spec.atoms, ...t.spec.atoms] }, a: cur.a, b: t.b, used: false };
	} else st.cur = { spec: t.spec, a: t.a, b: t.b, used: false };
	st.info.empty = false;
}

function readTimeTok(st: ItemState, t: Extract<Tok, { k: 'time' }>, k: number): void {
	const { cur, info, toks } = st;
	let spec: DaySpec | null = null;
	if (cur && (!cur.used || info.timed[info.timed.length - 1]?.spec === cur.spec)) {
		spec = cur.spec;
		cur.used = true;
	}
	// 月・木：14:00: a lone time given to days after a colon is when they start.
	const colon = toks[k - 1]?.k === 'part' && (toks[k - 1] as { w: string }).w === ':' && toks[k - 2]?.k === 'days';
	const range: TimeRange = t.range.point && spec && colon && t.range.start !== undefined ? { start: t.range.start } : t.range;
	info.timed.push({ spec, range, a: cur && spec ? Math.min(cur.a, t.a) : t.a, b: t.b });
	info.empty = false;
}

function readParenTok(st: ItemState, t: Extract<Tok, { k: 'paren' }>, k: number): void {
	const { info, toks } = st;
	const p = analyzeParen(t);
	info.empty = false;
	for (const i of p.items) {
		info.counts.push(...i.counts);
		info.vetoes.push(...i.vetoes);
	}
	if ((p.kind === 'unknown' || p.kind === 'qualifier') && speaksOfClosing(t.toks)) info.closingHint = true;
	if (p.kind === 'empty' || p.kind === 'count') return; // 火曜(月２回), 毎週木曜日(月4回): the count is checked against the rules
	if (p.kind === 'days') {
		const spec = p.items.find((i) => i.spec)!.spec!;
		let next: Tok | undefined;
		for (let j = k + 1; j < toks.length && !next; j++) if (toks[j]!.k !== 'part' && toks[j]!.k !== 'filler') next = toks[j];
		const last = info.timed[info.timed.length - 1];
		if (next?.k === 'time') st.cur = { spec, a: t.a, b: t.b, used: false };
		else if (last && !last.spec) {
			last.spec = spec;
			last.back = true;
			last.b = t.b;
		} else if (!st.cur && !info.timed.length && info.counts.length) {
			st.cur = { spec, a: t.a, b: t.b, used: false }; // 月2回（第1・3木曜）: the count is checked against the rules
		} else info.asides.push([t.a, t.b]);
	} else if (p.kind === 'times') {
		const times = p.items.flatMap((i) => i.timed);
		const cur = st.cur;
		if (cur && !cur.used && !info.timed.length && times.every((x) => !x.spec)) {
			for (const x of times) info.timed.push({ spec: cur.spec, range: x.range, a: cur.a, b: t.b });
			cur.used = true;
		} else info.asides.push([t.a, t.b]);
	} else if (p.kind === 'shift') {
		const s = p.items.find((i) => i.shift)!.shift!;
		info.shift = { ...s, a: t.a, b: t.b };
	} else if (p.kind === 'qualifier') info.unknown = true;
	else if (p.kind === 'unknown') info.asides.push([t.a, t.b]);
	else info.parens.push(p);
}

/** Keywords, closures, dates, months, counts and the other words of an item. */
function readWordTok(info: ItemInfo, t: Tok, k: number, toks: Tok[]): void {
	const seen = () => (info.empty = false);
	switch (t.k) {
		case 'kw':
			if (t.label || (k === 0 && isLabelPosition(toks, k))) info.label = t.mode;
			else info.pred = t.mode;
			return void seen();
		case 'shift':
			info.shift = { shift: t.shift, days: t.days, a: t.a, b: t.b, ...(t.extra ? { extra: true } : {}) };
			return void seen();
		case 'noun':
			info.nouns.push({ what: t.what, a: t.a, b: t.b });
			return void seen();
		case 'dates':
			info.dates.push({ dates: t.dates, span: t.span, a: t.a, b: t.b });
			return void seen();
		case 'months':
			info.months = [...(info.months ?? []), ...t.months];
			return void seen();
		case 'noclose':
			info.noclose = t.bare ? 'なし' : true;
			return void seen();
		case 'freq':
			info.counts.push({ n: t.n, per: t.per, span: [t.a, t.b] });
			return void seen();
		case 'veto':
			info.vetoes.push([t.a, t.b]);
			return void seen();
		case 'unk':
			info.unknown = true;
			return void seen();
		case 'only':
			info.only = true;
			return;
		case 'aside':
			info.asides.push([t.a, t.b]);
			return;
		case 'part':
			if (t.w === 'は') info.topic = true;
			return;
		default:
			return;
	}
}

/**
 * 毎週火曜日 10:00〜11:30（第5週はお休み）: weeks taken out of weekly days make them the other weeks of the month
 * (the spec is changed in place, so the times bound to it follow). Returns whether it could.
 */
export function skipWeeks(spec: DaySpec | null | undefined, weeks: Week[]): boolean {
	if (!spec || spec.alt || spec.either || spec.months || !spec.atoms.length || !spec.atoms.every((a) => a.k === 'wd' && !a.all))
		return false;
	const days = spec.atoms.flatMap((a) => (a.k === 'wd' ? a.days : []));
	spec.atoms = [{ k: 'nth', weeks, days }];
	return true;
}

function speaksOfClosing(toks: Tok[]): boolean {
	return toks.some(
		(t) =>
			(t.k === 'kw' && (t.mode === 'closed' || t.mode === 'except')) ||
			(t.k === 'shift' && t.shift !== 'open') ||
			(t.k === 'paren' && speaksOfClosing(t.toks)),
	);
}

/**
 * The predicate each item falls under: its own, or the next one in its sentence (「月曜日、祝日、年末年始は休館」),
 * not reaching back over an item with times.
 */
export function effectivePredicates(items: ItemInfo[]): (KwMode | null)[] {
	const out: (KwMode | null)[] = new Array(items.length).fill(null);
	let carry: KwMode | null = null;
	for (let k = items.length - 1; k >= 0; k--) {
		const it = items[k]!;
		if (it.pred) carry = it.pred;
		out[k] = it.timed.length ? it.pred : (it.pred ?? carry);
		if (it.timed.length) carry = null;
	}
	return out;
}

function isBareFreq(i: ItemInfo): boolean {
	return !i.spec && !i.timed.length && !i.nouns.length && !i.dates.length && !i.months && !i.shift && !i.unknown && !i.vetoes.length;
}

/** 休館日は…, 休館日（…）, 開催日程 第2…: a keyword first in its item, followed by its content. */
function isLabelPosition(toks: Tok[], k: number): boolean {
	const next = toks[k + 1];
	if (!next) return false;
	if (next.k === 'part' && toks[k + 2]) return true;
	return next.k === 'paren' || next.k === 'days' || next.k === 'time' || next.k === 'dates';
}

export function analyzeParen(t: Extract<Tok, { k: 'paren' }>): ParenInfo {
	const items = splitItems(t.toks)
		.map((x) => analyzeItem(x.toks, x.sepBefore))
		.filter((i) => !i.empty || i.pred || i.label);
	const out = (kind: ParenKind): ParenInfo => ({ kind, a: t.a, b: t.b, items });
	if (!items.length) return out('empty');
	// （月2回）: a count that does not fit the days it follows restricts them (see analyzeItem).
	if (items.length === 1 && items[0]!.counts.length && isBareFreq(items[0]!)) return out('count');
	if (items.some((i) => i.unknown || i.asides.length)) {
		// 4・5・6・11月は無休: the host holds only in some months.
		if (items.some((i) => i.months && (i.noclose || i.pred))) return out('qualifier');
		return out('unknown');
	}
	const scoped = effectivePredicates(items);
	const closing = (k: number) => scoped[k] === 'closed' || scoped[k] === 'except';
	if (items.some((i) => i.months)) {
		// （8月はお休み）: months closed; （4・5・6・11月は無休）: the host holds only in some months.
		const closedMonths = (i: ItemInfo, k: number) =>
			!i.months || (closing(k) && !i.spec && !i.timed.length && !i.noclose && !i.dates.length);
		if (items.every(closedMonths) && items.every((i, k) => closing(k) || (i.shift && !i.spec && !i.months))) return out('closures');
		return items.some((i) => i.noclose || i.pred) ? out('qualifier') : out('unknown');
	}
	if (
		items.length === 1 &&
		items[0]!.shift &&
		!items[0]!.spec &&
		!items[0]!.timed.length &&
		!items[0]!.nouns.length &&
		!items[0]!.dates.length
	)
		return out('shift');
	const plain = (i: ItemInfo) =>
		!i.shift && !i.nouns.length && !i.dates.length && !i.noclose && !i.label && !i.counts.length && !i.parens.length;
	if (items.every((i) => plain(i) && i.spec && !i.timed.length && (!i.pred || i.pred === 'open')))
		return items.length === 1 ? out('days') : out('unknown');
	if (items.every((i) => plain(i) && !i.spec && i.timed.length && i.timed.every((x) => !x.spec) && !i.pred)) return out('times');
	if (items.every((i) => plain(i) && i.topic && i.timed.length && i.timed.every((x) => x.spec) && (!i.pred || i.pred === 'open')))
		return out('rules');
	if (items.every((i) => !i.timed.length && !i.label && (i.spec || i.nouns.length || i.dates.length || i.shift || i.months))) {
		// （月曜・年末年始は休み、月曜が祝日のときは翌平日が休み）
		if (items.every((i, k) => closing(k) || (i.shift && i.shift.shift !== 'open' && !i.spec))) return out('closures');
		if (items.length === 1 && items[0]!.dates.length && !items[0]!.spec && !items[0]!.nouns.length && !items[0]!.shift && !items[0]!.pred)
			return out('dates');
		if (items.every((i) => !i.pred && !i.spec)) return out('closures');
	}
	return out('unknown');
}

/** Whether an item says something about days, times or closures (the parts every reading step looks at). */
export function saysSchedule(it: ItemInfo): boolean {
	return Boolean(
		it.spec ||
		it.timed.length ||
		it.nouns.length ||
		it.dates.length ||
		it.months ||
		it.shift ||
		it.noclose ||
		it.parens.length ||
		it.counts.length ||
		it.vetoes.length,
	);
}
