/**
 * What a resident types, corrected instead of refused (pure; the form applies these as each field is left):
 * katakana and half-width kana in よみがな become hiragana, an end time 「3時」 after an afternoon start is read
 * as 15:00, and the schema's messages lose the English keys they carry for file authors. Phone numbers get their
 * hyphens in ./phone-format.ts (loaded by the form only when a phone number is typed).
 */
import { katakanaToHiragana } from '../japanese.ts';

/** カワベリ ﾕｳﾋ → かわべり ゆうひ (NFKC first, so half-width kana and full-width spaces fold too). */
export function hiraganaReading(text: string): string {
	return katakanaToHiragana(text.normalize('NFKC'));
}

const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
const clock = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/**
 * An end time before an afternoon start, read in the afternoon: start 13:30, end 03:00 → 15:00. Returns the
 * corrected end, or undefined when the end is fine as it is or cannot be meant that way. Times are "HH:MM".
 */
export function afternoonEnd(start: string, end: string): string | undefined {
	if (!/^\d{2}:\d{2}$/.test(start) || !/^\d{2}:\d{2}$/.test(end)) return undefined;
	const s = minutes(start);
	const e = minutes(end);
	if (s < 12 * 60 || e >= s || e >= 12 * 60) return undefined;
	return e + 12 * 60 > s ? clock(e + 12 * 60) : undefined;
}

/**
 * A schema message as a resident reads it: the keys written for file authors in brackets are left out
 * (「終わる時刻（end）は始まる時刻（start）より後に」 → 「終わる時刻は始まる時刻より後に」).
 */
export function plainMessage(message: string): string {
	return message.replace(/（[A-Za-z_][^（）]*）/g, '').replace(/\(([A-Za-z_][\w.]*)\)/g, '');
}
