/**
 * Reads the opening hours or schedule of a place written in Japanese, as municipal lists, 社協 pages and salon
 * flyers write them, into the project's schedule model, and hands back verbatim whatever has no place in it.
 *
 *   parseScheduleText('【開館時間】9:00～17:00 【休館日】月曜日（祝日の場合は翌平日）、年末年始')
 *   → schedule: { rules: [{ repeat: 毎週, weekdays: [火…日], start: 09:00, end: 17:00 }],
 *                 closed: { weekdays: [月], holiday_shift: 翌平日, new_year: true } }, leftover: []
 *
 * It reads 毎週・隔週・第n・最終 weekdays, 毎月N日, ranges (月〜金) and lists (月・水・金), 平日, 毎日, 土日祝,
 * 午前/午後, 時/時半/分, 正午, full-width digits, 〜 ～ ~ - から まで, 【開館時間】/【休館日】 headings and
 * labels (開館時間：, 休館日：, 定休日), holidays, 年末年始, お盆, months and dates as closures,
 * 「月曜が祝日の場合は翌平日」, and the export's own wording (describeSchedule, 開始日:/終了日:).
 *
 * It also reads counts (毎月1回第1土曜日, 毎週3回 火・金・日, 月〜金の週5日), which must match the rules exactly, skipped
 * weeks (毎週水曜日(第5週は休み) → 第1〜第4水), 第2(土), 月第4木曜日 and 毎月末の土曜日.
 *
 * Never a guess about the days: a count the days do not give (月2回 火曜日, 月1回 with no week) or a word that leaves
 * them open (不定期, 隔月, 2ヶ月に1回, 年6回, 第3もしくは第4, 土or日, 程度) gives no rule at all; the whole text is then
 * leftover and `daysOpen` is set, so that no other column may supply a rule either.
 *
 * Nothing is invented: a time the text does not give is absent, a rule the model cannot hold (hours past
 * midnight, hours for some months or dates only, a rule with no days, 隔週 with no start date, times
 * for holidays) is left out and its text is in `leftover`. The whole text was understood exactly when
 * `leftover` is empty. Pure and total: it never throws.
 *
 * The module's parts are in ./parse/: normalize (full width, wave dashes), lexer (tokens), items (what each
 * part between separators says), segments (sentences, lines, headings), interpret (the reading steps) and draft
 * (the rules and closures read so far).
 */
import type { Schedule, ScheduleRule } from '../../schemas/schedule.ts';
import { WEEKDAYS, type Weekday } from '../../schemas/taxonomy.ts';
import { LIMITS } from '../safety/limits.ts';
import { isRealDate } from '../japanese.ts';
import { weekdayOf } from './calendar.ts';
import { normalize, original, type Normalized } from './parse/normalize.ts';
import { lex } from './parse/lexer.ts';
import { interpret, type Draft, type RuleDraft } from './parse/interpret.ts';
import type { Span } from './parse/items.ts';

export interface ParsedScheduleText {
	/** The structure the text gives, or undefined when it gives none. rules may be [] when the text only says closures. */
	schedule: Pick<Schedule, 'rules' | 'closed' | 'from' | 'until'> | undefined;
	/** Parts of the text with no structured meaning, verbatim (trimmed, in order). Empty when everything was understood. */
	leftover: string[];
	/**
	 * Set when a word or a count leaves the meeting days open (不定期, 隔月, 月2回 with no week, 第3もしくは第4): the
	 * text then gives no rule, and nothing read beside it (a 開催曜日 column) may give one either.
	 */
	daysOpen?: true;
}

/** Texts longer than this are not read (a schedule is a line or a few); they come back whole as leftover. */
const MAX_LENGTH = 20_000;

export function parseScheduleText(text: string): ParsedScheduleText {
	try {
		if (typeof text !== 'string') return { schedule: undefined, leftover: [] };
		if (text.length > MAX_LENGTH) return { schedule: undefined, leftover: text.trim() ? [text.trim()] : [] };
		return parse(text);
	} catch {
		const t = typeof text === 'string' ? text.trim() : '';
		return { schedule: undefined, leftover: t ? [t] : [] };
	}
}

function parse(text: string): ParsedScheduleText {
	const norm = normalize(text);
	// 開始日:2026-04-07 / 終了日:2027-03-31, as the CSV export writes them: read, then blanked out.
	let s = norm.s;
	const period: { from?: string; until?: string } = {};
	for (const [word, key] of [
		['開始日', 'from'],
		['終了日', 'until'],
	] as const) {
		const re = new RegExp(`${word}\\s*[:=]\\s*(\\d{4}-\\d{2}-\\d{2})`, 'g');
		s = s.replace(re, (all, iso: string) => {
			// A date the schema refuses (before 2000, an end before the start) stays in the text, and so in leftover.
			if (!isRealDate(iso) || period[key] || iso < LIMITS.scheduleFloor || (key === 'until' && period.from && iso < period.from))
				return all;
			period[key] = iso;
			return ' '.repeat(all.length);
		});
	}
	const draft = interpret(lex(s, 0, s.length), s);
	const rules = finishRules(draft, period.from);
	const closed = finishClosed(draft);
	const leftover = leftovers(text, norm, s, draft.lossy);
	const any = rules.length || closed || period.from || period.until;
	// Nothing structured and nothing left over (only particles, fillers): the text is still not understood.
	if (!any && !leftover.length && text.trim()) leftover.push(text.trim());
	const schedule = any ? { rules, ...(closed ? { closed } : {}), ...period } : undefined;
	return { schedule, leftover, ...(draft.vetoes.length ? { daysOpen: true as const } : {}) };
}

const hhmm = (t: number) => `${String(Math.floor(t / 60)).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}`;
const ORDER = (d: Weekday) => WEEKDAYS.indexOf(d);
const byWeekday = (days: Iterable<Weekday>) => [...new Set(days)].sort((a, b) => ORDER(a) - ORDER(b));

function finishRules(draft: Draft, from: string | undefined): ScheduleRule[] {
	const c = draft.closed;
	const hasClosure =
		draft.noclose ||
		c.weekdays.size > 0 ||
		c.nth.length > 0 ||
		c.holidays ||
		c.new_year ||
		c.obon ||
		c.months.size > 0 ||
		c.annual.size > 0 ||
		c.dates.size > 0;
	const explicitWeekly = new Set(draft.rules.filter((r) => r.repeat === '毎週' && r.implicit === null).flatMap((r) => r.weekdays ?? []));
	const out: ScheduleRule[] = [];
	const drop = (r: RuleDraft) => {
		draft.lossy.push(r.span);
		draft.droppedRule = true;
	};
	for (const r of draft.rules) {
		let weekdays = r.weekdays;
		if (r.implicit === 'all') {
			// Hours with no days: every day but the closing days, when the text gives closing days; otherwise
			// the days are stated elsewhere (another column) and the hours alone have no place in the model.
			if (!hasClosure) {
				drop(r);
				continue;
			}
			weekdays = WEEKDAYS.filter((d) => !c.weekdays.has(d) && !explicitWeekly.has(d));
		} else if (r.implicit === 'weekdays') weekdays = weekdays?.filter((d) => !c.weekdays.has(d));
		if (r.repeat !== '毎月' && !weekdays?.length) {
			drop(r);
			continue;
		}
		if (r.repeat === '隔週' && (!from || !weekdays?.includes(weekdayOf(from)))) {
			drop(r); // 隔週 is counted from a start date on one of its days, which the text does not give
			continue;
		}
		if (r.end !== undefined && r.start === undefined) {
			drop(r);
			continue;
		}
		const rule: ScheduleRule = {
			repeat: r.repeat,
			...(weekdays && r.repeat !== '毎月' ? { weekdays: byWeekday(weekdays) } : {}),
			...(r.weeks ? { weeks: r.weeks, weekdays: byWeekday(r.weekdays ?? []) } : {}),
			...(r.days ? { days: r.days } : {}),
			...(r.start !== undefined ? { start: hhmm(r.start) } : {}),
			...(r.end !== undefined ? { end: hhmm(r.end) } : {}),
		};
		if (out.some((o) => JSON.stringify(o) === JSON.stringify(rule))) continue;
		if (out.length >= LIMITS.scheduleRules) {
			drop(r); // more rules than a schedule holds
			continue;
		}
		out.push(rule);
	}
	if (draft.noclose && !out.length && !draft.droppedRule) out.push({ repeat: '毎週', weekdays: [...WEEKDAYS] });
	return joinWeeks(out);
}

const WEEK_ORDER = (w: number | '最終') => (w === '最終' ? 6 : w);

/** 第2金曜日、第4金曜日 17:00〜19:30: monthly rules of the same weekdays and times are one rule, weeks [2, 4]. */
function joinWeeks(rules: ScheduleRule[]): ScheduleRule[] {
	const out: ScheduleRule[] = [];
	const key = (r: ScheduleRule) => JSON.stringify([r.weekdays, r.start ?? null, r.end ?? null]);
	for (const r of rules) {
		const twin = r.repeat === '毎月' && r.weeks ? out.find((o) => o.repeat === '毎月' && o.weeks && key(o) === key(r)) : undefined;
		if (twin) twin.weeks = [...new Set([...twin.weeks!, ...r.weeks!])].sort((a, b) => WEEK_ORDER(a) - WEEK_ORDER(b));
		else out.push({ ...r });
	}
	return out;
}

function finishClosed(draft: Draft): Schedule['closed'] | undefined {
	const c = draft.closed;
	const closed: NonNullable<Schedule['closed']> = {};
	if (c.holidays) closed.holidays = true;
	if (c.months.size) closed.months = [...c.months].sort((a, b) => a - b);
	if (c.dates.size) closed.dates = [...c.dates].sort();
	if (c.weekdays.size) closed.weekdays = byWeekday(c.weekdays);
	const nth: { weeks: NonNullable<typeof closed.nth>[number]['weeks']; weekdays: Weekday[] }[] = [];
	for (const n of c.nth) {
		const entry = { weeks: n.weeks, weekdays: n.weekdays };
		if (nth.some((m) => JSON.stringify(m) === JSON.stringify(entry))) continue;
		if (nth.length >= 5)
			draft.lossy.push(n.span); // more than a schedule holds
		else nth.push(entry);
	}
	if (nth.length) closed.nth = nth;
	if (c.new_year) closed.new_year = true;
	if (c.obon) closed.obon = true;
	if (c.annual.size) closed.annual = [...c.annual].sort();
	if (c.shift) {
		if (c.weekdays.size) closed.holiday_shift = c.shift.v;
		else draft.lossy.push(c.shift.span); // a shift of closing days the text does not give as weekly
	}
	return Object.keys(closed).length ? closed : undefined;
}

const TRIM = /^[\s、,。;/・:]+|[\s、,。;/・:]+$/g;

/** The lossy spans, merged where only separators lie between them, as original text. */
function leftovers(text: string, norm: Normalized, s: string, spans: Span[]): string[] {
	const sorted = spans.filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0] || y[1] - x[1]);
	const merged: Span[] = [];
	for (const [a, b] of sorted) {
		const last = merged[merged.length - 1];
		if (last && (a <= last[1] || /^[ 、,/・:]*$/.test(s.slice(last[1], a)))) last[1] = Math.max(last[1], b);
		else merged.push([a, b]);
	}
	return merged.map(([a, b]) => original(text, norm, a, b).replace(TRIM, '')).filter(Boolean);
}
