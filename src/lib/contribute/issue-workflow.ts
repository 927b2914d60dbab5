/**
 * The steps of .github/workflows/issue-to-pr.yml that are more than a call: reading the `issues` event, making
 * the file (prepare), the texts of the commit, the pull request and the comments. scripts/issue-to-pr.ts only
 * reads the environment and files and calls these.
 *
 * The issue's text is data from start to finish: it arrives in the event JSON (never through `${{ }}` in a shell
 * step), is parsed by src/lib/contribute/issue-body.ts, checked and rewritten by issue-to-file.ts, and whatever of
 * it must be shown again (a problem naming an unknown key, a warning quoting a line) is shown one line per item
 * inside a code block, where GitHub renders no links, mentions or HTML.
 */
import { lstatSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadContent } from '../content-files.ts';
import { oneLine } from '../safety/annotations.ts';
import { inertGitHubText } from '../safety/github-words.ts';
import { parseEntryPath } from './entry-path.ts';
import type { PullRequest } from './github-api.ts';
import { parseIssueBody } from './issue-body.ts';
import { issueToFile } from './issue-to-file.ts';

/** The labels the workflow reads: the form adds the first; a coordinator adds the second to ask for the pull request. */
export const LABELS = { form: 'フォームから', make: 'ファイルにする' } as const;

/** Where prepare leaves its plan for the later steps, under RUNNER_TEMP. */
export const PLAN_FILE = 'issue-to-pr.json';

export interface IssueEvent {
	number: number;
	body: string;
	labels: string[];
	/** The label just added. */
	label: string | undefined;
	defaultBranch: string;
}

/** A branch name as GitHub reports the default branch, limited to what can go in a URL path and a ref. */
const BRANCH = /^(?!.*\.\.)(?!\/)[A-Za-z0-9._/-]{1,200}(?<!\/)$/;

/** The parts of an `issues` event the workflow uses, checked; or why the event cannot be used. */
export function readIssueEvent(json: unknown): IssueEvent | { problem: string } {
	const event = (json ?? {}) as { issue?: Record<string, unknown>; label?: { name?: unknown }; repository?: { default_branch?: unknown } };
	const issue = event.issue;
	if (!issue || typeof issue !== 'object') return { problem: 'issues イベントではありません（issue がありません）' };
	if (issue['pull_request']) return { problem: 'プルリクエストには使えません' };
	const number = issue['number'];
	if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < 1) return { problem: 'Issue の番号が読めません' };
	const body = issue['body'] ?? '';
	if (typeof body !== 'string') return { problem: 'Issue の本文が読めません' };
	const labels = Array.isArray(issue['labels'])
		? issue['labels'].map((l) => (typeof l === 'string' ? l : String((l as { name?: unknown })?.name ?? '')))
		: [];
	const defaultBranch = event.repository?.default_branch;
	if (typeof defaultBranch !== 'string' || !BRANCH.test(defaultBranch)) return { problem: 'リポジトリの既定のブランチが読めません' };
	const label = typeof event.label?.name === 'string' ? event.label.name : undefined;
	return { number, body, labels, label, defaultBranch };
}

export interface Plan {
	issue: number;
	/** The branch the pull request goes into. */
	base: string;
	/** Whether the file was made and written. */
	ok: boolean;
	/** Why not, in Japanese (may quote the issue's text: show with `codeBlock`). */
	problems: string[];
	/** What the coordinator should look at (npm run check's warnings on the file). */
	warnings: string[];
	/** Relative to the content folder: salons/aoba/x.md */
	path?: string;
	/** In the repository: content/salons/aoba/x.md */
	repoPath?: string;
	/** What the entry is called. */
	title?: string;
	/** A new file, or a fix to one already there. */
	created?: boolean;
	/** Set by publish. */
	pr?: PullRequest;
	/** Set by publish when it failed. */
	publishError?: string;
}

export interface PrepareOptions {
	/** The content folder (contentDir()). */
	root: string;
	/** A file's path in the repository (content-dir.ts repositoryPath). */
	repositoryPath: (file: string) => string;
	/** Today, for npm run check's warnings on dates. */
	today?: string | undefined;
}

/** Whether every part of `rel` under `root` that exists is a plain folder or file (no symbolic link to follow). */
function plainPath(root: string, rel: string): boolean {
	let at = root;
	for (const part of rel.split('/')) {
		at = join(at, part);
		const stat = lstatSync(at, { throwIfNoEntry: false });
		if (!stat) return true;
		if (stat.isSymbolicLink() || !(stat.isDirectory() || stat.isFile())) return false;
	}
	return true;
}

/**
 * Makes the file an issue asks for and writes it into the content folder. Refuses (ok: false, nothing written)
 * on any problem: the form's shape, the path, the file's own checks, and then what `npm run check`'s reader says
 * about the written file in its town (an unknown area id, a photo that is not there); its warnings are kept.
 */
export function prepare(event: IssueEvent, { root, repositoryPath, today }: PrepareOptions): Plan {
	const plan: Plan = { issue: event.number, base: event.defaultBranch, ok: false, problems: [], warnings: [] };
	const fail = (problems: string[]) => ({ ...plan, problems });
	if (event.label !== LABELS.make || !event.labels.includes(LABELS.form)) {
		return fail([`ラベル「${LABELS.form}」のついた Issue に、ラベル「${LABELS.make}」をつけたときだけ動きます`]);
	}
	const body = parseIssueBody(event.body);
	if (!body.ok) return fail(body.problems);
	const entry = parseEntryPath(body.issue.path);
	if (entry && !plainPath(root, entry.path))
		return fail([`${entry.path} の途中にシンボリックリンクなどがあります。コーディネーターが確かめてください`]);
	const file = entry ? join(root, entry.path) : undefined;
	const stat = file ? lstatSync(file, { throwIfNoEntry: false }) : undefined;
	if (entry && stat && !stat.isFile()) return fail([`${entry.path} はファイルではありません（フォルダなど）`]);
	const existing = file && stat ? readFileSync(file, 'utf8') : undefined;
	const made = issueToFile(body.issue, { existing });
	if (!made.text || !made.entry || !file) return fail(made.problems);

	const repoPath = repositoryPath(file);
	if (repoPath.startsWith('..') || repoPath.startsWith('/') || !repoPath.endsWith(`/${made.entry.path}`))
		return fail(['内容のフォルダがリポジトリの外にあります']);
	/** The first folder made for the file (a new area's folder), to take away again on a refusal. */
	const madeFolder = mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, made.text);
	// The check's own reader on the town with the file in it: references between files, photos, private data
	// against the town's own organisation phones. Errors on this file refuse it; its warnings go to the coordinator.
	const mine = loadContent(root, { displayRoot: root, ...(today ? { today } : {}) }).problems.filter((p) => p.file === made.entry!.path);
	const errors = mine.filter((p) => p.severity === 'error');
	if (errors.length) {
		if (existing !== undefined) writeFileSync(file, existing);
		else rmSync(madeFolder ?? file, { recursive: true });
		return fail(errors.map(describe));
	}
	return {
		...plan,
		ok: true,
		path: made.entry.path,
		repoPath,
		title: made.title ?? made.entry.name,
		created: existing === undefined,
		warnings: mine.map(describe),
	};
}

/** A check problem as one sentence naming the field and the line. */
const describe = (p: { field: string; line?: number | undefined; message: string }) =>
	`「${p.field || 'ファイル'}」${p.line ? `（${p.line}行目）` : ''}: ${p.message}`;

/**
 * Lines in a Markdown code block GitHub shows as text: each line made one line (no control or bidirectional
 * characters), and a fence longer than any run of backticks inside, so nothing can close it early.
 */
export function codeBlock(lines: readonly string[]): string {
	const text = lines.map(oneLine).join('\n');
	const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
	const fence = '`'.repeat(Math.max(3, longest + 1));
	return `${fence}text\n${text}\n${fence}`;
}

/** The entry's name as a title: one line, not too long. */
const short = (title: string) => {
	const line = oneLine(title).trim();
	return line.length > 60 ? `${line.slice(0, 60)}…` : line;
};

/**
 * The commit message, and the pull request's title and body. The entry's name is made inert first
 * (src/lib/safety/github-words.ts): 「Fixes #1」 in a name must not close issue #1 when the pull request is merged.
 */
export function pullRequestTexts(plan: Plan, created: boolean): { message: string; title: string; body: string } {
	const what = created ? '追加' : '更新';
	const name = short(inertGitHubText(plan.title ?? plan.path ?? ''));
	const checks = [
		'- [ ] 内容が正しいこと（運営している団体・窓口に確かめましたか）',
		'- [ ] 個人の名前・自宅の住所・個人の電話番号が入っていないこと',
		'- [ ] 確認（CI）が通ること。このプルリクエストは GitHub Actions（GITHUB_TOKEN）が作ったので、確認は自動では動きません。下に「Approve workflows to run」があれば押してください。何も始まらないときは「Close pull request」を押してから「Reopen pull request」を押します',
	];
	const body = [
		`#${plan.issue} でフォームから送られたファイルを、GitHub Actions がプルリクエストにしました。`,
		'',
		`- ファイル: \`${plan.repoPath}\`（${created ? '新しいファイル' : '今あるファイルの更新'}）`,
		`- もとの Issue: #${plan.issue}（送った人のひとことも、そこにあります）`,
		'',
		'### マージする前に',
		'',
		...checks,
		...(plan.warnings.length ? ['', '### npm run check の注意', '', codeBlock(plan.warnings.map(inertGitHubText))] : []),
		'',
		`マージしたら #${plan.issue} を閉じてください。くわしくは docs/contribute-by-issue.md にあります。`,
	].join('\n');
	return {
		message: `${name} を${what}（#${plan.issue} のフォームから）`,
		title: `${name} を${what}（#${plan.issue} のフォームから）`,
		body,
	};
}

/** The comment on the issue once the pull request is open. */
export function doneComment(pr: PullRequest): string {
	return [`プルリクエスト #${pr.number} を作りました。コーディネーターが内容を確かめてから、サイトにのります。`, '', pr.html_url].join(
		'\n',
	);
}

export interface StepOutcomes {
	prepare?: string | undefined;
	check?: string | undefined;
	publish?: string | undefined;
}

/** The comment on the issue when a step failed: what went wrong, and what to do next. */
export function failureComment(plan: Plan | undefined, outcomes: StepOutcomes, runUrl: string | undefined): string {
	const head = 'このファイルを、プルリクエストにできませんでした。';
	const retry = `直すときは、この Issue の本文を直してから、コーディネーターがラベル「${LABELS.make}」をいったん外して、もう一度つけてください（サイトのフォームで作り直して、新しい Issue を送ってもかまいません）。`;
	const log = runUrl ? `くわしくは GitHub Actions の記録を見てください: ${runUrl}` : '';
	let reason: string[];
	if (!plan) reason = ['Issue を読む前に止まりました。コーディネーターが GitHub Actions の記録を確かめてください。'];
	else if (!plan.ok)
		reason = [
			'送られたファイルに、直すところがあります:',
			'',
			codeBlock(plan.problems.length ? plan.problems : ['（理由がわかりません）']),
		];
	else if (outcomes.check === 'failure')
		reason = [
			'ファイルを書いたあとの確認（npm run check）でエラーが見つかりました。GitHub Actions の記録の「内容の確認（npm run check）」を見てください（このファイル以外のエラーのこともあります）。',
		];
	else if (plan.publishError || outcomes.publish === 'failure')
		reason = ['GitHub にプルリクエストを作るところで止まりました:', '', codeBlock([plan.publishError ?? '（理由がわかりません）'])];
	else reason = ['途中で止まりました。コーディネーターが GitHub Actions の記録を確かめてください。'];
	return [head, '', ...reason, '', retry, ...(log ? ['', log] : [])].join('\n');
}
