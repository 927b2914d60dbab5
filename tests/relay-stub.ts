/**
 * A stub of the two web services the relay calls, on 127.0.0.1: GitHub's REST API (POST /repos/:owner/:name/issues
 * opens issue 101, 102 …) and Cloudflare Turnstile's siteverify (POST /siteverify: success only for the answer
 * `good-answer` with the secret `turnstile-secret`). It records every request, so a test can say what reached
 * GitHub. For the relay's tests and the form's browser tests.
 */
import { createServer, type Server } from 'node:http';

export interface StubRequest {
	method: string;
	path: string;
	headers: Record<string, string | string[] | undefined>;
	body: string;
}

export interface Stub {
	url: string;
	requests: StubRequest[];
	/** The issues opened, as GitHub would keep them. */
	issues: { number: number; title: string; body: string; labels: string[]; html_url: string }[];
	/** Make GitHub answer every call with this status (and a message quoting the token), or work again (undefined). */
	failWith: number | undefined;
	close: () => Promise<void>;
}

export const TURNSTILE_SECRET = 'turnstile-secret';
export const TURNSTILE_GOOD = 'good-answer';

export async function startStub(): Promise<Stub> {
	let next = 101;
	const stub = { requests: [] as StubRequest[], issues: [] as Stub['issues'], failWith: undefined as number | undefined } as Stub;
	const server: Server = createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (c: Buffer) => chunks.push(c));
		req.on('end', () => {
			const body = Buffer.concat(chunks).toString('utf8');
			const path = req.url ?? '/';
			stub.requests.push({ method: req.method ?? '', path, headers: req.headers, body });
			const send = (status: number, value: unknown) => {
				// No keep-alive: a client reusing a connection the server is just closing would fail now and then.
				res.writeHead(status, { 'content-type': 'application/json', connection: 'close' });
				res.end(JSON.stringify(value));
			};
			if (path === '/siteverify' && req.method === 'POST') {
				const form = new URLSearchParams(body);
				return send(200, { success: form.get('secret') === TURNSTILE_SECRET && form.get('response') === TURNSTILE_GOOD });
			}
			const issue = /^\/repos\/([^/]+)\/([^/]+)\/issues$/.exec(path);
			if (issue && req.method === 'POST') {
				if (stub.failWith) return send(stub.failWith, { message: `Bad credentials: ${String(req.headers['authorization'])}` });
				const data = JSON.parse(body) as { title: string; body: string; labels: string[] };
				const number = next++;
				const html_url = `https://github.com/${issue[1]}/${issue[2]}/issues/${number}`;
				stub.issues.push({ number, title: data.title, body: data.body, labels: data.labels, html_url });
				return send(201, { number, html_url, title: data.title });
			}
			send(404, { message: 'Not Found' });
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	stub.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
	stub.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
	return stub;
}

/** The relay's settings for a test against this stub: the site at `origin`, Turnstile off. */
export function relayEnv(stub: Stub, origin: string, extra: Record<string, string> = {}): Record<string, string> {
	return {
		GITHUB_TOKEN: 'github_pat_STUB_0123456789',
		GITHUB_REPOSITORY: 'town/site',
		ALLOWED_ORIGIN: origin,
		RELAY_SECRET: 'relay-secret-for-the-tests-0123456789abcdef',
		GITHUB_API_URL: stub.url,
		...extra,
	};
}

/** The relay in Node's http server (as npm run relay runs it) on 127.0.0.1, for browser tests. */
export async function startNodeRelay(env: Record<string, string>): Promise<{ url: string; close: () => Promise<void> }> {
	const { relayServer } = await import('../relay/node-server.ts');
	const server = relayServer(env);
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	return {
		url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
		close: () => new Promise<void>((resolve) => server.close(() => resolve())),
	};
}

/** The relay's Workers bundle in workerd (Miniflare) listening on 127.0.0.1, for browser tests. */
export async function startWorkerRelay(env: Record<string, string>, port = 0): Promise<{ url: string; close: () => Promise<void> }> {
	const [{ Miniflare }, { bundleRelay, COMPATIBILITY }, { join }] = await Promise.all([
		import('miniflare'),
		import('../relay/bundle.ts'),
		import('node:path'),
	]);
	const mf = new Miniflare({
		modules: [{ type: 'ESModule', path: join(process.cwd(), 'relay-worker.mjs'), contents: await bundleRelay() }],
		...COMPATIBILITY,
		bindings: env,
		host: '127.0.0.1',
		port,
	});
	const url = (await mf.ready).origin;
	return { url, close: () => mf.dispose() };
}
