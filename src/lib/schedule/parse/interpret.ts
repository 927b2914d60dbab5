/**
 * Reads the items of a schedule text into rules and closures, in the project's schedule model. Whatever has
 * no place in the model (an hour past midnight, a rule for some months only, 友引, a rule with no days, an
 * aside) is recorded as a span to hand back verbatim; nothing is guessed.
 */
import { WEEKDAYS, type Weekday } from '../../../schemas/taxonomy.ts';
import { LIMITS } from '../../safety/limits.ts';
import type { DaySpec, DateLit, KwMode, TimeRange, Tok, Week, Shift } from './lexer.ts';
import { analyzeItem, effectivePredicates, splitItems, type ItemInfo, type ParenInfo, type Span } from './items.ts';

export interface RuleDraft {
	repeat: '毎週' | '隔週' | '毎月';
	weekdays?: Weekday[];
	weeks?: Week[];
	days?: number[];
	start?: number;
	end?: number;
	/** Weekdays not stated in the text: every day (null) or 平日, narrowed by the closing days at the end. */
	implicit: 'all' | 'weekdays' | null;
	span: Span;
}

export interface ClosedDraft {
	weekdays: Set<Weekday>;
	nth: { weeks: Week[]; weekdays: Weekday[]; span: Span }[];
	holidays: boolean;
	new_year: boolean;
	obon: boolean;
	months: Set<number>;
	annual: Set<string>;
	dates: Set<string>;
	shift: { v: '翌平日' | '翌日'; span: Span } | null;
}

export interface Draft {
	rules: RuleDraft[];
	closed: ClosedDraft;
	/** Parts of the text with no place in the model. */
	lossy: Span[];
	/** 年中無休, 無休, 休館日: なし. */
	noclose: boolean;
	/** Some rule could not be kept (hours past midnight, months only…). */
	droppedRule: boolean;
}

const NEW_YEAR = ['12-29', '12-30', '12-31', '01-01', '01-02', '01-03'];
const OBON = ['08-13', '08-14', '08-15', '08-16'];
const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

interface Segment {
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
function segments(toks: Tok[]): Segment[] {
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
		if (t.k === 'paren' && prev?.k === 'kw' && prev.b === t.a && (prev.mode === 'closed' || prev.mode === 'open') && (!before || before.k === 'sep')) {
			// 休館日（毎週火曜日、祝日、年末年始）: the parentheses hold the heading's content.
			cur.push({ k: 'sep', a: t.a, b: t.a + 1, ch: '(' }, ...t.toks, { k: 'sep', a: t.b - 1, b: t.b, ch: ')' });
			continue;
		}
		cur.push(t);
	}
	flush();
	return out;
}

export function interpret(toks: Tok[], s: string): Draft {
	const draft: Draft = {
		rules: [],
		closed: { weekdays: new Set(), nth: [], holidays: false, new_year: false, obon: false, months: new Set(), annual: new Set(), dates: new Set(), shift: null },
		lossy: [],
		noclose: false,
		droppedRule: false,
	};
	// A text wholly in parentheses: （毎月第4火曜日 14時〜15時30分）.
	const content = toks.filter((t) => t.k !== 'sep');
	if (content.length === 1 && content[0]!.k === 'paren') toks = content[0].toks;
	const segs = segments(toks);
	const defaultClosed = closingList(segs, s);
	/** Days read without times yet: times may follow (毎週水・金\n12:00〜14:00), or they stand alone. */
	let pending: { spec: DaySpec; span: Span; seg: number; mode: 'open' | null; topic: boolean } | null = null;
	let labelCarry: Segment['label'] = null;
	/** The last segment that ended on a date left as is (an event day). */
	let lastEventSeg = -2;

	const lossy = (span: Span) => draft.lossy.push(span);
	const flushPending = (mode: 'open' | 'closed' | null) => {
		if (!pending) return;
		// Under an opening heading (開館日：月〜金) the days stay open days.
		const m = pending.mode ?? mode ?? (defaultClosed ? 'closed' : 'open');
		if (m === 'open') addRules(draft, pending.spec, undefined, pending.span);
		else addClosedSpec(draft, pending.spec, pending.span);
		pending = null;
	};
	const timesOnly = (it: ItemInfo | undefined) => !!it && !it.unknown && it.timed.length > 0 && !it.spec && !it.timed[0]!.spec;

	segs.forEach((seg, si) => {
		// A 【heading】 holds until the next one; a label: holds for its sentence.
		const label = seg.label ?? labelCarry;
		if (seg.label && seg.bracket) labelCarry = seg.label;
		else if (seg.bracket) labelCarry = null;
		if (seg.aside && lastEventSeg === si - 1) {
			// 2018年5月16日(水)※第3水曜日 午後1時〜: a remark on the date before, not a rule.
			flushPending(null);
			lossy([seg.a, seg.b]);
			return;
		}
		if (label === 'unknown' || label === 'end' || label === 'period') {
			flushPending(null);
			lossy([seg.a, seg.b]);
			if (label === 'end' || label === 'period') draft.droppedRule = true;
			return;
		}
		const items = seg.items;
		// Pending days wait for their times across one line break or sentence end: 【公開日】毎月第3日曜日。10:00〜16:00。
		if (pending && (pending.seg !== si - 1 || !timesOnly(items.find((i) => !i.empty || i.pred)))) flushPending(null);
		const effPred = effectivePredicates(items);
		// 毎週火曜日、12月と3月は第2・第4火曜日のみ: a weekday said differently for some months is not weekly.
		const monthsDays = new Set(items.filter((i) => i.spec && (i.months || i.spec.months)).flatMap((i) => i.spec!.atoms.flatMap((a) => ('days' in a && a.k !== 'dom' ? a.days : []))));
		/** The item before qualifies what follows it (dates, months, unknown words): bare times after it are not the place's hours. */
		let prevQualifier = false;
		/** The item before is a month or date with nothing said about it: 偶数月 第3日曜日. */
		let prevPeriod = false;
		/** Days of the previous item's times, for a list of times: 9:00〜12:00、13:00〜16:30. */
		let prevTimedSpec: DaySpec | null = null;
		items.forEach((it, ii) => {
			const pred = effPred[ii] ?? null;
			const mode: 'open' | 'closed' | null = pred === 'open' ? 'open' : pred === 'closed' || pred === 'except' ? 'closed' : label === 'open' ? 'open' : label === 'closed' || label === 'except' ? 'closed' : null;
			const wasQualifier = prevQualifier;
			const wasPeriod = prevPeriod;
			const continuing = prevTimedSpec;
			prevQualifier = false;
			prevPeriod = false;
			prevTimedSpec = null;
			for (const a of it.asides) lossy(a);
			if (it.unknown) {
				if (pending && !it.spec && it.timed.every((x) => !x.spec) && dayLike(s, it)) {
					// 土曜日・学校休業日 8:00〜18:00: an unknown kind of day beside known days; the known days keep the times.
					lossy([it.a, it.b]);
					if (it.timed.length) {
						for (const x of it.timed) addRules(draft, pending.spec, x.range, [pending.span[0], x.b]);
						lossy([pending.span[0], it.b]);
						pending = null;
					} else pending.span = [pending.span[0], it.b];
					return;
				}
				if (pending && pending.topic && pending.seg === si) {
					// 土は AM のみ: what the days have is not understood.
					lossy([pending.span[0], it.b]);
					pending = null;
				} else lossy([it.a, it.b]);
				prevQualifier = true;
				return;
			}
			if (it.empty && !it.pred && !it.label) return;
			const hasContent = it.spec || it.timed.length || it.nouns.length || it.dates.length || it.months || it.shift || it.noclose || it.parens.length || it.freq !== null;
			if (!hasContent) {
				// A predicate or heading alone: 利用不可, 開所日のみ.
				if (!it.label) lossy([it.a, it.b]);
				return;
			}
			if (it.freq !== null && !(it.spec && countOccurrences(it.spec) === it.freq)) {
				// 月2回 that does not simply count the days given.
				lossy([it.a, it.b]);
				return;
			}
			// Parentheses that add closures or rules for other days.
			for (const p of it.parens) {
				if (p.kind === 'dates' && !it.nouns.length) lossy([p.a, p.b]);
				else addParen(draft, p);
			}
			if (it.timed.length) {
				if (pending && !timesOnly(it)) flushPending(null);
				const closedHours = pred === 'closed' || pred === 'except' || (mode === 'closed' && pred !== 'open');
				if (it.shift) lossy([it.shift.a, it.shift.b]); // 祝日の場合翌日開催: not in the model
				if (closedHours || it.months || it.dates.length || it.nouns.length || (wasQualifier && !pending && !it.timed[0]!.spec)) {
					// Hours of closing (12:30〜14:45まで閉局), hours for some months or dates only: not in the model.
					const from = pending && !it.timed[0]!.spec ? pending.span[0] : it.a;
					if (pending && !it.timed[0]!.spec) pending = null;
					lossy([from, it.b]);
					if (!closedHours) draft.droppedRule = true;
					return;
				}
				for (const x of it.timed) {
					let spec = x.spec;
					let span: Span = [x.a, x.b];
					if (!spec && pending) {
						spec = pending.spec;
						span = [pending.span[0], x.b];
					} else if (!spec && continuing) spec = continuing;
					addRules(draft, spec, x.range, span);
					prevTimedSpec = x.back ? null : spec;
				}
				pending = null;
				return;
			}
			if (it.noclose) {
				// 「なし」 says there are no closing days only under a closing-days heading (定休日：なし, 【休館日】なし).
				if (it.spec || it.nouns.length || it.dates.length || (it.noclose === 'なし' && label !== 'closed')) lossy([it.a, it.b]);
				else draft.noclose = true;
				return;
			}
			if (it.spec) {
				// Days with a shift are closing days; days whose parentheses exclude holidays are open days.
				// 月〜金曜日（祝日・年末年始を除く）, 毎月10日（8月は休み）: closures beside the days make them open days.
				const exceptParen = it.parens.some((p) => p.kind === 'closures');
				const m = mode ?? (it.shift ? 'closed' : exceptParen ? 'open' : null);
				flushPending(null);
				const weekly = it.spec.atoms.flatMap((a) => (a.k === 'wd' ? a.days : []));
				if (it.months || it.spec.months || (wasPeriod && !pred) || weekly.some((d) => monthsDays.has(d))) {
					lossy([it.a, it.b]);
					if (m !== 'closed') draft.droppedRule = true;
					prevQualifier = true;
					return;
				}
				if (it.nouns.length || it.dates.length) {
					// 日曜・8/14〜16: days beside dates are closing days.
					if (m === 'open') lossy([it.a, it.b]);
					else {
						addClosedSpec(draft, it.spec, [it.a, it.b]);
						addShift(draft, it);
						addClosures(draft, it);
					}
					return;
				}
				if (m === null || (m === 'open' && !pred && !it.shift)) {
					pending = { spec: it.spec, span: [it.a, it.b], seg: si, mode: m, topic: it.topic };
					return;
				}
				if (m === 'open') {
					addRules(draft, it.spec, undefined, [it.a, it.b]);
					if (it.shift) lossy([it.shift.a, it.shift.b]);
				} else {
					addClosedSpec(draft, it.spec, [it.a, it.b]);
					addShift(draft, it);
				}
				return;
			}
			if (it.months) {
				if (mode === 'closed' && !it.nouns.length && !it.dates.length) for (const m of it.months) draft.closed.months.add(m);
				else {
					lossy([it.a, it.b]);
					prevQualifier = true;
					prevPeriod = !it.pred;
				}
				return;
			}
			if (it.shift) {
				flushPending('closed');
				addShift(draft, it);
				addClosures(draft, it);
				return;
			}
			if (it.nouns.length || it.dates.length) {
				if (pending) flushPending(mode === 'closed' || it.nouns.length ? 'closed' : null);
				const december = it.dates.some((d) => d.span && d.dates.some((x) => x.endsWith('12-31')) && d.dates.some((x) => x.endsWith('01-01')));
				if (!it.nouns.length && mode !== 'closed' && !(mode === null && (december || defaultClosed))) {
					// Dates that are not closing days: events, periods (開設期間), special hours.
					lossy([it.a, it.b]);
					prevQualifier = true;
					prevPeriod = !it.pred;
					lastEventSeg = si;
					return;
				}
				if (mode === 'open') {
					lossy([it.a, it.b]);
					return;
				}
				addClosures(draft, it);
				return;
			}
		});
	});
	flushPending(null);
	return draft;
}

/** Meetings a month a day list gives: 第2土曜日、第4日曜日 → 2. */
function countOccurrences(spec: DaySpec): number {
	return spec.atoms.reduce((n, a) => n + (a.k === 'nth' ? a.weeks.length * a.days.length : a.k === 'dom' ? a.days.length : 99), 0);
}

/** An unknown word naming a kind of day (学校休業日, 祝前日), alone in its item apart from times. */
function dayLike(s: string, it: ItemInfo): boolean {
	const text = s.slice(it.a, it.timed[0]?.a ?? it.b).replace(/[ は:]+$/, '');
	return /^[^\s、,0-9]{2,8}日$/.test(text) && !it.nouns.length && !it.dates.length && !it.months;
}

function isBare(it: ItemInfo): boolean {
	return !(it.spec || it.timed.length || it.nouns.length || it.dates.length || it.months || it.shift || it.noclose || it.parens.length || it.freq !== null || it.unknown || it.asides.length);
}

/** A text that lists closing days without saying so (「月曜日、祝日、年末年始」): its bare days are closing days. */
function closingList(segs: Segment[], s: string): boolean {
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
			if (it.dates.some((d) => d.span && d.dates.some((x) => x.endsWith('12-31')) && d.dates.some((x) => x.endsWith('01-01')))) closing = true;
		}
	}
	return closing;
}

const ORDER = (d: Weekday) => WEEKDAYS.indexOf(d);
const uniqDays = (days: Weekday[]) => [...new Set(days)].sort((a, b) => ORDER(a) - ORDER(b));
const uniqWeeks = (weeks: Week[]) => [...new Set(weeks)].sort((a, b) => (a === '最終' ? 6 : a) - (b === '最終' ? 6 : b));

/** Rules for days (or no days) at a time range; parts the model cannot hold go to lossy. */
export function addRules(draft: Draft, spec: DaySpec | null, range: TimeRange | undefined, span: Span): void {
	if (range && (range.point || range.start === undefined || (range.end !== undefined && (range.end >= 24 * 60 || range.end <= range.start)) || range.start >= 24 * 60)) {
		// A lone time, a closing time only, or hours past midnight.
		draft.lossy.push(span);
		draft.droppedRule = true;
		return;
	}
	const times = range ? { start: range.start, ...(range.end !== undefined ? { end: range.end } : {}) } : {};
	if (!spec) {
		draft.rules.push({ repeat: '毎週', implicit: 'all', span, ...times });
		return;
	}
	if (spec.months) {
		draft.lossy.push(span);
		draft.droppedRule = true;
		return;
	}
	const weekly: Weekday[] = [];
	let implicit: RuleDraft['implicit'] = null;
	let allImplicit = true;
	let lost = false;
	for (const atom of spec.atoms) {
		if (atom.k === 'wd') {
			weekly.push(...atom.days);
			if (atom.implicit) implicit = 'weekdays';
			else allImplicit = false;
		} else if (atom.k === 'nth') {
			const weeks = uniqWeeks(atom.weeks);
			if (weeks.length > 5) {
				draft.lossy.push(span);
				draft.droppedRule = true;
			} else draft.rules.push({ repeat: '毎月', weeks, weekdays: uniqDays(atom.days), implicit: null, span, ...times });
		}
		else if (atom.k === 'dom') draft.rules.push({ repeat: '毎月', days: [...new Set(atom.days)].sort((a, b) => a - b), implicit: null, span, ...times });
		else if (atom.k === 'hol') lost = true; // open on holidays too: not in the model
		else if (atom.k === 'half') {
			draft.lossy.push([atom.a, atom.b]);
			draft.droppedRule = true;
		}
	}
	if (weekly.length) draft.rules.push({ repeat: spec.alt ? '隔週' : '毎週', weekdays: uniqDays(weekly), implicit: allImplicit ? implicit : null, span, ...times });
	if (lost) draft.lossy.push(span);
	if (lost && !weekly.length && !spec.atoms.some((a) => a.k !== 'hol')) draft.droppedRule = true;
}

function addClosedSpec(draft: Draft, spec: DaySpec, span: Span): void {
	const c = draft.closed;
	if (spec.alt || spec.months) {
		draft.lossy.push(span);
		return;
	}
	for (const atom of spec.atoms) {
		if (atom.k === 'wd') {
			if (atom.all) draft.lossy.push(span);
			else for (const d of atom.days) c.weekdays.add(d);
		} else if (atom.k === 'nth') {
			const weeks = uniqWeeks(atom.weeks);
			if (weeks.length > 5) draft.lossy.push(span);
			else c.nth.push({ weeks, weekdays: uniqDays(atom.days), span });
		}
		else if (atom.k === 'hol') c.holidays = true;
		else if (atom.k === 'half') draft.lossy.push([atom.a, atom.b]); // 土曜午後: not in the model
		else draft.lossy.push(span); // 毎月1日は休み: not in the model
	}
}

function addShift(draft: Draft, it: ItemInfo): void {
	if (!it.shift) return;
	const s = it.shift;
	for (const d of s.days) draft.closed.weekdays.add(d);
	if (s.extra) draft.lossy.push([s.a, s.b]);
	if (s.shift === '翌平日' || s.shift === '翌日') {
		if (draft.closed.shift && draft.closed.shift.v !== s.shift) draft.lossy.push([s.a, s.b]);
		else draft.closed.shift = { v: s.shift, span: [s.a, s.b] };
	} else draft.lossy.push([s.a, s.b]);
}

/** Closure nouns (年末年始, お盆) and dates of an item, with the dates in its parentheses. */
function addClosures(draft: Draft, it: ItemInfo): void {
	const c = draft.closed;
	const parenDates = it.parens.filter((p) => p.kind === 'dates').flatMap((p) => p.items.flatMap((i) => i.dates));
	for (const n of it.nouns) {
		if (n.what === 'month_end' || n.what === 'rokuyo') {
			draft.lossy.push([n.a, n.b]);
			continue;
		}
		const exact = n.what === 'new_year' ? NEW_YEAR : OBON;
		const given = parenDates.flatMap((d) => d.dates);
		if (!given.length || same(given.map((d) => d.slice(-5)), exact)) {
			if (n.what === 'new_year') c.new_year = true;
			else c.obon = true;
		}
	}
	const all = [...it.dates, ...parenDates];
	for (const d of all) addDates(draft, d.dates, d.span, [d.a, d.b]);
}

function addDates(draft: Draft, dates: DateLit[], span: boolean, where: Span): void {
	const c = draft.closed;
	if (span && same(dates.map((d) => d.slice(-5)), NEW_YEAR) && dates.every((d) => d.length === 5)) {
		c.new_year = true;
		return;
	}
	const annual = dates.filter((d) => d.length === 5 && !c.annual.has(d)).length;
	const full = dates.filter((d) => d.length > 5 && !c.dates.has(d)).length;
	if (c.annual.size + annual > LIMITS.closedDates || c.dates.size + full > LIMITS.closedDates) {
		draft.lossy.push(where); // more days than a schedule holds
		return;
	}
	for (const d of dates) (d.length === 5 ? c.annual : c.dates).add(d);
}

function addParen(draft: Draft, p: ParenInfo): void {
	if (p.kind === 'closures') {
		for (const it of p.items) {
			for (const m of it.months ?? []) draft.closed.months.add(m);
			if (it.spec) addClosedSpec(draft, it.spec, [it.a, it.b]);
			addShift(draft, it);
			addClosures(draft, it);
		}
	} else if (p.kind === 'rules') {
		for (const it of p.items) for (const x of it.timed) addRules(draft, x.spec, x.range, [x.a, x.b]);
	}
	// Dates beside a closure noun are read with it (addClosures).
}

export type { Shift };
