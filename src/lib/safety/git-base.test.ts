import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { baseText, committedFiles, pullRequestBase } from './git-base.ts';

const work = mkdtempSync(join(tmpdir(), 'sasaeai-git-base-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const git = (cwd: string, ...args: string[]) =>
	execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', '-c', 'commit.gpgsign=false', ...args], {
		cwd,
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'pipe'],
	});

/** A repository checked out as GitHub checks out a pull request: a merge commit, the base branch not fetched. */
function pullRequestCheckout(): string {
	const repo = join(work, 'repo');
	mkdirSync(join(repo, 'content'), { recursive: true });
	writeFileSync(join(repo, 'content/site.yaml'), 'site_url: https://town.example\n');
	git(repo, 'init', '-q', '-b', 'main');
	git(repo, 'add', '-A');
	git(repo, 'commit', '-qm', 'base');
	git(repo, 'checkout', '-qb', 'stranger');
	writeFileSync(join(repo, 'content/site.yaml'), 'site_url: https://evil.example\n');
	writeFileSync(join(repo, 'content/new.md'), 'x');
	git(repo, 'add', '-A');
	git(repo, 'commit', '-qm', 'change');
	git(repo, 'checkout', '-q', '--detach', 'main');
	git(repo, 'merge', '-q', '--no-ff', '-m', 'Merge stranger into main', 'stranger');
	git(repo, 'branch', '-q', '-D', 'main', 'stranger');
	return repo;
}

describe('what the base branch holds', () => {
	const repo = pullRequestCheckout();
	test("in a pull request, the merge commit's first parent is the base when origin/<base> is not fetched", () => {
		expect(baseText(join(repo, 'content/site.yaml'), { GITHUB_BASE_REF: 'main' })).toBe('site_url: https://town.example\n');
		expect(committedFiles(join(repo, 'content'), { GITHUB_BASE_REF: 'main' })).toEqual(new Set([join(repo, 'content/site.yaml')]));
	});
	test('outside a pull request there is no base text, and HEAD holds the files', () => {
		expect(baseText(join(repo, 'content/site.yaml'), {})).toBeUndefined();
		expect(committedFiles(join(repo, 'content'), {})).toEqual(new Set([join(repo, 'content/site.yaml'), join(repo, 'content/new.md')]));
	});
	test('without git, nothing', () => {
		const plain = join(work, 'plain');
		mkdirSync(plain);
		expect(committedFiles(plain, {})).toBeUndefined();
		expect(baseText(join(plain, 'site.yaml'), { GITHUB_BASE_REF: 'main' })).toBeUndefined();
	});
	test('a base name git could read as an option is not used', () => {
		expect(pullRequestBase({ GITHUB_BASE_REF: '--output=/tmp/x' })).toBeUndefined();
		expect(pullRequestBase({ GITHUB_BASE_REF: 'release/2026' })).toBe('release/2026');
	});
});
