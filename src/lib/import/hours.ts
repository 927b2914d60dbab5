/**
 * Opening-hours text to a schedule, through the shared parser (src/lib/schedule/parse-text.ts): its
 * `{ schedule, leftover }`, checked as data, and an exception caught. What the parser did not
 * understand is never dropped: the caller keeps the original text as `schedule.note`.
 *
 * combineHours reads every column that speaks about the schedule (開催曜日, 開催頻度, 開催日, 特記事項, 休館日,
 * start and end) and writes rules only when they agree: 開催曜日「金」 with 開催日「第2金曜日、第4金曜日」 is
 * 第2・第4金; 開催曜日「火」 with 開催頻度「月2回」 and no week, or a 開催頻度 that the days do not give, is a draft
 * whose note keeps every column as written, with a sentence saying why (`draftReason`).
 */
import { schedule as scheduleSchema, type Schedule, type ScheduleRule } from '../../schemas/schedule.ts';
import { WEEKDAYS, type Weekday } from '../../schemas/taxonomy.ts';
import { parseScheduleText } from '../schedule/parse-text.ts';

export type ParsedSchedule = Pick<Schedule, 'rules' | 'closed' | 'from' | 'until'>;
export interface HoursReading {
	/** What the parser understood, if anything. */
	schedule: ParsedSchedule | undefined;
	/** Parts it did not understand (the whole text when it understood nothing). */
	leftover: string[];
	/** A word or a count in the text leaves the meeting days open (不定期, 隔月, 月2回 with no week). */
	daysOpen?: true;
}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * The parser's `{ schedule, leftover }`, checked as data (a schedule without rules, or leftover that is not text,
 * counts as not understood) so the import is robust whatever the parser returns.
 */
export function adaptParserResult(result: unknown, text: string): HoursReading {
	if (isObject(result) && 'leftover' in result && 'schedule' in result) {
		const leftover = Array.isArray(result['leftover'])
			? result['leftover'].filter((l): l is string => typeof l === 'string' && l.trim() !== '')
			: [];
		const schedule =
			isObject(result['schedule']) && Array.isArray(result['schedule']['rules']) ? (result['schedule'] as ParsedSchedule) : undefined;
		const open = result['daysOpen'] === true ? { daysOpen: true as const } : {};
		return { schedule, leftover: schedule ? leftover : [text], ...open };
	}
	return { schedule: undefined, leftover: [text] };
}

/** Reads hours text; never throws. A schedule the schema would refuse (a time past 23:59 …) counts as not understood. */
export function readHours(text: string): HoursReading {
	const t = text.trim();
	if (!t) return { schedule: undefined, leftover: [] };
	let reading: HoursReading;
	try {
		reading = adaptParserResult(parseScheduleText(t), t);
	} catch {
		return { schedule: undefined, leftover: [t] };
	}
	if (!reading.schedule) return reading;
	const open = reading.daysOpen ? { daysOpen: true as const } : {};
	const probe = scheduleSchema.safeParse({ ...reading.schedule, ...(reading.schedule.rules.length ? {} : { note: t }) });
	if (!probe.success) return { schedule: undefined, leftover: [t], ...open };
	const { rules, closed, from, until } = probe.data;
	return {
		schedule: {
			rules,
			...(closed && Object.keys(closed).length ? { closed } : {}),
			...(from ? { from } : {}),
			...(until ? { until } : {}),
		},
		leftover: reading.leftover,
		...open,
	};
}

/** 「月火水木金」, 「月・水・金」, 「月～金」, 「平日」, 「毎日」 as weekdays, or undefined when the text says something else. */
export function readWeekdays(text: string): Weekday[] | undefined {
	const t = text.normalize('NFKC').replace(/\s+/g, '').replace(/曜日?/g, '');
	if (!t) return undefined;
	if (/^(毎日|全日|年中無休|月-日|月~日|月〜日|月～日)$/.test(t.replace(/[ー－]/g, '-'))) return [...WEEKDAYS];
	if (t === '平日') return ['月', '火', '水', '木', '金'];
	const range = /^([月火水木金土日])[~〜～\-ー－から]+([月火水木金土日])$/.exec(t);
	if (range) {
		const a = WEEKDAYS.indexOf(range[1] as Weekday);
		const b = WEEKDAYS.indexOf(range[2] as Weekday);
		const out: Weekday[] = [];
		for (let i = a; ; i = (i + 1) % 7) {
			out.push(WEEKDAYS[i]!);
			if (i === b || out.length === 7) break;
		}
		return out;
	}
	const chars = [...t.replace(/[・、,，\/]/g, '')];
	if (!chars.length || !chars.every((c) => (WEEKDAYS as readonly string[]).includes(c))) return undefined;
	return WEEKDAYS.filter((w) => chars.includes(w));
}

/** A clock time from a cell (9:30, ０９：３０, 9時30分, 09:30:00) as "09:30", or undefined. */
export function readTime(value: string | undefined): string | undefined {
	const t = (value ?? '').normalize('NFKC').trim().replace(/\s+/g, '');
	const m = /^(\d{1,2})(?::|時)(\d{2})?(?::\d{2})?分?$/.exec(t);
	if (!m) return undefined;
	const h = Number(m[1]);
	const min = Number(m[2] ?? '0');
	if (h > 23 || min > 59) return undefined;
	return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

export interface HoursInput {
	days?: string | undefined;
	start?: string | undefined;
	end?: string | undefined;
	/** Free text: 利用可能日時特記事項, 開館時間, 備考 … */
	text?: string | undefined;
	/** Closing days (定休日, 休館日). */
	closed?: string | undefined;
	/** How often it meets (開催頻度: 毎週, 月2回, 隔月, 不定期 …). */
	frequency?: string | undefined;
	/** Which days it meets (開催日: 「第2金曜日、第4金曜日」, 「毎月15日」 …). */
	dates?: string | undefined;
}

export interface HoursResult {
	/** The schedule to write (with a note holding any text not fully understood), or undefined when there is nothing. */
	schedule: Schedule | undefined;
	/** Whether all the hours text was understood (the structured schedule says everything). */
	understood: boolean;
	/** The columns' text the note keeps verbatim (line breaks as spaces). */
	note: string | undefined;
	/**
	 * Set when the columns do not fix the days without doubt (a frequency that names no day, columns that
	 * disagree): a plain Japanese sentence for the draft and the report. The schedule then has no rules and its
	 * note holds every schedule column verbatim.
	 */
	draftReason?: string | undefined;
}

/**
 * What a 開催頻度 cell says: every week (with how many days a week), a number of meetings a month, or nothing that
 * fixes a day (不定期, 隔月, 季節限定). The 子ども食堂 layout's codes 1–8 are read as their words.
 */
export type Frequency =
	| { kind: 'weekly'; min: number; max: number; words: string }
	| { kind: 'monthly'; n: number | undefined; biweekly?: boolean; words: string }
	| { kind: 'open'; words: string }
	| { kind: 'unknown'; words: string };

/** The 子ども食堂 layout's 開催頻度 codes (1–8), with their words: the one table (values.ts's frequencyWords reads it). */
export const FREQUENCY_CODES: Readonly<Record<string, Frequency>> = {
	'1': { kind: 'weekly', min: 5, max: 7, words: 'ほぼ毎日（週5〜7回程度）' },
	'2': { kind: 'weekly', min: 3, max: 4, words: '週3〜4回程度' },
	'3': { kind: 'weekly', min: 1, max: 2, words: '週1〜2回程度' },
	'4': { kind: 'monthly', n: 2, biweekly: true, words: '2週間に1回程度' },
	'5': { kind: 'monthly', n: 1, words: '月1回程度' },
	'6': { kind: 'open', words: '数か月に1回程度' },
	'7': { kind: 'open', words: '季節限定（長期休暇中のみなど）' },
	'8': { kind: 'open', words: '不定期' },
};

const KANJI_COUNT: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7 };
const count = (d: string) => KANJI_COUNT[d] ?? Number(d);

export function readFrequency(value: string): Frequency {
	const words = oneLine(value);
	const t = words
		.normalize('NFKC')
		.replace(/\s+/g, '')
		.replace(/程度|くらい|ぐらい|位$/g, '');
	const code = FREQUENCY_CODES[t];
	if (code) return code;
	if (/^(?:毎日|ほぼ毎日|全日)$/.test(t)) return { kind: 'weekly', min: t === '毎日' ? 7 : 5, max: 7, words };
	if (t === '毎週') return { kind: 'weekly', min: 1, max: 7, words };
	const weekly = /^(?:毎週|週)(?:に)?([1-7一二三四五六七])(?:[~〜～-]([1-7一二三四五六七]))?(?:回|日)$/.exec(t);
	if (weekly) return { kind: 'weekly', min: count(weekly[1]!), max: count(weekly[2] ?? weekly[1]!), words };
	if (/^(?:隔週|2週(?:間)?に1回)$/.test(t)) return { kind: 'monthly', n: 2, biweekly: true, words };
	const monthly = /^(?:毎月|月)(?:に)?([1-9一二三四五])(?:回|度)$/.exec(t);
	if (monthly) return { kind: 'monthly', n: count(monthly[1]!), words };
	if (t === '毎月') return { kind: 'monthly', n: undefined, words };
	if (/不定|隔月|年|か月|ヶ月|ケ月|カ月|ヵ月|季節|長期休|随時|未定|休止/.test(t)) return { kind: 'open', words };
	return { kind: 'unknown', words };
}

/** Whether the rules give the meetings the frequency says: 月2回 and 第2・第4金, 毎週 and 毎週火. */
export function frequencyFits(f: Frequency, rules: ScheduleRule[]): boolean {
	const weekly = rules.every((r) => r.repeat === '毎週');
	const days = new Set(rules.flatMap((r) => r.weekdays ?? [])).size;
	if (f.kind === 'weekly') return weekly && days >= f.min && days <= f.max;
	if (f.kind !== 'monthly') return false;
	if (f.biweekly && rules.every((r) => r.repeat === '隔週')) return true;
	if (!rules.every((r) => r.repeat === '毎月')) return weekly && f.n !== undefined && f.n >= 4 && days * 4 <= f.n && f.n <= days * 5;
	const perMonth = rules.reduce((n, r) => n + (r.days ? r.days.length : (r.weeks?.length ?? 0) * (r.weekdays?.length ?? 0)), 0);
	return f.n === undefined || perMonth === f.n;
}

const oneLine = (s: string) => s.replace(/\s*[\r\n]+\s*/g, ' ').trim();

/** Every column that speaks about the schedule, read. */
interface Columns {
	days: Weekday[] | undefined;
	daysRead: boolean;
	frequency: Frequency | undefined;
	start: string | undefined;
	end: string | undefined;
	timesRead: boolean;
	/** 開催日, 特記事項, 休館日: the text columns, as written, each with its reading. */
	texts: { text: string; reading: HoursReading; closing: boolean }[];
}

function readColumns(input: HoursInput): Columns {
	const days = input.days?.trim() ? readWeekdays(input.days) : undefined;
	const start = readTime(input.start);
	const end = start ? readTime(input.end) : undefined;
	const texts = (
		[
			[input.dates, false],
			[input.text, false],
			[input.closed, true],
		] as const
	)
		.map(([t, closing]) => ({ text: (t ?? '').trim(), closing }))
		.filter((t) => t.text)
		.map((t) => ({ ...t, reading: t.closing ? asClosingDays(readHours(t.text), t.text) : readHours(t.text) }));
	return {
		days,
		daysRead: !input.days?.trim() || !!days,
		frequency: input.frequency?.trim() ? readFrequency(input.frequency) : undefined,
		start,
		end,
		timesRead: (!input.start?.trim() || !!start) && (!input.end?.trim() || !!end),
		texts,
	};
}

/**
 * A 定休日 / 休館日 column lists closing days even where it does not say so (「日曜日～火曜日」, 「月曜・第3日曜」):
 * days the parser read as meeting days are closing days there. 年中無休 (every day open) stays as it is; days with
 * times are not closing days, and the text is kept as written.
 */
export function asClosingDays(reading: HoursReading, text: string): HoursReading {
	const s = reading.schedule;
	if (!s?.rules.length || s.rules.some((r) => r.repeat === '毎週' && r.weekdays?.length === 7)) return reading;
	if (s.rules.some((r) => r.start || r.end || r.repeat === '隔週' || r.days))
		return { ...reading, schedule: { ...s, rules: [] }, leftover: reading.leftover.length ? reading.leftover : [text] };
	const closed = { ...(s.closed ?? {}) };
	const weekly = s.rules.filter((r) => r.repeat === '毎週').flatMap((r) => r.weekdays ?? []);
	if (weekly.length) closed.weekdays = WEEKDAYS.filter((d) => weekly.includes(d) || closed.weekdays?.includes(d));
	const nth = s.rules.filter((r) => r.repeat === '毎月' && r.weeks).map((r) => ({ weeks: r.weeks!, weekdays: r.weekdays! }));
	if (nth.length) closed.nth = [...(closed.nth ?? []), ...nth].slice(0, 5);
	return { ...reading, schedule: { ...s, rules: [], closed } };
}

/** The columns as written, for a draft's note: nothing is lost. */
function allColumns(input: HoursInput, cols: Columns): string {
	const times = input.start?.trim() || input.end?.trim() ? `${input.start?.trim() ?? ''}〜${input.end?.trim() ?? ''}` : '';
	return oneLine(
		[cols.frequency?.words ?? '', input.days ?? '', times, ...cols.texts.map((t) => t.text)]
			.map((x) => x.trim())
			.filter(Boolean)
			.join(' '),
	);
}

const quote = (s: string) => `「${oneLine(s)}」`;
const weekdaysOf = (rules: ScheduleRule[]) => WEEKDAYS.filter((d) => rules.some((r) => r.weekdays?.includes(d)));
/**
 * 開催曜日 and the days the text gives agree when the text's days are the column's, less the weekly closing days the
 * text names: 利用可能曜日「月火水木金土日」 with 「【開館時間】9:00～17:00 【休館日】月曜日」 (火〜日 and 月 closed).
 */
function daysAgree(days: readonly Weekday[], rules: ScheduleRule[], cols: Columns): boolean {
	const given = weekdaysOf(rules);
	const closedDays = cols.texts.flatMap((t) => t.reading.schedule?.closed?.weekdays ?? []);
	return given.every((d) => days.includes(d)) && days.every((d) => given.includes(d) || closedDays.includes(d));
}

/**
 * The rules the columns agree on, or why they do not: a plain Japanese sentence for the coordinator. `source` names
 * where the rules came from, for the sentence.
 */
function agreedRules(input: HoursInput, cols: Columns): { rules: ScheduleRule[]; reason?: string } {
	const open = cols.texts.find((t) => t.reading.daysOpen && !t.closing);
	if (open) return { rules: [], reason: `${quote(open.text)}では、どの日に開くかが決まっていません` };
	const f = cols.frequency;
	if (f?.kind === 'open') return { rules: [], reason: `開催頻度が「${f.words}」で、開く日が決まっていません` };
	if (f?.kind === 'unknown') return { rules: [], reason: `開催頻度「${f.words}」が読み取れません` };
	const fromText = cols.texts.filter((t) => t.reading.schedule?.rules.length);
	// 開催日 and 特記事項 may say the same days twice: each rule once.
	let rules = fromText
		.flatMap((t) => t.reading.schedule!.rules)
		.filter((r, i, all) => all.findIndex((o) => JSON.stringify(o) === JSON.stringify(r)) === i);
	const source = fromText.map((t) => quote(t.text)).join('と');
	if (rules.length) {
		if (cols.days && !daysAgree(cols.days, rules, cols) && !rules.every((r) => r.days)) {
			return { rules: [], reason: `開催曜日が「${oneLine(input.days ?? '')}」で、${source}の曜日と合いません` };
		}
	} else if (cols.days) {
		if (f && f.kind !== 'weekly') {
			const which = f.kind === 'monthly' ? 'どの週かが書かれていません' : '毎週かどうかが書かれていません';
			return { rules: [], reason: `開催頻度が「${f.words}」で、${which}` };
		}
		rules = [{ repeat: '毎週', weekdays: cols.days }];
	}
	if (f && rules.length && !frequencyFits(f, rules)) {
		return { rules: [], reason: `開催頻度が「${f.words}」で、${source || `開催曜日「${oneLine(input.days ?? '')}」（毎週）`}と合いません` };
	}
	if (f && !rules.length) return { rules: [], reason: `開催頻度が「${f.words}」で、開く曜日が書かれていません` };
	return withTimes(rules, cols);
}

/** 開始時間 / 終了時間 on rules that have no time; a rule that gives other times disagrees with them. */
function withTimes(rules: ScheduleRule[], cols: Columns): { rules: ScheduleRule[]; reason?: string } {
	const { start, end } = cols;
	if (!start) return { rules };
	const timed = rules.filter((r) => r.start);
	if (timed.some((r) => r.start !== start || (end && r.end && r.end !== end))) {
		return { rules: [], reason: `開催時間（${start}〜${end ?? ''}）が、日時の書きぶりにある時刻と合いません` };
	}
	return { rules: rules.map((r) => (r.start ? r : { ...r, start, ...(end && end > start ? { end } : {}) })) };
}

/**
 * Combines the schedule columns. Rules come from 開催日 and the free text, or from 利用可能曜日 / 開催曜日 as a weekly
 * rule, with 開始時間 / 終了時間; they are written only when 開催曜日, 開催頻度 and the text agree (see agreedRules),
 * otherwise the result is a draft. The closing-days text adds closures. Text the parser did not fully understand
 * goes to the note as written.
 */
export function combineHours(input: HoursInput): HoursResult {
	const cols = readColumns(input);
	const agreed = agreedRules(input, cols);
	if (agreed.reason) {
		const note = allColumns(input, cols);
		return { schedule: { rules: [], note } as Schedule, understood: false, note, draftReason: agreed.reason };
	}
	let closed: Schedule['closed'] = undefined;
	let from: string | undefined;
	let until: string | undefined;
	for (const { reading: r } of cols.texts) {
		if (!r.schedule) continue;
		if (r.schedule.closed) closed = { ...(closed ?? {}), ...r.schedule.closed };
		from ??= r.schedule.from;
		until ??= r.schedule.until;
	}
	// A place open every day but its closing days: 利用可能曜日「月火水木金土日」 with 休館日「月曜日」.
	const rules = agreed.rules
		.map((r) =>
			r.repeat === '毎週' && r.weekdays?.length === 7 && closed?.weekdays?.length
				? { ...r, weekdays: r.weekdays.filter((d) => !closed!.weekdays!.includes(d)) }
				: r,
		)
		.filter((r) => r.repeat !== '毎週' || r.weekdays?.length);
	const textsUnderstood = cols.texts.every((t) => t.reading.schedule && t.reading.leftover.length === 0);
	// Times the rules cannot hold (no weekdays to hang them on, or not a clock time) are kept in words.
	const timesInRule = rules.length > 0 && cols.timesRead;
	const timeWords = (input.start || input.end) && !timesInRule ? `${input.start ?? ''}〜${input.end ?? ''}` : '';
	const noteParts = [cols.daysRead ? '' : (input.days ?? ''), ...(textsUnderstood ? [] : cols.texts.map((t) => t.text)), timeWords].filter(
		Boolean,
	);
	const note = noteParts.length ? oneLine(noteParts.join(' ')) : undefined;
	if (!rules.length && !note && !closed) return { schedule: undefined, understood: true, note: undefined };
	const schedule = {
		rules: rules.slice(0, 8),
		...(closed && Object.keys(closed).length ? { closed } : {}),
		...(from ? { from } : {}),
		...(until ? { until } : {}),
		...(note ? { note } : {}),
	} as Schedule;
	if (!scheduleSchema.safeParse(schedule).success) {
		const all = allColumns(input, cols);
		return { schedule: { rules: [], note: all } as Schedule, understood: false, note: all };
	}
	return { schedule, understood: noteParts.length === 0, note };
}
