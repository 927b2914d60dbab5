/**
 * The tokens of a Japanese schedule text: day specifications (毎週火・金曜, 第2・第4水曜, 平日, 土日祝),
 * clock times and ranges (9:00〜17:00, 午後1時半から3時), calendar dates (12/29〜1/3, 8月14日、15日),
 * months (6〜8月, 偶数月), closure nouns (年末年始, お盆), predicates (休館日, 除く, 開館), holiday shifts
 * (月曜が祝日の場合は翌平日), parentheses, separators and unknown text.
 *
 * Works on the normalised text (see normalize.ts); every token keeps its [a, b) span so unknown parts can be
 * returned verbatim. Pure and total: any string lexes.
 */
import { WEEKDAYS, type Weekday } from '../../../schemas/taxonomy.ts';

import { eraYear, type Week } from '../../japanese.ts';
export type Shift = '翌平日' | '翌日' | 'also' | 'open';

export type Atom =
	| { k: 'wd'; days: Weekday[]; implicit?: boolean; all?: boolean }
	| { k: 'nth'; weeks: Week[]; days: Weekday[] }
	| { k: 'dom'; days: number[] }
	| { k: 'hol' }
	/** 土曜午後: part of a day, which the model cannot hold. */
	| { k: 'half'; days: Weekday[]; a: number; b: number };

export interface DaySpec {
	atoms: Atom[];
	/** 隔週 before or after the days. */
	alt?: boolean;
	/** 偶数月・奇数月 and the like: the days hold only in these months. */
	months?: number[];
	/** Days given as alternatives (第1か第2, 土曜日又は日曜日, 第4または第5): as closing days all of them, as meeting days none is sure. */
	either?: boolean;
}

/** Minutes since midnight; values of 24:00 and more mean the time is past midnight. */
export interface TimeRange {
	start?: number;
	end?: number;
	/** A single clock time with no 〜, から or まで: its role is unknown. */
	point?: boolean;
}

/** MM-DD, or YYYY-MM-DD when the text gives the year. */
export type DateLit = string;

export type KwMode = 'open' | 'closed' | 'except' | 'end' | 'period';

export type Tok =
	| { k: 'days'; a: number; b: number; spec: DaySpec }
	| { k: 'time'; a: number; b: number; range: TimeRange }
	| { k: 'dates'; a: number; b: number; dates: DateLit[]; span: boolean }
	| { k: 'months'; a: number; b: number; months: number[] }
	| { k: 'noun'; a: number; b: number; what: 'new_year' | 'obon' | 'month_end' | 'rokuyo' }
	| { k: 'kw'; a: number; b: number; mode: KwMode; label: boolean; word: string }
	/** extra: the shift also names other days (臨時休館日), which the model cannot hold. */
	| { k: 'shift'; a: number; b: number; shift: Shift; days: Weekday[]; extra?: boolean }
	/** 年中無休, 無休, なし (なし only means no closing days under a closing-days heading). */
	| { k: 'noclose'; a: number; b: number; bare: boolean }
	/** A count of meetings: 月2回, 毎月1回, 毎週3回, 週5日. */
	| { k: 'freq'; a: number; b: number; n: number; per: 'month' | 'week' }
	/** A word that leaves the days open: 不定期, 隔月, 2ヶ月に1回, 年6回, 月1〜2回, もしくは, or, 程度. */
	| { k: 'veto'; a: number; b: number }
	/** （第5週はお休み）, （第3土曜日除く）: the other weeks of the weekly days before it. */
	| { k: 'skipweeks'; a: number; b: number; weeks: Week[] }
	/** A time of day in words (の昼, 夜): kept as written, the days are still understood. */
	| { k: 'aside'; a: number; b: number }
	| { k: 'only'; a: number; b: number }
	| { k: 'paren'; a: number; b: number; toks: Tok[] }
	| { k: 'sep'; a: number; b: number; ch: string }
	| { k: 'part'; a: number; b: number; w: string }
	| { k: 'filler'; a: number; b: number }
	| { k: 'unk'; a: number; b: number };

const WD = '月火水木金土日';
const isWd = (c: string | undefined): c is Weekday => !!c && c.length === 1 && WD.includes(c);
/** Kanji, katakana and Latin letters: characters that continue a word. */
const WORDY = /[\u3400-\u9fff\uf900-\ufaff々〆ヵヶ\u30a1-\u30fa\u30fcA-Za-z]/;
const isWordy = (c: string | undefined) => !!c && WORDY.test(c);
const isDigit = (c: string | undefined) => !!c && c >= '0' && c <= '9';
const KANJI_NUM: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5 };
const num = (s: string) => KANJI_NUM[s] ?? Number(s);

function sticky(re: RegExp, s: string, i: number): RegExpExecArray | null {
	re.lastIndex = i;
	return re.exec(s);
}

/* ------------------------------------------------------------------ days */

/** One weekday character at i (with 曜日/曜), or null when the character is part of another word. */
function readWd(s: string, i: number, afterPrefix: boolean): { day: Weekday; end: number; suffixed: boolean } | null {
	const c = s[i];
	if (!isWd(c)) return null;
	const prev = s[i - 1];
	if (!afterPrefix) {
		if (isDigit(prev) && (c === '月' || c === '日')) return null; // 8月, 15日
		if (prev === 'の' && isWordy(s[i - 2])) return null;
	}
	const suf = sticky(/曜日|曜/y, s, i + 1);
	if (suf) return { day: c, end: i + 1 + suf[0].length, suffixed: true };
	const next = s[i + 1];
	if (c === '月' && sticky(/ *\d+ *回/y, s, i + 1)) return null;
	if (next === undefined || isWd(next) || next === '祝') return { day: c, end: i + 1, suffixed: false };
	if (isWordy(next)) return null;
	return { day: c, end: i + 1, suffixed: false };
}

const WD_SEP = / *(?:・|、|,|と|及び|および|並びに|(又は|または|か(?!ら))) *| +/y;

/** 月・水・金, 月火木金, 土日, 火曜日と金曜日, 月、火、木、金. */
function readWdGroup(
	s: string,
	i: number,
	afterPrefix: boolean,
): { days: Weekday[]; end: number; lastStart: number; either?: boolean } | null {
	const first = readWd(s, i, afterPrefix);
	if (!first) return null;
	const days: Weekday[] = [first.day];
	let end = first.end;
	let lastStart = i;
	let lastSuffixed = first.suffixed;
	let either = false;
	while (days.length < 14) {
		// Directly adjacent: 月火木金, 土日曜日.
		if (!lastSuffixed) {
			const adj = readWd(s, end, true);
			if (adj) {
				lastStart = end;
				days.push(adj.day);
				end = adj.end;
				lastSuffixed = adj.suffixed;
				continue;
			}
		}
		const sep = sticky(WD_SEP, s, end);
		if (!sep) break;
		const nextRange = readWdRange(s, end + sep[0].length);
		if (nextRange) break; // 月・水〜金: let the caller read the range as its own atom
		const nxt = readWd(s, end + sep[0].length, false);
		if (!nxt) break;
		if (sep[1]) either = true;
		lastStart = end + sep[0].length;
		days.push(nxt.day);
		end = nxt.end;
		lastSuffixed = nxt.suffixed;
	}
	return { days, end, lastStart, ...(either ? { either } : {}) };
}

function wdRangeDays(from: Weekday, to: Weekday): Weekday[] {
	const a = WEEKDAYS.indexOf(from);
	const b = WEEKDAYS.indexOf(to);
	const out: Weekday[] = [];
	for (let k = a; ; k = (k + 1) % 7) {
		out.push(WEEKDAYS[k]!);
		if (k === b || out.length > 7) break;
	}
	return out;
}

/** 月〜金, 月曜日から金曜日まで, 日曜日〜火曜日 (wrapping). */
function readWdRange(s: string, i: number): { days: Weekday[]; end: number } | null {
	const a = readWd(s, i, false);
	if (!a) return null;
	const sep = sticky(/ *(?:~|-|から) */y, s, a.end);
	if (!sep) return null;
	const b = readWd(s, a.end + sep[0].length, true);
	if (!b || b.day === a.day) return null;
	const mada = sticky(/まで/y, s, b.end);
	return { days: wdRangeDays(a.day, b.day), end: b.end + (mada ? mada[0].length : 0) };
}

const ORD_NUM = '[1-5一二三四五]';
/** 第2・第4, 第2・4, 第2、4, 第２第４, 第1〜3, 最終, 第1・最終. */
function readOrdinals(s: string, i: number): { weeks: Week[]; end: number; either?: boolean } | null {
	const range = sticky(new RegExp(`第[ ]*(${ORD_NUM})[ ]*(?:~|-)[ ]*第?[ ]*(${ORD_NUM})(?![0-9])`, 'y'), s, i);
	if (range) {
		const a = num(range[1]!);
		const b = num(range[2]!);
		if (a < b) return { weeks: Array.from({ length: b - a + 1 }, (_, k) => (a + k) as Week), end: i + range[0].length };
	}
	const one = (j: number, first: boolean) =>
		sticky(
			new RegExp(
				first
					? `(?:第[ ]*(${ORD_NUM})(?![0-9])|(最終|最後|末の?(?=[ ]*[${WD}])))`
					: `[ ]*(?:・|、|,|\\.|と|及び|(か|または|又は))?[ ]*(?:第[ ]*(${ORD_NUM})(?![0-9])|(最終|最後)|(${ORD_NUM})(?![0-9時:/]|日(?!曜)|月(?!曜)))`,
				'y',
			),
			s,
			j,
		);
	const m = one(i, true);
	if (!m) return null;
	const weeks: Week[] = [m[2] ? '最終' : (num(m[1]!) as Week)];
	let end = i + m[0].length;
	let either = false;
	while (weeks.length < 6) {
		const n = one(end, false);
		if (!n) break;
		if (n[1]) either = true;
		weeks.push(n[3] ? '最終' : (num(n[2] ?? n[4]!) as Week));
		end += n[0].length;
	}
	return { weeks, end, ...(either ? { either } : {}) };
}

const HOLIDAY_WORDS =
	/国民の祝日に関する法律に規定する休日|国民の祝日等?|祝日法による休日|振替休日|祝祭日|祝休日|休祝日|祝日|祭日|休日|祝(?![前開])/y;

/** 平日, 毎日, 全曜日, a holiday word, or a run of weekdays, with what it reads as. */
function readAtom(s: string, i: number, prefix: string): { atom: Atom; end: number; alt?: boolean; either?: boolean } | null {
	// 第一火曜日を除く火曜日 → the other weeks.
	const except = sticky(
		new RegExp(`(第[ ]*${ORD_NUM}(?:[ ]*[・、,][ ]*第?[ ]*${ORD_NUM})*)[ ]*([${WD}])曜?日?を除く([${WD}])曜?日?`, 'y'),
		s,
		i,
	);
	if (except && except[2] === except[3]) {
		const ex = readOrdinals(except[1]!, 0)!.weeks;
		const weeks = ([1, 2, 3, 4, 5] as const).filter((w) => !ex.includes(w));
		return { atom: { k: 'nth', weeks, days: [except[2] as Weekday] }, end: i + except[0].length };
	}
	const ord = readOrdinals(s, i);
	if (ord) {
		const sp = sticky(/ *の? */y, s, ord.end)!;
		const g = readWdGroup(s, ord.end + sp[0].length, true) ?? parenWeekday(s, ord.end);
		if (!g) return null;
		const either = ord.either || g.either;
		return { atom: { k: 'nth', weeks: ord.weeks, days: g.days }, end: g.end, ...(either ? { either } : {}) };
	}
	if (prefix === '毎月' || prefix === '各月') {
		const dom = sticky(/(\d{1,2})日(?: *[・、,] *(?:毎月)?(\d{1,2})日)*/y, s, i);
		if (dom) {
			const days = [...dom[0].matchAll(/(\d{1,2})日/g)].map((d) => Number(d[1]));
			if (days.every((d) => d >= 1 && d <= 31)) return { atom: { k: 'dom', days }, end: i + dom[0].length };
		}
	}
	const word = sticky(/平日|毎日|全曜日|全日|土日祝日?|土日/y, s, i);
	if (word) {
		const w = word[0];
		if (w === '平日') return { atom: { k: 'wd', days: ['月', '火', '水', '木', '金'], implicit: true }, end: i + w.length };
		if (w.startsWith('土日')) {
			const after = i + 2;
			if (w === '土日') {
				const suf = sticky(/曜日|曜/y, s, after);
				return { atom: { k: 'wd', days: ['土', '日'] }, end: after + (suf ? suf[0].length : 0) };
			}
			return { atom: { k: 'wd', days: ['土', '日'] }, end: after }; // 祝 is read next as its own atom
		}
		if (isWordy(s[i + w.length])) return null;
		return { atom: { k: 'wd', days: [...WEEKDAYS], all: true }, end: i + w.length };
	}
	const hol = sticky(HOLIDAY_WORDS, s, i);
	if (hol) {
		// 休日 inside 休日でない日, 祝日開館日 …: not a holiday word.
		const rest = s.slice(i + hol[0].length, i + hol[0].length + 3);
		if (isWordy(rest[0]) && !/^(?:[・、,及又並等土日月火水木金除休閉不]|利用|使用|開館|営業)/.test(rest)) return null;
		return { atom: { k: 'hol' }, end: i + hol[0].length };
	}
	const range = readWdRange(s, i);
	if (range) return { atom: { k: 'wd', days: range.days }, end: range.end };
	const g = readWdGroup(s, i, prefix !== '');
	if (g) {
		// 土曜日は第1、第3のみ → those weeks.
		const only = sticky(new RegExp(`[ ]*は?[ ]*`, 'y'), s, g.end)!;
		const o = readOrdinals(s, g.end + only[0].length);
		if (o) {
			const tail = sticky(/ *(?:のみ|だけ)/y, s, o.end);
			if (tail) return { atom: { k: 'nth', weeks: o.weeks, days: g.days }, end: o.end + tail[0].length };
		}
		const but = exceptWeeks(s, g.end, g.days);
		if (but) return { atom: { k: 'nth', weeks: but.weeks, days: g.days }, end: but.end };
		const alt = sticky(/ *隔週/y, s, g.end);
		if (alt) return { atom: { k: 'wd', days: g.days }, end: g.end + alt[0].length, alt: true };
		const half = sticky(/ *(?:午後|午前)(?:休み?|のみ)?(?![ 0-9０-９]*[0-9時:])/y, s, g.end);
		if (half) {
			// 水曜・日曜・土曜午後: only the last day is a half day.
			if (g.days.length > 1) {
				const sep = /[ ・、,と及並又]+$/.exec(s.slice(i, g.lastStart));
				return { atom: { k: 'wd', days: g.days.slice(0, -1) }, end: g.lastStart - (sep ? sep[0].length : 0) };
			}
			return { atom: { k: 'half', days: g.days, a: i, b: g.end + half[0].length }, end: g.end + half[0].length };
		}
		return { atom: { k: 'wd', days: g.days }, end: g.end, ...(g.either ? { either: true } : {}) };
	}
	return null;
}

/** 第2(土), 第4（火曜）: the weekday of an ordinal in parentheses. */
function parenWeekday(s: string, i: number): { days: Weekday[]; end: number; either?: boolean } | null {
	const m = sticky(new RegExp(`[ ]*\\([ ]*([${WD}])(?:曜日?)?[ ]*\\)`, 'y'), s, i);
	return m ? { days: [m[1] as Weekday], end: i + m[0].length } : null;
}

/** 毎週土曜日（第3土曜日除く）, 毎週水曜日(第5週は休み): the other weeks of the month. */
function exceptWeeks(s: string, i: number, days: Weekday[] | null): { weeks: Week[]; end: number } | null {
	const m = sticky(
		new RegExp(
			`[ ]*\\([ ]*(第[ ]*${ORD_NUM}(?:[ ]*[・、,][ ]*第?[ ]*${ORD_NUM})*)[ ]*(?:([${WD}])(?:曜日?)?|週目?)?[ ]*(?:は|を)?[ ]*(?:除く|除き|お休み|休み|休|なし)[ ]*\\)`,
			'y',
		),
		s,
		i,
	);
	if (!m || (m[2] && (!days || days.length !== 1 || m[2] !== days[0]))) return null;
	const ex = readOrdinals(m[1]!, 0)?.weeks ?? [];
	const weeks = ([1, 2, 3, 4, 5] as const).filter((w) => !ex.includes(w));
	return weeks.length ? { weeks, end: i + m[0].length } : null;
}

const ATOM_SEP = / *(?:・|、|,|と|及び|および|並びに|(又は|または)) *| +|(?=祝)/y;

/** A list of day atoms, with 毎週, 隔週, 毎月, 偶数月 before it. */
export function readDays(s: string, i: number): { spec: DaySpec; end: number } | null {
	const pre = sticky(
		/(毎週|隔週|毎月|各月|月の|月(?= *(?:第|末の? *[月火水木金土日]))|偶数月の?|奇数月の?) *(?:の *(?=[第最月火水木金土日]))?/y,
		s,
		i,
	);
	let j = i;
	let prefix = '';
	const spec: DaySpec = { atoms: [] };
	if (pre) {
		if (pre[1] === '月の' && !sticky(/ *(?:第|最終)/y, s, i + pre[0].length)) {
			// 月の… without an ordinal after it: not a prefix.
		} else {
			prefix = pre[1]!;
			j = i + pre[0].length;
			if (prefix === '隔週') spec.alt = true;
			if (prefix.startsWith('偶数月')) spec.months = [2, 4, 6, 8, 10, 12];
			if (prefix.startsWith('奇数月')) spec.months = [1, 3, 5, 7, 9, 11];
		}
	}
	const first = readAtom(s, j, prefix);
	if (!first) return null;
	spec.atoms.push(first.atom);
	if (first.alt) spec.alt = true;
	if (first.either) spec.either = true;
	let end = first.end;
	while (spec.atoms.length < 16) {
		const sep = sticky(ATOM_SEP, s, end);
		if (!sep) break;
		const k = end + sep[0].length;
		// 毎週火曜日と金曜日, 月曜日、第3日曜日: a new prefix is fine inside the list, 毎月15日・20日 too.
		const inner = sticky(/(毎週|毎月|各月) */y, s, k);
		const innerPrefix = inner ? inner[1]! : prefix;
		const next = readAtom(s, k + (inner ? inner[0].length : 0), innerPrefix);
		if (!next || next.end <= k) break;
		// 毎週月・木曜、第1土曜 10:00〜: after 、 a day of another kind, or a new 毎週, starts another rule.
		const comma = /[、,]/.test(sep[0]);
		const last = spec.atoms[spec.atoms.length - 1]!;
		if (comma && (inner || (next.atom.k !== last.k && next.atom.k !== 'hol' && last.k !== 'hol'))) break;
		spec.atoms.push(next.atom);
		if (next.alt) spec.alt = true;
		if (next.either || sep[1]) spec.either = true;
		end = next.end;
	}
	const alt = sticky(/ *隔週/y, s, end);
	if (alt) {
		spec.alt = true;
		end += alt[0].length;
	}
	return { spec, end };
}

/* ----------------------------------------------------------------- times */

interface Clock {
	h: number;
	m: number;
	mer?: 'am' | 'pm';
	next?: boolean;
}

const CLOCK =
	/(午前|午後|AM|PM|am|pm|A\.M\.?|P\.M\.?)? *(翌)? *(?:(\d{1,2}) *: *(\d{2})(?!\d)|(\d{1,2}) *時(?!間) *(?:(\d{1,2}) *分|(半))?|(正午))/y;

function readClock(s: string, i: number): { clock: Clock; end: number } | null {
	const m = sticky(CLOCK, s, i);
	if (!m) return null;
	const merRaw = m[1];
	const mer = merRaw ? (/午前|a/i.test(merRaw) ? 'am' : 'pm') : undefined;
	if (m[8]) return mer ? null : { clock: { h: 12, m: 0 }, end: i + m[0].length };
	const h = Number(m[3] ?? m[5]);
	const min = m[4] !== undefined ? Number(m[4]) : m[6] !== undefined ? Number(m[6]) : m[7] ? 30 : 0;
	if (min > 59 || h > 48) return null;
	// A digit before the clock belongs to something else (a date, a count).
	if (!merRaw && isDigit(s[i - 1])) return null;
	return { clock: { h, m: min, ...(mer ? { mer } : {}), ...(m[2] ? { next: true } : {}) }, end: i + m[0].length };
}

function minutes(c: Clock, inherit?: 'am' | 'pm', after?: number): number {
	let h = c.h;
	const mer = c.mer ?? inherit;
	if (mer === 'pm' && h < 12) h += 12;
	if (mer === 'am' && h === 12 && c.mer) h = 0;
	let t = h * 60 + c.m;
	if (c.next) t += 24 * 60;
	// 午前9時〜3時: the end is in the afternoon when it would otherwise come before the start.
	if (!c.mer && inherit === 'am' && after !== undefined && t <= after && t + 720 > after && h < 12) t += 720;
	return t;
}

const RANGE_SEP = / *(~|-|から|より) */y;

/** 9:00〜17:00, 午後1時半から3時, 10:00〜, 〜19:00, 17:00まで, 10時より. */
export function readTime(s: string, i: number): { range: TimeRange; end: number } | null {
	// 15〜21時, 10〜12時: the hour unit written once, after the second number.
	const bare = isDigit(s[i - 1]) ? null : sticky(/(\d{1,2}) *(?:~|-|から) *(午後)? *(\d{1,2}) *時(?!間)(?: *まで)?/y, s, i);
	if (bare && !bare[2] && Number(bare[1]) < Number(bare[3]) && Number(bare[3]) <= 24) {
		return { range: { start: Number(bare[1]) * 60, end: Number(bare[3]) * 60 }, end: i + bare[0].length };
	}
	const c1 = readClock(s, i);
	if (!c1) {
		const lead = sticky(/(~|-) */y, s, i);
		if (!lead) return null;
		const c2 = readClock(s, i + lead[0].length);
		if (!c2) return null;
		const mada = sticky(/ *まで/y, s, c2.end);
		return { range: { end: minutes(c2.clock) }, end: c2.end + (mada ? mada[0].length : 0) };
	}
	const start = minutes(c1.clock);
	const sep = sticky(RANGE_SEP, s, c1.end);
	if (sep) {
		const c2 = readClock(s, c1.end + sep[0].length);
		if (c2) {
			let end = minutes(c2.clock, c1.clock.mer, start);
			if (end <= start && end < 24 * 60) end += 24 * 60; // 16:00〜1:00: past midnight
			const mada = sticky(/ *まで/y, s, c2.end);
			return { range: { start, end }, end: c2.end + (mada ? mada[0].length : 0) };
		}
		if (sep[1] === '-' && isDigit(s[c1.end + sep[0].length])) return null;
		return { range: { start }, end: c1.end + sep[0].length };
	}
	const mada = sticky(/ *まで/y, s, c1.end);
	if (mada) return { range: { end: start }, end: c1.end + mada[0].length };
	const after = sticky(/ *(?:以降|以後)/y, s, c1.end);
	if (after) return { range: { start }, end: c1.end + after[0].length };
	return { range: { start, point: true }, end: c1.end };
}

/* ----------------------------------------------------------------- dates */

const WD_PAREN = / *\( *(?:[月火水木金土日](?:曜日?)?(?: *[・,、] *(?:祝|祝日|休日))?|祝|祝日) *\)/y;

interface DateHead {
	y?: number;
	m: number;
	d: number;
	end: number;
}

function readDate(s: string, i: number): DateHead | null {
	const year = sticky(
		/(?:(令和|平成) *(\d{1,2}|元) *年(?: *\( *(\d{4}) *年 *\))?|(\d{4}) *年(?: *\( *(?:令和|平成) *\d{1,2} *年 *\))?) */y,
		s,
		i,
	);
	let j = i;
	let y: number | undefined;
	if (year) {
		y = year[4] ? Number(year[4]) : year[3] ? Number(year[3]) : eraYear(year[1]!, year[2]!)!;
		j = i + year[0].length;
	}
	if (!y && isDigit(s[i - 1])) return null;
	const md = sticky(/(\d{1,2}) *月 *(\d{1,2}) *日|(\d{1,2})\/(\d{1,2})(?![\d/])/y, s, j);
	if (!md) return null;
	const m = Number(md[1] ?? md[3]);
	const d = Number(md[2] ?? md[4]);
	if (m < 1 || m > 12 || d < 1 || d > [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!) return null;
	let end = j + md[0].length;
	const wp = sticky(WD_PAREN, s, end);
	if (wp) end += wp[0].length;
	return { ...(y ? { y } : {}), m, d, end };
}

const pad = (n: number) => String(n).padStart(2, '0');
const lit = (y: number | undefined, m: number, d: number): DateLit => (y ? `${y}-${pad(m)}-${pad(d)}` : `${pad(m)}-${pad(d)}`);

function expand(a: { y?: number; m: number; d: number }, b: { y?: number; m: number; d: number }): DateLit[] | null {
	const out: DateLit[] = [];
	let y = a.y;
	let m = a.m;
	let d = a.d;
	const dim = (yy: number | undefined, mm: number) =>
		mm === 2
			? yy && !(yy % 4 === 0 && (yy % 100 !== 0 || yy % 400 === 0))
				? 28
				: 29
			: [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mm - 1]!;
	for (let guard = 0; guard < 120; guard++) {
		out.push(lit(y, m, d));
		if (m === b.m && d === b.d) return out;
		d++;
		if (d > dim(y, m)) {
			d = 1;
			m++;
			if (m > 12) {
				m = 1;
				if (y) y++;
			}
		}
	}
	return null; // more than 120 days: not a closure this parser expands
}

/** 12/29〜1/3, 12月29日から翌年の1月3日まで, 8/14〜16, 8月14日、15日, 2020年2月4日（火）〜7日（金）. */
export function readDates(s: string, i: number): { dates: DateLit[]; span: boolean; end: number } | null {
	const a = readDate(s, i);
	if (!a) return null;
	const sep = sticky(/ *(?:~|-|から) *(?:翌年の?|翌月の?)? */y, s, a.end);
	if (sep) {
		const k = a.end + sep[0].length;
		const b = readDate(s, k);
		const short = !b ? sticky(/(\d{1,2})(?: *日)?(?![\d:月/時])/y, s, k) : null;
		const to = b
			? { ...(b.y ? { y: b.y } : a.y ? { y: a.y + (b.m < a.m ? 1 : 0) } : {}), m: b.m, d: b.d }
			: short
				? { ...(a.y ? { y: a.y } : {}), m: a.m, d: Number(short[1]) }
				: null;
		if (to && to.d >= 1 && to.d <= 31) {
			let end = b ? b.end : k + short![0].length;
			if (!b) {
				const wp = sticky(WD_PAREN, s, end);
				if (wp) end += wp[0].length;
			}
			const mada = sticky(/ *まで/y, s, end);
			if (mada) end += mada[0].length;
			const dates = expand(a, to);
			if (dates) return { dates, span: true, end };
		}
	}
	const dates = [lit(a.y, a.m, a.d)];
	let end = a.end;
	while (dates.length < 60) {
		const more = sticky(/ *(?:・|、|,|及び|と) */y, s, end);
		if (!more) break;
		const k = end + more[0].length;
		const b = readDate(s, k);
		if (b) {
			// Another full date joins the list only when no range follows it.
			if (sticky(/ *(?:~|-|から)/y, s, b.end)) break;
			dates.push(lit(b.y ?? a.y, b.m, b.d));
			end = b.end;
			continue;
		}
		const short = sticky(/(\d{1,2}) *日(?![\d時])/y, s, k);
		if (!short || Number(short[1]) < 1 || Number(short[1]) > 31) break;
		dates.push(lit(a.y, a.m, Number(short[1])));
		end = k + short[0].length;
		const wp = sticky(WD_PAREN, s, end);
		if (wp) end += wp[0].length;
	}
	return { dates, span: false, end };
}

/* ---------------------------------------------------------------- months */

function monthRange(a: number, b: number): number[] {
	const out: number[] = [];
	for (let m = a; ; m = (m % 12) + 1) {
		out.push(m);
		if (m === b || out.length > 12) break;
	}
	return out;
}

/** 6〜8月, 10月から3月まで, 3・10・11月, 12月と3月, 偶数月, 8月. */
export function readMonths(s: string, i: number): { months: number[]; end: number } | null {
	if (isDigit(s[i - 1]) || s[i - 1] === '第') return null;
	const parity = sticky(/(偶数|奇数)月/y, s, i);
	if (parity) return { months: parity[1] === '偶数' ? [2, 4, 6, 8, 10, 12] : [1, 3, 5, 7, 9, 11], end: i + parity[0].length };
	const range = sticky(/(\d{1,2}) *(?:月)? *(?:~|-|から) *(\d{1,2}) *月(?! *\d{1,2} *日)(?: *まで)?/y, s, i);
	if (range) {
		const a = Number(range[1]);
		const b = Number(range[2]);
		if (a >= 1 && a <= 12 && b >= 1 && b <= 12 && a !== b) return { months: monthRange(a, b), end: i + range[0].length };
	}
	// 3・10・11月, 12月と3月, 8月: numbers joined by ・ or と, the last one with 月; a number followed by 日 is a date.
	const months: number[] = [];
	let j = i;
	let end = -1;
	while (months.length < 12) {
		const m = sticky(/(\d{1,2}) *(月)?/y, s, j);
		if (!m || sticky(/ *\d{1,2} *日/y, s, j + m[0].length)) break;
		const n = Number(m[1]);
		if (n < 1 || n > 12) break;
		months.push(n);
		j += m[0].length;
		if (m[2]) end = j;
		const sep = sticky(/ *(?:・|、|,|と) */y, s, j);
		if (!sep || !isDigit(s[j + sep[0].length])) break;
		j += sep[0].length;
	}
	if (end > 0) {
		const upTo = months.slice(0, countUpTo(s, i, end));
		if (upTo.length && !/^[中末初旬]/.test(s[end] ?? '')) return { months: upTo, end };
	}
	return null;
}

/** How many numbers of a month list lie before `end`. */
function countUpTo(s: string, i: number, end: number): number {
	return (s.slice(i, end).match(/\d{1,2}/g) ?? []).length;
}

/* ----------------------------------------------------------------- shift */

const HOL =
	'(?:国民の祝日に関する法律に規定する休日|祝日法による休日|祝祭日|祝休日|祝日|休日|祭日)(?:[ ]*(?:又は|または|・|、|や)[ ]*(?:振替休日|(臨時休館日|他の休館日)))?';
const SUBJ = `((?:第[ ]*\\d[ ]*)?[${WD}](?:曜日|曜)?(?:[ ]*[・、][ ]*(?:第[ ]*\\d[ ]*)?[${WD}](?:曜日|曜)?)*)[ ]*(?:が|は)[ ]*`;
const WHEN = `(?:に当たる|にあたる|と重なる)?[ ]*(?:の)?[ ]*(?:場合|とき|時)[ ]*(?:は|には)?[ ]*[、,]?[ ]*`;
const OPEN_FIRST = `(?:(?:開館|開園|営業|利用可|開所)(?:し|で|となり)?[ ]*[、,]?[ ]*)?(?:ただし[ ]*[、,]?[ ]*)?`;
const TARGET = `(?:その[ ]*)?(翌平日|翌開園日|翌開館日|翌営業日|その日以降の平日|その日後においてその日に最も近い休日でない日|翌日|翌[ ]*[${WD}]曜日?|[${WD}]曜日?)`;
const TAIL = `([ ]*も)?(?:[ ]*(?:が|を))?(?:[ ]*(?:休館日|休園日|休業日|休日|休館|休園|休業|休み|休|利用不可|旧館))?(?:[ ]*(?:とする|となる|となります|とします|です))?(?:[ ]*(?:開催))?`;
const SHIFT = new RegExp(`(?:${SUBJ})?${HOL}[ ]*${WHEN}${OPEN_FIRST}${TARGET}${TAIL}`, 'y');
const SHIFT_OPEN = new RegExp(`(?:${SUBJ})?(?:${HOL})[ ]*(?:${WHEN})?(?:は)?[ ]*(?:開館|営業|開園|利用可)(?:します|する)?(?![日時])`, 'y');

function subjectDays(subj: string | undefined): Weekday[] {
	if (!subj) return [];
	return [...subj.replace(/曜日|曜/g, '').matchAll(new RegExp(`(第[ ]*\\d[ ]*)?([${WD}])`, 'g'))]
		.filter((m) => !m[1])
		.map((m) => m[2] as Weekday);
}

/** 月曜が祝日の場合は翌平日, （祝日の場合は翌日休）, 祝日の場合は営業. */
export function readShift(s: string, i: number): { shift: Shift; days: Weekday[]; end: number; extra?: boolean } | null {
	const m = sticky(SHIFT, s, i);
	if (m) {
		const target = m[3]!;
		const days = subjectDays(m[1]);
		let shift: Shift = /平日|開園日|開館日|営業日|休日でない日/.test(target) ? '翌平日' : '翌日';
		if (m[4]) shift = 'also';
		// 月曜日が祝日の場合は…火曜日が利用不可: a named weekday must be the day after the closing day.
		const named = /([月火水木金土日])/.exec(
			target
				.replace(/^翌/, '')
				.replace('日以降', '')
				.replace(/翌日|翌平日/, ''),
		);
		if (named && !/翌日|翌平日/.test(target) && days.length === 1) {
			const next = WEEKDAYS[(WEEKDAYS.indexOf(days[0]!) + 1) % 7];
			if (named[1] !== next) return null;
		}
		return { shift, days, end: i + m[0].length, ...(m[2] ? { extra: true } : {}) };
	}
	const o = sticky(SHIFT_OPEN, s, i);
	if (o) return { shift: 'open', days: subjectDays(o[1]), end: i + o[0].length };
	return null;
}

/* ----------------------------------------------------------------- words */

type WordKind =
	| { k: 'kw'; mode: KwMode }
	| { k: 'noun'; what: 'new_year' | 'obon' | 'month_end' | 'rokuyo' }
	| { k: 'noclose' }
	| { k: 'allday' }
	| { k: 'only' }
	| { k: 'filler' }
	| { k: 'unk' };

const WORDS: [RegExp, WordKind][] = [
	[/休館日以外(?:は)?(?:利用可能|利用可|開館)/y, { k: 'filler' }],
	[/(?:祝日|祝祭日)(?:に)?関係なく/y, { k: 'filler' }],
	[/終日(?:利用不可|使用不可|休館|休み)/y, { k: 'kw', mode: 'closed' }],
	[/年中無休|無休|なし(?=$|[ 、,。;()】\n])/y, { k: 'noclose' }],
	// 24時間, 終日: read as 0:00〜24:00, which the model cannot hold (it stops at 23:59).
	[/24 *時間|終日|全時間帯|常時開園|常時/y, { k: 'allday' }],
	[/年末年始|年末 *[・及び]+ *年始|年末・年始|お正月|正月|年始/y, { k: 'noun', what: 'new_year' }],
	[/お盆休み|お盆期間|お盆|盆休み|盆(?![踊栽])/y, { k: 'noun', what: 'obon' }],
	[/毎月末日|月末日|月末(?!の? *[月火水木金土日]曜)|末日/y, { k: 'noun', what: 'month_end' }],
	[/友引|仏滅|大安/y, { k: 'noun', what: 'rokuyo' }],
	[/祝前日|休前日|祝日前日|祝日開館日|学校休業日|午前中|午後休|午前休/y, { k: 'unk' }],
	[
		/開館時間|開園時間|開所時間|開放時間|営業時間|利用可能時間|利用時間|診療時間|実施日時|実施日|実施時間|開催日時|開催日程|開催日|活動日時|活動日|日 ?時|公開日|開設時間|利用可能曜日|利用日|開館日|開所日|利用可能日/y,
		{ k: 'kw', mode: 'open' },
	],
	[/閉園時間|閉館時間|終了時間|閉館時刻/y, { k: 'kw', mode: 'end' }],
	[/開設期間|開催期間|実施期間|期間/y, { k: 'kw', mode: 'period' }],
	[
		/全館休館日|休館日|休園日|休場日|休業日|休所日|休室日|閉館日|閉園日|閉所日|定休日|館内整理日|図書整理日|整理日/y,
		{ k: 'kw', mode: 'closed' },
	],
	// 翌平日 outside a shift this parser reads (…の場合は翌平日休): still a word about closing.
	[/翌平日|翌日|翌営業日|翌開館日/y, { k: 'kw', mode: 'closed' }],
	[/を除きます|は除きます|除きます|を除いて|を除く|を除き|除く|除き|以外/y, { k: 'kw', mode: 'except' }],
	[
		/お休み|休み|定休|休館|休園|休業|休場|休室|休所|閉所|閉館|閉園|閉局|閉店|利用不可|使用不可|開放不可|解放不可|利用できません|不可|休(?![止憩暇日祝前])/y,
		{ k: 'kw', mode: 'closed' },
	],
	[/開館|開園|開所|開設|開催(?:あり|有り)?|営業|利用可能|利用可|使用可|利用できます|開放|実施|開いています/y, { k: 'kw', mode: 'open' }],
	[/のみ|だけ|限り/y, { k: 'only' }],
	[/ただし|但し|なお|また(?![は])|いずれも|です|ます|となります|とします|します|いたします|となる|とする|曜日/y, { k: 'filler' }],
];

/** Keywords that head a part of the text when written before it: 開館時間, 休館日, 定休日. */
const HEADING = /^(?:.*時間|.*日時?|.*日程|.*期間|開所|閉所|休園|休館)$/;

const KW_TAIL = /(?:と?(?:なります|なる|する|します|いたします)|です|日(?![曜時]))*/y;

/* ---------------------------------------------------------------- counts */

const COUNT_NUM: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7 };
const MONTHLY = /(?:毎月|月に?|1 *[ヶケかカヵ箇]? *月に?|ひと月に?) *([1-9一二三四五]) *(?:回|度)(?:開催|実施)?/y;
const WEEKLY = /(?:毎週|週に?) *([1-7一二三四五六七]) *(?:回|日)(?:開催|実施)?/y;
const BARE_COUNT = /の? *([1-9]) *回(?:開催)?/y;

/** 月2回, 毎月一回, 月一度, 毎週3回, 週5日: how many meetings a month or a week. */
export function readCount(s: string, i: number): { n: number; per: 'month' | 'week'; end: number } | null {
	if (isDigit(s[i - 1])) return null;
	for (const [re, per] of [
		[MONTHLY, 'month'],
		[WEEKLY, 'week'],
		[BARE_COUNT, 'month'],
	] as const) {
		const m = sticky(re, s, i);
		// 月1〜2回, 月1、2回: a range of counts fixes nothing (read as a veto).
		if (m && !/^ *[~、,・-] *\d/.test(s.slice(i + m[0].length))) return { n: COUNT_NUM[m[1]!] ?? Number(m[1]), per, end: i + m[0].length };
	}
	return null;
}

/**
 * Words that leave the days open, so that no rule may be written from the text: 不定期 (but not 不定休, irregular
 * closing days), 隔月, 2ヶ月に1回, 3週間に1回, 年6回, 年数回, 月1〜2回, もしくは, or, いずれか, 未定, 程度 ….
 */
const VETO = new RegExp(
	[
		'不定期',
		'不定(?!休)',
		'隔月',
		'[0-9一二三四五六数] *[ヶケかカヵ箇]? *月(?:に|ごと|毎|おき)',
		'[0-9一二三四数] *週間(?:に|ごと|毎|おき)?',
		'年 *(?:[0-9一二三四五六七八九十数]+) *回',
		'年に *(?:[0-9一二三四五六七八九十数]+) *回',
		'月 *[0-9] *[~、,・-] *[0-9] *回',
		'[0-9] *[~、,・-] *[0-9] *回',
		'程度',
		'くらい',
		'ぐらい',
		'頃',
		'もしくは',
		'若しくは',
		'(?<![A-Za-z])or(?![A-Za-z])',
		'いずれか',
		'どちらか',
		'未定',
		'変動',
		'決まって(?:おらず|いない|いません)',
		'都度',
		'(?<=曜日?)他(?![の])',
	].join('|'),
	'iy',
);

const ACTIVITY = /パントリー|イベント|配布|配食|弁当|学習|講座|教室|体験|相談/;

/** The part of the text around [a, b), between separators, names an activity besides the one scheduled. */
function otherActivity(s: string, a: number, b: number): boolean {
	const from = Math.max(...['、', '。', '\n', ' ', ',', '※', '…', '・'].map((c) => s.lastIndexOf(c, a - 1)));
	const ends = ['、', '。', '\n', ' ', ',', '※', '…'].map((c) => s.indexOf(c, b)).filter((k) => k >= 0);
	return ACTIVITY.test(s.slice(from + 1, ends.length ? Math.min(...ends) : s.length));
}

/* ----------------------------------------------------------------- lexer */

const OPEN_PAREN = '(【「[{〔『';
/** Parentheses nested deeper than this are read as plain characters. */
const MAX_DEPTH = 6;
const CLOSE_PAREN = ')】」]}〕』';

/**
 * Tokens of s[a, b). Parentheses become one `paren` token each, whose contents are lexed again.
 */
export function lex(s: string, a: number, b: number, depth = 0): Tok[] {
	const toks: Tok[] = [];
	let i = a;
	const push = (t: Tok) => {
		const last = toks[toks.length - 1];
		if (t.k === 'unk' && last?.k === 'unk' && last.b === t.a) last.b = t.b;
		else toks.push(t);
	};
	while (i < b) {
		const c = s[i]!;
		// 開催時間不定期: the hours are open, not the days; kept as written.
		const vagueTime = sticky(/(?:開催)?時間(?:帯)?(?:は|が)?不定(?:期)?(?:です)?/y, s, i);
		if (vagueTime && i + vagueTime[0].length <= b) {
			toks.push({ k: 'aside', a: i, b: i + vagueTime[0].length });
			i += vagueTime[0].length;
			continue;
		}
		// A word that leaves the days open counts wherever it stands, even inside an unknown word (土or日, 不定期開催),
		// unless its part of the text names another activity (フードパントリー：不定期, 不定期でイベント開催).
		const veto = sticky(VETO, s, i);
		if (veto && i + veto[0].length <= b) {
			toks.push({ k: otherActivity(s, i, i + veto[0].length) ? 'aside' : 'veto', a: i, b: i + veto[0].length });
			i += veto[0].length;
			continue;
		}
		// Inside an unknown word, kanji and katakana continue it: 学校休業日 is not 学校 + 休業日.
		const last = toks[toks.length - 1];
		if (last?.k === 'unk' && last.b === i && isWordy(s[i - 1]) && isWordy(c)) {
			push({ k: 'unk', a: i, b: i + 1 });
			i++;
			continue;
		}
		const skip = c === '(' ? exceptWeeks(s, i, null) : null;
		if (skip && skip.end <= b) {
			toks.push({ k: 'skipweeks', a: i, b: skip.end, weeks: skip.weeks });
			i = skip.end;
			continue;
		}
		if ((c === '(' || c === '[' || c === '{' || c === '〔' || c === '「' || c === '『') && depth < MAX_DEPTH) {
			const close = matchParen(s, i, b);
			toks.push({ k: 'paren', a: i, b: close, toks: lex(s, i + 1, close - (CLOSE_PAREN.includes(s[close - 1]!) ? 1 : 0), depth + 1) });
			i = close;
			continue;
		}
		if (CLOSE_PAREN.includes(c) || c === '【') {
			toks.push({ k: 'sep', a: i, b: i + 1, ch: c });
			i++;
			continue;
		}
		if (
			/\s/.test(c) ||
			c === '、' ||
			c === ',' ||
			c === '/' ||
			c === '・' ||
			c === ';' ||
			c === '。' ||
			c === '※' ||
			c === '●' ||
			c === '■' ||
			c === '.' ||
			c === '…' ||
			c === '‥'
		) {
			let j = i + 1;
			while (j < b && /\s/.test(s[j]!) && /\s/.test(c)) j++;
			toks.push({ k: 'sep', a: i, b: j, ch: c });
			i = j;
			continue;
		}
		if (c === ':' || c === '=' || c === '：') {
			toks.push({ k: 'part', a: i, b: i + 1, w: ':' });
			i++;
			continue;
		}
		const t = lexOne(s, i, b);
		if (t) {
			push(t);
			i = t.b;
			continue;
		}
		push({ k: 'unk', a: i, b: i + 1 });
		i++;
	}
	return toks;
}

function matchParen(s: string, i: number, b: number): number {
	let depth = 0;
	for (let j = i; j < b; j++) {
		const c = s[j]!;
		if (OPEN_PAREN.includes(c) && c !== '【') depth++;
		else if (CLOSE_PAREN.includes(c) && c !== '】') {
			depth--;
			if (depth === 0) return j + 1;
		}
	}
	return b; // unclosed: up to the end
}

function lexOne(s: string, i: number, b: number): Tok | null {
	const within = <T extends { end: number }>(r: T | null): T | null => (r && r.end <= b && r.end > i ? r : null);
	const shift = within(readShift(s, i));
	if (shift) return { k: 'shift', a: i, b: shift.end, shift: shift.shift, days: shift.days, ...(shift.extra ? { extra: true } : {}) };
	const dates = within(readDates(s, i));
	if (dates) return { k: 'dates', a: i, b: dates.end, dates: dates.dates, span: dates.span };
	const time = within(readTime(s, i));
	if (time) return { k: 'time', a: i, b: time.end, range: time.range };
	if (/^(?:偶数|奇数)月/.test(s.slice(i, i + 3))) {
		const d = within(readDays(s, i));
		if (d) return { k: 'days', a: i, b: d.end, spec: d.spec };
	}
	const months = within(readMonths(s, i));
	if (months) return { k: 'months', a: i, b: months.end, months: months.months };
	const count = readCount(s, i);
	if (count && count.end <= b) return { k: 'freq', a: i, b: count.end, n: count.n, per: count.per };
	const veto = sticky(VETO, s, i);
	if (veto && i + veto[0].length <= b) return { k: 'veto', a: i, b: i + veto[0].length };
	const aside = sticky(
		/の? *(?:お昼|昼|夜|朝|夕方)(?:に?開催)?(?![\u3400-\u9fff])|原則(?:として)?|基本的に|受付(?:します|いたします|開始)/y,
		s,
		i,
	);
	if (aside && i + aside[0].length <= b && (!isWordy(s[i - 1]) || /[日曜]$/.test(s.slice(0, i))))
		return { k: 'aside', a: i, b: i + aside[0].length };
	for (const [re, kind] of WORDS) {
		const m = sticky(re, s, i);
		if (!m || i + m[0].length > b) continue;
		let end = i + m[0].length;
		if (kind.k === 'kw') {
			const tail = sticky(KW_TAIL, s, end);
			if (tail && end + tail[0].length <= b) end += tail[0].length;
			// A heading: 休館日：…, 【休館日】…, or 「開館時間 9:00〜17:00 休館日 月曜日」 with spaces around it.
			const spaced = HEADING.test(m[0]) && (i === 0 || /[\s、。】]/.test(s[i - 1]!)) && /^ +[^ \n]/.test(s.slice(end, b));
			const label = /^ *[:=】]/.test(s.slice(end, b)) || (s[i - 1] === '【' && s[end] === '】') || spaced;
			return { k: 'kw', a: i, b: end, mode: kind.mode, label, word: m[0] };
		}
		if (kind.k === 'noun') return { k: 'noun', a: i, b: end, what: kind.what };
		if (kind.k === 'allday') return { k: 'time', a: i, b: end, range: { start: 0, end: 24 * 60 } };
		if (kind.k === 'noclose') return { k: 'noclose', a: i, b: end, bare: m[0] === 'なし' };
		if (kind.k === 'only' || kind.k === 'filler' || kind.k === 'unk') return { k: kind.k, a: i, b: end };
	}
	const days = within(readDays(s, i));
	if (days) return { k: 'days', a: i, b: days.end, spec: days.spec };
	if (s.startsWith('毎週', i) && i + 2 <= b) return { k: 'filler', a: i, b: i + 2 };
	const conj = sticky(/及び|および|並びに|又は|または|と|及/y, s, i);
	if (conj && i + conj[0].length <= b) return { k: 'sep', a: i, b: i + conj[0].length, ch: 'と' };
	if (/[はのがをにでもやへ]/.test(s[i]!)) return { k: 'part', a: i, b: i + 1, w: s[i]! };
	const kara = sticky(/から|まで|より|について|において|にて|による/y, s, i);
	if (kara && i + kara[0].length <= b) return { k: 'part', a: i, b: i + kara[0].length, w: kara[0] };
	return null;
}
