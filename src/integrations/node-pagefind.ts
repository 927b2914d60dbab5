/**
 * A built site's own Pagefind client, run in Node: the pagefind.js of a built index, started the way the search
 * page starts it (on the calling thread, no worker, the index's later parts merged in: src/lib/search/parts.ts) and
 * pointed at where that index is served (basePath, an http://127.0.0.1 address: Pagefind fetches its files). Used
 * by the first screens at build time (src/integrations/first-screens.ts) and by the tests that ask the built search
 * from Node (tests/search-engine.ts).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mergeLaterParts, partFolder, partOptions } from '../lib/search/parts.ts';

/** The folders of a written index's parts after the first (part-2/, part-3/…), in order. */
export function laterPartFolders(pagefindDir: string): string[] {
	const folders: string[] = [];
	for (let n = 2; existsSync(join(pagefindDir, partFolder(n))); n++) folders.push(partFolder(n));
	return folders;
}

interface Mergeable {
	init(): Promise<void>;
	mergeIndex(indexPath: string, options: object): Promise<void>;
}

/** Pagefind's client, started: P is as much of its interface as the caller uses. */
export async function nodePagefind<P extends { init(): Promise<void> }>(pagefindDir: string, basePath: string): Promise<P> {
	const module = (await import(/* @vite-ignore */ pathToFileURL(join(pagefindDir, 'pagefind.js')).href)) as {
		createInstance(options: object): P & Mergeable;
	};
	const later = laterPartFolders(pagefindDir).map((folder) => ({ folder }));
	const pagefind = module.createInstance({ basePath, baseUrl: '/', noWorker: true, ...partOptions(1, later.length + 1) });
	await pagefind.init();
	await mergeLaterParts(pagefind, basePath, later, { baseUrl: '/' });
	return pagefind;
}
