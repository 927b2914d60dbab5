import { describe, expect, test } from 'vitest';
import { schedule } from '../schemas/schedule.ts';
import { groupByWeekday, sortByDateDesc, sortByYomi } from './ordering.ts';

const item = (yomi: string, rules: object[]) => ({ yomi, schedule: schedule.parse({ rules }) });

describe('neutral ordering', () => {
	test('五十音順 follows the reading, not the kanji or the order of the files', () => {
		const names = sortByYomi([{ yomi: 'まつかぜ' }, { yomi: 'あおば' }, { yomi: 'さくらがおか' }, { yomi: 'かわはら' }]).map((x) => x.yomi);
		expect(names).toEqual(['あおば', 'かわはら', 'さくらがおか', 'まつかぜ']);
	});
	test('newest first, ties in 五十音順', () => {
		const sorted = sortByDateDesc(
			[
				{ yomi: 'い', d: '2026-01-01' },
				{ yomi: 'か', d: '2026-05-01' },
				{ yomi: 'あ', d: '2026-05-01' },
			],
			(x) => x.d,
		).map((x) => x.yomi);
		expect(sorted).toEqual(['あ', 'か', 'い']);
	});
	test('a weekday lists its gatherings by start time, then 五十音順', () => {
		const items = [
			item('たいそう', [{ repeat: '毎週', weekdays: ['火'], start: '13:00' }]),
			item('かふぇ', [{ repeat: '毎週', weekdays: ['火', '金'], start: '10:00' }]),
			item('あさのかい', [{ repeat: '毎月', weeks: [2, 4], weekdays: ['火'], start: '13:00' }]),
			item('つきいち', [{ repeat: '毎月', days: [15] }]),
		];
		const { days, byDate } = groupByWeekday(items, (x) => x.schedule);
		expect(days.火.map((s) => `${s.start} ${s.item.yomi} ${s.rule}`)).toEqual([
			'10:00 かふぇ 毎週',
			'13:00 あさのかい 第2・第4',
			'13:00 たいそう 毎週',
		]);
		expect(days.金.map((s) => s.item.yomi)).toEqual(['かふぇ']);
		expect(days.月).toEqual([]);
		expect(byDate.map((x) => x.yomi)).toEqual(['つきいち']);
	});
});
