/**
 * The relay: lets the site's form send a file without a GitHub account. A standard Fetch-API handler
 * (`{ fetch(request, env, ctx) }`): relay/handler.ts exports it for Cloudflare Workers, relay/node-server.ts runs
 * it on a Node host (npm run relay). docs/relay.md explains how a coordinator sets it up.
 *
 *   GET  /token   → 200 { token, turnstileSiteKey? }   a signed time token for the form (relay/time-token.ts)
 *   POST /send    { path, file, note?, confirmed: true, token, website: "", turnstile? }
 *                 → 201 { receipt, url }   the issue's number (受付番号) and its address
 *                 → 4xx/5xx { problems: ["…"] }   Japanese sentences the form shows as they are
 *   OPTIONS       CORS preflight, for ALLOWED_ORIGIN only
 *
 * The order of the defences, cheapest first, so a burst never reaches GitHub: the origin, the per-address rate
 * limit, the size of the request, the form's fields (no sender fields, the honeypot empty), the time token,
 * Turnstile when configured, then the file itself (relay/check.ts). Only then is the issue opened, in the
 * send-file.yml format with the label フォームから, through src/lib/contribute/github-api.ts. The GitHub token is
 * only ever in that module's Authorization header: no response and no log line carries it.
 */
import { gitHub, GitHubError, openIssue } from '../src/lib/contribute/github-api.ts';
import { LABELS } from '../src/lib/contribute/issue-workflow.ts';
import { LIMITS } from '../src/lib/safety/limits.ts';
import { issueFor, readSubmission } from './check.ts';
import { readConfig, type RelayConfig, type RelayEnv } from './config.ts';
import { RateLimiter } from './rate-limit.ts';
import { checkToken, makeToken } from './time-token.ts';
import { turnstilePasses } from './turnstile.ts';

/** The longest request read: the largest file the check accepts, with room for JSON escapes and the other fields. */
export const MAX_REQUEST_BYTES = LIMITS.fileBytes * 2 + 16 * 1024;

/** A request longer than this is not even read to its end. */
export const DRAIN_BYTES = 16 * 1024 * 1024;

/** Sends allowed per address: a few at once, then one every two minutes. */
export const SEND_LIMIT = { burst: 5, refillSeconds: 120 };
/** Tokens allowed per address (the form asks once per page). */
export const TOKEN_LIMIT = { burst: 20, refillSeconds: 15 };

/** What the Node adapter passes: the address of the connection (Workers use CF-Connecting-IP instead). */
export interface RelayContext {
	clientAddress?: string;
}

export interface RelayOptions {
	now?: () => number;
	log?: (line: string) => void;
}

const TRY_AGAIN = 'いまは受け付けられませんでした。しばらくしてから、もう一度送ってください';

/** One relay with its own rate-limit memory (one per isolate or process). */
export function createRelay({ now = () => Date.now(), log = (line) => console.log(line) }: RelayOptions = {}) {
	const sends = new RateLimiter(SEND_LIMIT);
	const tokens = new RateLimiter(TOKEN_LIMIT);

	return {
		async fetch(request: Request, env: RelayEnv, ctx?: RelayContext): Promise<Response> {
			const read = readConfig(env ?? {});
			if ('problems' in read) {
				log(`relay: settings missing or wrong: ${read.problems.join(' / ')}`);
				return json(500, { problems: ['中継の設定が足りません。コーディネーターに知らせてください'] });
			}
			const config = read.config;
			/** Never let the token into a log line, whatever a message holds. */
			const say = (line: string) => log(line.split(config.token).join('***'));
			const url = new URL(request.url);
			const origin = request.headers.get('origin');
			const cors = origin === config.origin ? { 'access-control-allow-origin': origin, vary: 'Origin' } : undefined;
			const address = ctx?.clientAddress ?? request.headers.get('cf-connecting-ip') ?? 'unknown';
			const route = url.pathname.replace(/\/+$/, '') || '/';

			if (route === '/' && request.method === 'GET') return json(200, { service: 'sasaeai relay' });
			if (route !== '/token' && route !== '/send') return json(404, { problems: ['このアドレスには何もありません'] });
			if (!cors) return json(403, { problems: ['このサイトからは送れません'] });
			if (request.method === 'OPTIONS') return preflight(request, cors, route);

			if (route === '/token') {
				if (request.method !== 'GET') return json(405, { problems: ['GET で開いてください'] }, { ...cors, allow: 'GET, OPTIONS' });
				if (!tokens.take(address, now()).allowed) return json(429, { problems: [TRY_AGAIN] }, cors);
				return json(
					200,
					{
						token: await makeToken(config.secret, now()),
						...(config.turnstileSiteKey ? { turnstileSiteKey: config.turnstileSiteKey } : {}),
					},
					cors,
				);
			}

			if (request.method !== 'POST') return json(405, { problems: ['POST で送ってください'] }, { ...cors, allow: 'POST, OPTIONS' });
			const limited = sends.take(address, now());
			if (!limited.allowed)
				return json(
					429,
					{ problems: ['続けて送られたため、しばらく受け付けません。少し時間をおいてから送ってください'] },
					{ ...cors, 'retry-after': String(limited.retryAfterSeconds), 'access-control-expose-headers': 'retry-after' },
				);
			if (config.rateLimiter && !(await config.rateLimiter.limit({ key: address })).success)
				return json(429, { problems: [TRY_AGAIN] }, { ...cors, 'retry-after': '60', 'access-control-expose-headers': 'retry-after' });
			return send(request, config, cors, address, now, say);
		},
	};
}

async function send(
	request: Request,
	config: RelayConfig,
	cors: Record<string, string>,
	address: string,
	now: () => number,
	say: (line: string) => void,
): Promise<Response> {
	if (!/^application\/json\s*(;|$)/i.test(request.headers.get('content-type') ?? ''))
		return json(415, { problems: ['送り方が正しくありません（JSON で送ってください）'] }, cors);
	const raw = await readLimited(request, MAX_REQUEST_BYTES);
	if (raw === null) return json(400, { problems: ['送られた内容が読めません（文字コードは UTF-8 にしてください）'] }, cors);
	if (raw === undefined)
		return json(
			413,
			{ problems: [`送られた内容が大きすぎます（ファイルは ${Math.round(LIMITS.fileBytes / 1024)} KB まで）。長い文章は分けてください`] },
			cors,
		);
	let body: unknown;
	try {
		body = JSON.parse(raw);
	} catch {
		return json(400, { problems: ['送られた内容が読めません。サイトのフォームから送ってください'] }, cors);
	}
	const submission = readSubmission(body);
	if (!submission.ok) return json(400, { problems: submission.problems }, cors);
	const { website, token, turnstile } = submission.value;
	if (website !== '') return json(400, { problems: ['送れませんでした。サイトのフォームから送ってください'] }, cors);
	const verdict = await checkToken(config.secret, token, now());
	if (verdict === 'too-new') return json(400, { problems: ['早すぎます。内容を確かめてから、もう一度「送る」を押してください'] }, cors);
	if (verdict !== 'ok')
		return json(
			400,
			{ problems: ['ページを開いてから時間がたちすぎました。ページを開きなおして（入れた内容は残ります）、もう一度送ってください'] },
			cors,
		);
	if (
		config.turnstileSecret &&
		!(await turnstilePasses(config.turnstileSecret, turnstile, address === 'unknown' ? undefined : address, config.turnstileUrl))
	) {
		return json(403, { problems: ['ロボットではないことの確認ができませんでした。もう一度ためしてください'] }, cors);
	}
	const issue = issueFor(submission.value);
	if (!issue.ok) return json(422, { problems: issue.problems }, cors);
	try {
		const api = gitHub({ token: config.token, repository: config.repository, apiUrl: config.apiUrl });
		const opened = await openIssue(api, { title: issue.value.title, body: issue.value.body, labels: [LABELS.form] });
		say(`relay: issue #${opened.number} opened for ${issue.value.path}`);
		return json(201, { receipt: opened.number, url: opened.html_url }, cors);
	} catch (error) {
		if (!(error instanceof GitHubError)) throw error;
		say(`relay: GitHub refused: ${error.message}`);
		return json(502, { problems: [TRY_AGAIN] }, cors);
	}
}

/**
 * The request's text; undefined when it is longer than `max` bytes, null when it is not UTF-8. A longer body is
 * still read to its end (and thrown away) up to DRAIN_BYTES, so that the browser gets the answer 413 with its
 * message rather than a broken connection; beyond that the connection is dropped.
 */
async function readLimited(request: Request, max: number): Promise<string | undefined | null> {
	if (!request.body) return '';
	const declared = Number(request.headers.get('content-length') ?? '0');
	const reader = request.body.getReader();
	const chunks: Uint8Array[] = [];
	let total = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		total += value.byteLength;
		if (total > DRAIN_BYTES || declared > DRAIN_BYTES) {
			await reader.cancel();
			return undefined;
		}
		if (total <= max && declared <= max) chunks.push(value);
	}
	if (total > max || declared > max) return undefined;
	const bytes = new Uint8Array(total);
	let at = 0;
	for (const c of chunks) {
		bytes.set(c, at);
		at += c.byteLength;
	}
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return null;
	}
}

function preflight(request: Request, cors: Record<string, string>, route: string): Response {
	const method = request.headers.get('access-control-request-method');
	const allowed = route === '/send' ? 'POST' : 'GET';
	if (method !== allowed) return json(403, { problems: ['この送り方は使えません'] }, cors);
	return new Response(null, {
		status: 204,
		headers: {
			...cors,
			'access-control-allow-methods': `${allowed}, OPTIONS`,
			'access-control-allow-headers': 'content-type',
			'access-control-max-age': '600',
		},
	});
}

function json(status: number, value: unknown, headers: Record<string, string> = {}): Response {
	return new Response(JSON.stringify(value), {
		status,
		headers: {
			'content-type': 'application/json; charset=utf-8',
			'cache-control': 'no-store',
			'x-content-type-options': 'nosniff',
			...headers,
		},
	});
}
