/**
 * The issue-to-pull-request workflow end to end: the workflow file's safety rules, then `node scripts/issue-to-pr.ts`
 * prepare → npm run check → publish / report-failure, run as the workflow runs them, in a copy of 川波町 laid out as
 * a town's repository (content/), against a stub of the GitHub API on 127.0.0.1.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { TOWNS } from '../tests/towns.ts';
import { entryText } from '../src/lib/contribute/entry-file.ts';
import { LABELS, PLAN_FILE } from '../src/lib/contribute/issue-workflow.ts';
import { formBody, labeledEvent, SALON, SALON_PATH } from '../src/lib/contribute/test-fixtures.ts';
import { parseContentFile } from '../src/lib/safety/frontmatter.ts';

interface Step {
	name?: string;
	id?: string;
	if?: string;
	run?: string;
	uses?: string;
	with?: Record<string, unknown>;
	env?: Record<string, string>;
}
interface Workflow {
	on: Record<string, unknown>;
	permissions: unknown;
	jobs: Record<string, { if: string; permissions: Record<string, string>; steps: Step[] }>;
}

describe('.github/workflows/issue-to-pr.yml', () => {
	const source = readFileSync('.github/workflows/issue-to-pr.yml', 'utf8');
	const workflow = yaml.load(source) as Workflow;
	const [job] = Object.values(workflow.jobs);
	const steps = job!.steps;
	test('runs only when a label is added to an issue, never on pull_request_target', () => {
		expect(workflow.on).toEqual({ issues: { types: ['labeled'] } });
		const code = source.split('\n').filter((l) => !l.trim().startsWith('#'));
		expect(code.filter((l) => l.includes('pull_request'))).toEqual([]);
	});
	test('only for the label ファイルにする on an issue the form made', () => {
		expect(job!.if).toBe(`github.event.label.name == '${LABELS.make}' && contains(github.event.issue.labels.*.name, '${LABELS.form}')`);
	});
	test('no permissions at the top; the job has exactly the three it needs', () => {
		expect(workflow.permissions).toEqual({});
		expect(job!.permissions).toEqual({ contents: 'write', 'pull-requests': 'write', issues: 'write' });
	});
	test("no run step interpolates an expression (the issue's text is read from the event file)", () => {
		for (const step of steps.filter((s) => s.run)) expect(step.run, step.name).not.toContain('${{');
	});
	test('checkout keeps no credentials; only the steps that call GitHub get the token', () => {
		expect(steps[0]).toEqual({ uses: 'actions/checkout@v4', with: { 'persist-credentials': false } });
		const withToken = steps.filter((s) => JSON.stringify(s).includes('GITHUB_TOKEN')).map((s) => s.run);
		expect(withToken).toEqual(['node scripts/issue-to-pr.ts publish', 'node scripts/issue-to-pr.ts report-failure']);
		for (const s of steps.filter((x) => x.env))
			expect(s.env!['GITHUB_TOKEN'] ?? '${{ secrets.GITHUB_TOKEN }}').toBe('${{ secrets.GITHUB_TOKEN }}');
	});
	test('prepare, check, publish in that order; the failure report runs only on failure', () => {
		expect(steps.map((s) => s.run).filter(Boolean)).toEqual([
			'npm install --no-audit --no-fund',
			'node scripts/issue-to-pr.ts prepare',
			'npm run check',
			'node scripts/issue-to-pr.ts publish',
			'node scripts/issue-to-pr.ts report-failure',
		]);
		expect(steps.at(-1)!.if).toBe('failure()');
		expect(steps.find((s) => s.uses === 'actions/setup-node@v4')!.with).toEqual({ 'node-version': 24 });
	});
});

// ---- the script, as the workflow runs it ----

const TOKEN = 'ghs_stub_token_never_printed';
const SHA = 'd'.repeat(40);
const work = mkdtempSync(join(tmpdir(), 'sasaeai-issue-pr-'));
const script = join(process.cwd(), 'scripts/issue-to-pr.ts');
const check = join(process.cwd(), 'scripts/check-content.ts');

let server: Server;
let apiUrl = '';
let seen: { method: string; url: string; auth: string | undefined; body: Record<string, unknown> | undefined }[] = [];
const replies: Record<string, { status: number; json: unknown }> = {
	'POST /repos/town/site/git/refs': { status: 201, json: {} },
	[`GET /repos/town/site/contents/content/${SALON_PATH}?ref=send%2Fissue-12`]: { status: 404, json: { message: 'Not Found' } },
	[`PUT /repos/town/site/contents/content/${SALON_PATH}`]: { status: 201, json: {} },
	'POST /repos/town/site/pulls': { status: 201, json: { number: 40, html_url: 'https://github.com/town/site/pull/40' } },
	'POST /repos/town/site/issues/12/comments': { status: 201, json: {} },
	'POST /repos/town/site/issues/13/comments': { status: 201, json: {} },
};

beforeAll(async () => {
	server = createServer((req, res) => {
		let text = '';
		req.on('data', (c: Buffer) => (text += c.toString('utf8')));
		req.on('end', () => {
			seen.push({ method: req.method!, url: req.url!, auth: req.headers.authorization, body: text ? JSON.parse(text) : undefined });
			const reply = replies[`${req.method} ${req.url}`] ?? { status: 404, json: { message: 'Not Found' } };
			res.writeHead(reply.status, { 'content-type': 'application/json' });
			res.end(JSON.stringify(reply.json));
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
	await new Promise<void>((resolve) => server.close(() => resolve()));
	rmSync(work, { recursive: true, force: true });
});

/** A town's repository (content/ = 川波町), an event file and a RUNNER_TEMP of its own. */
function repository(name: string, body: string, number = 12) {
	const repo = join(work, name);
	cpSync(TOWNS.kawanami, join(repo, 'content'), { recursive: true });
	const temp = join(work, `${name}-temp`);
	mkdirSync(temp);
	const eventPath = join(work, `${name}-event.json`);
	writeFileSync(eventPath, JSON.stringify(labeledEvent(body, { number })));
	return { repo, temp, eventPath };
}

/** Runs a script without blocking this process (the stub server answers from it). */
function node(file: string, args: string[], cwd: string, env: Record<string, string>) {
	const { SASAEAI_CONTENT: _ignored, GITHUB_TOKEN: _token, ...base } = process.env;
	return new Promise<{ status: number; stdout: string }>((resolve) => {
		execFile(process.execPath, [file, ...args], { cwd, env: { ...base, SASAEAI_TODAY: '2026-11-01', ...env } }, (error, stdout) => {
			resolve({ status: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout });
		});
	});
}

describe('node scripts/issue-to-pr.ts', () => {
	test('a valid salon: prepare writes it, npm run check passes, publish opens the pull request and comments', async () => {
		const { repo, temp, eventPath } = repository('valid', formBody({ note: '自治会長に確かめました' }));
		const actions = { GITHUB_ACTIONS: 'true', GITHUB_EVENT_PATH: eventPath, RUNNER_TEMP: temp };

		const prepared = await node(script, ['prepare'], repo, actions);
		expect(prepared.status, prepared.stdout).toBe(0);
		const written = readFileSync(join(repo, 'content', SALON_PATH), 'utf8');
		const parsed = parseContentFile(SALON);
		expect(written).toBe(entryText(parsed.data, parsed.body));
		expect(JSON.parse(readFileSync(join(temp, PLAN_FILE), 'utf8'))).toMatchObject({
			ok: true,
			issue: 12,
			repoPath: `content/${SALON_PATH}`,
		});

		const checked = await node(check, [], repo, {});
		expect(checked.status, checked.stdout).toBe(0);
		expect(checked.stdout).toMatch(/エラー 0 件/);

		seen = [];
		const published = await node(script, ['publish'], repo, {
			...actions,
			GITHUB_TOKEN: TOKEN,
			GITHUB_REPOSITORY: 'town/site',
			GITHUB_API_URL: apiUrl,
			GITHUB_SHA: SHA,
		});
		expect(published.status, published.stdout).toBe(0);
		expect(published.stdout).toContain('https://github.com/town/site/pull/40');
		expect(published.stdout).not.toContain(TOKEN);
		expect(seen.map((s) => `${s.method} ${s.url}`)).toEqual([
			'POST /repos/town/site/git/refs',
			`GET /repos/town/site/contents/content/${SALON_PATH}?ref=send%2Fissue-12`,
			`PUT /repos/town/site/contents/content/${SALON_PATH}`,
			'POST /repos/town/site/pulls',
			'POST /repos/town/site/issues/12/comments',
		]);
		expect(seen.every((s) => s.auth === `Bearer ${TOKEN}`)).toBe(true);
		expect(seen[0]!.body).toEqual({ ref: 'refs/heads/send/issue-12', sha: SHA });
		const put = seen[2]!.body!;
		expect(Buffer.from(String(put['content']), 'base64').toString('utf8')).toBe(written);
		expect(put).toMatchObject({ branch: 'send/issue-12', message: '下川 夕日カフェ を追加（#12 のフォームから）' });
		expect(seen[3]!.body).toMatchObject({ head: 'send/issue-12', base: 'main', title: '下川 夕日カフェ を追加（#12 のフォームから）' });
		expect(String(seen[3]!.body!['body'])).toContain(`content/${SALON_PATH}`);
		expect(String(seen[4]!.body!['body'])).toContain('プルリクエスト #40 を作りました');
		expect(JSON.parse(readFileSync(join(temp, PLAN_FILE), 'utf8')).pr).toEqual({
			number: 40,
			html_url: 'https://github.com/town/site/pull/40',
		});
	});

	test('a hostile issue: prepare refuses, prints no workflow command, writes nothing; report-failure comments why', async () => {
		const file = SALON.replace('status: 活動中', 'status: 活動中\n"x\\n::error::pwned ${{ secrets.GITHUB_TOKEN }}": 1');
		const { repo, temp, eventPath } = repository('hostile', formBody({ path: SALON_PATH, file }), 13);
		const actions = { GITHUB_ACTIONS: 'true', GITHUB_EVENT_PATH: eventPath, RUNNER_TEMP: temp };

		const prepared = await node(script, ['prepare'], repo, actions);
		expect(prepared.status).toBe(1);
		expect(existsSync(join(repo, 'content', SALON_PATH))).toBe(false);
		const lines = prepared.stdout.trim().split('\n');
		const token = /^::stop-commands::(\w+)$/.exec(lines[0]!)?.[1];
		expect(token).toBeDefined();
		expect(lines.at(-1)).toBe(`::${token}::`);
		expect(lines.slice(1, -1).filter((l) => l.startsWith('::'))).toEqual([]);
		expect(prepared.stdout).toContain('x\\n::error::pwned');

		seen = [];
		const reported = await node(script, ['report-failure'], repo, {
			...actions,
			GITHUB_TOKEN: TOKEN,
			GITHUB_REPOSITORY: 'town/site',
			GITHUB_API_URL: apiUrl,
			GITHUB_SERVER_URL: 'https://github.com',
			GITHUB_RUN_ID: '777',
			PREPARE_OUTCOME: 'failure',
		});
		expect(reported.status, reported.stdout).toBe(0);
		expect(seen.map((s) => `${s.method} ${s.url}`)).toEqual(['POST /repos/town/site/issues/13/comments']);
		const comment = String(seen[0]!.body!['body']);
		expect(comment).toContain('直すところがあります');
		expect(comment).toContain('https://github.com/town/site/actions/runs/777');
		const fenced = /\n(`{3,})text\n([\s\S]*?)\n\1\n/.exec(comment)!;
		expect(fenced[2]).toContain('x\\n::error::pwned ${{ secrets.GITHUB_TOKEN }}');
		expect(comment.replace(fenced[0], '')).not.toContain('pwned');
	});

	test('publish refuses to run without a successful prepare', async () => {
		const { repo, temp, eventPath } = repository('no-plan', formBody());
		const published = await node(script, ['publish'], repo, {
			GITHUB_EVENT_PATH: eventPath,
			RUNNER_TEMP: temp,
			GITHUB_TOKEN: TOKEN,
			GITHUB_REPOSITORY: 'town/site',
			GITHUB_API_URL: apiUrl,
		});
		expect(published.status).toBe(1);
		expect(published.stdout).toContain('prepare の結果がありません');
	});

	test('an unknown command prints the usage', async () => {
		const result = await node(script, ['merge'], work, {});
		expect(result.status).toBe(2);
		expect(result.stdout).toContain('prepare | publish | report-failure');
	});
});
