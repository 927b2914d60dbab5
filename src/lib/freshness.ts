/**
 * How old an entry's confirmation is, and what residents are told about it. One place for the age rules:
 * - past 12 months (`UNCONFIRMED_MONTHS`) an entry's page and its line on lists say 「この情報は1年以上確認されていません
 *   （最終確認日 2025年3月）」 with a link to its confirm form; the check warns as before (src/lib/content-warnings.ts);
 * - past 24 months (`LEAVES_LISTS_MONTHS`) it also leaves 今日・今週, the printed 校区 sheets and わたしのリスト's print,
 *   but keeps its page.
 * Ordering never changes with age. "Today" for the site is the build date (`buildDate`): SASAEAI_TODAY when set (tests,
 * the campaign, a rebuild for a given day), else today in Japan. The today view expands schedules in the browser, but
 * which entries it is given (the 24-month cut) is decided at build time by this date. Pure, apart from reading the
 * environment variable given to `buildDate`.
 */
import { isStale } from './format.ts';
import { tokyoDate } from './schedule/calendar.ts';

export const UNCONFIRMED_MONTHS = 12;
export const LEAVES_LISTS_MONTHS = 24;

/** The date the site is built for: SASAEAI_TODAY (YYYY-MM-DD) when set, else today in Japan; another value is refused. */
export function buildDate(env: Record<string, string | undefined> = process.env, now = new Date()): string {
	const fixed = env['SASAEAI_TODAY'];
	if (!fixed) return tokyoDate(now);
	if (!/^\d{4}-\d{2}-\d{2}$/.test(fixed)) throw new Error(`SASAEAI_TODAY「${fixed}」は日付ではありません。2026-12-06 の形で書いてください`);
	return fixed;
}

/** Not confirmed for over a year: residents see the notice. */
export const isUnconfirmed = (lastConfirmed: string, today: string) => isStale(lastConfirmed, today, UNCONFIRMED_MONTHS);

/** Not confirmed for over two years: left out of 今日・今週 and the printed lists, kept on its own page. */
export const leavesLists = (lastConfirmed: string, today: string) => isStale(lastConfirmed, today, LEAVES_LISTS_MONTHS);

/** 「この情報は1年以上確認されていません（最終確認日 2025年3月）」, or undefined when confirmed within the year. */
export function freshnessNotice(lastConfirmed: string | undefined, today: string): string | undefined {
	if (!lastConfirmed || !isUnconfirmed(lastConfirmed, today)) return undefined;
	const [y, m] = lastConfirmed.split('-').map(Number);
	return `この情報は1年以上確認されていません（最終確認日 ${y}年${m}月）`;
}

export const FRESHNESS_ASK = 'まだやっていますか？お知らせください';

/** The line a printed list ends with when entries were left out: 「2年以上確認されていない 3 件は載せていません」. */
export const leftOutLine = (count: number) => (count > 0 ? `2年以上確認されていない ${count} 件は載せていません` : undefined);

/** The entries to list, and how many were left out for being over two years old. Order kept. */
export function withoutLongUnconfirmed<T>(
	items: readonly T[],
	lastConfirmed: (item: T) => string | undefined,
	today: string,
): { kept: T[]; leftOut: number } {
	const kept = items.filter((i) => {
		const last = lastConfirmed(i);
		return !last || !leavesLists(last, today);
	});
	return { kept, leftOut: items.length - kept.length };
}
