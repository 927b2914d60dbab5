/**
 * Serves a built site folder on 127.0.0.1 the way GitHub Pages does: under its base path (/ or /<repository>/),
 * a folder's index.html for a path ending in /, 404.html with status 404 for anything missing, and nothing
 * outside the folder. Used by npm run verify, budgets, lighthouse, bench and the browser tests.
 */
import { createReadStream, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { fileFor } from '../../src/lib/verify/paths.ts';

export const CONTENT_TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.webp': 'image/webp',
	'.wasm': 'application/wasm',
	'.geojson': 'application/geo+json',
	'.ics': 'text/calendar; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.pf_meta': 'application/octet-stream',
};

export interface ServedSite {
	/** Origin plus base path, without a trailing slash: `${url}/areas/aoba/` is a page. */
	url: string;
	/** The origin alone: http://127.0.0.1:port */
	origin: string;
	close: () => Promise<void>;
}

export async function serve(root: string, base = '/'): Promise<ServedSite> {
	const server: Server = createServer((req, res) => {
		let path: string;
		try {
			path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		} catch {
			path = '/';
		}
		const file = fileFor(root, base, path);
		const notFound = join(root, '404.html');
		res.writeHead(file ? 200 : 404, { 'content-type': CONTENT_TYPES[extname(file ?? '.html')] ?? 'application/octet-stream' });
		if (file) createReadStream(file).pipe(res);
		else if (existsSync(notFound)) createReadStream(notFound).pipe(res);
		else res.end('404');
	});
	// Idle connections are left for the client to close: a server closing them after its 5 s could close one just as
	// the client sent a request on it ("fetch failed"), which a build answering many searches (src/integrations/
	// first-screens.ts) while its thread is busy did now and then.
	server.keepAliveTimeout = 0;
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	const origin = `http://127.0.0.1:${port}`;
	return {
		url: `${origin}${base.replace(/\/$/, '')}`,
		origin,
		close: () =>
			new Promise((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections();
			}),
	};
}
