/**
 * Renders a schedule in natural Japanese: 「毎週火曜 10:00〜12:00」「第2・第4水曜 13:30〜15:00（祝日は休み）」.
 * Pure: the same function serves entry pages, lists, exports and the browser.
 */
import type { Schedule, ScheduleRule } from '../../schemas/schedule.ts';
import { WEEKDAYS } from '../../schemas/taxonomy.ts';
import { formatJapaneseDate } from './calendar.ts';

const ordinal = (w: number | '最終') => (w === '最終' ? '最終' : `第${w}`);

/** 10:00〜12:00, 10:00から, or empty. Leading zeros of the hour are dropped: 9:30. */
export function describeTime(rule: Pick<ScheduleRule, 'start' | 'end'>): string {
	const t = (s: string) => s.replace(/^0(\d)/, '$1');
	if (rule.start && rule.end) return `${t(rule.start)}〜${t(rule.end)}`;
	if (rule.start) return `${t(rule.start)}から`;
	return '';
}

function weekdays(rule: ScheduleRule): string {
	const days = [...(rule.weekdays ?? [])].sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b));
	return `${days.join('・')}曜`;
}

/** When a rule happens, without the time: 毎週火曜, 第2・第4水曜, 最終金曜, 毎月15日, 隔週木曜. */
export function describeDays(rule: ScheduleRule): string {
	if (rule.repeat === '毎週') return `毎週${weekdays(rule)}`;
	if (rule.repeat === '隔週') return `隔週${weekdays(rule)}`;
	if (rule.days)
		return `毎月${[...rule.days]
			.sort((a, b) => a - b)
			.map((d) => `${d}日`)
			.join('・')}`;
	const weeks = [...(rule.weeks ?? [])].sort((a, b) => (a === '最終' ? 6 : a) - (b === '最終' ? 6 : b));
	return `${weeks.map(ordinal).join('・')}${weekdays(rule)}`;
}

export function describeRule(rule: ScheduleRule): string {
	const time = describeTime(rule);
	return time ? `${describeDays(rule)} ${time}` : describeDays(rule);
}

const byWeekday = (days: readonly string[]) => [...days].sort((a, b) => WEEKDAYS.indexOf(a as never) - WEEKDAYS.indexOf(b as never));
const monthDay = (md: string) => `${Number(md.slice(0, 2))}月${Number(md.slice(3))}日`;

/** 月曜・祝日・年末年始・8月は休み; 12月29日・1月5日も休み; 月曜が祝日のときは翌平日が休み. Empty when nothing is closed. */
export function describeClosed(schedule: Schedule): string {
	const closed = schedule.closed;
	if (!closed) return '';
	const parts: string[] = [];
	const regular = [
		...(closed.weekdays?.length ? [`${byWeekday(closed.weekdays).join('・')}曜`] : []),
		...(closed.nth ?? []).map((n) => `${[...n.weeks].map(ordinal).join('・')}${byWeekday(n.weekdays).join('・')}曜`),
		...(closed.holidays ? ['祝日'] : []),
		...(closed.new_year ? ['年末年始'] : []),
		...(closed.obon ? ['お盆'] : []),
		...[...(closed.months ?? [])].sort((a, b) => a - b).map((m) => `${m}月`),
		...[...(closed.annual ?? [])].sort().map(monthDay),
	];
	if (regular.length) parts.push(`${regular.join('・')}は休み`);
	if (closed.dates?.length) {
		const dates = [...closed.dates].sort().map((d) => formatJapaneseDate(d, false));
		parts.push(`${dates.join('・')}${regular.length ? 'も' : 'は'}休み`);
	}
	if (closed.holiday_shift && closed.weekdays?.length)
		parts.push(`${byWeekday(closed.weekdays).join('・')}曜が祝日のときは${closed.holiday_shift}が休み`);
	return parts.join('、');
}

/** 2026年4月1日から / 2027年3月31日まで */
export function describePeriod(schedule: Schedule): string {
	const full = (iso: string) => `${iso.slice(0, 4)}年${formatJapaneseDate(iso, false)}`;
	if (schedule.from && schedule.until) return `${full(schedule.from)}〜${full(schedule.until)}`;
	if (schedule.until) return `${full(schedule.until)}まで`;
	if (schedule.from) return `${full(schedule.from)}から`;
	return '';
}

/**
 * The whole schedule as one line: rules joined with 「、」, closures in parentheses.
 * 「第2・第4水曜 13:30〜15:00（祝日は休み）」. The period and note are not included (see describePeriod, schedule.note).
 */
export function describeSchedule(schedule: Schedule): string {
	const rules = describeEveryDay(schedule);
	const closed = describeClosed(schedule);
	if (!rules) return closed;
	return closed ? `${rules}（${closed}）` : rules;
}

/** A place open every day of the week at one time: 「毎日 9:00〜17:00」 instead of seven weekdays. */
function isEveryDay(schedule: Schedule): boolean {
	const [rule, ...rest] = schedule.rules;
	return !!rule && rest.length === 0 && rule.repeat === '毎週' && (rule.weekdays?.length ?? 0) === 7;
}
function describeEveryDay(schedule: Schedule): string {
	if (!isEveryDay(schedule)) return schedule.rules.map(describeRule).join('、');
	const time = describeTime(schedule.rules[0]!);
	return time ? `毎日 ${time}` : '毎日';
}
