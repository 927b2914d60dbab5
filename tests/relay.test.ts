/**
 * The relay (relay/): the form's way to send a file without a GitHub account. Everything runs on 127.0.0.1
 * against a stub of GitHub's API (tests/relay-stub.ts): the handler called directly in Node, the same handler
 * behind `npm run relay`'s server, and its Workers bundle in workerd through Miniflare.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createRelay, SEND_LIMIT } from '../relay/relay.ts';
import { makeToken } from '../relay/time-token.ts';
import { entryText } from '../src/lib/contribute/entry-file.ts';
import { prepare, readIssueEvent } from '../src/lib/contribute/issue-workflow.ts';
import { labeledEvent, SALON, SALON_PATH } from '../src/lib/contribute/test-fixtures.ts';
import { parseContentFile } from '../src/lib/safety/frontmatter.ts';
import { HOSTILE_PAYLOADS } from './relay-payloads.ts';
import { relayEnv, startNodeRelay, startStub, startWorkerRelay, TURNSTILE_GOOD, TURNSTILE_SECRET, type Stub } from './relay-stub.ts';
import { TOWNS } from './towns.ts';

const GITHUB_TOKEN = 'github_pat_RELAYTEST_0123456789abcdef_SECRET';
const SECRET = 'relay-secret-for-the-tests-0123456789abcdef';
const ORIGIN = 'https://town.example';
const OTHER = 'https://evil.example';
const work = mkdtempSync(join(tmpdir(), 'sasaeai-relay-'));

let stub: Stub;
beforeAll(async () => {
	stub = await startStub();
});
afterAll(async () => {
	await stub.close();
	rmSync(work, { recursive: true, force: true });
});

const env = (extra: Record<string, unknown> = {}) => ({
	GITHUB_TOKEN,
	GITHUB_REPOSITORY: 'town/site',
	ALLOWED_ORIGIN: ORIGIN,
	RELAY_SECRET: SECRET,
	GITHUB_API_URL: stub.url,
	...extra,
});

/** The file the form makes for a new salon: the entry writer's text, as src/scripts/send/form.ts writes it. */
const parsed = parseContentFile(SALON);
const SALON_FILE = entryText(parsed.data, parsed.body);

/** Every response seen, headers and body, and every log line: the token must be in none of them. */
const seen: string[] = [];
const logs: string[] = [];
const log = (line: string) => logs.push(line);

interface Answer {
	status: number;
	body: { receipt?: number; url?: string; token?: string; problems?: string[]; turnstileSiteKey?: string };
	headers: Headers;
}
async function answer(response: Response): Promise<Answer> {
	const text = await response.text();
	seen.push(`${response.status}\n${[...response.headers].map(([k, v]) => `${k}: ${v}`).join('\n')}\n\n${text}`);
	return { status: response.status, body: text ? JSON.parse(text) : {}, headers: response.headers };
}

type Fetcher = (request: Request, address: string) => Promise<Response>;

const NOW = Date.parse('2026-12-06T10:00:00Z');
const payload = async (fields: Record<string, unknown>, tokenAt: number) => ({
	path: SALON_PATH,
	file: SALON_FILE,
	confirmed: true,
	token: await makeToken(SECRET, tokenAt),
	website: '',
	...fields,
});
const post = (body: unknown, origin: string | null = ORIGIN, raw?: string) =>
	new Request('http://relay.test/send', {
		method: 'POST',
		headers: { 'content-type': 'application/json', ...(origin ? { origin } : {}) },
		body: raw ?? JSON.stringify(body),
	});
const get = (path: string, origin: string | null = ORIGIN) =>
	new Request(`http://relay.test${path}`, { headers: origin ? { origin } : {} });

/** A relay in Node, called directly, with its clock at NOW. */
function nodeRelay(extra: Record<string, unknown> = {}): Fetcher {
	const relay = createRelay({ now: () => NOW, log });
	return (request, address) => relay.fetch(request, env(extra) as never, { clientAddress: address });
}
let nextAddress = 1;
const fresh = () => `198.51.100.${nextAddress++ % 250}-${nextAddress}`;

/**
 * What the issue-to-pull-request workflow makes of an issue in 川波町: `scripts/issue-to-pr.ts prepare` itself, or
 * (faster, for the second and third way of running the relay) the `prepare` it calls, in this process.
 */
function workflowFile(issue: Stub['issues'][number], script: boolean): string {
	const dir = mkdtempSync(join(work, 'town-'));
	const content = join(dir, 'content');
	cpSync(TOWNS.kawanami, content, { recursive: true });
	const event = labeledEvent(issue.body, { number: issue.number, labels: [...issue.labels, 'ファイルにする'] });
	if (script) {
		writeFileSync(join(dir, 'event.json'), JSON.stringify(event));
		const run = spawnSync(process.execPath, ['scripts/issue-to-pr.ts', 'prepare'], {
			env: {
				...process.env,
				GITHUB_EVENT_PATH: join(dir, 'event.json'),
				SASAEAI_CONTENT: content,
				RUNNER_TEMP: dir,
				SASAEAI_TODAY: '2026-12-06',
			},
			encoding: 'utf8',
		});
		expect(run.stdout).toContain(`${SALON_PATH} を書きました（新しいファイル）`);
	} else {
		const read = readIssueEvent(event);
		if ('problem' in read) throw new Error(read.problem);
		expect(prepare(read, { root: content, repositoryPath: (f) => relative(dir, f), today: '2026-12-06' }).problems).toEqual([]);
	}
	return readFileSync(join(content, SALON_PATH), 'utf8');
}

/** The tests every way of running the relay must pass. */
function relayBehaviour(
	name: string,
	start: () => Promise<{ fetch: Fetcher; now: () => number; stop?: () => Promise<void> }>,
	{ script = false } = {},
) {
	describe(name, () => {
		let fetch: Fetcher;
		let now: () => number;
		let stop: (() => Promise<void>) | undefined;
		beforeAll(async () => {
			({ fetch, now, stop } = await start());
		}, 60_000);
		afterAll(async () => stop?.());
		/** A token as the page got it 10 seconds ago. */
		const tokenAt = () => now() - 10_000;
		const send = async (fields: Record<string, unknown> = {}, address = fresh()) =>
			answer(await fetch(post(await payload(fields, tokenAt())), address));

		test('a new salon becomes an issue in the send-file format, and the workflow reads it back into the same file', async () => {
			const before = stub.issues.length;
			const token = await answer(await fetch(get('/token'), fresh()));
			expect(token.status).toBe(200);
			expect(token.body.token).toMatch(/^\d+\.[\w-]{43}$/);
			const sent = await send({ note: '10月のチラシで確かめました。' });
			expect(sent.status).toBe(201);
			expect(sent.headers.get('access-control-allow-origin')).toBe(ORIGIN);
			const issue = stub.issues.at(-1)!;
			expect(stub.issues.length).toBe(before + 1);
			expect(sent.body).toEqual({ receipt: issue.number, url: issue.html_url });
			expect(issue.labels).toEqual(['フォームから']);
			expect(issue.title).toBe('[ファイル] 下川 夕日カフェ');
			expect(issue.body).toMatch(
				/^### ファイルの場所\n\nsalons\/shimogawa\/shimogawa-yuhi-cafe\.md\n\n### ファイルの中身\n\n```yaml\n---\n/,
			);
			expect(issue.body).toContain(
				'### コーディネーターへのひとこと\n\n10月のチラシで確かめました。\n\n### 確認\n\n- [X] 個人の名前・自宅の住所・個人の電話番号は入っていません',
			);
			const call = stub.requests.filter((r) => r.path === '/repos/town/site/issues').at(-1)!;
			expect(call.headers['authorization']).toBe(`Bearer ${GITHUB_TOKEN}`);
			expect(workflowFile(issue, script)).toBe(SALON_FILE);
		});

		test.each(HOSTILE_PAYLOADS.map((p) => [p.from, p] as const))('refused as the check refuses it: %s', async (_, p) => {
			const before = stub.issues.length;
			const r = await send({ path: p.path, file: p.file });
			expect(r.status).toBe(p.status ?? 422);
			for (const words of p.expect) expect(r.body.problems!.join('\n')).toContain(words);
			expect(stub.issues.length).toBe(before);
		});

		test('no field about the sender is accepted, and the note may not carry contact details', async () => {
			for (const field of [{ name: '山田花子' }, { email: 'hanako@example.jp' }, { tel: '090-1234-5678' }, { sender: { name: '山田' } }]) {
				const r = await send(field);
				expect(r.status).toBe(400);
				expect(r.body.problems!.join()).toContain('送る人の名前や連絡先は受け付けません');
			}
			for (const [note, words] of [
				['山田の携帯 090-1234-5678 まで', '電話番号 090-1234-5678 は'],
				['hanako@example.jp に連絡を', 'メールアドレスや @ は書けません'],
				['鈴木さんに聞きました', '「鈴木さん」は個人の名前ではありませんか'],
				['[くわしく](https://evil.example)', 'リンクや HTML は書けません'],
				['ふつうの\n\n### 確認\n\n- [X] 見出し', '見出し（#）の行は書けません'],
			]) {
				const r = await send({ note });
				expect(r.status, note).toBe(422);
				expect(r.body.problems!.join()).toContain(words);
			}
			const r = await send({ confirmed: false });
			expect(r.body.problems!.join()).toContain('チェックを入れてください');
		});

		test('the honeypot, a missing, forged, too new or too old token are refused before GitHub', async () => {
			const before = stub.requests.length;
			expect((await send({ website: 'https://spam.example' })).status).toBe(400);
			expect((await send({ token: undefined })).body.problems!.join()).toContain('token');
			const forged = `${Math.floor(tokenAt() / 1000)}.${'A'.repeat(43)}`;
			expect((await send({ token: forged })).body.problems!.join()).toContain('ページを開きなおして');
			expect((await send({ token: await makeToken('another-secret-another-secret-another', tokenAt()) })).status).toBe(400);
			const young = await answer(await fetch(post(await payload({}, now() - 1_000)), fresh()));
			expect(young.body.problems!.join()).toContain('早すぎます');
			const old = await answer(await fetch(post(await payload({}, now() - 2 * 3600_000 - 5_000)), fresh()));
			expect(old.body.problems!.join()).toContain('時間がたちすぎました');
			expect(stub.requests.length).toBe(before);
		});

		test('another origin, no origin, a wrong method or type and a body over the limit are refused', async () => {
			const before = stub.requests.length;
			for (const origin of [OTHER, null, 'https://town.example.evil.example']) {
				const r = await answer(await fetch(post(await payload({}, tokenAt()), origin), fresh()));
				expect(r.status).toBe(403);
				expect(r.headers.get('access-control-allow-origin')).toBeNull();
				expect((await answer(await fetch(get('/token', origin), fresh()))).status).toBe(403);
			}
			const preflight = (origin: string, method: string) =>
				new Request('http://relay.test/send', {
					method: 'OPTIONS',
					headers: { origin, 'access-control-request-method': method, 'access-control-request-headers': 'content-type' },
				});
			const ok = await answer(await fetch(preflight(ORIGIN, 'POST'), fresh()));
			expect(ok.status).toBe(204);
			expect(ok.headers.get('access-control-allow-origin')).toBe(ORIGIN);
			expect(ok.headers.get('access-control-allow-methods')).toContain('POST');
			expect((await answer(await fetch(preflight(OTHER, 'POST'), fresh()))).headers.get('access-control-allow-origin')).toBeNull();
			expect((await answer(await fetch(preflight(ORIGIN, 'DELETE'), fresh()))).status).toBe(403);
			const text = new Request('http://relay.test/send', {
				method: 'POST',
				headers: { origin: ORIGIN, 'content-type': 'text/plain' },
				body: '{}',
			});
			expect((await answer(await fetch(text, fresh()))).status).toBe(415);
			expect((await answer(await fetch(post(null, ORIGIN, 'x'.repeat(300 * 1024)), fresh()))).status).toBe(413);
			expect((await answer(await fetch(post(null, ORIGIN, '{"path": '), fresh()))).status).toBe(400);
			expect(stub.requests.length).toBe(before);
		});

		test('1,000 requests in a burst from one address: a few go through, the rest are refused and never reach GitHub', async () => {
			const address = fresh();
			const body = JSON.stringify(await payload({}, tokenAt()));
			const before = stub.issues.length;
			// In waves of 100 at once, so that the connections of one test machine are not the limit.
			const answers: Answer[] = [];
			for (let wave = 0; wave < 10; wave++)
				answers.push(...(await Promise.all(Array.from({ length: 100 }, () => fetch(post(null, ORIGIN, body), address).then(answer)))));
			const created = answers.filter((a) => a.status === 201).length;
			const limited = answers.filter((a) => a.status === 429);
			for (const a of answers.filter((x) => x.status !== 201 && x.status !== 429))
				console.log('unexpected', a.status, JSON.stringify(a.body));
			console.log(`${name}: burst of 1,000 from one address: ${created} issues, ${limited.length} refused (429)`);
			expect(created).toBeGreaterThan(0);
			expect(created).toBeLessThanOrEqual(SEND_LIMIT.burst);
			expect(limited.length).toBe(1000 - created);
			expect(limited[0]!.body.problems![0]).toContain('しばらく受け付けません');
			expect(Number(limited[0]!.headers.get('retry-after'))).toBeGreaterThan(0);
			expect(limited[0]!.headers.get('access-control-expose-headers')).toBe('retry-after');
			expect(stub.issues.length).toBe(before + created);
			expect((await send({}, fresh())).status).toBe(201);
		});
	});
}

relayBehaviour('the relay in Node, called directly', async () => ({ fetch: nodeRelay(), now: () => NOW }), { script: true });

relayBehaviour('the relay behind npm run relay (Node http server)', async () => {
	// Behind a proxy (RELAY_TRUST_PROXY=1) the address is the last X-Forwarded-For hop: each test's address.
	const child: ChildProcess = spawn('npm', ['run', 'relay', '--silent'], {
		env: { ...process.env, ...env(), RELAY_PORT: '0', RELAY_HOST: '127.0.0.1', RELAY_TRUST_PROXY: '1' },
		detached: true,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	const base = await new Promise<string>((resolve, reject) => {
		child.stdout!.on('data', (d: Buffer) => {
			output += d.toString();
			const m = /http:\/\/(127\.0\.0\.1:\d+)/.exec(output);
			if (m) resolve(`http://${m[1]}`);
		});
		child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
		child.on('exit', () => reject(new Error(`npm run relay stopped: ${output}`)));
	});
	const fetcher: Fetcher = async (request, address) => {
		const headers = new Headers(request.headers);
		headers.set('x-forwarded-for', `192.0.2.1, ${address}`);
		const body = request.method === 'GET' || request.method === 'OPTIONS' ? undefined : await request.arrayBuffer();
		return globalThis.fetch(new URL(new URL(request.url).pathname, base), { method: request.method, headers, ...(body ? { body } : {}) });
	};
	return {
		fetch: fetcher,
		now: () => Date.now(),
		stop: async () => {
			process.kill(-child.pid!, 'SIGTERM');
			expect(output).not.toContain(GITHUB_TOKEN);
		},
	};
});

relayBehaviour('the relay bundled for Cloudflare Workers, in workerd (Miniflare)', async () => {
	const started = performance.now();
	const relay = await startWorkerRelay(env() as Record<string, string>);
	console.log(`workerd (Miniflare) ready at ${relay.url} in ${Math.round(performance.now() - started)} ms`);
	const fetcher: Fetcher = async (request, address) => {
		const headers = new Headers(request.headers);
		headers.set('cf-connecting-ip', address);
		const body = request.method === 'GET' || request.method === 'OPTIONS' ? undefined : await request.arrayBuffer();
		return globalThis.fetch(new URL(new URL(request.url).pathname, relay.url), {
			method: request.method,
			headers,
			...(body ? { body } : {}),
		});
	};
	return { fetch: fetcher, now: () => Date.now(), stop: relay.close };
});

describe('in Node only: settings, GitHub failing, Turnstile, a rate-limit binding', () => {
	const send = async (fetch: Fetcher, fields: Record<string, unknown> = {}) =>
		answer(await fetch(post(await payload(fields, NOW - 10_000)), fresh()));

	test('GitHub refusing (even quoting the token back) gives a plain message, and neither answer nor log holds the token', async () => {
		stub.failWith = 401;
		try {
			const r = await send(nodeRelay());
			expect(r.status).toBe(502);
			expect(r.body.problems).toEqual(['いまは受け付けられませんでした。しばらくしてから、もう一度送ってください']);
			expect(logs.some((l) => l.includes('HTTP 401'))).toBe(true);
		} finally {
			stub.failWith = undefined;
		}
	});

	test('npm run relay without its settings stops at once and names each missing one', () => {
		const { GITHUB_TOKEN: _t, RELAY_SECRET: _s, ...rest } = process.env;
		const run = spawnSync('npm', ['run', 'relay', '--silent'], {
			env: { ...rest, GITHUB_REPOSITORY: 'town/site', ALLOWED_ORIGIN: ORIGIN },
			encoding: 'utf8',
		});
		expect(run.status).toBe(1);
		expect(run.stderr).toContain('- GITHUB_TOKEN がありません');
		expect(run.stderr).toContain('- RELAY_SECRET がないか、32文字より短いです');
		expect(run.stderr).not.toContain('GITHUB_REPOSITORY');
	});

	test('missing settings are named in the log, not in the answer', async () => {
		const relay = createRelay({ now: () => NOW, log });
		const r = await answer(
			await relay.fetch(get('/token'), { ...env(), RELAY_SECRET: 'short', ALLOWED_ORIGIN: undefined } as never, { clientAddress: fresh() }),
		);
		expect(r.status).toBe(500);
		expect(r.body.problems).toEqual(['中継の設定が足りません。コーディネーターに知らせてください']);
		expect(logs.at(-1)).toContain('ALLOWED_ORIGIN');
		expect(logs.at(-1)).toContain('RELAY_SECRET');
	});

	test('with TURNSTILE_SECRET, only an answer siteverify accepts goes through; the site key comes with the token', async () => {
		const fetch = nodeRelay({ TURNSTILE_SECRET, TURNSTILE_SITE_KEY: '0x4AAAA-site-key', TURNSTILE_VERIFY_URL: `${stub.url}/siteverify` });
		expect((await answer(await fetch(get('/token'), fresh()))).body.turnstileSiteKey).toBe('0x4AAAA-site-key');
		const before = stub.issues.length;
		expect((await send(fetch)).status).toBe(403);
		expect((await send(fetch, { turnstile: 'bad-answer' })).body.problems!.join()).toContain(
			'ロボットではないことの確認ができませんでした',
		);
		expect(stub.issues.length).toBe(before);
		expect((await send(fetch, { turnstile: TURNSTILE_GOOD })).status).toBe(201);
		const verify = stub.requests.filter((r) => r.path === '/siteverify').at(-1)!;
		expect(new URLSearchParams(verify.body).get('remoteip')).toMatch(/^198\.51\.100\./);
	});

	test("the helpers for browser tests: the relay in a Node server on 127.0.0.1 gives a token to the site's origin only", async () => {
		const relay = await startNodeRelay(relayEnv(stub, 'http://127.0.0.1:4321'));
		try {
			const ok = await answer(await globalThis.fetch(`${relay.url}/token`, { headers: { origin: 'http://127.0.0.1:4321' } }));
			expect(ok.body.token).toMatch(/^\d+\./);
			expect((await answer(await globalThis.fetch(`${relay.url}/token`, { headers: { origin: OTHER } }))).status).toBe(403);
		} finally {
			await relay.close();
		}
	});

	test("Cloudflare's rate-limit binding, when bound, is asked too", async () => {
		const keys: string[] = [];
		const fetch = nodeRelay({ RATE_LIMITER: { limit: async ({ key }: { key: string }) => (keys.push(key), { success: false }) } });
		const r = await send(fetch);
		expect(r.status).toBe(429);
		expect(keys).toHaveLength(1);
	});
});

describe('the GitHub token', () => {
	test('is in no answer of any test above (headers or body) and in no log line', () => {
		expect(seen.length).toBeGreaterThan(3000);
		for (const s of seen) expect(s).not.toContain(GITHUB_TOKEN);
		for (const l of logs) expect(l).not.toContain(GITHUB_TOKEN);
		expect(logs.some((l) => l.includes('***'))).toBe(true);
	});
});
