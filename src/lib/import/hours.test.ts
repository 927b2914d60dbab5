/**
 * combineHours: rules only when every schedule column agrees and is understood; a draft with a plain reason and
 * every column verbatim otherwise. The rows are shaped like the 子ども食堂 lists (開催頻度, 開催曜日, 開催日,
 * 開催開始時間, 開催終了時間, 開催日時特記事項) and the 公共施設一覧 (利用可能曜日, 開始時間, 終了時間, 特記事項).
 */
import { describe, expect, test } from 'vitest';
import { schedule as scheduleSchema } from '../../schemas/schedule.ts';
import { combineHours, readFrequency, type HoursInput } from './hours.ts';

const draft = (input: HoursInput) => {
	const r = combineHours(input);
	expect(r.schedule?.rules).toEqual([]);
	expect(r.understood).toBe(false);
	expect(r.draftReason).toBeTruthy();
	expect(scheduleSchema.safeParse(r.schedule).success).toBe(true);
	return r;
};

describe('columns that agree give rules', () => {
	test('開催曜日「金」 with 開催日「第2金曜日、第4金曜日」 is 第2・第4金, with the times of its columns (never 毎週金)', () => {
		const r = combineHours({ frequency: '4', days: '金', dates: '第2金曜日、第4金曜日', start: '17:00', end: '19:30' });
		expect(r.schedule).toEqual({ rules: [{ repeat: '毎月', weeks: [2, 4], weekdays: ['金'], start: '17:00', end: '19:30' }] });
		expect(r.understood).toBe(true);
		expect(r.draftReason).toBeUndefined();
	});
	test('the week numbers in 開催日時特記事項, the day in 開催曜日, 月1回 in 開催頻度', () => {
		const r = combineHours({
			frequency: '5',
			days: '土',
			start: '10:00',
			end: '14:00',
			text: '毎月第2土曜　※変更の可能性あり（施設の予約により）',
		});
		expect(r.schedule!.rules).toEqual([{ repeat: '毎月', weeks: [2], weekdays: ['土'], start: '10:00', end: '14:00' }]);
		expect(r.schedule!.note).toBe('毎月第2土曜　※変更の可能性あり（施設の予約により）');
		expect(r.draftReason).toBeUndefined();
	});
	test('毎週 in 開催頻度 (word or code) with 開催曜日 is the weekly rule', () => {
		expect(combineHours({ frequency: '毎週', days: '水', start: '17:00', end: '19:00' }).schedule!.rules).toEqual([
			{ repeat: '毎週', weekdays: ['水'], start: '17:00', end: '19:00' },
		]);
		expect(combineHours({ frequency: '1', days: '月火水木金', start: '16:00', end: '19:00' }).schedule!.rules).toEqual([
			{ repeat: '毎週', weekdays: ['月', '火', '水', '木', '金'], start: '16:00', end: '19:00' },
		]);
		expect(combineHours({ frequency: '3', days: '金', text: '毎週金曜日' }).schedule!.rules).toEqual([
			{ repeat: '毎週', weekdays: ['金'] },
		]);
	});
	test('開催日 and 特記事項 saying the same days count once', () => {
		const r = combineHours({ frequency: '月2回', days: '金', dates: '第2金曜日、第4金曜日', text: '毎月第2、第4金曜日' });
		expect(r.schedule!.rules).toEqual([{ repeat: '毎月', weeks: [2, 4], weekdays: ['金'] }]);
		expect(r.draftReason).toBeUndefined();
	});
	test('times in the text and in the time columns that say the same agree', () => {
		const r = combineHours({ days: '木土', frequency: '4', text: '毎月第2土曜日　12:00～14:00　第4木曜日　17:00～19:00' });
		expect(r.schedule!.rules).toEqual([
			{ repeat: '毎月', weeks: [2], weekdays: ['土'], start: '12:00', end: '14:00' },
			{ repeat: '毎月', weeks: [4], weekdays: ['木'], start: '17:00', end: '19:00' },
		]);
	});
	test('公共施設一覧: 利用可能曜日 with times and no frequency stays the weekly rule, closing days taken out', () => {
		const r = combineHours({ days: '月火水木金土日', start: '9:00', end: '17:00', closed: '月曜日' });
		expect(r.schedule).toEqual({
			rules: [{ repeat: '毎週', weekdays: ['火', '水', '木', '金', '土', '日'], start: '09:00', end: '17:00' }],
			closed: { weekdays: ['月'] },
		});
	});
	test('公共施設一覧: 利用可能曜日 of every day with 特記事項 giving the hours and the closing day agree', () => {
		const r = combineHours({ days: '月火水木金土日', start: '9:00', end: '17:00', text: '【開館時間】9:00～17:00 【休館日】月曜日' });
		expect(r.schedule).toEqual({
			rules: [{ repeat: '毎週', weekdays: ['火', '水', '木', '金', '土', '日'], start: '09:00', end: '17:00' }],
			closed: { weekdays: ['月'] },
		});
		expect(r.draftReason).toBeUndefined();
		expect(combineHours({ days: '月水金', text: '月～金（祝祭日を除く）' }).draftReason).toBe(
			'開催曜日が「月水金」で、「月～金（祝祭日を除く）」の曜日と合いません',
		);
	});
	test('a 定休日 column lists closing days even where it does not say so', () => {
		expect(combineHours({ days: '月火水木金土日', closed: '日曜日～火曜日' }).schedule).toEqual({
			rules: [{ repeat: '毎週', weekdays: ['水', '木', '金', '土'] }],
			closed: { weekdays: ['月', '火', '日'] },
		});
		expect(combineHours({ days: '月～日', closed: '月曜・第3日曜' }).schedule).toEqual({
			rules: [{ repeat: '毎週', weekdays: ['火', '水', '木', '金', '土', '日'] }],
			closed: { weekdays: ['月'], nth: [{ weeks: [3], weekdays: ['日'] }] },
		});
	});
});

describe('columns that leave the days open, or disagree, make a draft with every column verbatim', () => {
	test('開催曜日 with 開催頻度「月2回」 and no week number', () => {
		const r = draft({ frequency: '月2回', days: '火', start: '10:00', end: '12:00' });
		expect(r.draftReason).toBe('開催頻度が「月2回」で、どの週かが書かれていません');
		expect(r.schedule!.note).toBe('月2回 火 10:00〜12:00');
	});
	test('the layout code 5 (月1回程度) with 開催曜日 and no week number: the code is written as its words', () => {
		const r = draft({ frequency: '5', days: '土', start: '11:00', end: '13:00' });
		expect(r.draftReason).toBe('開催頻度が「月1回程度」で、どの週かが書かれていません');
		expect(r.schedule!.note).toBe('月1回程度 土 11:00〜13:00');
	});
	test('毎週 from 開催曜日 but 月1回 from the text', () => {
		const r = draft({ days: '土', text: '月1回　土曜日　10時30分～' });
		expect(r.draftReason).toBe('「月1回　土曜日　10時30分～」では、どの日に開くかが決まっていません');
		expect(r.schedule!.note).toBe('土 月1回　土曜日　10時30分～');
	});
	test('a frequency the days do not give: 開催頻度「月1回」 but 第2・第4 in 開催日', () => {
		const r = draft({ frequency: '月1回', days: '金', dates: '第2金曜日、第4金曜日' });
		expect(r.draftReason).toBe('開催頻度が「月1回」で、「第2金曜日、第4金曜日」と合いません');
		expect(r.schedule!.note).toBe('月1回 金 第2金曜日、第4金曜日');
	});
	test('a weekly frequency with days of the month', () => {
		expect(draft({ frequency: '週1〜2回程度', days: '水', dates: '第3水曜日' }).draftReason).toBe(
			'開催頻度が「週1〜2回程度」で、「第3水曜日」と合いません',
		);
	});
	test('開催曜日 and the day in 開催日 disagree', () => {
		expect(draft({ days: '火', dates: '第2木曜日' }).draftReason).toBe('開催曜日が「火」で、「第2木曜日」の曜日と合いません');
	});
	test('the time columns and the times in the text disagree', () => {
		expect(draft({ days: '土', dates: '第3土曜日 10:00〜12:00', start: '13:00', end: '15:00' }).draftReason).toBe(
			'開催時間（13:00〜15:00）が、日時の書きぶりにある時刻と合いません',
		);
	});
	test('不定期, 数か月に1回, 季節限定 (words or the codes 6–8)', () => {
		expect(draft({ frequency: '8', days: '土' }).draftReason).toBe('開催頻度が「不定期」で、開く日が決まっていません');
		expect(draft({ frequency: '不定期' }).schedule!.note).toBe('不定期');
		expect(draft({ frequency: '6', days: '日', text: '奇数月の第2日曜日' }).draftReason).toBe(
			'開催頻度が「数か月に1回程度」で、開く日が決まっていません',
		);
		expect(draft({ frequency: '隔月' }).draftReason).toBe('開催頻度が「隔月」で、開く日が決まっていません');
	});
	test('a frequency nobody can read is not guessed', () => {
		expect(draft({ frequency: 'その他', days: '火' }).draftReason).toBe('開催頻度「その他」が読み取れません');
	});
	test('a text with a word that leaves the days open, whatever 開催曜日 says', () => {
		const r = draft({ frequency: '3', days: '土', text: '土曜の不定期開催' });
		expect(r.schedule!.note).toBe('週1〜2回程度 土 土曜の不定期開催');
		expect(draft({ days: '木', text: '木曜日（第3もしくは第4）' }).draftReason).toContain('木曜日（第3もしくは第4）');
		expect(draft({ text: '隔月第2・第4火曜日' }).schedule!.note).toBe('隔月第2・第4火曜日');
	});
});

describe('開催頻度', () => {
	test('words and the layout codes', () => {
		expect(readFrequency('月２回')).toMatchObject({ kind: 'monthly', n: 2 });
		expect(readFrequency('毎月1回程度')).toMatchObject({ kind: 'monthly', n: 1 });
		expect(readFrequency('週3回')).toMatchObject({ kind: 'weekly', min: 3, max: 3 });
		expect(readFrequency('ほぼ毎日')).toMatchObject({ kind: 'weekly', min: 5, max: 7 });
		expect(readFrequency('隔週')).toMatchObject({ kind: 'monthly', n: 2, biweekly: true });
		expect(readFrequency('2')).toMatchObject({ kind: 'weekly', min: 3, max: 4, words: '週3〜4回程度' });
		expect(readFrequency('年6回')).toMatchObject({ kind: 'open' });
		expect(readFrequency('2ヶ月に1回')).toMatchObject({ kind: 'open' });
	});
});
