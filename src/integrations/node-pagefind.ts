/**
 * A built site's own Pagefind client, run in Node: the pagefind.js of a built index, started the way the search
 * page starts it (on the calling thread, no worker) and pointed at where that index is served (basePath, an
 * http://127.0.0.1 address: Pagefind fetches its files). Used by the first screens at build time
 * (src/integrations/first-screens.ts) and by the tests that ask the built search from Node (tests/search-engine.ts).
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Pagefind's client, started: P is as much of its interface as the caller uses. */
export async function nodePagefind<P extends { init(): Promise<void> }>(pagefindDir: string, basePath: string): Promise<P> {
	const module = (await import(/* @vite-ignore */ pathToFileURL(join(pagefindDir, 'pagefind.js')).href)) as {
		createInstance(options: object): P;
	};
	const pagefind = module.createInstance({ basePath, baseUrl: '/', noWorker: true });
	await pagefind.init();
	return pagefind;
}
