/**
 * 「次は 12月14日（月）、12月28日（月）、1月11日（月）」: the next dates of a schedule from a given day, picked from
 * dates worked out ahead (at build time, by the occurrences engine, holidays and closures applied). No imports:
 * the entry pages' tiny script (src/scripts/next-dates.ts) uses it as it is, on the day the page is read.
 */

const WEEKDAY_KANJI = ['日', '月', '火', '水', '木', '金', '土'];

/** 12月14日（月） from 2026-12-14. */
export function shortDate(iso: string): string {
	const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
	return `${m}月${d}日（${WEEKDAY_KANJI[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]}）`;
}

/** The first `count` of `dates` (sorted YYYY-MM-DD) on or after `today`. */
export function datesFrom(dates: readonly string[], today: string, count = 3): string[] {
	return dates.filter((d) => d >= today).slice(0, count);
}

/** The sentence residents read, or undefined when no date is left. */
export function nextDatesText(dates: readonly string[]): string | undefined {
	return dates.length ? `次は ${dates.map(shortDate).join('、')}` : undefined;
}
