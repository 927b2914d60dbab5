/**
 * The steps of .github/workflows/issue-to-pr.yml (docs/contribute-by-issue.md):
 *   node scripts/issue-to-pr.ts prepare         reads the issue from $GITHUB_EVENT_PATH, writes the file into the
 *                                               content folder and the plan to $RUNNER_TEMP/issue-to-pr.json
 *   node scripts/issue-to-pr.ts publish         branch, file, pull request and a comment on the issue (GITHUB_TOKEN)
 *   node scripts/issue-to-pr.ts report-failure  a comment on the issue saying what went wrong
 * The logic is in src/lib/contribute/; this file only reads the environment and files. Everything printed that may
 * hold the issue's text goes through printUncommanded (one line each, workflow commands stopped).
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentDir, repositoryPath } from '../src/lib/content-dir.ts';
import { commentOnIssue, gitHub, GitHubError, publish } from '../src/lib/contribute/github-api.ts';
import {
	doneComment,
	failureComment,
	PLAN_FILE,
	prepare,
	pullRequestTexts,
	readIssueEvent,
	type Plan,
} from '../src/lib/contribute/issue-workflow.ts';
import { parseEntryPath } from '../src/lib/contribute/entry-path.ts';
import { printUncommanded } from '../src/lib/safety/annotations.ts';
import { tokyoDate } from '../src/lib/schedule/calendar.ts';

const env = process.env;
const inActions = env['GITHUB_ACTIONS'] === 'true';
const print = (lines: string[]) => printUncommanded(lines, inActions);
const planPath = join(env['RUNNER_TEMP'] || tmpdir(), PLAN_FILE);
/** An event file larger than this did not come from GitHub (an issue body is at most 65,536 characters). */
const MAX_EVENT_BYTES = 2 * 1024 * 1024;

function readEvent() {
	const path = env['GITHUB_EVENT_PATH'];
	if (!path || !existsSync(path)) return { problem: 'GITHUB_EVENT_PATH のファイルがありません' };
	if (statSync(path).size > MAX_EVENT_BYTES) return { problem: 'イベントのファイルが大きすぎます' };
	try {
		return readIssueEvent(JSON.parse(readFileSync(path, 'utf8')));
	} catch {
		return { problem: 'イベントのファイルが JSON として読めません' };
	}
}

const readPlan = (): Plan | undefined => (existsSync(planPath) ? (JSON.parse(readFileSync(planPath, 'utf8')) as Plan) : undefined);
const writePlan = (plan: Plan) => writeFileSync(planPath, `${JSON.stringify(plan, null, '\t')}\n`);

function api() {
	return gitHub({ token: env['GITHUB_TOKEN'] ?? '', repository: env['GITHUB_REPOSITORY'] ?? '', apiUrl: env['GITHUB_API_URL'] });
}

async function runPrepare(): Promise<number> {
	const event = readEvent();
	if ('problem' in event) {
		print([`Issue を読めませんでした: ${event.problem}`]);
		return 1;
	}
	const plan = prepare(event, {
		root: contentDir(),
		repositoryPath: (f) => repositoryPath(f),
		today: env['SASAEAI_TODAY'] ?? tokyoDate(new Date()),
	});
	writePlan(plan);
	if (!plan.ok) {
		print([`Issue #${plan.issue} のファイルを作れませんでした:`, ...plan.problems.map((p) => `- ${p}`)]);
		return 1;
	}
	print([
		`${plan.repoPath} を書きました（${plan.created ? '新しいファイル' : '今あるファイルの更新'}）。`,
		...plan.warnings.map((w) => `注意: ${w}`),
	]);
	return 0;
}

async function runPublish(): Promise<number> {
	const plan = readPlan();
	if (!plan?.ok || !plan.path || !plan.repoPath) {
		print(['prepare の結果がありません。先に node scripts/issue-to-pr.ts prepare を実行してください。']);
		return 1;
	}
	// The plan is our own file, but the path still has to be one a form may send, in the content folder.
	const entry = parseEntryPath(plan.path);
	if (!entry || repositoryPath(join(contentDir(), entry.path)) !== plan.repoPath) {
		print(['prepare の結果のファイルの場所が正しくありません。']);
		return 1;
	}
	const text = readFileSync(join(contentDir(), entry.path), 'utf8');
	const sha = env['GITHUB_SHA'];
	try {
		const { pr, branch } = await publish(api(), {
			path: plan.repoPath,
			text,
			issue: plan.issue,
			base: plan.base,
			baseSha: sha && /^[0-9a-f]{40}$/.test(sha) ? sha : undefined,
			texts: (created) => pullRequestTexts(plan, created),
			comment: doneComment,
		});
		writePlan({ ...plan, pr });
		print([`プルリクエスト #${pr.number} を作りました（ブランチ ${branch}）: ${pr.html_url}`]);
		return 0;
	} catch (error) {
		if (!(error instanceof GitHubError)) throw error;
		writePlan({ ...plan, publishError: error.message });
		print([error.message]);
		return 1;
	}
}

async function runReportFailure(): Promise<number> {
	const plan = readPlan();
	const issue =
		plan?.issue ??
		(() => {
			const event = readEvent();
			return 'problem' in event ? undefined : event.number;
		})();
	if (issue === undefined) {
		print(['Issue の番号がわからないため、コメントできません。']);
		return 1;
	}
	const server = env['GITHUB_SERVER_URL'] ?? '';
	const run = env['GITHUB_RUN_ID'] ?? '';
	const runUrl =
		/^https?:\/\/[^\s/]+$/.test(server) && /^\d+$/.test(run) && /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(env['GITHUB_REPOSITORY'] ?? '')
			? `${server}/${env['GITHUB_REPOSITORY']}/actions/runs/${run}`
			: undefined;
	const body = failureComment(
		plan,
		{ prepare: env['PREPARE_OUTCOME'], check: env['CHECK_OUTCOME'], publish: env['PUBLISH_OUTCOME'] },
		runUrl,
	);
	try {
		await commentOnIssue(api(), issue, body);
		print([`Issue #${issue} に、うまくいかなかった理由を書きました。`]);
		return 0;
	} catch (error) {
		if (!(error instanceof GitHubError)) throw error;
		print([error.message]);
		return 1;
	}
}

const commands: Record<string, () => Promise<number>> = { prepare: runPrepare, publish: runPublish, 'report-failure': runReportFailure };
const command = commands[process.argv[2] ?? ''];
if (!command) {
	console.log('使い方: node scripts/issue-to-pr.ts prepare | publish | report-failure');
	process.exit(2);
}
process.exit(await command());
