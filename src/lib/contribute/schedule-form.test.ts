/**
 * The schedule builder's model: times, days and dates as people type them, the value the inputs make (hidden
 * inputs ignored, blank rules left out), round trips of real entries that keep every field and its order, and
 * 「文章で入れる」.
 */
import { describe, expect, test } from 'vitest';
import { schedule as scheduleSchema } from '../../schemas/schedule.ts';
import { loadContent } from '../content-files.ts';
import { parseContentFile } from '../safety/frontmatter.ts';
import { parseScheduleText } from '../schedule/parse-text.ts';
import { SAMPLE } from '../../../tests/towns.ts';
import { loadCorpus } from '../../../scripts/schedule-corpus.ts';
import {
	emptyForm,
	emptyRule,
	formToSchedule,
	isBlankRule,
	normalizeTime,
	parseDates,
	parseDays,
	preview,
	readText,
	readTimes,
	scheduleToForm,
	tidyDates,
	type ScheduleForm,
} from './schedule-form.ts';

const form = (patch: Partial<ScheduleForm>): ScheduleForm => ({ ...emptyForm(), ...patch });
const roundTrip = (value: unknown) => formToSchedule(scheduleToForm(value));
const issuesOf = (value: unknown) => {
	const r = scheduleSchema.safeParse(value);
	return r.success ? [] : [...new Set(r.error.issues.map((i) => i.path.join('.')))];
};

describe('times as people type them', () => {
	test.each([
		['13:30', '13:30'],
		['１３：３０', '13:30'],
		['13時30分', '13:30'],
		['１３時３０分', '13:30'],
		['午後1時半', '13:30'],
		['午前10時', '10:00'],
		['1:30 pm', '13:30'],
		['1:30PM', '13:30'],
		['pm 1:30', '13:30'],
		['10:00 am', '10:00'],
		['正午', '12:00'],
		['9時', '09:00'],
		['9:30', '09:30'],
		['13', '13:00'],
		['午後1', '13:00'],
		['1330', '13:30'],
		['930', '09:30'],
		['13.30', '13:30'],
		[' 13 : 30 ', '13:30'],
		['10時半まで', '10:30'],
	])('%s → %s', (typed, hhmm) => expect(normalizeTime(typed)).toBe(hhmm));

	test.each(['', 'abc', '24:00', '25時', '13:75', '午後', '13:30〜15:00', '13:30 雨天中止', '2026-04-01'])(
		'%s is not one time',
		(typed) => {
			expect(normalizeTime(typed)).toBeUndefined();
		},
	);

	test('a range gives both ends', () => {
		expect(readTimes('13:30〜15:00')).toEqual({ start: '13:30', end: '15:00' });
		expect(readTimes('午後1時半から3時')).toEqual({ start: '13:30', end: '15:00' });
		expect(readTimes('〜15:00')).toEqual({ end: '15:00' });
		expect(readTimes('22:00〜1:00')).toBeUndefined(); // past midnight: the model cannot hold it
	});
});

describe('days of the month', () => {
	test.each([
		['15', [15]],
		['15、３０日', [15, 30]],
		['15,30', [15, 30]],
		['１５日', [15]],
		['毎月15日と30日', [15, 30]],
		['15 15', [15]],
		['', []],
		['末日, 15', ['末日', 15]],
		['32', [32]],
	])('%s → %j', (typed, days) => expect(parseDays(typed)).toEqual(days));
});

describe('dates off', () => {
	test('ISO and slashed dates, separated by 、 , or spaces, sorted', () => {
		expect(parseDates('2026-12-29、2027/1/5')).toEqual(['2026-12-29', '2027-01-05']);
		expect(parseDates('2027/1/5, 2026-12-29 2026.12.30')).toEqual(['2026-12-29', '2026-12-30', '2027-01-05']);
		expect(parseDates('２０２６年 １２月 ２９日（火）、令和9年1月5日')).toEqual(['2026-12-29', '2027-01-05']);
		expect(parseDates('')).toEqual([]);
	});
	test('a range gives each day', () => {
		expect(parseDates('2026-08-13〜2026-08-16')).toEqual(['2026-08-13', '2026-08-14', '2026-08-15', '2026-08-16']);
		expect(parseDates('2026-12-30 から 2027-01-02')).toEqual(['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02']);
	});
	test('a date without a year, or not a date, stays as typed for the schema to refuse', () => {
		expect(parseDates('12/29、2027-01-05')).toEqual(['12/29', '2027-01-05']);
		expect(issuesOf({ rules: [], closed: { dates: parseDates('12/29') }, note: 'x' })).toEqual(['closed.dates.0']);
		expect(issuesOf({ rules: [], closed: { dates: parseDates('2026-02-30') }, note: 'x' })).toEqual(['closed.dates.0']);
	});
	test('tidied to ISO when every part is one date', () => {
		expect(tidyDates('2027/1/5, 2026-12-29')).toBe('2026-12-29、2027-01-05');
		expect(tidyDates('12/29、2027/1/5')).toBe('12/29、2027/1/5');
		expect(tidyDates('2026-08-13〜2026-08-16')).toBe('2026-08-13〜2026-08-16');
	});
});

describe('the value of the inputs', () => {
	test('nothing filled in is undefined', () => {
		expect(formToSchedule(emptyForm())).toBeUndefined();
		expect(formToSchedule(form({ rules: [emptyRule(), { ...emptyRule(), repeat: '毎月' }] }))).toBeUndefined();
	});

	test('a full schedule, in the schema input shape, read by the site as written', () => {
		const value = formToSchedule(
			form({
				rules: [
					{ ...emptyRule(), repeat: '毎月', weeks: [4, 2], weekdays: ['水'], start: '午後1時半', end: '３時' },
					emptyRule(),
					{ ...emptyRule(), repeat: '毎月', by: 'days', days: '１５日', start: '10:00' },
				],
				holidays: true,
				months: [8],
				dates: '2026-12-29',
				note: ' 雨の日も開きます ',
			}),
		);
		expect(value).toStrictEqual({
			rules: [
				{ repeat: '毎月', weeks: [2, 4], weekdays: ['水'], start: '13:30', end: '03:00' },
				{ repeat: '毎月', days: [15], start: '10:00' },
			],
			closed: { holidays: true, months: [8], dates: ['2026-12-29'] },
			note: '雨の日も開きます',
		});
		// 3時 after 13:30 is refused, beside the end time.
		expect(issuesOf(value)).toEqual(['rules.0.end']);
	});

	test('inputs that do not apply to the rule are ignored', () => {
		const value = formToSchedule(
			form({
				rules: [
					{ ...emptyRule(), repeat: '毎週', weeks: [1], weekdays: ['火'], days: '15', start: '10:00', end: '12:00' },
					{ ...emptyRule(), repeat: '毎月', by: 'days', weeks: [1], weekdays: ['土'], days: '15' },
					{ ...emptyRule(), repeat: '隔週', weekdays: ['木'] },
				],
				from: '2026-04-02',
			}),
		);
		expect(value).toStrictEqual({
			rules: [
				{ repeat: '毎週', weekdays: ['火'], start: '10:00', end: '12:00' },
				{ repeat: '毎月', days: [15] },
				{ repeat: '隔週', weekdays: ['木'] },
			],
			from: '2026-04-02',
		});
		expect(issuesOf(value)).toEqual([]);
		expect(preview(value)).toEqual({ when: '毎週火曜 10:00〜12:00、毎月15日、隔週木曜', period: '2026年4月2日から', note: '' });
	});

	test('a blank rule is one with nothing that applies to it', () => {
		expect(isBlankRule(emptyRule())).toBe(true);
		expect(isBlankRule({ ...emptyRule(), repeat: '毎月', by: 'days', weekdays: ['月'] })).toBe(true);
		expect(isBlankRule({ ...emptyRule(), start: '10:00' })).toBe(false);
		expect(isBlankRule({ ...emptyRule(), extra: { x: 1 } })).toBe(false);
	});

	test('text the builder cannot read is handed on, so the message sits beside its input', () => {
		const value = formToSchedule(
			form({ rules: [{ ...emptyRule(), repeat: '毎月', by: 'days', days: '末日', start: '朝', end: '12:00' }] }),
		);
		expect(value).toStrictEqual({ rules: [{ repeat: '毎月', days: ['末日'], start: '朝', end: '12:00' }] });
		expect(issuesOf(value)).toEqual(['rules.0.days.0', 'rules.0.start']);
	});

	test('a valid time is kept as written (9:30 stays 9:30), others become HH:MM', () => {
		const value = formToSchedule(form({ rules: [{ ...emptyRule(), weekdays: ['月'], start: '9:30', end: '１１時' }] }));
		expect(value).toStrictEqual({ rules: [{ repeat: '毎週', weekdays: ['月'], start: '9:30', end: '11:00' }] });
	});

	test('closures or a note alone make a schedule with no rules', () => {
		expect(formToSchedule(form({ note: '日程は広報でお知らせ' }))).toStrictEqual({ rules: [], note: '日程は広報でお知らせ' });
		expect(issuesOf(formToSchedule(form({ holidays: true })))).toEqual(['rules']);
	});

	test('隔週 needs its start, reported at from', () => {
		expect(issuesOf(formToSchedule(form({ rules: [{ ...emptyRule(), repeat: '隔週', weekdays: ['木'] }] })))).toEqual(['from']);
	});
});

describe('filling the inputs from an entry, and reading them back', () => {
	const raw = () =>
		loadContent(SAMPLE)
			.entries.map((e) => ({ id: e.id, schedule: parseContentFile(e.text).data['schedule'] }))
			.filter((e) => e.schedule !== undefined);

	test('every schedule of the sample city reads back exactly as written (values, key and list order)', () => {
		const entries = raw();
		expect(entries.length).toBeGreaterThan(30);
		for (const { id, schedule } of entries) {
			const back = roundTrip(schedule);
			expect(back, id).toStrictEqual(schedule);
			expect(JSON.stringify(back), id).toBe(JSON.stringify(schedule));
		}
	});

	test('every schedule the text parser makes of the labelled corpus reads back as it was', () => {
		let compared = 0;
		for (const { text } of loadCorpus()) {
			const parsed = parseScheduleText(text).schedule;
			if (!parsed || (!parsed.rules.length && !parsed.closed && !parsed.from && !parsed.until)) continue;
			const value = { ...parsed, note: '補足' };
			expect(roundTrip(value), text).toStrictEqual(value);
			compared++;
		}
		expect(compared).toBeGreaterThan(200);
	});

	const full = {
		rules: [
			{ repeat: '毎月', weekdays: ['火', '木'], weeks: [3, 1], start: '9:30', end: '11:00', label: '午前の部' },
			{ repeat: '毎週', weekdays: ['土'] },
		],
		note: '雨天中止',
		closed: {
			holiday_shift: '翌平日',
			weekdays: ['月'],
			nth: [{ weeks: [3], weekdays: ['日'] }],
			holidays: true,
			annual: ['05-01'],
			months: [12, 8],
			dates: ['2027-01-05', '2026-12-29'],
			obon: true,
		},
		until: '2027-03-31',
		from: '2026-04-07',
		x_source: { url: 'https://example.org' },
	};

	test('what the builder does not show is kept, through an edit', () => {
		const f = scheduleToForm(full);
		expect(f.extra.closed).toEqual({
			holiday_shift: '翌平日',
			weekdays: ['月'],
			nth: [{ weeks: [3], weekdays: ['日'] }],
			annual: ['05-01'],
		});
		expect(f.extra.top).toEqual({ x_source: { url: 'https://example.org' } });
		expect(f.rules[0]!.extra).toEqual({ label: '午前の部' });
		expect(formToSchedule(f)).toStrictEqual(full);

		// Change the note, drop the second rule, add a month: everything else stays as it was, in its order.
		f.note = '雨の日も開きます';
		f.rules.pop();
		f.months.push(1);
		const back = formToSchedule(f)!;
		expect(back).toStrictEqual({
			...full,
			rules: [full.rules[0]],
			note: '雨の日も開きます',
			closed: { ...full.closed, months: [1, 8, 12] },
		});
		expect(Object.keys(back)).toEqual(Object.keys(full));
		expect(Object.keys(back['closed'] as object)).toEqual(Object.keys(full.closed));
	});

	test('the value read back is a copy', () => {
		const f = scheduleToForm(full);
		const a = formToSchedule(f) as typeof full;
		a.rules[0]!.weekdays.push('水');
		expect(formToSchedule(f)).toStrictEqual(full);
		expect(full.rules[0]!.weekdays).toEqual(['火', '木']);
	});

	test('a shape the builder cannot show is read without throwing', () => {
		for (const odd of [
			undefined,
			null,
			'schedule',
			3,
			[],
			{ rules: 'x' },
			{ rules: [null, 'x', { repeat: '毎年' }] },
			{ closed: [1] },
			{ rules: [{ weeks: [6, '2'], weekdays: ['月曜日', 'Mon'] }] },
		]) {
			expect(() => formToSchedule(scheduleToForm(odd))).not.toThrow();
		}
		expect(scheduleToForm({ rules: [{ weeks: [6, '2'], weekdays: ['月曜日', 'Mon'], repeat: '毎月' }] }).rules[0]).toMatchObject({
			weeks: [2],
			weekdays: ['月'],
		});
		expect(scheduleToForm({ rules: [{ repeat: '毎月', days: [15] }] }).rules[0]).toMatchObject({ by: 'days', days: '15' });
	});
});

describe('文章で入れる', () => {
	test('fills the rules and closures, and says what it understood', () => {
		const { form: f, said } = readText('第2・第4水曜 13:30〜15:00 祝日は休み', emptyForm());
		expect(formToSchedule(f)).toStrictEqual({
			rules: [{ repeat: '毎月', weeks: [2, 4], weekdays: ['水'], start: '13:30', end: '15:00' }],
			closed: { holidays: true },
		});
		expect(said).toBe('読みとりました: 第2・第4水曜 13:30〜15:00（祝日は休み）。');
	});

	test('closures the builder does not show are kept; what it could not read goes into the note, once', () => {
		const text = '【開館時間】9:00～17:00 【休館日】月曜日（祝日の場合は翌平日）、年末年始 雨天中止';
		const first = readText(text, form({ note: '駐車場あり' }));
		const value = formToSchedule(first.form);
		expect(value).toMatchObject({ closed: { new_year: true, weekdays: ['月'], holiday_shift: '翌平日' }, note: '駐車場あり、雨天中止' });
		expect(first.said).toContain('補足に入れました:「雨天中止」');
		expect(issuesOf(value)).toEqual([]);
		expect(formToSchedule(readText(text, first.form).form)).toStrictEqual(value);
	});

	test('closures alone keep the rules already chosen', () => {
		const before = form({ rules: [{ ...emptyRule(), weekdays: ['火'], start: '10:00' }], dates: '2026-12-29' });
		const { form: f } = readText('8月は休み、12月29日から1月3日は休み', before);
		expect(f.rules).toEqual(before.rules);
		expect(formToSchedule(f)).toMatchObject({ rules: [{ repeat: '毎週', weekdays: ['火'], start: '10:00' }], closed: { months: [8] } });
	});

	test('text it cannot read goes into the note', () => {
		const { form: f, said } = readText('日程は広報でお知らせします', emptyForm());
		expect(formToSchedule(f)).toStrictEqual({ rules: [], note: '日程は広報でお知らせします' });
		expect(said).toContain('読みとれませんでした');
		expect(readText('  ', emptyForm()).said).toContain('文章を入れてから');
	});
});

describe('the preview', () => {
	test('in the words of the site, only for a value the schema accepts', () => {
		expect(
			preview({
				rules: [{ repeat: '毎月', weeks: [2, 4], weekdays: ['水'], start: '13:30', end: '15:00' }],
				closed: { holidays: true },
				note: '雨天中止',
			}),
		).toEqual({
			when: '第2・第4水曜 13:30〜15:00（祝日は休み）',
			period: '',
			note: '雨天中止',
		});
		expect(preview(undefined)).toBeUndefined();
		expect(preview({ rules: [{ repeat: '毎週' }] })).toBeUndefined();
	});
});
