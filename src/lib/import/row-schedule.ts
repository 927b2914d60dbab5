/**
 * A row's schedule, by layout: the MHLW opening columns, our own export's words, the 子ども食堂 layout's
 * 開催頻度・開催曜日・開催日・開催時間・開催日時特記事項 (through combineHours in hours.ts), or a city's hours
 * columns. A schedule is structured only when every column that speaks about it is understood and agrees;
 * otherwise its text is kept verbatim and, for the 子ども食堂 layout, the row becomes a draft with the reason.
 */
import { normalizeJapaneseInput } from '../../schemas/common.ts';
import type { Schedule, ScheduleRule } from '../../schemas/schedule.ts';
import type { Weekday } from '../../schemas/taxonomy.ts';
import { headerKey, type SourceField } from './headers.ts';
import { combineHours, readHours, readTime } from './hours.ts';
import type { Layout } from './layouts.ts';
import type { RowReader } from './row-reader.ts';
import { frequencyWords, oneLine } from './values.ts';

export const SNOTE_PREFIX = '日時の補足: ';

export interface ScheduleStep {
	schedule: Schedule | undefined;
	understood: boolean;
	/** Remarks (備考) that are not about the schedule, for the body. */
	remarks: string;
	/** Our own export's body text. */
	ownBody?: string | undefined;
	/** Why the schedule cannot be published as read (a draft's reason). */
	draftReason?: string | undefined;
}

/** MHLW's opening columns (平日・土曜・日曜・祝日 start/end) as weekly rules. */
function mhlwWeekly(get: (f: SourceField) => string): Pick<Schedule, 'rules' | 'closed'> | undefined {
	const rules: ScheduleRule[] = [];
	const add = (days: Weekday[], s: SourceField, e: SourceField) => {
		const start = readTime(get(s));
		const end = readTime(get(e));
		if (start) rules.push({ repeat: '毎週', weekdays: days, start, ...(end && end > start ? { end } : {}) });
	};
	add(['月', '火', '水', '木', '金'], 'weekday_start', 'weekday_end');
	add(['土'], 'saturday_start', 'saturday_end');
	add(['日'], 'sunday_start', 'sunday_end');
	if (!rules.length) return undefined;
	return { rules, ...(readTime(get('holiday_start')) ? {} : { closed: { holidays: true } }) };
}

/** 「日時の補足: …」 on the first line of 備考 (その他 in the MHLW layout): our export's schedule note. */
function exportNote(r: RowReader, layout: Layout, own: boolean): { note?: string; rest: string; carrier: string } {
	const carrierHeader = layout === 'mhlw' ? 'その他' : '備考';
	const c = r.cols('note').find((x) => headerKey(x.header) === headerKey(carrierHeader));
	const value = c ? (r.cells[c.index] ?? '').trim() : '';
	if (!value.startsWith(SNOTE_PREFIX)) return { rest: value, carrier: value };
	const [first, ...rest] = value.split(/\r?\n/);
	if (!own) r.used.add(c!.index);
	return { note: first!.slice(SNOTE_PREFIX.length).trim(), rest: rest.join('\n').trim(), carrier: value };
}

function mhlwSchedule(r: RowReader, own: boolean, ownFormat: boolean): ScheduleStep {
	const exp = exportNote(r, 'mhlw', own);
	const other = own ? r.takeHeader('note', 'その他') : '';
	const weekly = mhlwWeekly((f) => r.take(f));
	const ruleText = r.takeHeader('note', '備考');
	const closedText = r.take('closed');
	const fromText = ruleText ? readHours(ruleText) : { schedule: undefined, leftover: [] };
	const fromClosed = closedText ? readHours(closedText) : { schedule: undefined, leftover: [] };
	const textRules = fromText.schedule && !fromText.leftover.length && fromText.schedule.rules.length ? fromText.schedule : undefined;
	const closedOk = fromClosed.schedule && !fromClosed.leftover.length && fromClosed.schedule.rules.length === 0;
	const base = textRules ?? weekly;
	const useClosed = closedOk && !((own || ownFormat) && textRules);
	const closed = { ...(base?.closed ?? {}), ...(useClosed ? fromClosed.schedule!.closed : {}) };
	const leftovers = [
		ruleText && !textRules ? ruleText : '',
		closedText && !closedOk && !((own || ownFormat) && textRules) ? closedText : '',
	].filter(Boolean);
	let remarks = own ? '' : exp.note !== undefined ? exp.rest : '';
	if (ruleText && !textRules && base) remarks = [ruleText, remarks].filter(Boolean).join('\n\n'); // a remark, not the rules
	const note = [exp.note ?? '', ...(base ? leftovers.filter((l) => l !== ruleText) : leftovers)].filter(Boolean);
	const ownBody = own ? (exp.note !== undefined ? exp.rest : other.trim()) : undefined;
	if (!base && !note.length) return { schedule: undefined, understood: true, remarks, ownBody };
	const schedule = {
		rules: base?.rules ?? [],
		...(Object.keys(closed).length ? { closed } : {}),
		...(textRules?.from ? { from: textRules.from } : {}),
		...(textRules?.until ? { until: textRules.until } : {}),
		...(note.length ? { note: oneLine(note.join(' ')) } : {}),
	} as Schedule;
	return { schedule, understood: leftovers.length === 0, remarks, ownBody };
}

function ownSchedule(r: RowReader, layout: Layout): ScheduleStep {
	const exp = exportNote(r, layout, true);
	r.takeHeader('note', '備考');
	r.takeHeader('note', 'その他');
	const text = r.take('hours');
	r.take('days');
	r.take('start');
	r.take('end');
	const read = text ? readHours(text) : undefined;
	const ownBody = exp.note !== undefined ? exp.rest : exp.carrier.trim();
	if (read?.schedule && !read.leftover.length && read.schedule.rules.length)
		return { schedule: { ...read.schedule, ...(exp.note ? { note: exp.note } : {}) } as Schedule, understood: true, remarks: '', ownBody };
	if (text || exp.note)
		return {
			schedule: { rules: [], note: oneLine([text, exp.note ?? ''].filter(Boolean).join(' ')) } as Schedule,
			understood: false,
			remarks: '',
			ownBody,
		};
	return { schedule: undefined, understood: true, remarks: '', ownBody };
}

const WEEKLY_FREQUENCY = /毎日|週[1-7１-７]|週に|毎週|週[3-5３-５]〜|ほぼ毎日/;

/** The 子ども食堂 layout: every schedule column through combineHours; a disagreement makes a draft. */
function kodomoSchedule(r: RowReader): ScheduleStep {
	const exp = exportNote(r, 'kodomo', false);
	const frequency = frequencyWords(r.take('frequency', ' '));
	const cells = {
		dates: r.take('dates', ' '),
		days: r.take('days'),
		start: r.take('start'),
		end: r.take('end'),
		text: r.take('hours', ' '),
		closed: r.take('closed', ' '),
	};
	const { dates, days } = cells;
	const result = combineHours({ frequency, ...cells });
	let draftReason = result.draftReason;
	let schedule = result.schedule;
	const weekly = (schedule?.rules ?? []).some((x) => x.repeat === '毎週');
	// Safety net, whatever version of hours.ts reads the columns: a 毎週 rule against a frequency that is not weekly,
	// or rules from 開催曜日 that 開催日 does not say, are never published.
	if (!draftReason && frequency && weekly && !WEEKLY_FREQUENCY.test(normalizeJapaneseInput(frequency)))
		draftReason = `開催頻度は「${frequency}」なのに、毎週の予定として読めてしまうので、決められません`;
	if (!draftReason && dates && days && schedule?.rules.length) {
		const fromDates = readHours(dates);
		const same =
			fromDates.schedule &&
			!fromDates.leftover.length &&
			JSON.stringify(fromDates.schedule.rules.map((x) => x.weekdays ?? x.days)) ===
				JSON.stringify(schedule.rules.map((x) => x.weekdays ?? x.days));
		if (!same && weekly)
			draftReason = `開催日「${oneLine(dates)}」と開催曜日「${oneLine(days)}」から同じ予定が読めないので、決められません`;
	}
	// A frequency that fixes no day (月1回程度, 不定期 …) with no rule read: nobody can tell when it opens.
	if (!draftReason && frequency && !schedule?.rules.length) draftReason = `開催頻度「${frequency}」だけでは、何日に開くのか決まりません`;
	if (draftReason || !schedule?.rules.length) {
		// Every schedule column, as written: nothing the rules do not say is dropped.
		const time = cells.start || cells.end ? `${cells.start}〜${cells.end}` : '';
		const all = [
			frequency && `開催頻度: ${frequency}`,
			days && `開催曜日: ${days}`,
			dates && `開催日: ${dates}`,
			time && `時間: ${time}`,
			cells.text,
			cells.closed && `休み: ${cells.closed}`,
		];
		const note = oneLine(all.filter(Boolean).join(' ／ '));
		schedule = note ? ({ rules: [], note } as Schedule) : undefined;
	}
	if (exp.note) schedule = { ...(schedule ?? { rules: [] }), note: [schedule?.note, exp.note].filter(Boolean).join(' ') } as Schedule;
	return { schedule, understood: result.understood && !draftReason, remarks: exp.note !== undefined ? exp.rest : '', draftReason };
}

function textSchedule(r: RowReader, layout: Layout): ScheduleStep {
	const exp = exportNote(r, layout, false);
	const datesCell = r.peek('dates');
	const untilCell = r.peek('until');
	const dates = [r.take('dates', ' '), r.take('until', ' ')].filter(Boolean).join('〜');
	const hoursText = [dates, r.take('hours', ' ')].filter(Boolean).join(' ');
	const result = combineHours({
		days: r.take('days'),
		start: r.take('start'),
		end: r.take('end'),
		text: hoursText,
		closed: r.take('closed', ' '),
	});
	let schedule = result.schedule;
	if (exp.note) schedule = { ...(schedule ?? { rules: [] }), note: [schedule?.note, exp.note].filter(Boolean).join(' ') } as Schedule;
	if (schedule && layout === 'events') {
		const iso = (s: string) => (/^\d{4}-\d{2}-\d{2}$/.test(s) ? s : undefined);
		const from = iso(normalizeJapaneseInput(datesCell));
		const until = iso(normalizeJapaneseInput(untilCell));
		if (from && !schedule.from) schedule = { ...schedule, from };
		if (until && !schedule.until && (!from || until >= from)) schedule = { ...schedule, until };
	}
	return { schedule, understood: result.understood, remarks: exp.note !== undefined ? exp.rest : '', draftReason: result.draftReason };
}

export function readSchedule(r: RowReader, layout: Layout, own: boolean, ownFormat: boolean): ScheduleStep {
	if (layout === 'mhlw') return mhlwSchedule(r, own, ownFormat);
	if (own) return ownSchedule(r, layout);
	if (layout === 'kodomo') return kodomoSchedule(r);
	return textSchedule(r, layout);
}
