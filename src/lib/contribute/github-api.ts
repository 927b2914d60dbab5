/**
 * The few GitHub REST calls the issue-to-pull-request workflow makes, with the global fetch: a branch from the
 * commit the workflow checked, the file on it (created, or updated when it is already there), the pull request,
 * and comments on the issue. No git, no shell, no third-party action: the token never leaves this module except
 * in the Authorization header, and no message ever carries it.
 * The base address is GITHUB_API_URL (GitHub Enterprise, or the tests' stub server), else https://api.github.com.
 */
import { oneLine } from '../safety/annotations.ts';

export interface GitHubOptions {
	/** The workflow's GITHUB_TOKEN. */
	token: string;
	/** owner/name (GITHUB_REPOSITORY). */
	repository: string;
	/** GITHUB_API_URL; https://api.github.com when not set. */
	apiUrl?: string | undefined;
}

export class GitHubError extends Error {
	readonly status: number | undefined;
	constructor(message: string, status?: number) {
		super(message);
		this.status = status;
	}
}

export interface GitHub {
	/** One call; the JSON it answers, or a GitHubError with the status. 404 gives undefined when `missingOk`. */
	request<T>(method: string, path: string, body?: unknown, missingOk?: boolean): Promise<T | undefined>;
	/** The repository's path prefix: /repos/owner/name */
	readonly repo: string;
}

const REPOSITORY = /^[A-Za-z0-9_.-]{1,100}\/[A-Za-z0-9_.-]{1,100}$/;

/** What a failed call means, and what to do, beyond the status. */
function hint(method: string, path: string, status: number): string {
	if (status === 401) return '。トークンが使えません（ワークフローの GITHUB_TOKEN を確かめてください）';
	if (status === 403 && method === 'POST' && path.endsWith('/pulls')) {
		return '。リポジトリの Settings → Actions → General → Workflow permissions で「Allow GitHub Actions to create and approve pull requests」にチェックを入れてください（docs/contribute-by-issue.md）';
	}
	if (status === 403 || status === 404)
		return '。ワークフローの permissions（contents: write、pull-requests: write、issues: write）を確かめてください';
	return '';
}

/** A client for one repository. */
export function gitHub({ token, repository, apiUrl }: GitHubOptions): GitHub {
	if (!REPOSITORY.test(repository))
		throw new GitHubError(`リポジトリの名前「${oneLine(repository).slice(0, 200)}」が読めません（owner/name の形のはずです）`);
	if (!token)
		throw new GitHubError('GITHUB_TOKEN がありません。ワークフローの env に GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }} を書いてください');
	const base = (apiUrl || 'https://api.github.com').replace(/\/+$/, '');
	/** Never print the token, even if a server echoes it back. */
	const scrub = (s: string) => oneLine(s.split(token).join('***')).slice(0, 300);
	return {
		repo: `/repos/${repository}`,
		async request<T>(method: string, path: string, body?: unknown, missingOk = false): Promise<T | undefined> {
			let response: Response;
			try {
				response = await fetch(`${base}${path}`, {
					method,
					headers: {
						accept: 'application/vnd.github+json',
						authorization: `Bearer ${token}`,
						'x-github-api-version': '2022-11-28',
						'user-agent': 'sasaeai-issue-to-pr',
						...(body === undefined ? {} : { 'content-type': 'application/json' }),
					},
					...(body === undefined ? {} : { body: JSON.stringify(body) }),
				});
			} catch (error) {
				throw new GitHubError(
					`GitHub に接続できませんでした（${method} ${path}）: ${scrub(String((error as Error).cause ?? (error as Error).message))}`,
				);
			}
			const text = await response.text();
			if (response.status === 404 && missingOk) return undefined;
			if (!response.ok) {
				let said = '';
				try {
					said = String((JSON.parse(text) as { message?: unknown }).message ?? '');
				} catch {
					said = '';
				}
				throw new GitHubError(
					`GitHub への依頼が失敗しました（${method} ${path}、HTTP ${response.status}${said ? `: ${scrub(said)}` : ''}）${hint(method, path, response.status)}`,
					response.status,
				);
			}
			try {
				return (text ? JSON.parse(text) : {}) as T;
			} catch {
				throw new GitHubError(`GitHub の返事が読めません（${method} ${path}、HTTP ${response.status}）`, response.status);
			}
		},
	};
}

/** A branch or file path as URL path segments, each encoded (slashes between them kept). */
const segments = (path: string) => path.split('/').map(encodeURIComponent).join('/');

/** The commit a branch points at. */
export async function branchHead(api: GitHub, branch: string): Promise<string> {
	const ref = await api.request<{ object?: { sha?: string } }>('GET', `${api.repo}/git/ref/heads/${segments(branch)}`);
	const sha = ref?.object?.sha;
	if (typeof sha !== 'string') throw new GitHubError(`ブランチ ${branch} の先頭が読めません`);
	return sha;
}

/** The most branches tried for one issue (send/issue-12, send/issue-12-2 … -20). */
const MAX_BRANCH_TRIES = 20;

/** A new branch at `sha`, named send/issue-<n>, or send/issue-<n>-2, -3 … when that name is taken. */
export async function createBranch(api: GitHub, issue: number, sha: string): Promise<string> {
	for (let i = 1; i <= MAX_BRANCH_TRIES; i++) {
		const name = `send/issue-${issue}${i === 1 ? '' : `-${i}`}`;
		try {
			await api.request('POST', `${api.repo}/git/refs`, { ref: `refs/heads/${name}`, sha });
			return name;
		} catch (error) {
			// 422: "Reference already exists" (an earlier run for this issue); try the next name.
			if (!(error instanceof GitHubError) || error.status !== 422) throw error;
		}
	}
	throw new GitHubError(
		`ブランチ send/issue-${issue} から -${MAX_BRANCH_TRIES} まで、すべてもうあります。使い終わったブランチを消してください`,
	);
}

/** The blob sha of the file at `path` on `ref`, or undefined when there is no file there yet. */
export async function fileSha(api: GitHub, path: string, ref: string): Promise<string | undefined> {
	const file = await api.request<{ type?: string; sha?: string } | unknown[]>(
		'GET',
		`${api.repo}/contents/${segments(path)}?ref=${encodeURIComponent(ref)}`,
		undefined,
		true,
	);
	if (file === undefined) return undefined;
	if (Array.isArray(file) || file.type !== 'file' || typeof file.sha !== 'string')
		throw new GitHubError(`${path} はファイルではありません（フォルダなど）`);
	return file.sha;
}

/** Commits `text` to `path` on `branch`: creates the file, or updates it when `sha` (its current blob) is given. */
export async function putFile(
	api: GitHub,
	{ path, branch, text, message, sha }: { path: string; branch: string; text: string; message: string; sha?: string | undefined },
): Promise<void> {
	await api.request('PUT', `${api.repo}/contents/${segments(path)}`, {
		message,
		content: Buffer.from(text, 'utf8').toString('base64'),
		branch,
		...(sha ? { sha } : {}),
	});
}

export interface PullRequest {
	number: number;
	html_url: string;
}

export async function openPullRequest(
	api: GitHub,
	{ title, body, head, base }: { title: string; body: string; head: string; base: string },
): Promise<PullRequest> {
	const pr = await api.request<Partial<PullRequest>>('POST', `${api.repo}/pulls`, { title, body, head, base });
	if (typeof pr?.number !== 'number' || typeof pr.html_url !== 'string')
		throw new GitHubError('プルリクエストを作りましたが、その番号が読めません');
	return { number: pr.number, html_url: pr.html_url };
}

export async function commentOnIssue(api: GitHub, issue: number, body: string): Promise<void> {
	await api.request('POST', `${api.repo}/issues/${issue}/comments`, { body });
}

export interface Issue {
	number: number;
	html_url: string;
}

/** Opens an issue with these labels (the relay's way in: relay/). */
export async function openIssue(api: GitHub, { title, body, labels }: { title: string; body: string; labels: string[] }): Promise<Issue> {
	const issue = await api.request<Partial<Issue>>('POST', `${api.repo}/issues`, { title, body, labels });
	if (typeof issue?.number !== 'number' || typeof issue.html_url !== 'string')
		throw new GitHubError('Issue を作りましたが、その番号が読めません');
	return { number: issue.number, html_url: issue.html_url };
}

export interface Publication {
	/** The file's path in the repository: content/salons/aoba/x.md (or src/sample-city/… for the sample). */
	path: string;
	text: string;
	issue: number;
	/** The branch the pull request goes into (the default branch). */
	base: string;
	/** The commit the workflow checked the file against; the branch starts there. Else the head of `base`. */
	baseSha?: string | undefined;
	/** The commit message, the pull request's title and body, given the branch and whether the file is new. */
	texts: (created: boolean) => { message: string; title: string; body: string };
	/** The comment on the issue, given the pull request. */
	comment: (pr: PullRequest) => string;
}

/** The whole publication: branch, file, pull request, comment. Returns the pull request and the branch. */
export async function publish(api: GitHub, p: Publication): Promise<{ pr: PullRequest; branch: string; created: boolean }> {
	const sha = p.baseSha ?? (await branchHead(api, p.base));
	const branch = await createBranch(api, p.issue, sha);
	const existing = await fileSha(api, p.path, branch);
	const texts = p.texts(existing === undefined);
	await putFile(api, { path: p.path, branch, text: p.text, message: texts.message, sha: existing });
	const pr = await openPullRequest(api, { title: texts.title, body: texts.body, head: branch, base: p.base });
	await commentOnIssue(api, p.issue, p.comment(pr));
	return { pr, branch, created: existing === undefined };
}
