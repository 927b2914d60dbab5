import { describe, expect, test } from 'vitest';
import { schedule } from '../../schemas/schedule.ts';
import { loadContent } from '../content-files.ts';
import { describeSchedule } from './describe.ts';
import { parseScheduleText } from './parse-text.ts';
import { SAMPLE } from '../../../tests/towns.ts';

describe('reading a schedule written in words', () => {
	test.each([
		['毎週火曜 10:00〜12:00', { rules: [{ repeat: '毎週', weekdays: ['火'], start: '10:00', end: '12:00' }] }],
		['第2・第4水曜 13:30〜15:00（祝日は休み）', { rules: [{ repeat: '毎月', weeks: [2, 4], weekdays: ['水'], start: '13:30', end: '15:00' }], closed: { holidays: true } }],
		['毎月15日', { rules: [{ repeat: '毎月', days: [15] }] }],
		['最終金曜 10:00から', { rules: [{ repeat: '毎月', weeks: ['最終'], weekdays: ['金'], start: '10:00' }] }],
		['隔週木曜 9:30〜11:00 開始日:2026-04-02 終了日:2027-03-31', { rules: [{ repeat: '隔週', weekdays: ['木'], start: '09:30', end: '11:00' }], from: '2026-04-02', until: '2027-03-31' }],
		['毎週月・木曜 ９：３０～１１：００（祝日・8月は休み）', { rules: [{ repeat: '毎週', weekdays: ['月', '木'], start: '09:30', end: '11:00' }], closed: { holidays: true, months: [8] } }],
	])('%s', (text, expected) => {
		expect(parseScheduleText(text)).toEqual(expected);
	});
	test.each(['火曜の午前', '不定期', '第2水曜（雨天中止）', ''])('「%s」 is not guessed at', (text) => {
		expect(parseScheduleText(text)).toBeNull();
	});
	test('every sample schedule survives a round trip through words (single dates aside)', () => {
		const salons = loadContent(SAMPLE).entries.filter((e) => e.collection === 'salons');
		let compared = 0;
		for (const s of salons) {
			const sched = schedule.parse(s.data['schedule']);
			if (sched.closed?.dates?.length) continue;
			const back = parseScheduleText(describeSchedule(sched));
			expect(back, `${s.file}: ${describeSchedule(sched)}`).not.toBeNull();
			expect(describeSchedule({ ...back!, rules: back!.rules })).toBe(describeSchedule(sched));
			compared++;
		}
		expect(compared).toBeGreaterThan(20);
	});
});
