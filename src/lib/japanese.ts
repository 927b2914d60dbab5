/**
 * Japanese text helpers, in one place: kana folding, era years (令和・平成), real calendar dates, Japan's bounds
 * and the weeks of a month (第1〜第5・最終). Pure and dependency-free: the schemas, the import, the form, the
 * parser and the scripts all use these, so each rule is written once.
 */

/** Katakana as hiragana, keeping the length: サロン → さろん, ヴ → ゔ (ー and other marks stay). */
export function katakanaToHiragana(text: string): string {
	return text.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
}

/** Hiragana as katakana: さろん → サロン (for the MHLW layout's フリガナ). */
export function hiraganaToKatakana(text: string): string {
	return text.replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));
}

/** The year before each era's first year: 令和1年 = 2019, 平成1年 = 1989. R and H are their initials. */
export const ERA_OFFSETS: Readonly<Record<string, number>> = { 令和: 2018, R: 2018, 平成: 1988, H: 1988 };

/** 令和, 8 → 2026; 平成, 元 → 1989; undefined for an era not known. */
export function eraYear(era: string, year: string | number): number | undefined {
	const offset = ERA_OFFSETS[era] ?? ERA_OFFSETS[era.toUpperCase()];
	if (offset === undefined) return undefined;
	return offset + (year === '元' ? 1 : Number(year));
}

/** Whether 'YYYY-MM-DD' names a day that exists (JavaScript would read 2026-02-30 as 2 March). */
export function isRealDate(iso: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return false;
	const d = new Date(`${iso}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}

/** A box around Japan, generous at the edges (Okinotori to Hokkaido, Yonaguni to Minamitori). */
export const JAPAN_BOUNDS = { lat: { min: 20, max: 46 }, lng: { min: 122, max: 154 } } as const;

/** Whether a latitude and longitude lie in Japan's box. */
export function inJapan(lat: number, lng: number): boolean {
	return lat >= JAPAN_BOUNDS.lat.min && lat <= JAPAN_BOUNDS.lat.max && lng >= JAPAN_BOUNDS.lng.min && lng <= JAPAN_BOUNDS.lng.max;
}

/** A week of the month: 第1〜第5, or 最終 (the last). */
export type Week = 1 | 2 | 3 | 4 | 5 | '最終';
export const WEEKS: readonly Week[] = [1, 2, 3, 4, 5, '最終'];
