/**
 * The schedule builder's model (src/components/send/ScheduleBuilder.astro, src/scripts/send/schedule-builder.ts):
 * what its inputs hold, as typed, and the `schedule` value they make. Pure, so the browser part stays thin.
 *
 *   scheduleToForm(value)  an entry's raw `schedule` (unknown shape) → the inputs; what the builder does not show
 *                          (closed.weekdays, nth, annual, holiday_shift, unknown keys) is kept in `extra`
 *   formToSchedule(form)   the inputs → plain data in the schema's input shape, or undefined when empty; an
 *                          unchanged part reads back exactly as it was written (key and list order)
 *   readText(text, form)   「文章で入れる」: parseScheduleText on a sentence, merged into the inputs
 *   preview(value)         the lines the site shows for a value the schema accepts
 *
 * Text the builder cannot read is handed on as typed (a day 「末日」, a date 「12/29」), so the schema's message
 * lands beside the input it is about instead of the text silently disappearing.
 */
import { REPEATS, schedule as scheduleSchema, type Schedule } from '../../schemas/schedule.ts';
import { WEEKDAYS, type Weekday } from '../../schemas/taxonomy.ts';
import { LIMITS } from '../safety/limits.ts';
import { addDays, daysBetween } from '../schedule/calendar.ts';
import { describePeriod, describeSchedule } from '../schedule/describe.ts';
import { eraYear, isRealDate, WEEKS, type Week } from '../japanese.ts';
import { parseScheduleText } from '../schedule/parse-text.ts';
import { readTime } from '../schedule/parse/lexer.ts';
import { normalize } from '../schedule/parse/normalize.ts';

export type Repeat = (typeof REPEATS)[number];
export type { Week };
export { WEEKS };

export interface RuleForm {
	repeat: Repeat;
	/** For 毎月: by 第何週 and 曜日, or by 日にち. */
	by: 'weeks' | 'days';
	weeks: Week[];
	weekdays: Weekday[];
	/** 日にち as typed: 「15、30」. */
	days: string;
	/** Times as typed: 「13:30」「午後1時半」. */
	start: string;
	end: string;
	/** Keys of the entry's rule the builder does not show, kept as they were. */
	extra: Record<string, unknown>;
}

export interface ScheduleForm {
	rules: RuleForm[];
	holidays: boolean;
	newYear: boolean;
	obon: boolean;
	months: number[];
	/** 休みの日 as typed: 「2026-12-29、2027/1/5」. */
	dates: string;
	from: string;
	until: string;
	note: string;
	/** Keys the builder does not show, of the schedule and of its closures (closed.weekdays, nth, annual, holiday_shift). */
	extra: { top: Record<string, unknown>; closed: Record<string, unknown> };
	/** The value the form was filled from: an unchanged part reads back exactly as it was. */
	source?: Record<string, unknown>;
}

export const emptyRule = (): RuleForm => ({
	repeat: '毎週',
	by: 'weeks',
	weeks: [],
	weekdays: [],
	days: '',
	start: '',
	end: '',
	extra: {},
});
export const emptyForm = (): ScheduleForm => ({
	rules: [emptyRule()],
	holidays: false,
	newYear: false,
	obon: false,
	months: [],
	dates: '',
	from: '',
	until: '',
	note: '',
	extra: { top: {}, closed: {} },
});

const isRecord = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const pad = (n: number | string) => String(n).padStart(2, '0');
const hhmm = (t: number) => `${pad(Math.floor(t / 60))}:${pad(t % 60)}`;
const int = (v: unknown) => (typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : NaN);
const byWeekday = (days: Weekday[]) => WEEKDAYS.filter((d) => days.includes(d));
const byWeek = (weeks: Week[]) => WEEKS.filter((w) => weeks.includes(w));

/* ------------------------------------------------------------------- times */

/** Folds what people type into what the schedule-text lexer reads: 「1:30 pm」→「pm1:30」, 「13」→「13:00」, 「1330」→「13:30」. */
function clockText(text: string): string {
	let s = normalize(text).s.trim().replace(/\s+/g, ' ');
	const after = /^(.*\d)\s*(am|pm|a\.m\.?|p\.m\.?)$/i.exec(s);
	if (after) s = `${/^a/i.test(after[2]!) ? 'am' : 'pm'}${after[1]}`;
	const bare = /^(午前|午後|am|pm)? *(\d{1,2})$/i.exec(s);
	if (bare) return `${bare[1]?.toLowerCase() ?? ''}${bare[2]}:00`;
	return s.replace(/^(\d{1,2})\.?(\d{2})$/, '$1:$2');
}

/**
 * A time or a range of times as typed (13:30, １３：３０, 13時30分, 午後1時半, 1:30 pm, 正午, 13:30〜15:00,
 * 15:00まで), read by the schedule-text parser's own time reader, as HH:MM. Undefined when the text is not
 * only a time, or a time past 23:59.
 */
export function readTimes(text: string): { start?: string; end?: string } | undefined {
	const s = clockText(text);
	const t = s ? readTime(s, 0) : null;
	if (!t || s.slice(t.end).trim()) return undefined;
	const { start, end } = t.range;
	if ((start ?? 0) >= 24 * 60 || (end ?? 0) >= 24 * 60) return undefined;
	return { ...(start !== undefined ? { start: hhmm(start) } : {}), ...(end !== undefined ? { end: hhmm(end) } : {}) };
}

/** One time as HH:MM: normalizeTime('午後1時半') → '13:30'. Undefined for anything else (a range, a word). */
export function normalizeTime(text: string): string | undefined {
	const t = readTimes(text);
	return t && !(t.start && t.end) ? (t.start ?? t.end) : undefined;
}

/** A time input's value for the schedule: a valid ASCII time as written (9:30 stays 9:30), else HH:MM, else as typed. */
function timeOut(text: string): string {
	const s = text.trim();
	if (!s || /^([01]?\d|2[0-3]):[0-5]\d$/.test(s)) return s;
	return normalizeTime(s) ?? s;
}

/* ------------------------------------------------------------ days, dates */

/** 日にち: parseDays('15、３０日') → [15, 30]; a part that is not a day of the month stays as typed, for the schema to refuse. */
export function parseDays(text: string): (number | string)[] {
	const out: (number | string)[] = [];
	for (const part of normalize(text)
		.s.replace(/^\s*毎月/, '')
		.split(/[\s,、・/]+|と/)) {
		const t = part.replace(/日$/, '');
		if (!t) continue;
		const v = /^\d{1,2}$/.test(t) ? Number(t) : part;
		if (!out.includes(v)) out.push(v);
	}
	return out;
}

const DATE = /^(?:(\d{4})|(令和|平成)(\d{1,2}|元))[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:\([月火水木金土日]\))?$/;

/** 2026-12-29, 2026/12/29, 2026年12月29日, 令和8年12月29日 → '2026-12-29'. */
function isoOf(text: string): string | undefined {
	const m = DATE.exec(text);
	if (!m) return undefined;
	const year = m[1] ? Number(m[1]) : eraYear(m[2]!, m[3]!)!;
	return `${year}-${pad(m[4]!)}-${pad(m[5]!)}`;
}

/** The parts of a 休みの日 text: separated by 、 , ; or spaces (not those inside one date). */
function dateParts(text: string): string[] {
	return normalize(text)
		.s.replace(/\s*([-/.~年月(]|から)\s*/g, '$1')
		.replace(/\s+([日)])/g, '$1')
		.split(/[\s,、;]+/)
		.filter(Boolean);
}

/**
 * 休みの日 as ISO dates, in order: parseDates('2026-12-29、2027/1/5') → ['2026-12-29', '2027-01-05']. A range
 * (2026-08-13〜2026-08-16) gives each day. A date without a year (12/29) is ambiguous and stays as typed, as
 * does anything else that is not a date, for the schema to refuse.
 */
export function parseDates(text: string): string[] {
	const out = new Set<string>();
	for (const part of dateParts(text)) {
		const ends = part.split(/~|から/);
		const [a, b] = ends.map(isoOf);
		if (ends.length === 2 && a && b && isRealDate(a) && isRealDate(b) && a <= b && daysBetween(a, b) < LIMITS.closedDates) {
			for (let d = a; d <= b; d = addDays(d, 1)) out.add(d);
		} else out.add(isoOf(part) ?? part);
	}
	return [...out].sort();
}

/** The 休みの日 text as the builder shows it after reading: ISO dates joined with 、, or the text as typed when a part is not a single date. */
export function tidyDates(text: string): string {
	const parts = dateParts(text);
	const dates = parseDates(text);
	return dates.length === parts.length && dates.every(isRealDate) ? dates.join('、') : text;
}

/* --------------------------------------------------------- value ↔ inputs */

const dateText = (v: unknown) =>
	v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'string' || typeof v === 'number' ? String(v) : '';
const asWeekday = (v: unknown): Weekday | undefined =>
	WEEKDAYS.find((d) => typeof v === 'string' && (v === d || v === `${d}曜` || v === `${d}曜日`));
const asWeek = (v: unknown): Week | undefined => (v === '最終' ? v : WEEKS.find((w) => w === int(v)));
const defined = <T>(v: T | undefined): v is T => v !== undefined;

function ruleToForm(value: unknown): RuleForm {
	const { repeat, weeks, weekdays, days, start, end, ...extra } = isRecord(value) ? value : {};
	const ws = list(weeks).map(asWeek).filter(defined);
	const ds = list(days);
	return {
		repeat: REPEATS.find((r) => r === repeat) ?? '毎週',
		by: ds.length && !ws.length ? 'days' : 'weeks',
		weeks: ws,
		weekdays: list(weekdays).map(asWeekday).filter(defined),
		days: ds.map(String).join('、'),
		start: dateText(start),
		end: dateText(end),
		extra,
	};
}

/** The inputs for an entry's raw `schedule` value (any shape: what does not fit is kept or left out, never thrown). */
export function scheduleToForm(value: unknown): ScheduleForm {
	const source = isRecord(value) ? structuredClone(value) : undefined;
	const { rules, closed, from, until, note, ...top } = source ?? {};
	const { holidays, new_year, obon, months, dates, ...closedExtra } = isRecord(closed) ? closed : {};
	return {
		rules: list(rules).map(ruleToForm),
		holidays: holidays === true,
		newYear: new_year === true,
		obon: obon === true,
		months: list(months)
			.map(int)
			.filter((m) => Number.isInteger(m) && m >= 1 && m <= 12),
		dates: list(dates).map(dateText).join('、'),
		from: dateText(from),
		until: dateText(until),
		note: typeof note === 'string' ? note : '',
		extra: { top, closed: closedExtra },
		...(source ? { source } : {}),
	};
}

/** A rule's value; only `repeat` when nothing in it was filled in. Inputs that do not apply to its くり返し are left out. */
function ruleOut(r: RuleForm): Record<string, unknown> {
	const monthly = r.repeat === '毎月';
	const byDays = monthly && r.by === 'days';
	const days = byDays ? parseDays(r.days) : [];
	const start = timeOut(r.start);
	const end = timeOut(r.end);
	return {
		repeat: r.repeat,
		...(monthly && !byDays && r.weeks.length ? { weeks: byWeek(r.weeks) } : {}),
		...(!byDays && r.weekdays.length ? { weekdays: byWeekday(r.weekdays) } : {}),
		...(days.length ? { days } : {}),
		...(start ? { start } : {}),
		...(end ? { end } : {}),
		...r.extra,
	};
}

/** Whether a rule has nothing filled in (such a rule is left out of the value). */
export const isBlankRule = (r: RuleForm) => Object.keys(ruleOut(r)).length === 1;

/**
 * The value of the inputs, as the entry file will hold it (the schema's input shape), or undefined when nothing
 * was filled in. Rules with nothing filled in are left out; the kept parts are merged back.
 */
export function formToSchedule(form: ScheduleForm): Record<string, unknown> | undefined {
	const rules = form.rules.map(ruleOut).filter((r) => Object.keys(r).length > 1);
	const dates = parseDates(form.dates);
	const closed = {
		...(form.holidays ? { holidays: true } : {}),
		...(form.months.length ? { months: [...new Set(form.months)].sort((a, b) => a - b) } : {}),
		...(dates.length ? { dates } : {}),
		...(form.newYear ? { new_year: true } : {}),
		...(form.obon ? { obon: true } : {}),
		...form.extra.closed,
	};
	const [from, until, note] = [form.from.trim(), form.until.trim(), form.note.trim()];
	const value = {
		rules,
		...(Object.keys(closed).length ? { closed } : {}),
		...(from ? { from } : {}),
		...(until ? { until } : {}),
		...(note ? { note } : {}),
		...form.extra.top,
	};
	if (!rules.length && Object.keys(value).length === 1) return undefined;
	return structuredClone(keep(value, form.source) as Record<string, unknown>);
}

/** A value's meaning: keys sorted, lists of plain values sorted (weekdays [木, 月] means [月, 木]). */
function canon(value: unknown): string {
	return JSON.stringify(value, (_key, v: unknown) => {
		if (Array.isArray(v) && v.every((x) => typeof x !== 'object' || x === null)) return v.map((x) => JSON.stringify(x)).sort();
		if (isRecord(v))
			return Object.fromEntries(
				Object.keys(v)
					.sort()
					.map((k) => [k, v[k]]),
			);
		return v;
	});
}

/**
 * `next`, with each part that means what it meant in `prev` taken from `prev` as written, and the keys both have
 * in prev's order (a new key stays where `next` has it).
 */
function keep(next: unknown, prev: unknown): unknown {
	if (prev === undefined) return next;
	if (canon(next) === canon(prev)) return prev;
	if (Array.isArray(next) && Array.isArray(prev)) return next.map((v, i) => prev.find((p) => canon(p) === canon(v)) ?? keep(v, prev[i]));
	if (isRecord(next) && isRecord(prev)) {
		const shared = Object.keys(prev).filter((k) => k in next);
		let j = 0;
		const out: Record<string, unknown> = {};
		for (const k of Object.keys(next).map((k) => (k in prev ? shared[j++]! : k))) out[k] = keep(next[k], prev[k]);
		return out;
	}
	return next;
}

/* -------------------------------------------------------- 文章で入れる, preview */

/**
 * 「文章で入れる」: reads a sentence with parseScheduleText and fills the inputs with what it gives. Its rules
 * replace the rules (when it gives any); its closures and period are added; what it could not read goes into the
 * note (once). `said` tells in words what was understood.
 */
export function readText(text: string, form: ScheduleForm): { form: ScheduleForm; said: string } {
	if (!text.trim()) return { form, said: '文章を入れてから「読みとる」を押してください。' };
	const { schedule: parsed, leftover } = parseScheduleText(text);
	const next: ScheduleForm = { ...form, extra: { top: form.extra.top, closed: { ...form.extra.closed } } };
	if (parsed) {
		const p = scheduleToForm(parsed);
		if (p.rules.length) next.rules = p.rules;
		next.holidays ||= p.holidays;
		next.newYear ||= p.newYear;
		next.obon ||= p.obon;
		next.months = [...new Set([...form.months, ...p.months])].sort((a, b) => a - b);
		const have = new Set(parseDates(form.dates));
		const added = parseDates(p.dates).filter((d) => !have.has(d));
		next.dates = [form.dates.trim(), ...added].filter(Boolean).join('、');
		Object.assign(next.extra.closed, p.extra.closed);
		if (p.from) next.from = p.from;
		if (p.until) next.until = p.until;
	}
	const rest = leftover.map((t) => t.replace(/\s+/g, ' ').trim()).filter((t) => t && !form.note.includes(t));
	if (rest.length) next.note = [form.note.trim(), ...rest].filter(Boolean).join('、');
	const understood = parsed ? [describeSchedule(parsed as Schedule), describePeriod(parsed as Schedule)].filter(Boolean).join('、') : '';
	const notes = rest.length ? `読みとれなかったところは、補足に入れました:「${rest.join('、')}」` : '';
	if (!understood)
		return { form: next, said: `曜日や時刻は読みとれませんでした。${rest.length ? '文章は補足に入れました。' : ''}下で選んでください。` };
	return { form: next, said: `読みとりました: ${understood}。${notes}` };
}

/** What the site shows for a value (the same functions as the entry pages), or undefined when the schema refuses it. */
export function preview(value: unknown): { when: string; period: string; note: string } | undefined {
	if (value === undefined) return undefined;
	const parsed = scheduleSchema.safeParse(value);
	if (!parsed.success) return undefined;
	return { when: describeSchedule(parsed.data), period: describePeriod(parsed.data), note: parsed.data.note ?? '' };
}
