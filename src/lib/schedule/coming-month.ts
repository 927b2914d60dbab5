/**
 * The dates of the coming month, for paper (the printed 校区 sheet and わたしのリスト): those from `today` to 30 days
 * on, at most `max`. No imports: the list page uses it in the browser, and the entry pages' tiny next-dates script
 * must share no module with it (a shared module would become a chunk the entry pages load).
 */

/** One day `days` after an ISO date (calendar days, no time zone). */
const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export function comingMonth(dates: readonly string[], today: string, max = 6): string[] {
	const end = addDays(today, 30);
	return dates.filter((d) => d >= today && d <= end).slice(0, max);
}
