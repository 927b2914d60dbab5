/**
 * Our iCalendar, read back by an independent parser (ical.js): every sample salon's events, expanded over a
 * year, fall on exactly the dates the site's own schedule module computes, Japanese holidays included.
 */
import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { schedule as scheduleSchema } from '../../schemas/schedule.ts';
import { loadContent } from '../content-files.ts';
import { isJapaneseHoliday } from '../schedule/holidays.ts';
import { occurrencesBetween } from '../schedule/occurrences.ts';
import { calendar, foldLine, rrule } from './ical.ts';
import { SAMPLE } from '../../../tests/towns.ts';

const FROM = '2026-11-23';
const UNTIL = '2027-11-22';
const salons = loadContent(SAMPLE).entries.filter((e) => e.collection === 'salons');
const items = salons.map((s) => ({
	uid: s.id.replace(/\//g, '-'),
	summary: s.data['name'] as string,
	url: `https://example.jp/salons/${s.id}/`,
	location: 'x',
	schedule: scheduleSchema.parse(s.data['schedule']),
}));
const OPTIONS = {
	name: 'ひだまり市',
	until: UNTIL,
	start: '2026-01-01',
	isHoliday: isJapaneseHoliday,
	stamp: FROM,
	host: 'example.jp',
};
const text = calendar(items, OPTIONS);

/** Dates (in Japan) of every occurrence of one salon's events, as ical.js expands them. */
function icalDates(uidPrefix: string): string[] {
	const root = new ICAL.Component(ICAL.parse(text));
	ICAL.TimezoneService.register(root.getFirstSubcomponent('vtimezone')!);
	const dates: string[] = [];
	for (const vevent of root.getAllSubcomponents('vevent')) {
		const event = new ICAL.Event(vevent);
		if (!event.uid.startsWith(`${uidPrefix}-`)) continue;
		const it = event.iterator();
		for (let t = it.next(); t; t = it.next()) {
			const iso = `${t.year}-${String(t.month).padStart(2, '0')}-${String(t.day).padStart(2, '0')}`;
			if (iso > UNTIL) break;
			if (iso >= FROM) dates.push(iso);
		}
	}
	return [...new Set(dates)].sort();
}

describe('iCalendar export', () => {
	test.each(items.map((i) => [i.summary, i] as const))('%s: ical.js expands the same dates as the site', (_name, item) => {
		const ours = [...new Set(occurrencesBetween(item.schedule, FROM, UNTIL, isJapaneseHoliday).map((o) => o.date))].sort();
		expect(icalDates(item.uid)).toEqual(ours);
	});
	test('ordinal weekdays, the last Friday and closed months are written as RRULEs', () => {
		const s = scheduleSchema.parse({ rules: [{ repeat: '毎月', weeks: [2, 4], weekdays: ['水'] }], closed: { months: [8] } });
		expect(rrule(s.rules[0]!, s)).toBe('RRULE:FREQ=MONTHLY;BYDAY=2WE,4WE;BYMONTH=1,2,3,4,5,6,7,9,10,11,12');
		const last = scheduleSchema.parse({ rules: [{ repeat: '毎月', weeks: ['最終'], weekdays: ['金'] }] });
		expect(rrule(last.rules[0]!, last)).toBe('RRULE:FREQ=MONTHLY;BYDAY=-1FR');
	});
	test('times are in Asia/Tokyo and holidays are EXDATEs', () => {
		expect(text).toContain('DTSTART;TZID=Asia/Tokyo:');
		expect(text).toContain('TZID:Asia/Tokyo');
		expect(text).toMatch(/EXDATE;TZID=Asia\/Tokyo:[^\r]*20261123T/);
	});
	test('lines are folded at 75 octets without splitting a character', () => {
		const folded = foldLine(`SUMMARY:${'あ'.repeat(60)}`);
		for (const line of folded.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
		expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${'あ'.repeat(60)}`);
	});
	test('lines of every width of character fold at the last character that fits, and unfold to themselves', () => {
		// ASCII (1 byte), é (2), あ (3), 😀 (4, two UTF-16 units) and a lone surrogate (written as 3 bytes).
		const pieces = ['a', 'é', 'あ', '😀', '\ud800'];
		let seed = 7;
		const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
		for (let n = 0; n < 300; n++) {
			const line = Array.from({ length: next() % 90 }, () => pieces[next() % pieces.length]).join('');
			const folded = foldLine(line);
			expect(folded.replace(/\r\n /g, '')).toBe(line);
			const parts = folded.split('\r\n');
			parts.forEach((part, i) => {
				const size = Buffer.byteLength(part);
				expect(size).toBeLessThanOrEqual(75);
				expect(part.startsWith(' ')).toBe(i > 0);
				// Not inside a character: no part starts with the second half of 😀 (the only low surrogate here).
				expect(/^ ?[\udc00-\udfff]/.test(part)).toBe(false);
				// Folded no earlier than needed: the next part's first character would not have fitted.
				const following = parts[i + 1];
				if (following) expect(size + Buffer.byteLength(String.fromCodePoint(following.codePointAt(1)!))).toBeGreaterThan(75);
			});
		}
	});
	test('a salon whose rules never fall in the window adds no line to a calendar', () => {
		const ended = { ...items[0]!, schedule: scheduleSchema.parse({ rules: [{ repeat: '毎週', weekdays: ['月'] }], until: '2020-01-31' }) };
		const text = calendar([ended, items[0]!], { ...OPTIONS, name: 'x' });
		expect(text).not.toMatch(/\r\n\r\n/);
		expect(text.match(/BEGIN:VEVENT/g)?.length).toBe(items[0]!.schedule.rules.length);
	});
});

describe('iCalendar guards its own syntax, whatever reaches it', () => {
	const hostile = ['\r', '\rX-INJECTED:1', '\r\nBEGIN:VEVENT', '\n', '\u0000', '\u001b', '\u0085', '\u202e', '\u200b'];
	test.each(hostile.map((h) => [JSON.stringify(h), h]))('a summary with %s cannot add a property or an event', (_name, h) => {
		const ics = calendar(
			[
				{
					uid: 'x',
					summary: `サロン${h}X-EVIL:1`,
					url: 'https://example.jp/x/',
					location: `会館${h}`,
					description: `説明${h}END:VCALENDAR`,
					schedule: scheduleSchema.parse({ rules: [{ repeat: '毎週', weekdays: ['火'], start: '10:00', end: '12:00' }] }),
				},
			],
			{ name: `名前${h}`, until: '2027-01-31', start: '2026-11-01', isHoliday: () => false, stamp: '2026-11-24', host: 'example.jp' },
		);
		// Every line ends with CRLF, and no bare CR or LF sits inside a line.
		expect(ics.split('\r\n').every((line) => !/[\r\n]/.test(line))).toBe(true);
		const lines = ics.replace(/\r\n /g, '').split('\r\n');
		expect(lines.filter((l) => /^X-EVIL|^X-INJECTED|^BEGIN:VEVENT/.test(l))).toEqual(['BEGIN:VEVENT']);
		expect(lines.filter((l) => l === 'END:VCALENDAR')).toHaveLength(1);
		expect(ics).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202e\u200b]/u);
		const parsed = new ICAL.Component(ICAL.parse(ics));
		expect(parsed.getAllSubcomponents('vevent')).toHaveLength(1);
		expect(parsed.getFirstSubcomponent('vevent')!.getFirstPropertyValue('x-evil')).toBeNull();
	});
	test('a schedule that began long ago starts its series in the export window (no years of EXDATEs)', () => {
		const ics = calendar(
			[
				{
					uid: 'old',
					summary: 'x',
					url: 'https://example.jp/x/',
					schedule: scheduleSchema.parse({ rules: [{ repeat: '隔週', weekdays: ['火'] }], from: '2000-01-04', closed: { holidays: true } }),
				},
			],
			{
				name: 'x',
				until: '2027-11-30',
				start: '2026-11-01',
				isHoliday: isJapaneseHoliday,
				stamp: '2026-11-24',
				host: 'example.jp',
			},
		);
		expect(ics).toMatch(/DTSTART;VALUE=DATE:2026110\d|DTSTART;VALUE=DATE:20261110/);
		expect(ics.length).toBeLessThan(2_000);
	});
});
