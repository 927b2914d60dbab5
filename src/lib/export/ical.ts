/**
 * iCalendar (RFC 5545) for schedules: one VEVENT per rule, with an RRULE (BYDAY=2WE,4WE, BYDAY=-1FR,
 * BYMONTHDAY=15, INTERVAL=2 for 隔週), closed months as BYMONTH, and EXDATEs for Japanese holidays and single
 * closed days; times in Asia/Tokyo. Pure: holidays come in as a function, the window as dates.
 */
import type { Schedule, ScheduleRule } from '../../schemas/schedule.ts';
import type { Weekday } from '../../schemas/taxonomy.ts';
import { addDays } from '../schedule/calendar.ts';
import { describeSchedule } from '../schedule/describe.ts';
import { isClosedOn, occurrencesBetween, occurrencesOn, type IsHoliday, type Occurrence } from '../schedule/occurrences.ts';
import { stripForbidden } from '../safety/text-policy.ts';
import { memoized } from '../memo.ts';

const BYDAY: Record<Weekday, string> = { 月: 'MO', 火: 'TU', 水: 'WE', 木: 'TH', 金: 'FR', 土: 'SA', 日: 'SU' };

export interface CalendarItem {
	/** A stable unique id (a UUID). */
	uid: string;
	summary: string;
	url: string;
	location?: string | undefined;
	description?: string | undefined;
	schedule: Schedule;
}

export interface CalendarOptions {
	name: string;
	/** Holidays and single closed days are listed as EXDATEs up to this date. */
	until: string;
	/** First day considered when no `from` is set (the first occurrence on or after it starts the series). */
	start: string;
	isHoliday: IsHoliday;
	/** DTSTAMP, 'YYYY-MM-DD'. */
	stamp: string;
	/** Host part of UIDs. */
	host: string;
}

/**
 * Escapes TEXT values (RFC 5545 3.3.11). Its own guard, whatever the schema let through: control characters go
 * (a bare CR would end the content line for a lenient reader and start an injected property), CR and LF become
 * the escaped \n, and bidirectional and zero-width characters are dropped.
 */
export const escapeText = (s: string) =>
	stripForbidden(s, false).replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n');

/** A code point's size in UTF-8 (a lone surrogate is written as U+FFFD: 3 bytes, as Buffer does). */
const utf8Size = (codePoint: number) => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

/** Folds a content line at 75 octets, never inside a UTF-8 character. */
export function foldLine(line: string): string {
	// 25 UTF-16 units are at most 75 bytes: most lines of a calendar need no counting.
	if (line.length <= 25) return line;
	const out: string[] = [];
	let start = 0;
	let bytes = 0;
	for (let at = 0; at < line.length;) {
		const codePoint = line.codePointAt(at)!;
		const size = utf8Size(codePoint);
		if (bytes + size > (out.length ? 74 : 75)) {
			out.push(line.slice(start, at));
			start = at;
			bytes = 0;
		}
		bytes += size;
		at += codePoint > 0xffff ? 2 : 1;
	}
	out.push(line.slice(start));
	return out.join('\r\n ');
}

const compact = (iso: string) => iso.replace(/-/g, '');
const localTime = (iso: string, time: string) => `${compact(iso)}T${time.replace(':', '')}00`;

export function rrule(rule: ScheduleRule, schedule: Schedule): string {
	const parts: string[] = [];
	const days = (rule.weekdays ?? []).map((d) => BYDAY[d]);
	if (rule.repeat === '毎月' && rule.days) parts.push('FREQ=MONTHLY', `BYMONTHDAY=${rule.days.join(',')}`);
	else if (rule.repeat === '毎月')
		parts.push('FREQ=MONTHLY', `BYDAY=${(rule.weeks ?? []).flatMap((w) => days.map((d) => `${w === '最終' ? -1 : w}${d}`)).join(',')}`);
	else parts.push('FREQ=WEEKLY', ...(rule.repeat === '隔週' ? ['INTERVAL=2'] : []), `BYDAY=${days.join(',')}`, 'WKST=MO');
	const months = schedule.closed?.months ?? [];
	if (months.length)
		parts.push(
			`BYMONTH=${Array.from({ length: 12 }, (_, i) => i + 1)
				.filter((m) => !months.includes(m))
				.join(',')}`,
		);
	if (schedule.until) {
		// UNTIL in UTC: the end of the last day in Japan (UTC+9).
		parts.push(`UNTIL=${compact(schedule.until)}T145959Z`);
	}
	return `RRULE:${parts.join(';')}`;
}

/** The first occurrence from `from` to `to` that `accept`s, looking no further than it. */
function firstOccurrence(schedule: Schedule, from: string, to: string, accept: (o: Occurrence) => boolean): Occurrence | undefined {
	for (let d = from; d <= to; d = addDays(d, 1)) {
		const found = occurrencesOn(schedule, d, () => false).find(accept);
		if (found) return found;
	}
	return undefined;
}

/**
 * The VEVENTs already made, by item and window: one salon is in the town's calendar, its 校区's and its own, and
 * expanding its schedule over three years is the costly part of every calendar (docs/performance.md).
 */
const made = new WeakMap<IsHoliday, Map<string, string[]>>();

/** The VEVENTs of one item: one per rule, starting at its first occurrence (made once per item and window). */
export function vevents(item: CalendarItem, options: CalendarOptions): string[] {
	const byKey = made.get(options.isHoliday) ?? new Map<string, string[]>();
	made.set(options.isHoliday, byKey);
	const key = JSON.stringify([item, options.start, options.until, options.stamp, options.host]);
	const known = byKey.get(key);
	if (known) return known;
	const lines = makeVevents(item, options);
	byKey.set(key, lines);
	return lines;
}

/**
 * The days one rule lands on from `from` to `to`, made once per rule and window: many salons share a rule (every
 * Monday, the second Wednesday), and walking two years day by day for each was most of the calendars' time.
 */
const landingsOf = memoized((key: string) => {
	const [single, from, to] = JSON.parse(key) as [Schedule, string, string];
	return occurrencesBetween(single, from, to, () => false).map((o) => o.date);
}, 20_000);
const landings = (single: Schedule, from: string, to: string): string[] => landingsOf(JSON.stringify([single, from, to]));

function makeVevents(item: CalendarItem, options: CalendarOptions): string[] {
	const lines: string[] = [];
	// The series starts at the first occurrence in the export's window, however long ago the schedule began:
	// expanding from an old `from` would cost time and EXDATEs for nothing (the phase of 隔週 is kept by `from`).
	const from = item.schedule.from && item.schedule.from > options.start ? item.schedule.from : options.start;
	item.schedule.rules.forEach((rule, index) => {
		const single: Schedule = {
			rules: [rule],
			...(item.schedule.from ? { from: item.schedule.from } : {}),
			...(item.schedule.until ? { until: item.schedule.until } : {}),
		};
		const first = firstOccurrence(
			single,
			from,
			addDays(from, 400),
			(o) => !item.schedule.closed?.months?.includes(Number(o.date.slice(5, 7))),
		);
		if (!first) return;
		// Days the rule lands on but the schedule is closed (holidays, single dates): EXDATEs, up to `until`.
		const excluded = landings(single, first.date, options.until)
			.filter((date) => !item.schedule.closed?.months?.includes(Number(date.slice(5, 7))))
			.filter((date) => isClosedOn(item.schedule, date, options.isHoliday));
		const timed = !!rule.start;
		const start = timed ? `DTSTART;TZID=Asia/Tokyo:${localTime(first.date, rule.start!)}` : `DTSTART;VALUE=DATE:${compact(first.date)}`;
		const end = timed
			? `DTEND;TZID=Asia/Tokyo:${localTime(first.date, rule.end ?? addMinutes(rule.start!, 60))}`
			: `DTEND;VALUE=DATE:${compact(addDays(first.date, 1))}`;
		lines.push(
			'BEGIN:VEVENT',
			`UID:${item.uid}-${index}@${options.host}`,
			`DTSTAMP:${compact(options.stamp)}T000000Z`,
			start,
			end,
			rrule(rule, item.schedule),
			...(excluded.length
				? [
						timed
							? `EXDATE;TZID=Asia/Tokyo:${excluded.map((d) => localTime(d, rule.start!)).join(',')}`
							: `EXDATE;VALUE=DATE:${excluded.map(compact).join(',')}`,
					]
				: []),
			`SUMMARY:${escapeText(item.summary)}`,
			...(item.location ? [`LOCATION:${escapeText(item.location)}`] : []),
			`DESCRIPTION:${escapeText([describeSchedule(item.schedule), item.schedule.note, item.description].filter(Boolean).join('\n'))}`,
			`URL:${item.url}`,
			'END:VEVENT',
		);
	});
	return lines;
}

function addMinutes(time: string, minutes: number): string {
	const [h, m] = time.split(':').map(Number) as [number, number];
	const total = Math.min(h * 60 + m + minutes, 23 * 60 + 59);
	return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/** An item's VEVENTs folded, once: the same item is in three calendars (the town's, its 校区's, its own). */
const folded = new WeakMap<string[], string>();
function foldedEvents(lines: string[]): string {
	let text = folded.get(lines);
	if (text === undefined) folded.set(lines, (text = lines.map(foldLine).join('\r\n')));
	return text;
}

export function calendar(items: readonly CalendarItem[], options: CalendarOptions): string {
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//sasaeai//支え合いガイド//JA',
		'CALSCALE:GREGORIAN',
		`X-WR-CALNAME:${escapeText(options.name)}`,
		'X-WR-TIMEZONE:Asia/Tokyo',
		'BEGIN:VTIMEZONE',
		'TZID:Asia/Tokyo',
		'BEGIN:STANDARD',
		'DTSTART:19700101T000000',
		'TZOFFSETFROM:+0900',
		'TZOFFSETTO:+0900',
		'TZNAME:JST',
		'END:STANDARD',
		'END:VTIMEZONE',
	];
	// An item whose rules never fall in the window has no VEVENT, and no empty line either.
	const events = items.map((item) => foldedEvents(vevents(item, options))).filter(Boolean);
	return `${[...lines.map(foldLine), ...events, 'END:VCALENDAR'].join('\r\n')}\r\n`;
}
