/**
 * The draft a schedule text is read into, and the steps that add to it: rules for days and times, closing days,
 * holiday shifts, closure nouns and dates. Whatever has no place in the model is recorded as a span to hand back
 * verbatim; nothing is guessed.
 */
import { WEEKDAYS, type Weekday } from '../../../schemas/taxonomy.ts';
import { LIMITS } from '../../safety/limits.ts';
import type { DaySpec, DateLit, TimeRange } from './lexer.ts';
import type { Week } from '../../japanese.ts';
import type { ItemInfo, ParenInfo, Span } from './items.ts';

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
	/** Counts the text gives (月2回, 毎週3回, 週5日): the rules must give exactly as many meetings. */
	counts: Count[];
	/** Words that leave the days open (不定期, 隔月, 第3もしくは第4): no rule may be written from this text. */
	vetoes: Span[];
}

export interface Count {
	n: number;
	per: 'month' | 'week';
	span: Span;
}

export function newDraft(): Draft {
	return {
		rules: [],
		closed: {
			weekdays: new Set(),
			nth: [],
			holidays: false,
			new_year: false,
			obon: false,
			months: new Set(),
			annual: new Set(),
			dates: new Set(),
			shift: null,
		},
		lossy: [],
		noclose: false,
		droppedRule: false,
		counts: [],
		vetoes: [],
	};
}

const NEW_YEAR = ['12-29', '12-30', '12-31', '01-01', '01-02', '01-03'];
const OBON = ['08-13', '08-14', '08-15', '08-16'];
const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

const ORDER = (d: Weekday) => WEEKDAYS.indexOf(d);
const uniqDays = (days: Weekday[]) => [...new Set(days)].sort((a, b) => ORDER(a) - ORDER(b));
const uniqWeeks = (weeks: Week[]) => [...new Set(weeks)].sort((a, b) => (a === '最終' ? 6 : a) - (b === '最終' ? 6 : b));

/** Rules for days (or no days) at a time range; parts the model cannot hold go to lossy. */
export function addRules(draft: Draft, spec: DaySpec | null, range: TimeRange | undefined, span: Span): void {
	if (
		range &&
		(range.point ||
			range.start === undefined ||
			(range.end !== undefined && (range.end >= 24 * 60 || range.end <= range.start)) ||
			range.start >= 24 * 60)
	) {
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
	if (spec.either) draft.vetoes.push(span); // 第1か第2の日曜日: which one is not said
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
		} else if (atom.k === 'dom')
			draft.rules.push({ repeat: '毎月', days: [...new Set(atom.days)].sort((a, b) => a - b), implicit: null, span, ...times });
		else if (atom.k === 'hol')
			lost = true; // open on holidays too: not in the model
		else if (atom.k === 'half') {
			draft.lossy.push([atom.a, atom.b]);
			draft.droppedRule = true;
		}
	}
	if (weekly.length)
		draft.rules.push({
			repeat: spec.alt ? '隔週' : '毎週',
			weekdays: uniqDays(weekly),
			implicit: allImplicit ? implicit : null,
			span,
			...times,
		});
	if (lost) draft.lossy.push(span);
	if (lost && !weekly.length && !spec.atoms.some((a) => a.k !== 'hol')) draft.droppedRule = true;
}

export function addClosedSpec(draft: Draft, spec: DaySpec, span: Span): void {
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
		} else if (atom.k === 'hol') c.holidays = true;
		else if (atom.k === 'half')
			draft.lossy.push([atom.a, atom.b]); // 土曜午後: not in the model
		else draft.lossy.push(span); // 毎月1日は休み: not in the model
	}
}

export function addShift(draft: Draft, it: ItemInfo): void {
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
export function addClosures(draft: Draft, it: ItemInfo): void {
	const c = draft.closed;
	const parenDates = it.parens.filter((p) => p.kind === 'dates').flatMap((p) => p.items.flatMap((i) => i.dates));
	for (const n of it.nouns) {
		if (n.what === 'month_end' || n.what === 'rokuyo') {
			draft.lossy.push([n.a, n.b]);
			continue;
		}
		const exact = n.what === 'new_year' ? NEW_YEAR : OBON;
		const given = parenDates.flatMap((d) => d.dates);
		if (
			!given.length ||
			same(
				given.map((d) => d.slice(-5)),
				exact,
			)
		) {
			if (n.what === 'new_year') c.new_year = true;
			else c.obon = true;
		}
	}
	const all = [...it.dates, ...parenDates];
	for (const d of all) addDates(draft, d.dates, d.span, [d.a, d.b]);
}

function addDates(draft: Draft, dates: DateLit[], span: boolean, where: Span): void {
	const c = draft.closed;
	if (
		span &&
		same(
			dates.map((d) => d.slice(-5)),
			NEW_YEAR,
		) &&
		dates.every((d) => d.length === 5)
	) {
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

export function addParen(draft: Draft, p: ParenInfo): void {
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
