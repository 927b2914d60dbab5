/**
 * Reads the items of a schedule text into rules and closures, in the project's schedule model. Whatever has
 * no place in the model (an hour past midnight, a rule for some months only, 友引, a rule with no days, an
 * aside) is recorded as a span to hand back verbatim; nothing is guessed.
 *
 * The steps, in order: the text is cut into segments (./segments.ts); each segment is read item by item
 * (readSegment → readItem, which hands the item to the step for what it holds: unknown words, times, 無休, days,
 * months, a holiday shift, closure nouns and dates); days read without times wait in `pending` for times on the
 * next line; last, the counts the text gives (月2回, 週5日) are checked against the rules (checkCounts) and a
 * word that leaves the days open (不定期, 隔月, 第3もしくは第4) withdraws every rule (applyVetoes).
 */
import type { Weekday } from '../../../schemas/taxonomy.ts';
import type { DaySpec, Tok } from './lexer.ts';
import { effectivePredicates, saysSchedule, skipWeeks, type ItemInfo, type Span } from './items.ts';
import { addClosedSpec, addClosures, addParen, addRules, addShift, newDraft, type Draft } from './draft.ts';
import { closingList, dayLike, segments, type Segment } from './segments.ts';

export type { Draft, RuleDraft } from './draft.ts';

type Mode = 'open' | 'closed' | null;

/** Days read without times yet: times may follow (毎週水・金\n12:00〜14:00), or they stand alone. */
interface Pending {
	spec: DaySpec;
	span: Span;
	seg: number;
	mode: 'open' | null;
	topic: boolean;
}

/** What reading the whole text carries from one segment to the next. */
interface TextState {
	draft: Draft;
	s: string;
	/** The text lists closing days without saying so: its bare days are closing days. */
	defaultClosed: boolean;
	pending: Pending | null;
	/** A 【heading】 holds until the next one. */
	labelCarry: Segment['label'];
	/** The last segment that ended on a date left as is (an event day). */
	lastEventSeg: number;
}

/** What reading one segment carries from one item to the next. */
interface SegmentState {
	si: number;
	label: Segment['label'];
	preds: ReturnType<typeof effectivePredicates>;
	/** Weekdays said differently for some months: 毎週火曜日、12月と3月は第2・第4火曜日のみ. */
	monthsDays: Set<Weekday>;
	/** The item before qualifies what follows it (dates, months, unknown words): bare times after it are not the place's hours. */
	prevQualifier: boolean;
	/** The item before is a month or date with nothing said about it: 偶数月 第3日曜日. */
	prevPeriod: boolean;
	/** Days of the previous item's times, for a list of times: 9:00〜12:00、13:00〜16:30. */
	prevTimedSpec: DaySpec | null;
	/** The first rule read in this segment. */
	firstRule: number;
	/** The segment says its closures may happen, not that they do (「…休むことがあります」). */
	hedged: boolean;
}

/** What an item's step needs to know besides the item. */
interface ItemContext {
	pred: ItemInfo['pred'];
	mode: Mode;
	wasQualifier: boolean;
	wasPeriod: boolean;
	continuing: DaySpec | null;
}

export function interpret(toks: Tok[], s: string): Draft {
	// A text wholly in parentheses: （毎月第4火曜日 14時〜15時30分）.
	const content = toks.filter((t) => t.k !== 'sep');
	if (content.length === 1 && content[0]!.k === 'paren') toks = content[0].toks;
	const segs = segments(toks);
	const st: TextState = { draft: newDraft(), s, defaultClosed: closingList(segs, s), pending: null, labelCarry: null, lastEventSeg: -2 };
	segs.forEach((seg, si) => readSegment(st, seg, si));
	flushPending(st, null);
	checkCounts(st.draft);
	applyVetoes(st.draft, s);
	return st.draft;
}

const lossy = (st: TextState, span: Span) => st.draft.lossy.push(span);

/** Pending days become rules or closing days: under an opening heading (開館日：月〜金) they stay open days. */
function flushPending(st: TextState, mode: Mode): void {
	const p = st.pending;
	if (!p) return;
	const m = p.mode ?? mode ?? (st.defaultClosed ? 'closed' : 'open');
	if (m === 'open') addRules(st.draft, p.spec, undefined, p.span);
	else addClosedSpec(st.draft, p.spec, p.span);
	st.pending = null;
}

const timesOnly = (it: ItemInfo | undefined) => !!it && !it.unknown && it.timed.length > 0 && !it.spec && !it.timed[0]!.spec;

function readSegment(st: TextState, seg: Segment, si: number): void {
	const label = seg.label ?? st.labelCarry;
	if (seg.label && seg.bracket) st.labelCarry = seg.label;
	else if (seg.bracket) st.labelCarry = null;
	if (seg.aside && st.lastEventSeg === si - 1) {
		// 2018年5月16日(水)※第3水曜日 午後1時〜: a remark on the date before, not a rule.
		flushPending(st, null);
		lossy(st, [seg.a, seg.b]);
		return;
	}
	if (label === 'unknown' || label === 'end' || label === 'period') {
		flushPending(st, null);
		lossy(st, [seg.a, seg.b]);
		if (label === 'end' || label === 'period') st.draft.droppedRule = true;
		return;
	}
	const items = seg.items;
	// Pending days wait for their times across one line break or sentence end: 【公開日】毎月第3日曜日。10:00〜16:00。
	if (st.pending && (st.pending.seg !== si - 1 || !timesOnly(items.find((i) => !i.empty || i.pred)))) flushPending(st, null);
	const monthsDays = new Set(
		items
			.filter((i) => i.spec && (i.months || i.spec.months))
			.flatMap((i) => i.spec!.atoms.flatMap((a) => ('days' in a && a.k !== 'dom' ? a.days : []))),
	);
	const ss: SegmentState = {
		si,
		label,
		preds: effectivePredicates(items),
		monthsDays,
		prevQualifier: false,
		prevPeriod: false,
		prevTimedSpec: null,
		firstRule: st.draft.rules.length,
		hedged: HEDGED.test(st.s.slice(seg.a, seg.b)),
	};
	items.forEach((it, ii) => readItem(st, ss, it, ii));
}

/** Words that make a closure uncertain: it may happen, not that it does. */
const HEDGED = /(?:こと|場合|時)が(?:あり|ある|ござい)|かもしれ|可能性/;

function readItem(st: TextState, ss: SegmentState, it: ItemInfo, ii: number): void {
	const pred = ss.preds[ii] ?? null;
	const label = ss.label;
	const mode: Mode =
		pred === 'open'
			? 'open'
			: pred === 'closed' || pred === 'except'
				? 'closed'
				: label === 'open'
					? 'open'
					: label === 'closed' || label === 'except'
						? 'closed'
						: null;
	const ctx: ItemContext = { pred, mode, wasQualifier: ss.prevQualifier, wasPeriod: ss.prevPeriod, continuing: ss.prevTimedSpec };
	ss.prevQualifier = false;
	ss.prevPeriod = false;
	ss.prevTimedSpec = null;
	for (const a of it.asides) lossy(st, a);
	// 定休日：不定期, 火曜(月２回) speak of closing days; everywhere else the words leave the meeting days open.
	const closing = mode === 'closed' || (mode === null && st.defaultClosed);
	// 「…には休むことがあります」, 「休む場合があります」: a closure that may or may not happen is not a closing day.
	if (closing && ss.hedged) {
		lossy(st, [it.a, it.b]);
		return;
	}
	if (closing && it.counts.length) {
		lossy(st, [it.a, it.b]);
		return;
	}
	for (const c of it.counts) st.draft.counts.push(c);
	if (!closing) for (const v of it.vetoes) st.draft.vetoes.push(v);
	if (it.unknown) {
		ss.prevQualifier = readUnknownItem(st, ss, it);
		return;
	}
	readContent(st, ss, it, ctx);
	if (it.skip) readSkipItem(st, ss, it);
}

function readContent(st: TextState, ss: SegmentState, it: ItemInfo, ctx: ItemContext): void {
	const { mode } = ctx;
	const label = ss.label;
	if (it.empty && !it.pred && !it.label) return;
	const hasContent = saysSchedule(it) || it.skip;
	if (!hasContent) {
		// A predicate or heading alone: 利用不可, 開所日のみ.
		if (!it.label) lossy(st, [it.a, it.b]);
		return;
	}
	// Parentheses that add closures or rules for other days.
	for (const p of it.parens) {
		if (p.kind === 'dates' && !it.nouns.length) lossy(st, [p.a, p.b]);
		else addParen(st.draft, p);
	}
	if (it.timed.length) return readTimedItem(st, ss, it, ctx);
	if (it.noclose) return readNocloseItem(st, it, label);
	if (it.spec) return readDaysItem(st, ss, it, ctx);
	if (it.months) return readMonthsItem(st, ss, it, mode);
	if (it.shift) {
		flushPending(st, 'closed');
		addShift(st.draft, it);
		addClosures(st.draft, it);
		return;
	}
	if (it.nouns.length || it.dates.length) return readDatesItem(st, ss, it, mode);
}

/**
 * 毎週火曜日 10:00〜11:30（第5週はお休み）: the weekly days read just before (pending, or the rules of this segment)
 * become the other weeks of the month; with nothing to apply to, the words are kept as written.
 */
function readSkipItem(st: TextState, ss: SegmentState, it: ItemInfo): void {
	const { weeks, a, b } = it.skip!;
	if (st.pending && skipWeeks(st.pending.spec, weeks)) return;
	const mine = st.draft.rules.slice(ss.firstRule);
	if (!mine.length || !mine.every((r) => r.repeat === '毎週' && r.weekdays?.length && !r.implicit)) {
		lossy(st, [a, b]);
		return;
	}
	for (const r of mine) {
		r.repeat = '毎月';
		r.weeks = weeks;
	}
}

/** An item with words this parser does not know; returns whether it qualifies what follows. */
function readUnknownItem(st: TextState, ss: SegmentState, it: ItemInfo): boolean {
	const p = st.pending;
	if (p && !it.spec && it.timed.every((x) => !x.spec) && dayLike(st.s, it)) {
		// 土曜日・学校休業日 8:00〜18:00: an unknown kind of day beside known days; the known days keep the times.
		lossy(st, [it.a, it.b]);
		if (it.timed.length) {
			for (const x of it.timed) addRules(st.draft, p.spec, x.range, [p.span[0], x.b]);
			lossy(st, [p.span[0], it.b]);
			st.pending = null;
		} else p.span = [p.span[0], it.b];
		return false;
	}
	if (p && p.topic && p.seg === ss.si) {
		// 土は AM のみ: what the days have is not understood.
		lossy(st, [p.span[0], it.b]);
		st.pending = null;
	} else lossy(st, [it.a, it.b]);
	return true;
}

function readTimedItem(st: TextState, ss: SegmentState, it: ItemInfo, ctx: ItemContext): void {
	if (st.pending && !timesOnly(it)) flushPending(st, null);
	const closedHours = ctx.pred === 'closed' || ctx.pred === 'except' || (ctx.mode === 'closed' && ctx.pred !== 'open');
	if (it.shift) lossy(st, [it.shift.a, it.shift.b]); // 祝日の場合翌日開催: not in the model
	if (closedHours || it.months || it.dates.length || it.nouns.length || (ctx.wasQualifier && !st.pending && !it.timed[0]!.spec)) {
		// Hours of closing (12:30〜14:45まで閉局), hours for some months or dates only: not in the model.
		const from = st.pending && !it.timed[0]!.spec ? st.pending.span[0] : it.a;
		if (st.pending && !it.timed[0]!.spec) st.pending = null;
		lossy(st, [from, it.b]);
		if (!closedHours) st.draft.droppedRule = true;
		return;
	}
	for (const x of it.timed) {
		let spec = x.spec;
		let span: Span = [x.a, x.b];
		if (!spec && st.pending) {
			spec = st.pending.spec;
			span = [st.pending.span[0], x.b];
		} else if (!spec && ctx.continuing) spec = ctx.continuing;
		addRules(st.draft, spec, x.range, span);
		ss.prevTimedSpec = x.back ? null : spec;
	}
	st.pending = null;
}

/** 「なし」 says there are no closing days only under a closing-days heading (定休日：なし, 【休館日】なし). */
function readNocloseItem(st: TextState, it: ItemInfo, label: Segment['label']): void {
	if (it.spec || it.nouns.length || it.dates.length || (it.noclose === 'なし' && label !== 'closed')) lossy(st, [it.a, it.b]);
	else st.draft.noclose = true;
}

function readDaysItem(st: TextState, ss: SegmentState, it: ItemInfo, ctx: ItemContext): void {
	const spec = it.spec!;
	// Days with a shift are closing days; days whose parentheses exclude holidays are open days.
	// 月〜金曜日（祝日・年末年始を除く）, 毎月10日（8月は休み）: closures beside the days make them open days.
	const exceptParen = it.parens.some((p) => p.kind === 'closures');
	const m = ctx.mode ?? (it.shift ? 'closed' : exceptParen ? 'open' : null);
	flushPending(st, null);
	const weekly = spec.atoms.flatMap((a) => (a.k === 'wd' ? a.days : []));
	if (it.months || spec.months || (ctx.wasPeriod && !ctx.pred) || weekly.some((d) => ss.monthsDays.has(d))) {
		lossy(st, [it.a, it.b]);
		if (m !== 'closed') st.draft.droppedRule = true;
		ss.prevQualifier = true;
		return;
	}
	if (it.nouns.length || it.dates.length) {
		// 日曜・8/14〜16: days beside dates are closing days.
		if (m === 'open') lossy(st, [it.a, it.b]);
		else {
			addClosedSpec(st.draft, spec, [it.a, it.b]);
			addShift(st.draft, it);
			addClosures(st.draft, it);
		}
		return;
	}
	if (m === null || (m === 'open' && !ctx.pred && !it.shift)) {
		st.pending = { spec, span: [it.a, it.b], seg: ss.si, mode: m, topic: it.topic };
		return;
	}
	if (m === 'open') {
		addRules(st.draft, spec, undefined, [it.a, it.b]);
		if (it.shift) lossy(st, [it.shift.a, it.shift.b]);
	} else {
		addClosedSpec(st.draft, spec, [it.a, it.b]);
		addShift(st.draft, it);
	}
}

function readMonthsItem(st: TextState, ss: SegmentState, it: ItemInfo, mode: Mode): void {
	if (mode === 'closed' && !it.nouns.length && !it.dates.length) for (const m of it.months!) st.draft.closed.months.add(m);
	else {
		lossy(st, [it.a, it.b]);
		ss.prevQualifier = true;
		ss.prevPeriod = !it.pred;
	}
}

function readDatesItem(st: TextState, ss: SegmentState, it: ItemInfo, mode: Mode): void {
	if (st.pending) flushPending(st, mode === 'closed' || it.nouns.length ? 'closed' : null);
	const december = it.dates.some((d) => d.span && d.dates.some((x) => x.endsWith('12-31')) && d.dates.some((x) => x.endsWith('01-01')));
	if (!it.nouns.length && mode !== 'closed' && !(mode === null && (december || st.defaultClosed))) {
		// Dates that are not closing days: events, periods (開設期間), special hours.
		lossy(st, [it.a, it.b]);
		ss.prevQualifier = true;
		ss.prevPeriod = !it.pred;
		st.lastEventSeg = ss.si;
		return;
	}
	if (mode === 'open') {
		lossy(st, [it.a, it.b]);
		return;
	}
	addClosures(st.draft, it);
}

/**
 * 毎月1回第1土曜日, 毎週3回 火・金・日, 月〜金の週5日: a count that the rules give exactly is understood. 毎週木曜日(月4回)
 * nearly fits (a fifth Thursday is skipped): the rules stay and the count is kept as written. A count the rules do
 * not give (月2回 火曜日, 月1回 with no day) leaves the days open: it withdraws the rules.
 */
function checkCounts(draft: Draft): void {
	if (!draft.counts.length) return;
	const monthly = draft.rules.filter((r) => r.repeat === '毎月');
	const weekly = draft.rules.filter((r) => r.repeat === '毎週');
	const perMonth = monthly.reduce((n, r) => n + (r.days ? r.days.length : (r.weeks?.length ?? 0) * (r.weekdays?.length ?? 0)), 0);
	const perWeek = new Set(weekly.flatMap((r) => r.weekdays ?? [])).size;
	const onlyMonthly = monthly.length > 0 && monthly.length === draft.rules.length;
	const onlyWeekly = weekly.length > 0 && weekly.length === draft.rules.length;
	for (const c of draft.counts) {
		const exact = c.per === 'month' ? onlyMonthly && perMonth === c.n : onlyWeekly && perWeek === c.n;
		const near = c.per === 'month' && onlyWeekly && perWeek * 4 <= c.n && c.n <= perWeek * 5;
		if (near) draft.lossy.push(c.span);
		else if (!exact) draft.vetoes.push(c.span);
	}
}

/** A word that leaves the days open withdraws every rule, and the whole text is kept as written. */
function applyVetoes(draft: Draft, s: string): void {
	if (!draft.vetoes.length) return;
	draft.rules = [];
	draft.noclose = false;
	draft.droppedRule = true;
	draft.lossy.push([0, s.length]);
}
