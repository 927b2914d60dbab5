/**
 * Node's compile cache for the commands that start often (npm run check and its worker threads): each module's
 * compiled code is kept in node_modules/.cache/node-compile/ and used again only while the module's source is
 * the same (Node checks it against the source; an edited module is compiled again), which halves the time the
 * check spends loading its modules. It holds the project's code only, never content, and lives in the project's
 * own node_modules (not the shared temporary folder, where another user could place files).
 */
import { enableCompileCache } from 'node:module';
import { fileURLToPath } from 'node:url';

export const COMPILE_CACHE_DIR = fileURLToPath(new URL('../../node_modules/.cache/node-compile/', import.meta.url));

/** Turns the cache on for the modules this thread loads from now on (static imports are already loaded). */
export function cacheCompiledModules(): void {
	try {
		enableCompileCache(COMPILE_CACHE_DIR);
	} catch {
		// A cache that cannot be used (a read-only checkout) only costs time.
	}
}
