import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { commentOnIssue, createBranch, fileSha, gitHub, GitHubError, openIssue, publish, type Publication } from './github-api.ts';

const TOKEN = 'ghs_test0123456789secret';

interface Seen {
	method: string;
	url: string;
	authorization: string | undefined;
	body: unknown;
}
type Reply = { status: number; json?: unknown };

/** A stub of the GitHub REST API on 127.0.0.1: answers from `routes` ("METHOD /path"), records every request. */
let server: Server;
let apiUrl: string;
let seen: Seen[] = [];
let routes: Record<string, Reply | Reply[]> = {};

const read = (req: IncomingMessage) =>
	new Promise<string>((resolve) => {
		let data = '';
		req.on('data', (c: Buffer) => (data += c.toString('utf8')));
		req.on('end', () => resolve(data));
	});

beforeAll(async () => {
	server = createServer(async (req, res) => {
		const text = await read(req);
		seen.push({ method: req.method!, url: req.url!, authorization: req.headers.authorization, body: text ? JSON.parse(text) : undefined });
		const route = routes[`${req.method} ${req.url}`];
		const reply = Array.isArray(route) ? (route.shift() ?? { status: 500 }) : (route ?? { status: 404, json: { message: 'Not Found' } });
		res.writeHead(reply.status, { 'content-type': 'application/json' });
		res.end(reply.json === undefined ? '' : JSON.stringify(reply.json));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
	seen = [];
	routes = {};
});

const api = () => gitHub({ token: TOKEN, repository: 'town/site', apiUrl });
const FILE = '---\nname: 下川 夕日カフェ\n---\n\n本文 $(id) ${{ x }}\n';
const publication = (over: Partial<Publication> = {}): Publication => ({
	path: 'content/salons/shimogawa/shimogawa-yuhi-cafe.md',
	text: FILE,
	issue: 12,
	base: 'main',
	texts: (created) => ({ message: created ? '追加' : '更新', title: `タイトル${created ? '追加' : '更新'}`, body: '#12 から作りました' }),
	comment: (pr) => `プルリクエスト #${pr.number}`,
	...over,
});
const HEAD = 'a'.repeat(40);

describe('publish', () => {
	test('a new file: head of the default branch, the branch, no file there, the file, the pull request, the comment', async () => {
		routes = {
			'GET /repos/town/site/git/ref/heads/main': { status: 200, json: { ref: 'refs/heads/main', object: { sha: HEAD } } },
			'POST /repos/town/site/git/refs': { status: 201, json: {} },
			'GET /repos/town/site/contents/content/salons/shimogawa/shimogawa-yuhi-cafe.md?ref=send%2Fissue-12': {
				status: 404,
				json: { message: 'Not Found' },
			},
			'PUT /repos/town/site/contents/content/salons/shimogawa/shimogawa-yuhi-cafe.md': { status: 201, json: {} },
			'POST /repos/town/site/pulls': { status: 201, json: { number: 34, html_url: 'https://github.com/town/site/pull/34' } },
			'POST /repos/town/site/issues/12/comments': { status: 201, json: {} },
		};
		const result = await publish(api(), publication());
		expect(result).toEqual({
			pr: { number: 34, html_url: 'https://github.com/town/site/pull/34' },
			branch: 'send/issue-12',
			created: true,
		});
		expect(seen.map((s) => `${s.method} ${s.url}`)).toEqual([
			'GET /repos/town/site/git/ref/heads/main',
			'POST /repos/town/site/git/refs',
			'GET /repos/town/site/contents/content/salons/shimogawa/shimogawa-yuhi-cafe.md?ref=send%2Fissue-12',
			'PUT /repos/town/site/contents/content/salons/shimogawa/shimogawa-yuhi-cafe.md',
			'POST /repos/town/site/pulls',
			'POST /repos/town/site/issues/12/comments',
		]);
		for (const s of seen) expect(s.authorization).toBe(`Bearer ${TOKEN}`);
		expect(seen[1]!.body).toEqual({ ref: 'refs/heads/send/issue-12', sha: HEAD });
		const put = seen[3]!.body as { message: string; content: string; branch: string; sha?: string };
		expect(put).toEqual({ message: '追加', content: expect.any(String), branch: 'send/issue-12' });
		expect(Buffer.from(put.content, 'base64').toString('utf8')).toBe(FILE);
		expect(seen[4]!.body).toEqual({ title: 'タイトル追加', body: '#12 から作りました', head: 'send/issue-12', base: 'main' });
		expect(seen[5]!.body).toEqual({ body: 'プルリクエスト #34' });
	});

	test('a fix: the branch starts at the checked commit, the name is taken once, the file is updated with its sha', async () => {
		const checked = 'b'.repeat(40);
		routes = {
			'POST /repos/town/site/git/refs': [
				{ status: 422, json: { message: 'Reference already exists' } },
				{ status: 201, json: {} },
			],
			'GET /repos/town/site/contents/content/salons/shimogawa/shimogawa-yuhi-cafe.md?ref=send%2Fissue-12-2': {
				status: 200,
				json: { type: 'file', sha: 'c0ffee' },
			},
			'PUT /repos/town/site/contents/content/salons/shimogawa/shimogawa-yuhi-cafe.md': { status: 200, json: {} },
			'POST /repos/town/site/pulls': { status: 201, json: { number: 35, html_url: 'https://github.com/town/site/pull/35' } },
			'POST /repos/town/site/issues/12/comments': { status: 201, json: {} },
		};
		const result = await publish(api(), publication({ baseSha: checked }));
		expect(result.branch).toBe('send/issue-12-2');
		expect(result.created).toBe(false);
		expect(seen.filter((s) => s.url.includes('/git/ref/heads/'))).toEqual([]);
		expect(seen.filter((s) => s.url.endsWith('/git/refs')).map((s) => s.body)).toEqual([
			{ ref: 'refs/heads/send/issue-12', sha: checked },
			{ ref: 'refs/heads/send/issue-12-2', sha: checked },
		]);
		expect(seen.find((s) => s.method === 'PUT')!.body).toMatchObject({ message: '更新', branch: 'send/issue-12-2', sha: 'c0ffee' });
		expect(seen.find((s) => s.url.endsWith('/pulls'))!.body).toMatchObject({ title: 'タイトル更新', head: 'send/issue-12-2' });
	});
});

describe('errors', () => {
	test('a refused pull request says which setting to change, with the status, never the token', async () => {
		routes = {
			'POST /repos/town/site/git/refs': { status: 201, json: {} },
			'PUT /repos/town/site/contents/content/salons/shimogawa/shimogawa-yuhi-cafe.md': { status: 201, json: {} },
			'POST /repos/town/site/pulls': {
				status: 403,
				json: { message: `GitHub Actions is not permitted to create or approve pull requests. token=${TOKEN}` },
			},
		};
		const error = await publish(api(), publication({ baseSha: HEAD })).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(GitHubError);
		const { message, status } = error as GitHubError;
		expect(status).toBe(403);
		expect(message).toContain('HTTP 403');
		expect(message).toContain('POST /repos/town/site/pulls');
		expect(message).toContain('Allow GitHub Actions to create and approve pull requests');
		expect(message).not.toContain(TOKEN);
		expect(seen.some((s) => s.url.includes('/comments'))).toBe(false);
	});
	test('a bad token (401) and a missing permission (403) are named', async () => {
		routes = {
			'POST /repos/town/site/issues/3/comments': [
				{ status: 401, json: { message: 'Bad credentials' } },
				{ status: 403, json: { message: 'Resource not accessible by integration' } },
			],
		};
		await expect(commentOnIssue(api(), 3, 'x')).rejects.toThrow(/HTTP 401: Bad credentials）。トークンが使えません/);
		await expect(commentOnIssue(api(), 3, 'x')).rejects.toThrow(/HTTP 403.*issues: write/);
	});
	test('a server that cannot be reached is a Japanese message too', async () => {
		const closed = gitHub({ token: TOKEN, repository: 'town/site', apiUrl: 'http://127.0.0.1:1' });
		await expect(commentOnIssue(closed, 3, 'x')).rejects.toThrow(
			/GitHub に接続できませんでした（POST \/repos\/town\/site\/issues\/3\/comments）/,
		);
	});
	test('every branch name taken', async () => {
		routes = { 'POST /repos/town/site/git/refs': { status: 422, json: { message: 'Reference already exists' } } };
		await expect(createBranch(api(), 9, HEAD)).rejects.toThrow('send/issue-9 から -20 まで');
		expect(seen).toHaveLength(20);
		expect((seen.at(-1)!.body as { ref: string }).ref).toBe('refs/heads/send/issue-9-20');
	});
	test('a folder where the file should be', async () => {
		routes = { 'GET /repos/town/site/contents/content/salons?ref=main': { status: 200, json: [{ name: 'x' }] } };
		await expect(fileSha(api(), 'content/salons', 'main')).rejects.toThrow('ファイルではありません');
	});
	test('a repository name or a token that cannot be right is refused before any request', () => {
		expect(() => gitHub({ token: TOKEN, repository: 'town/site/../../x', apiUrl })).toThrow(GitHubError);
		expect(() => gitHub({ token: TOKEN, repository: 'town', apiUrl })).toThrow('owner/name');
		expect(() => gitHub({ token: '', repository: 'town/site', apiUrl })).toThrow('GITHUB_TOKEN');
		expect(seen).toEqual([]);
	});
	test('path segments are encoded: a branch with a slash, a file name with odd characters', async () => {
		routes = { 'GET /repos/town/site/contents/content/a%20b/%3F.md?ref=release%2F1': { status: 404 } };
		expect(await fileSha(api(), 'content/a b/?.md', 'release/1')).toBeUndefined();
		expect(seen.map((s) => s.url)).toEqual(['/repos/town/site/contents/content/a%20b/%3F.md?ref=release%2F1']);
	});
});

describe('openIssue (the relay)', () => {
	test('posts the title, body and labels, and returns the number and address GitHub gives', async () => {
		routes['POST /repos/town/site/issues'] = { status: 201, json: { number: 57, html_url: 'https://github.com/town/site/issues/57' } };
		expect(await openIssue(api(), { title: '[ファイル] 下川 夕日カフェ', body: '本文', labels: ['フォームから'] })).toEqual({
			number: 57,
			html_url: 'https://github.com/town/site/issues/57',
		});
		expect(seen).toEqual([
			{
				method: 'POST',
				url: '/repos/town/site/issues',
				authorization: `Bearer ${TOKEN}`,
				body: { title: '[ファイル] 下川 夕日カフェ', body: '本文', labels: ['フォームから'] },
			},
		]);
	});
	test('an answer without a number is an error, not a receipt', async () => {
		routes['POST /repos/town/site/issues'] = { status: 201, json: {} };
		await expect(openIssue(api(), { title: 't', body: 'b', labels: [] })).rejects.toThrow('Issue を作りましたが、その番号が読めません');
	});
});
