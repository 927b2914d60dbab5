/**
 * Japanese public holidays (including 振替休日 and 国民の休日) from @holiday-jp/holiday_jp, a maintained
 * table, keyed by 'YYYY-MM-DD'. Build-time only: pages pass the years they need to the browser.
 */
import holidayJp from '@holiday-jp/holiday_jp';

const table = holidayJp.holidays as Record<string, { name: string }>;

export const isJapaneseHoliday = (iso: string): boolean => iso in table;

/** The holidays between two dates (inclusive), for embedding in a page. */
export function holidaysBetween(from: string, to: string): Record<string, string> {
	return Object.fromEntries(
		Object.entries(table)
			.filter(([date]) => date >= from && date <= to)
			.map(([date, h]) => [date, h.name]),
	);
}
