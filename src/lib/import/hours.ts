/**
 * Opening-hours text to a schedule, through the shared parser (src/lib/schedule/parse-text.ts): its
 * `{ schedule, leftover }`, checked as data, and an exception caught. What the parser did not
 * understand is never dropped: the caller keeps the original text as `schedule.note`.
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
}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * The parser's `{ schedule, leftover }`, checked as data (a schedule without rules, or leftover that is not text,
 * counts as not understood) so the import is robust whatever the parser returns.
 */
export function adaptParserResult(result: unknown, text: string): HoursReading {
	if (isObject(result) && 'leftover' in result && 'schedule' in result) {
		const leftover = Array.isArray(result['leftover']) ? result['leftover'].filter((l): l is string => typeof l === 'string' && l.trim() !== '') : [];
		const schedule = isObject(result['schedule']) && Array.isArray(result['schedule']['rules']) ? (result['schedule'] as ParsedSchedule) : undefined;
		return { schedule, leftover: schedule ? leftover : [text] };
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
	const probe = scheduleSchema.safeParse({ ...reading.schedule, ...(reading.schedule.rules.length ? {} : { note: t }) });
	if (!probe.success) return { schedule: undefined, leftover: [t] };
	const { rules, closed, from, until } = probe.data;
	return { schedule: { rules, ...(closed && Object.keys(closed).length ? { closed } : {}), ...(from ? { from } : {}), ...(until ? { until } : {}) }, leftover: reading.leftover };
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

const oneLine = (s: string) => s.replace(/\s*[\r\n]+\s*/g, ' ').trim();

/**
 * Combines the hours columns: 利用可能曜日 + 開始時間 / 終了時間 give the weekly rule, the free text adds closures
 * (or the rules when there are no such columns). Text the parser did not fully understand goes to the note as written.
 */
export function combineHours(input: HoursInput): HoursResult {
	const days = input.days ? readWeekdays(input.days) : undefined;
	const start = readTime(input.start);
	const end = start ? readTime(input.end) : undefined;
	const texts = [input.text, input.closed].map((t) => (t ?? '').trim()).filter(Boolean);
	const readings = texts.map(readHours);
	const textsUnderstood = readings.every((r) => r.schedule && r.leftover.length === 0);
	const daysRead = !input.days || !!days;
	const timesRead = (!input.start || !!start) && (!input.end || !!end);
	const rules: ScheduleRule[] = [];
	let closed: Schedule['closed'] = undefined;
	let from: string | undefined;
	let until: string | undefined;
	for (const r of readings) {
		if (!r.schedule) continue;
		if (r.schedule.closed) closed = { ...(closed ?? {}), ...r.schedule.closed };
		from ??= r.schedule.from;
		until ??= r.schedule.until;
	}
	if (days) {
		const open = closed?.weekdays?.length && days.length === 7 ? days.filter((d) => !closed!.weekdays!.includes(d)) : days;
		rules.push({ repeat: '毎週', weekdays: open.length ? open : days, ...(start ? { start } : {}), ...(start && end && end > start ? { end } : {}) });
	} else {
		for (const r of readings) if (r.schedule) rules.push(...r.schedule.rules);
	}
	// Times the rule cannot hold (no weekdays to hang them on, or not a clock time) are kept in words.
	const timesInRule = !!days && timesRead;
	const timeWords = (input.start || input.end) && !timesInRule ? `${input.start ?? ''}〜${input.end ?? ''}` : '';
	const noteParts = [daysRead ? '' : input.days ?? '', ...(textsUnderstood ? [] : texts), timeWords].filter(Boolean);
	const understood = noteParts.length === 0;
	const note = noteParts.length ? oneLine(noteParts.join(' ')) : undefined;
	if (!rules.length && !note && !closed) return { schedule: undefined, understood: true, note: undefined };
	const schedule: Schedule = {
		rules: rules.slice(0, 8),
		...(closed && Object.keys(closed).length ? { closed } : {}),
		...(from ? { from } : {}),
		...(until ? { until } : {}),
		...(note ? { note } : {}),
	} as Schedule;
	const ok = scheduleSchema.safeParse(schedule);
	if (!ok.success) {
		const all = oneLine([input.days, start || end ? `${input.start ?? ''}〜${input.end ?? ''}` : '', ...texts].filter(Boolean).join(' '));
		return { schedule: { rules: [], note: all } as Schedule, understood: false, note: all };
	}
	return { schedule, understood, note };
}
