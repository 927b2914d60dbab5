/**
 * What the repository held before the change under review, asked of git. In a pull request on GitHub Actions
 * (GITHUB_BASE_REF set) that is the branch the pull request goes into (origin/<base>); elsewhere, the last commit
 * (HEAD). Without git, outside a repository, or when the branch is not fetched, every answer is undefined and the
 * callers fall back to what they can decide alone. git runs without a shell, with fixed arguments.
 */
import { execFileSync } from 'node:child_process';
import { relative, resolve, sep } from 'node:path';

/** A branch name GitHub can report, and nothing that git could read as an option. */
const BRANCH = /^(?!.*\.\.)(?![-/])[A-Za-z0-9._/-]{1,200}(?<!\/)$/;

function git(cwd: string, args: string[]): string | undefined {
	try {
		return execFileSync('git', args, {
			cwd,
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore'],
			timeout: 20_000,
			maxBuffer: 64 * 1024 * 1024,
		});
	} catch {
		return undefined;
	}
}

/** The pull request's base branch (GITHUB_BASE_REF), when there is one and it is a plain branch name. */
export function pullRequestBase(env: NodeJS.ProcessEnv = process.env): string | undefined {
	const base = env['GITHUB_BASE_REF'];
	return base && BRANCH.test(base) ? base : undefined;
}

/** The commit to compare with: the pull request's base (origin/<base>, or the merge commit's first parent), else HEAD. */
export function baseCommit(dir: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
	const base = pullRequestBase(env);
	// GitHub checks out a pull request as a merge commit whose first parent is the base branch's tip: with
	// fetch-depth 2 (.github/workflows/ci.yml) that parent is there even when origin/<base> is not fetched.
	const merge = base && git(dir, ['rev-parse', '--verify', '--quiet', 'HEAD^2^{commit}'])?.trim() ? ['HEAD^1'] : [];
	const candidates = base ? [`refs/remotes/origin/${base}`, `refs/heads/${base}`, ...merge] : ['HEAD'];
	for (const ref of candidates) {
		const sha = git(dir, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])?.trim();
		if (sha && /^[0-9a-f]{40,64}$/.test(sha)) return sha;
	}
	return undefined;
}

/** The repository's top folder for `dir`, or undefined outside one. */
function topLevel(dir: string): string | undefined {
	return git(dir, ['rev-parse', '--show-toplevel'])?.trim() || undefined;
}

/** The files under `dir` that the base commit holds, as absolute paths; undefined without git. */
export function committedFiles(dir: string, env: NodeJS.ProcessEnv = process.env): Set<string> | undefined {
	const top = topLevel(dir);
	const commit = top && baseCommit(dir, env);
	if (!top || !commit) return undefined;
	const inside = relative(top, resolve(dir)).split(sep).join('/');
	const listed = git(top, ['ls-tree', '-r', '-z', '--name-only', commit, '--', inside || '.']);
	if (listed === undefined) return undefined;
	return new Set(
		listed
			.split('\0')
			.filter(Boolean)
			.map((path) => resolve(top, path)),
	);
}

/** A file's text in the base commit of a pull request; undefined outside a pull request, without git, or when absent. */
export function baseText(file: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
	if (!pullRequestBase(env)) return undefined;
	const dir = resolve(file, '..');
	const top = topLevel(dir);
	const commit = top && baseCommit(dir, env);
	if (!top || !commit) return undefined;
	return git(top, ['show', `${commit}:${relative(top, resolve(file)).split(sep).join('/')}`]);
}
