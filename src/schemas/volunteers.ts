/**
 * Volunteer openings (ボランティア募集): who needs help with what, when, and how to apply.
 * One Markdown file each in content/volunteers/<area id>/. Read by volunteer pages and 校区 pages.
 */
import { z } from './zod.ts';
import { areaId, choice, confirmedBy, contact, isoDate, line, list, provider, status, yomi } from './common.ts';
import { ACTIVITY_FIELD_VALUES, VOLUNTEER_INCENTIVES, VOLUNTEER_TASKS } from './taxonomy.ts';

export const volunteerSchema = z
	.strictObject({
		/** Title of the opening: 買い物の付き添いボランティア募集. */
		title: line.describe('募集のタイトル'),
		yomi: yomi.describe('よみがな'),
		summary: line.describe('どんな手伝いか（1〜2文）'),
		/** What the volunteer would do. */
		tasks: list(choice(VOLUNTEER_TASKS)).min(1).describe('活動の内容'),
		fields: list(choice(ACTIVITY_FIELD_VALUES)).min(1).describe('活動分野'),
		/** Area where the help is needed: a 校区, a 圏域 or the city. */
		area: areaId.describe('地域の id'),
		/** Who is asking. */
		provider: provider.describe('募集している団体'),
		/** When: 毎週水曜の午前, ご都合のよい日. */
		when: line.describe('活動する日時'),
		/** How much time: 1回1〜2時間、月2回程度. */
		commitment: line.describe('活動時間の目安'),
		/** Who can help; skills needed (none is a fine answer). */
		requirements: line.optional().describe('必要なこと（資格不要 など）'),
		/** Training offered (養成講座). */
		training: line.optional().describe('研修・養成講座'),
		incentives: list(choice(VOLUNTEER_INCENTIVES)).optional().describe('ボランティアポイントなど'),
		how_to_apply: line.describe('申し込みのしかた'),
		contact: contact.describe('問い合わせ先'),
		/** The day the opening was posted. */
		posted: isoDate.describe('掲載日'),
		/** Last day to apply; empty = open until filled. */
		open_until: isoDate.optional().describe('募集の締め切り'),
		last_confirmed: isoDate.describe('最終確認日'),
		confirmed_by: confirmedBy,
		status: status,
	})
	.superRefine((v, ctx) => {
		if (v.open_until && v.open_until < v.posted) {
			ctx.addIssue({ code: 'custom', path: ['open_until'], message: '締め切り（open_until）が掲載日（posted）より前になっています' });
		}
	});

export type VolunteerData = z.output<typeof volunteerSchema>;
