import { expect, test } from 'vitest';
import { answerSummary, summaryText, valueText } from './answer-summary.ts';

const LABELS: Record<string, string> = {
	name: '名前',
	schedule: 'いつ',
	place: '会場',
	'place.name': '会場の名前',
	'place.address': '住所',
	bring: '持ち物',
	reservation: '予約がいる',
	last_confirmed: '最終確認日',
};
const label = (k: string) => LABELS[k] ?? k;

test('the answers read as residents will see them, the schedule in the site’s own words, in the form’s order', () => {
	const lines = answerSummary(
		{
			name: '川べり ゆうひカフェ',
			place: { name: '下川公民館', address: '川波町下川1-2-3', location: { lat: 35.2, lng: 136.0 } },
			schedule: { rules: [{ repeat: '毎月', weeks: [2, 4], weekdays: ['水'], start: '13:30', end: '15:00' }], closed: { holidays: true } },
			bring: ['飲み物', 'タオル'],
			last_confirmed: '2026-12-06',
		},
		['name', 'schedule', 'place', 'bring', 'last_confirmed', 'reservation'],
		label,
	);
	expect(lines.map((l) => l.key)).toEqual(['name', 'schedule', 'place', 'bring', 'last_confirmed']);
	expect(lines[1]!.text).toBe('第2・第4水曜 13:30〜15:00（祝日は休み）');
	expect(lines[2]!.text).toBe('会場の名前: 下川公民館 ／ 住所: 川波町下川1-2-3 ／ place.location: 地図で場所を選びました');
	expect(lines[3]).toEqual({ key: 'bring', label: '持ち物', text: '飲み物、タオル' });
	expect(lines[4]!.text).toBe('2026年12月6日');
	expect(summaryText(lines.slice(0, 1))).toBe('■ 名前\n川べり ゆうひカフェ');
	expect(valueText({ reservation: true })).toBe('reservation');
});
