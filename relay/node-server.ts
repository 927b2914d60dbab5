/**
 * npm run relay: the relay (relay/relay.ts) on any Node host, with Node's own http server and the global
 * Request and Response. Settings come from the environment (docs/relay.md); RELAY_HOST and RELAY_PORT say where
 * to listen (127.0.0.1:8787 unless set: put a TLS proxy such as Caddy or nginx in front). The client's address is
 * the connection's, or, with RELAY_TRUST_PROXY=1 behind such a proxy, the last X-Forwarded-For hop it added.
 * On Node the body's markup is checked by the site's own Markdown processor, exactly as `npm run check` does.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { createRelay, type RelayOptions } from './relay.ts';
import { readConfig, type RelayEnv } from './config.ts';

/** The client's address: the connection's, or the proxy's last X-Forwarded-For hop when the proxy is trusted. */
function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
	const forwarded = req.headers['x-forwarded-for'];
	if (trustProxy && typeof forwarded === 'string') {
		const last = forwarded.split(',').at(-1)?.trim();
		if (last) return last;
	}
	return req.socket.remoteAddress ?? 'unknown';
}

function toRequest(req: IncomingMessage, base: string): Request {
	const headers = new Headers();
	for (const [name, value] of Object.entries(req.headers)) {
		if (value === undefined || name === 'cf-connecting-ip') continue;
		for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
	}
	const method = req.method ?? 'GET';
	const body = method === 'GET' || method === 'HEAD' ? undefined : (Readable.toWeb(req) as ReadableStream<Uint8Array>);
	return new Request(new URL(req.url ?? '/', base), { method, headers, ...(body ? { body, duplex: 'half' } : {}) } as RequestInit);
}

async function write(res: ServerResponse, response: Response): Promise<void> {
	res.statusCode = response.status;
	response.headers.forEach((value, name) => res.setHeader(name, value));
	res.end(response.body ? Buffer.from(await response.arrayBuffer()) : undefined);
}

/** An http server around the handler, not yet listening. */
export function relayServer(env: RelayEnv & { RELAY_TRUST_PROXY?: string }, options: RelayOptions = {}): Server {
	const relay = createRelay(options);
	const trustProxy = env.RELAY_TRUST_PROXY === '1';
	return createServer((req, res) => {
		const request = toRequest(req, 'http://relay.invalid');
		relay
			.fetch(request, env, { clientAddress: clientAddress(req, trustProxy) })
			.then((response) => write(res, response))
			.catch((error: unknown) => {
				console.error(
					`relay: ${(error as Error).name}: ${String((error as Error).message)
						.split(env.GITHUB_TOKEN || '\u0000')
						.join('***')}`,
				);
				if (!res.headersSent) res.statusCode = 500;
				res.end();
			});
	});
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const env = process.env as RelayEnv & Record<string, string | undefined>;
	const read = readConfig(env);
	if ('problems' in read) {
		console.error(
			['中継の設定が足りません（docs/relay.md「B. 自分のサーバー（Node.js）で動かす」）:', ...read.problems.map((p) => `- ${p}`)].join(
				'\n',
			),
		);
		process.exit(1);
	}
	const host = env['RELAY_HOST'] || '127.0.0.1';
	const port = Number(env['RELAY_PORT'] || 8787);
	const server = relayServer(env);
	server.listen(port, host, () => {
		const address = server.address();
		const at = typeof address === 'object' && address ? `${address.address}:${address.port}` : `${host}:${port}`;
		console.log(`中継を http://${at} で動かしています（止めるときは Ctrl+C）。`);
	});
}
