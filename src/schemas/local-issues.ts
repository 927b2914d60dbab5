/**
 * Local issues (地域課題): a need raised at a meeting, from a survey or from one person's case (第3層), followed
 * across meetings and layers until it is solved or proposed to the city. One Markdown file each in
 * content/local-issues/<area id>/; the body explains the issue. Meetings that discussed it are the reports
 * whose `issues:` name it. Read by the issue pages, the issue lists and the dashboard.
 */
import { z } from './zod.ts';
import { areaId, choice, isoDate, line, list } from './common.ts';

export const ISSUE_ORIGINS = ['個別支援から', '調査から', '会議から'] as const;
/**
 * 提起 → 検討中 → 取組中 → 解決, or handed up: 第1層へ (to the municipality-wide 協議体), 市へ提案 / 町へ提案 / 村へ提案 /
 * 区へ提案 (a proposal to the municipality: the town writes its own word).
 */
export const PROPOSAL_STATUSES = ['市へ提案', '町へ提案', '村へ提案', '区へ提案'] as const;
export const ISSUE_STATUSES = ['提起', '検討中', '取組中', '解決', '第1層へ', ...PROPOSAL_STATUSES] as const;
export type IssueStatus = (typeof ISSUE_STATUSES)[number];
export const isProposal = (status: IssueStatus) => (PROPOSAL_STATUSES as readonly string[]).includes(status);

/** An entry id with its collection: resources/sakuragaoka/sakuragaoka-kaimono-tsukisoi. */
const entryRef = z.string().regex(/^(salons|resources|volunteers)\/[a-z0-9/-]+$/, {
	error: 'salons/…、resources/…、volunteers/… のように、フォルダ名から書いてください（例: resources/aoba/aoba-danchi-gomidashi）',
});

export const localIssueSchema = z
	.strictObject({
		/** What the issue is, in a line: 団地のゴミ出しが難しい一人暮らしの方がいる. */
		title: line.describe('課題'),
		/** Where it was raised: a 校区 (第2層) or the city (第1層). */
		area: areaId.describe('地域の id'),
		/** How it came up: from one person's case (第3層), a survey, or a meeting. */
		origin: choice(ISSUE_ORIGINS).describe('きっかけ'),
		/** The day it was first raised. */
		raised: isoDate.describe('提起された日'),
		/** Where it stands now. */
		status: choice(ISSUE_STATUSES).describe('いまの状況'),
		/** One or two sentences for lists. */
		summary: line.describe('要約（1〜2文）'),
		/** How the status changed, oldest first; the last one is the current status. */
		history: z
			.array(
				z.strictObject({
					date: isoDate.describe('日付'),
					status: choice(ISSUE_STATUSES).describe('その日の状況'),
					note: line.describe('何があったか'),
				}),
			)
			.min(1, { error: 'history に少なくとも1つ（提起した日）を書いてください' })
			.describe('経過'),
		/** Resources, salons or volunteer openings that came out of it. */
		outcomes: list(entryRef).optional().describe('生まれた活動・資源'),
	})
	.superRefine((issue, ctx) => {
		const last = issue.history.at(-1);
		if (last && last.status !== issue.status) {
			ctx.addIssue({
				code: 'custom',
				path: ['status'],
				message: `status（${issue.status}）と、history の最後（${last.status}）が合いません`,
			});
		}
		const dates = issue.history.map((h) => h.date);
		if (dates.some((d, i) => i > 0 && d < dates[i - 1]!)) {
			ctx.addIssue({ code: 'custom', path: ['history'], message: 'history は古い順に書いてください' });
		}
	});

export type LocalIssueData = z.output<typeof localIssueSchema>;
