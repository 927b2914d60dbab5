/**
 * 協議体 meeting reports (会議録). One Markdown or MDX file each in content/reports/<area id>/; the body is the
 * summary. Participants are recorded by organisation and role with a count, never by a private person's name.
 * Read by report pages, 校区 pages (latest reports) and the 協議体 timelines.
 */
import { z } from './zod.ts';
import { areaId, choice, isoDate, line, list, wholeNumber } from './common.ts';
import { ACTION_STATUSES } from './taxonomy.ts';

export const participant = z.strictObject({
	/** Organisation or group: 自治会, 民生委員児童委員協議会, 地域包括支援センター. */
	organisation: line.describe('団体・機関'),
	/** Role within it: 会長, 委員, 職員, 生活支援コーディネーター. */
	role: line.optional().describe('役割'),
	/** How many came. */
	count: wholeNumber(1, '人数は 1 以上の数で書いてください').describe('人数'),
});

export const action = z.strictObject({
	/** What will be done. */
	what: line.describe('すること'),
	/** Who does it, by role or organisation (never a private person's name). */
	owner: line.describe('担当（役割・団体）'),
	due: isoDate.optional().describe('期限'),
	status: choice(ACTION_STATUSES).describe('進み具合'),
});

export const reportSchema = z.strictObject({
	/** Title, e.g. 第12回 青葉校区 元気づくり・地域づくり会議. */
	title: line.describe('会議の名前'),
	/** The 協議体's area: a 校区 (第2層) or the city (第1層). The layer follows from the area. */
	area: areaId.describe('協議体の地域の id'),
	/** Date of the meeting. */
	date: isoDate.describe('開催日'),
	/** Venue name. */
	venue: line.optional().describe('会場'),
	participants: list(participant).min(1).describe('参加者（団体と役割と人数）'),
	agenda: list(line).min(1).describe('議題'),
	decisions: list(line).optional().describe('決まったこと'),
	/** Ids of local issues (地域課題) raised or followed up at this meeting. */
	issues: list(z.string().regex(/^[a-z0-9-]+$/))
		.optional()
		.describe('取り上げた地域課題の id'),
	actions: list(action).optional().describe('これからすること'),
	next_meeting: z
		.strictObject({
			date: isoDate.describe('次回の日付'),
			venue: line.optional().describe('次回の会場'),
			note: line.optional().describe('次回についての補足'),
		})
		.optional()
		.describe('次回'),
});

export type ReportData = z.output<typeof reportSchema>;
