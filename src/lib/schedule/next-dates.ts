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

/** One day `days` after an ISO date (UTC arithmetic: calendar days, no time zone). */
const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The dates of the coming month, for paper (the printed 校区 sheet and わたしのリスト): those from `today` to 30 days
 * on, at most `max`, as 「12月9日（水）、12月23日（水）」; undefined when none falls in that month.
 */
export function comingMonthText(dates: readonly string[], today: string, max = 6): string | undefined {
	const end = addDays(today, 30);
	const within = dates.filter((d) => d >= today && d <= end).slice(0, max);
	return within.length ? within.map(shortDate).join('、') : undefined;
}
