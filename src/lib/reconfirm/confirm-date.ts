/**
 * A confirmation date as people write it — 2026-12-10, 2026/12/10 (as Excel saves a date), 2026年12月10日, in
 * full-width digits too — read into 2026-12-10, refusing a day that does not exist or lies after today. Pure.
 */
import { isoDate, normalizeJapaneseInput } from '../../schemas/common.ts';

export type DateReading = { date: string } | { problem: string };

export function readConfirmDate(value: string, today: string): DateReading {
	const text = normalizeJapaneseInput(value);
	const match = /^(\d{4})\s*[-/年.]\s*(\d{1,2})\s*[-/月.]\s*(\d{1,2})\s*日?$/.exec(text);
	if (!match) return { problem: `日付「${value}」が読めません。2026-12-10 のように書いてください` };
	const iso = `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
	const checked = isoDate.safeParse(iso);
	if (!checked.success) return { problem: `日付「${value}」: ${checked.error.issues[0]?.message ?? 'ありえない日付です'}` };
	if (checked.data > today) return { problem: `日付「${value}」は今日（${today}）より後です。確かめた日を書いてください` };
	return { date: checked.data };
}
