/**
 * A recurring schedule, in the spirit of Open Referral HSDS's `schedule` (freq, byday with ordinals,
 * bymonthday, opens_at/closes_at, valid_from/valid_to) but written in Japanese terms an author can type:
 *
 *   schedule:
 *     rules:
 *       - repeat: 毎月        # 毎週 / 隔週 / 毎月
 *         weeks: [2, 4]       # 第2・第4 (最終 = the last one of the month)
 *         weekdays: [水]
 *         start: 13:30
 *         end: 15:00
 *     closed:
 *       holidays: true        # 祝日は休み
 *       months: [8]           # 8月は休み
 *     note: 雨の日も開きます
 *
 * Read by salons and resources; rendered by src/lib/schedule/describe.ts, expanded by occurrences.ts.
 */
import { z } from './zod.ts';
import { choice, clockTime, isoDate, line, list } from './common.ts';
import { LIMITS } from '../lib/safety/limits.ts';
import { WEEKDAYS } from './taxonomy.ts';
import { weekdayOf } from '../lib/schedule/calendar.ts';

export const REPEATS = ['毎週', '隔週', '毎月'] as const;

const WEEK_OF_MONTH_ERROR = '第何週かは 1〜5 の数、または 最終 と書いてください';
const weekOfMonth = z.union(
	[
		z.number().int({ error: WEEK_OF_MONTH_ERROR }).min(1, { error: WEEK_OF_MONTH_ERROR }).max(5, { error: WEEK_OF_MONTH_ERROR }),
		z.literal('最終'),
	],
	{ error: WEEK_OF_MONTH_ERROR },
);

export const scheduleRule = z
	.strictObject({
		/** 毎週 (every week), 隔週 (every other week, counted from `from`), 毎月 (monthly). */
		repeat: choice(REPEATS).describe('くり返し: 毎週・隔週・毎月'),
		/** Weekdays in kanji: [月, 木]. Required for 毎週 and 隔週, and for 毎月 with `weeks`. */
		weekdays: list(choice(WEEKDAYS), 7).min(1).optional().describe('曜日。例: [月, 木]（毎週・隔週のとき、毎月で weeks を書くとき）'),
		/** For 毎月: which weeks of the month, [2, 4] = 第2・第4, [最終] = the last. */
		weeks: list(weekOfMonth, 5)
			.min(1)
			.optional()
			.describe('毎月のとき、第何週か。[2, 4] は「第2・第4」、[最終] は「最終週」。weekdays と組にして書きます'),
		/** For 毎月: days of the month, [15] = 毎月15日. */
		days: list(
			z
				.number({ error: '日にちは 1〜31 の数で書いてください' })
				.int()
				.min(1, { error: '日にちは 1〜31 の数で書いてください' })
				.max(31, { error: '日にちは 1〜31 の数で書いてください' }),
			31,
		)
			.min(1)
			.optional()
			.describe('毎月のとき、日にち。[15] は「毎月15日」（weeks・weekdays のかわりに書きます）'),
		/** Opening time, e.g. 10:00. */
		start: clockTime.optional().describe('始まる時刻。例: 10:00'),
		/** Closing time, e.g. 12:00. */
		end: clockTime.optional().describe('終わる時刻。例: 12:00'),
	})
	.superRefine((rule, ctx) => {
		const say = (message: string, path: string) => ctx.addIssue({ code: 'custom', message, path: [path] });
		if (rule.repeat !== '毎月') {
			if (!rule.weekdays) say(`「${rule.repeat}」のときは曜日（weekdays）を書いてください`, 'weekdays');
			if (rule.weeks) say('第何週か（weeks）は「毎月」のときだけ書けます', 'weeks');
			if (rule.days) say('日にち（days）は「毎月」のときだけ書けます', 'days');
		} else {
			if (rule.days && (rule.weeks || rule.weekdays)) {
				say('「毎月」は、日にち（days）か、第何週（weeks）と曜日（weekdays）の、どちらか一方で書いてください', 'days');
			} else if (!rule.days && !(rule.weeks && rule.weekdays)) {
				say('「毎月」のときは、日にち（days: [15]）か、第何週と曜日（weeks: [2, 4] と weekdays: [水]）を書いてください', 'weeks');
			}
		}
		const valid = (t: string | undefined) => !!t && /^([01]\d|2[0-3]):[0-5]\d$/.test(t);
		if (valid(rule.start) && valid(rule.end) && rule.end! <= rule.start!)
			say('終わる時刻（end）は始まる時刻（start）より後にしてください', 'end');
		if (rule.end && !rule.start) say('終わる時刻（end）を書くときは始まる時刻（start）も書いてください', 'start');
	});

export const schedule = z
	.strictObject({
		/** One or more rules; a salon that meets 毎週火曜 and 第1土曜 has two. */
		rules: list(scheduleRule, LIMITS.scheduleRules).describe(
			'開く日のきまり（1つ以上）。毎週火曜と第1土曜に開くなら2つ書きます。きまりで書けないときは空にして note に書きます',
		),
		/** When it does not take place. */
		closed: z
			.strictObject({
				/** true = 祝日は休み (Japanese public holidays, including substitute holidays). */
				holidays: z.boolean().optional().describe('祝日（振替休日も）は休みなら true'),
				/** Months off, e.g. [8] = 8月は休み. */
				months: list(
					z
						.number({ error: '月は 1〜12 の数で書いてください' })
						.int()
						.min(1, { error: '月は 1〜12 の数で書いてください' })
						.max(12, { error: '月は 1〜12 の数で書いてください' }),
					12,
				)
					.optional()
					.describe('休みの月。例: [8] は「8月は休み」'),
				/** Single days off, e.g. [2026-12-29, 2027-01-05]. */
				dates: list(isoDate, LIMITS.closedDates).optional().describe('休みの日。例: [2026-12-29, 2027-01-05]'),
				/** Weekly closing days of a place open on the other days (a 公民館's 月曜休館). */
				weekdays: list(choice(WEEKDAYS), 7).optional().describe('毎週の休みの曜日（休館日）。例: [月]'),
				/** Closing days by week of the month: [{ weeks: [3], weekdays: [日] }] = 第3日曜は休み. */
				nth: list(
					z.strictObject({
						weeks: list(weekOfMonth, 5).min(1).describe('第何週か。[3] は第3、[最終] は最終週'),
						weekdays: list(choice(WEEKDAYS), 7).min(1).describe('曜日。例: [日]'),
					}),
					5,
				)
					.optional()
					.describe('第何週の何曜が休みか。例: [{ weeks: [3], weekdays: [日] }] は「第3日曜は休み」'),
				/** 年末年始 (29 December to 3 January) off. */
				new_year: z.boolean().optional().describe('年末年始（12月29日〜1月3日）は休みなら true'),
				/** お盆 (13 to 16 August) off. */
				obon: z.boolean().optional().describe('お盆（8月13日〜16日）は休みなら true'),
				/** Days off every year, as month-day: [05-01, 12-28]. */
				annual: list(
					z
						.string()
						.regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { error: '毎年の休みの日は 12-28 のように「月-日」で書いてください' }),
					LIMITS.closedDates,
				)
					.optional()
					.describe('毎年の休みの日（月-日）。例: [05-01, 12-28]'),
				/** When a weekly closing day falls on a holiday: open that day and close the next weekday (翌平日) or the next day (翌日). */
				holiday_shift: choice(['翌平日', '翌日'] as const)
					.optional()
					.describe('休館日が祝日にあたるときは開館し、かわりに休む日: 翌平日 か 翌日'),
			})
			.optional()
			.describe('お休み'),
		/** First day this schedule applies (also the start for counting 隔週). */
		from: isoDate.optional().describe('この予定が始まる日（隔週のときは、数え始める開催日）。例: 2026-04-07'),
		/** Last day this schedule applies. */
		until: isoDate.optional().describe('この予定が終わる日'),
		/** Anything the rules cannot say: 雨天中止, 日程は広報でお知らせ. */
		note: line.optional().describe('補足（雨の日は中止 など）'),
	})
	.superRefine((s, ctx) => {
		if (s.rules.length === 0 && !s.note) {
			ctx.addIssue({
				code: 'custom',
				path: ['rules'],
				message: 'rules に少なくとも1つ書いてください（きまりで書けないときは、rules: [] にして note に日時を書いてください）',
			});
		}
		if (s.closed?.holiday_shift && !s.closed.weekdays?.length) {
			ctx.addIssue({
				code: 'custom',
				path: ['closed', 'holiday_shift'],
				message: 'holiday_shift は、毎週の休みの曜日（closed.weekdays）といっしょに書いてください',
			});
		}
		s.rules.forEach((r, i) => {
			if (r.repeat !== '隔週') return;
			if (!s.from) {
				ctx.addIssue({
					code: 'custom',
					path: ['from'],
					message: '「隔週」のときは、数え始める日（from: 2026-04-07 のように、開催日の1日）を書いてください',
				});
			} else if (/^\d{4}-\d{2}-\d{2}$/.test(s.from) && r.weekdays && !r.weekdays.includes(weekdayOf(s.from))) {
				ctx.addIssue({
					code: 'custom',
					path: ['from'],
					message: `「隔週」は from の日から数えます。from（${s.from}）は${weekdayOf(s.from)}曜日で、rules の ${i + 1} つめの曜日（${r.weekdays.join('・')}）と合いません。開催した日を書いてください`,
				});
			}
		});
		if (s.from && s.from < LIMITS.scheduleFloor) {
			ctx.addIssue({
				code: 'custom',
				path: ['from'],
				message: `始まる日（from）は ${LIMITS.scheduleFloor} 以降にしてください（昔から続いているなら、最近の開催日を書けば十分です）`,
			});
		}
		if (s.from && s.until && s.until < s.from) {
			ctx.addIssue({ code: 'custom', path: ['until'], message: '終わる日（until）は始まる日（from）より後にしてください' });
		}
	});

export type ScheduleRule = z.output<typeof scheduleRule>;
export type Schedule = z.output<typeof schedule>;
