/**
 * Reads a schedule written in Japanese words, the inverse of describe.ts: 「毎週火・金曜 10:00〜12:00」,
 * 「第2・第4水曜 13:30〜15:00（祝日は休み）」, 「毎月15日」, 「隔週木曜」, 「最終金曜」, joined with 、.
 * Used by the CSV import (MHLW 通いの場 data keeps such rules in 備考 or 定休日). Returns null for what it cannot
 * read with certainty; the caller reports it.
 */
import type { Schedule, ScheduleRule } from '../../schemas/schedule.ts';
import { WEEKDAYS, type Weekday } from '../../schemas/taxonomy.ts';

const DAYS = `[${WEEKDAYS.join('')}]`;
const TIME = '(\\d{1,2}:\\d{2})';
const RULE = new RegExp(
	`^(?:(毎週|隔週)(${DAYS}(?:・${DAYS})*)曜?日?|((?:第[1-5]|最終)(?:・(?:第[1-5]|最終))*)(${DAYS}(?:・${DAYS})*)曜?日?|毎月(\\d{1,2}日(?:・\\d{1,2}日)*))(?:\\s*${TIME}(?:\\s*[〜~～-]\\s*${TIME}|から))?$`,
);

function normalize(text: string): string {
	return text.normalize('NFKC').replace(/[～〜~]/g, '〜').replace(/、\s*/g, '、').trim();
}

function parseRule(text: string): ScheduleRule | null {
	const m = RULE.exec(text.trim());
	if (!m) return null;
	const [, repeat, weeklyDays, ordinals, ordinalDays, monthDays, start, end] = m;
	const times = { ...(start ? { start: start.padStart(5, '0') } : {}), ...(end ? { end: end.padStart(5, '0') } : {}) };
	const days = (s: string) => s.split('・') as Weekday[];
	if (repeat) return { repeat: repeat as '毎週' | '隔週', weekdays: days(weeklyDays!), ...times };
	if (ordinals) {
		const weeks = ordinals.split('・').map((o) => (o === '最終' ? ('最終' as const) : Number(o.slice(1))));
		return { repeat: '毎月', weeks, weekdays: days(ordinalDays!), ...times };
	}
	return { repeat: '毎月', days: monthDays!.split('・').map((d) => Number(d.replace('日', ''))), ...times };
}

function parseClosed(text: string): Schedule['closed'] | null {
	const closed: NonNullable<Schedule['closed']> = {};
	for (const part of text.split('、')) {
		const m = /^(.*?)(も)?は休み$/.exec(part);
		if (!m) return null;
		for (const item of m[1]!.split('・')) {
			if (item === '祝日') closed.holidays = true;
			else if (/^\d{1,2}月$/.test(item)) closed.months = [...(closed.months ?? []), Number(item.slice(0, -1))];
			else return null; // single dates have no year in words; the caller keeps them as a note
		}
	}
	return closed;
}

/** The schedule in the text, or null when some part cannot be read with certainty. A trailing
 * 「開始日:2026-04-07」「終了日:2027-03-31」 (as the CSV export writes them) sets from and until. */
export function parseScheduleText(input: string): Pick<Schedule, 'rules' | 'closed' | 'from' | 'until'> | null {
	let text = normalize(input);
	const period: { from?: string; until?: string } = {};
	for (const [word, key] of [['開始日', 'from'], ['終了日', 'until']] as const) {
		const m = new RegExp(`\\s*${word}:(\\d{4}-\\d{2}-\\d{2})`).exec(text);
		if (m) {
			period[key] = m[1]!;
			text = text.replace(m[0], '').trim();
		}
	}
	const parsed = parseRulesAndClosed(text);
	return parsed && { ...parsed, ...period };
}

function parseRulesAndClosed(text: string): Pick<Schedule, 'rules' | 'closed'> | null {
	const m = /^(.*?)(?:[（(](.*)[）)])?$/.exec(text)!;
	const rules = m[1]!.split('、').map(parseRule);
	if (!rules.length || rules.some((r) => r === null)) return null;
	if (!m[2]) return { rules: rules as ScheduleRule[] };
	const closed = parseClosed(m[2]);
	return closed ? { rules: rules as ScheduleRule[], closed } : null;
}
