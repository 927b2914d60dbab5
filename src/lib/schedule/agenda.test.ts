import { describe, expect, test } from 'vitest';
import { schedule } from '../../schemas/schedule.ts';
import { agenda } from './agenda.ts';
import { todayData } from './today-data.ts';

const item = (n: string, rules: object[], closed?: object) => ({
	n,
	u: `/${n}/`,
	s: schedule.parse({ rules, ...(closed ? { closed } : {}) }),
});
const data = todayData(
	[
		item('月曜サロン', [{ repeat: '毎週', weekdays: ['月'], start: '13:30' }], { holidays: true }),
		item('朝の体操', [{ repeat: '毎週', weekdays: ['月', '火'], start: '9:30' }]),
		item('第4水曜カフェ', [{ repeat: '毎月', weeks: [4], weekdays: ['水'], start: '10:00' }]),
	],
	'2026-11-01',
);

describe('today and this week from the schedules', () => {
	test('on 勤労感謝の日 the Monday salon that closes on holidays is not listed; the exercise group is', () => {
		const [today] = agenda(data, '2026-11-23', 1);
		expect(today!.holiday).toBe('勤労感謝の日');
		expect(today!.label).toBe('11月23日（月）');
		expect(today!.entries.map((e) => e.item.n)).toEqual(['朝の体操']);
	});
	test('a week lists each day by start time', () => {
		const week = agenda(data, '2026-11-23', 7);
		expect(week.map((d) => `${d.date.slice(8)}:${d.entries.map((e) => e.item.n).join(',')}`)).toEqual([
			'23:朝の体操',
			'24:朝の体操',
			'25:第4水曜カフェ',
			'26:',
			'27:',
			'28:',
			'29:',
		]);
	});
	test('the next Monday is a normal day: the salon is back, after the 9:30 group', () => {
		const [monday] = agenda(data, '2026-11-30', 1);
		expect(monday!.entries.map((e) => `${e.start} ${e.item.n}`)).toEqual(['09:30 朝の体操', '13:30 月曜サロン']);
	});
	test('the holiday table runs from a year before the build to two years after', () => {
		expect(data.until).toBe('2028-10-31');
		expect(data.holidays['2027-01-01']).toBe('元日');
		expect(data.holidays['2026-01-01']).toBe('元日');
		expect(data.holidays['2025-10-13']).toBeUndefined();
	});
});
