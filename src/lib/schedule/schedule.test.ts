import { describe, expect, test } from 'vitest';
import { schedule as scheduleSchema } from '../../schemas/schedule.ts';
import { tokyoDate } from './calendar.ts';
import { describePeriod, describeSchedule } from './describe.ts';
import { isJapaneseHoliday } from './holidays.ts';
import { nextOccurrences, occurrencesBetween } from './occurrences.ts';

/** Parses a schedule written the way an author writes it in front matter. */
const parse = (input: unknown) => scheduleSchema.parse(input);
const days = (input: unknown, from: string, to: string) =>
	occurrencesBetween(parse(input), from, to, isJapaneseHoliday).map((o) => o.date.slice(8));

const weekly = (weekdays: string[], extra: object = {}) => ({
	rules: [{ repeat: '毎週', weekdays, start: '10:00', end: '12:00' }],
	...extra,
});

// November 2026: Sundays 1, 8, 15, 22, 29; 11/3 文化の日 (Tue); 11/23 勤労感謝の日 (Mon).
describe('a schedule in words and in dates', () => {
	test.each([
		['weekly', weekly(['火']), '毎週火曜 10:00〜12:00', ['03', '10', '17', '24']],
		[
			'weekly, closed on holidays (文化の日 is a Tuesday)',
			weekly(['火'], { closed: { holidays: true } }),
			'毎週火曜 10:00〜12:00（祝日は休み）',
			['10', '17', '24'],
		],
		[
			'two weekdays, written out of order',
			weekly(['木', '月']),
			'毎週月・木曜 10:00〜12:00',
			['02', '05', '09', '12', '16', '19', '23', '26', '30'],
		],
		[
			'Mondays closed on holidays skip 勤労感謝の日',
			weekly(['月'], { closed: { holidays: true } }),
			'毎週月曜 10:00〜12:00（祝日は休み）',
			['02', '09', '16', '30'],
		],
		[
			'第2・第4水曜',
			{ rules: [{ repeat: '毎月', weeks: [2, 4], weekdays: ['水'], start: '13:30', end: '15:00' }], closed: { holidays: true } },
			'第2・第4水曜 13:30〜15:00（祝日は休み）',
			['11', '25'],
		],
		['最終金曜', { rules: [{ repeat: '毎月', weeks: ['最終'], weekdays: ['金'], start: '10:00' }] }, '最終金曜 10:00から', ['27']],
		['第1・最終月曜', { rules: [{ repeat: '毎月', weeks: ['最終', 1], weekdays: ['月'] }] }, '第1・最終月曜', ['02', '30']],
		['第5木曜 does not exist in November', { rules: [{ repeat: '毎月', weeks: [5], weekdays: ['木'] }] }, '第5木曜', []],
		['毎月15日', { rules: [{ repeat: '毎月', days: [15], start: '10:00', end: '11:30' }] }, '毎月15日 10:00〜11:30', ['15']],
		['毎月1日・15日', { rules: [{ repeat: '毎月', days: [15, 1] }] }, '毎月1日・15日', ['01', '15']],
		['毎月31日 skips a 30-day month', { rules: [{ repeat: '毎月', days: [31] }] }, '毎月31日', []],
		[
			'隔週木曜 counted from its first day',
			{ rules: [{ repeat: '隔週', weekdays: ['木'], start: '9:30', end: '11:00' }], from: '2026-11-05' },
			'隔週木曜 9:30〜11:00',
			['05', '19'],
		],
		['隔週 starting mid-month', { rules: [{ repeat: '隔週', weekdays: ['火'] }], from: '2026-11-17' }, '隔週火曜', ['17']],
		[
			'two rules with different times',
			{
				rules: [
					{ repeat: '毎週', weekdays: ['火'], start: '10:00', end: '12:00' },
					{ repeat: '毎月', weeks: [1], weekdays: ['土'], start: '13:00', end: '15:00' },
				],
			},
			'毎週火曜 10:00〜12:00、第1土曜 13:00〜15:00',
			['03', '07', '10', '17', '24'],
		],
		['start time only', { rules: [{ repeat: '毎週', weekdays: ['金'], start: '9:30' }] }, '毎週金曜 9:30から', ['06', '13', '20', '27']],
		['no times at all', { rules: [{ repeat: '毎週', weekdays: ['土'] }] }, '毎週土曜', ['07', '14', '21', '28']],
		['closed in November', weekly(['水'], { closed: { months: [11, 8] } }), '毎週水曜 10:00〜12:00（8月・11月は休み）', []],
		[
			'holidays and months together',
			weekly(['水'], { closed: { holidays: true, months: [12, 8] } }),
			'毎週水曜 10:00〜12:00（祝日・8月・12月は休み）',
			['04', '11', '18', '25'],
		],
		[
			'single days off',
			weekly(['水'], { closed: { dates: ['2026-11-18'] } }),
			'毎週水曜 10:00〜12:00（11月18日は休み）',
			['04', '11', '25'],
		],
		[
			'holidays and single days off',
			weekly(['火'], { closed: { holidays: true, dates: ['2026-11-24'] } }),
			'毎週火曜 10:00〜12:00（祝日は休み、11月24日も休み）',
			['10', '17'],
		],
		['until ends the series', weekly(['水'], { until: '2026-11-15' }), '毎週水曜 10:00〜12:00', ['04', '11']],
		['from starts the series', weekly(['水'], { from: '2026-11-10' }), '毎週水曜 10:00〜12:00', ['11', '18', '25']],
		[
			'full-width times as typed on a Japanese keyboard',
			{ rules: [{ repeat: '毎週', weekdays: ['月'], start: '９：３０', end: '１１：００' }] },
			'毎週月曜 9:30〜11:00',
			['02', '09', '16', '23', '30'],
		],
	])('%s', (_name, input, words, expected) => {
		expect(describeSchedule(parse(input))).toBe(words);
		expect(days(input, '2026-11-01', '2026-11-30')).toEqual(expected);
	});
});

describe('Japanese holidays come from the holiday table, substitute holidays included', () => {
	test('振替休日: 2026-05-06 (憲法記念日 fell on a Sunday) closes a Wednesday salon', () => {
		expect(days(weekly(['水'], { closed: { holidays: true } }), '2026-05-01', '2026-05-31')).toEqual(['13', '20', '27']);
	});
	test('国民の休日: 2026-09-22, between 敬老の日 and 秋分の日, closes a Tuesday salon', () => {
		expect(days(weekly(['火'], { closed: { holidays: true } }), '2026-09-01', '2026-09-30')).toEqual(['01', '08', '15', '29']);
	});
	test('without closed.holidays a salon meets on a holiday', () => {
		expect(days(weekly(['月']), '2026-11-23', '2026-11-23')).toEqual(['23']);
	});
});

describe('next occurrences', () => {
	test('from a holiday Monday, the next three Mondays it is open', () => {
		const s = parse(weekly(['月'], { closed: { holidays: true } }));
		expect(nextOccurrences(s, '2026-11-23', 3, isJapaneseHoliday).map((o) => o.date)).toEqual(['2026-11-30', '2026-12-07', '2026-12-14']);
	});
	test('最終金曜 across the year end', () => {
		const s = parse({ rules: [{ repeat: '毎月', weeks: ['最終'], weekdays: ['金'] }] });
		expect(nextOccurrences(s, '2026-12-01', 2, isJapaneseHoliday).map((o) => o.date)).toEqual(['2026-12-25', '2027-01-29']);
	});
	test('two rules on the same day and time give one occurrence', () => {
		const s = parse({
			rules: [
				{ repeat: '毎週', weekdays: ['水'], start: '10:00' },
				{ repeat: '毎月', weeks: [2], weekdays: ['水'], start: '10:00' },
			],
		});
		expect(occurrencesBetween(s, '2026-11-11', '2026-11-11', isJapaneseHoliday)).toEqual([
			{ date: '2026-11-11', start: '10:00', end: undefined },
		]);
	});
	test('a schedule that has ended has no next occurrence', () => {
		expect(nextOccurrences(parse(weekly(['水'], { until: '2026-10-31' })), '2026-11-23', 1, isJapaneseHoliday)).toEqual([]);
	});
	test('today is the date in Japan, not in UTC', () => {
		expect(tokyoDate(new Date('2026-11-22T15:30:00Z'))).toBe('2026-11-23');
		expect(tokyoDate(new Date('2026-11-22T14:59:00Z'))).toBe('2026-11-22');
	});
	test('the period is written out', () => {
		expect(describePeriod(parse(weekly(['水'], { until: '2027-03-31' })))).toBe('2027年3月31日まで');
		expect(describePeriod(parse(weekly(['水'], { from: '2026-04-01', until: '2027-03-31' })))).toBe('2026年4月1日〜2027年3月31日');
		expect(describePeriod(parse(weekly(['水'], { from: '2026-04-01' })))).toBe('2026年4月1日から');
	});
});

describe('schedules an author got wrong are refused with a reason', () => {
	const fail = (input: unknown) => {
		const r = scheduleSchema.safeParse(input);
		return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
	};
	test.each([
		['隔週 without a start date', { rules: [{ repeat: '隔週', weekdays: ['木'] }] }, 'from: 「隔週」のときは'],
		['毎月 with neither days nor weeks', { rules: [{ repeat: '毎月', weekdays: ['水'] }] }, 'rules.0.weeks: 「毎月」のときは'],
		[
			'weeks on a weekly rule',
			{ rules: [{ repeat: '毎週', weekdays: ['水'], weeks: [2] }] },
			'rules.0.weeks: 第何週か（weeks）は「毎月」のときだけ',
		],
		['no weekday on a weekly rule', { rules: [{ repeat: '毎週' }] }, 'rules.0.weekdays: 「毎週」のときは曜日'],
		['end before start', { rules: [{ repeat: '毎週', weekdays: ['水'], start: '15:00', end: '13:00' }] }, 'rules.0.end: 終わる時刻'],
		['an impossible time', { rules: [{ repeat: '毎週', weekdays: ['水'], start: '25:00' }] }, 'rules.0.start: 時刻は 10:00 のように'],
		['a weekday in English', { rules: [{ repeat: '毎週', weekdays: ['Tue'] }] }, 'rules.0.weekdays.0: 次のどれかを書いてください: 月、火'],
		['week 6', { rules: [{ repeat: '毎月', weeks: [6], weekdays: ['水'] }] }, 'rules.0.weeks.0: 第何週かは 1〜5'],
		['no rules', { rules: [] }, 'rules: rules に少なくとも1つ'],
		[
			'隔週 counted from a day it does not meet',
			{ rules: [{ repeat: '隔週', weekdays: ['木'] }], from: '2026-11-04' },
			'from: 「隔週」は from の日から数えます。from（2026-11-04）は水曜日',
		],
	])('%s', (_name, input, expected) => {
		expect(fail(input).join('\n')).toContain(expected);
	});
});

const everyDay = (extra: object = {}) => ({
	rules: [{ repeat: '毎週', weekdays: ['月', '火', '水', '木', '金', '土', '日'], start: '09:00', end: '17:00' }],
	...extra,
});

describe('opening hours of a place: closing days as facilities write them', () => {
	test.each([
		['open every day', everyDay(), '毎日 9:00〜17:00', '2026-11-01', '2026-11-05', ['01', '02', '03', '04', '05']],
		[
			'月曜休館 (11/23 is a holiday but still a Monday)',
			everyDay({ closed: { weekdays: ['月'] } }),
			'毎日 9:00〜17:00（月曜は休み）',
			'2026-11-22',
			'2026-11-25',
			['22', '24', '25'],
		],
		[
			'月曜休館、月曜が祝日のときは翌平日 (11/23 勤労感謝の日: open, 11/24 closed)',
			everyDay({ closed: { weekdays: ['月'], holiday_shift: '翌平日' } }),
			'毎日 9:00〜17:00（月曜は休み、月曜が祝日のときは翌平日が休み）',
			'2026-11-22',
			'2026-11-26',
			['22', '23', '25', '26'],
		],
		[
			'第3日曜は休み',
			everyDay({ closed: { nth: [{ weeks: [3], weekdays: ['日'] }] } }),
			'毎日 9:00〜17:00（第3日曜は休み）',
			'2026-11-14',
			'2026-11-16',
			['14', '16'],
		],
		[
			'年末年始は休み',
			everyDay({ closed: { new_year: true } }),
			'毎日 9:00〜17:00（年末年始は休み）',
			'2026-12-27',
			'2027-01-05',
			['27', '28', '04', '05'],
		],
		['お盆は休み', everyDay({ closed: { obon: true } }), '毎日 9:00〜17:00（お盆は休み）', '2027-08-12', '2027-08-17', ['12', '17']],
		[
			'毎年5月1日は休み',
			everyDay({ closed: { annual: ['05-01'] } }),
			'毎日 9:00〜17:00（5月1日は休み）',
			'2027-04-30',
			'2027-05-02',
			['30', '02'],
		],
	])('%s', (_name, input, words, from, to, dates) => {
		expect(describeSchedule(parse(input))).toBe(words);
		expect(days(input, from, to)).toEqual(dates);
	});
	test('a schedule only in words: no rules, its note', () => {
		expect(parse({ rules: [], note: '選挙やイベント時は開放不可' }).rules).toEqual([]);
		expect(() => parse({ rules: [] })).toThrow(/rules に少なくとも1つ書いてください/);
	});
	test('holiday_shift needs the weekly closing days', () => {
		expect(() => parse(everyDay({ closed: { holiday_shift: '翌平日' } }))).toThrow(/closed.weekdays/);
	});
});
