/**
 * How `npm run build` runs Astro, for everything that builds a site from a script (the tests' fixture towns, the
 * benchmark): package.json's "build" says the same, and astro-build.test.ts keeps the two alike.
 *
 * Node is given a young generation of 32 MB instead of its default: a build makes millions of short-lived
 * strings (pages, calendars, search text), and with the default the garbage collector ran about twice as often;
 * about 0.5 s of 11 at 1,000 entries, with less memory at its peak (docs/performance.md).
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, realpathSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildCacheDirs, contentDir } from '../../src/lib/content-dir.ts';

export const NODE_BUILD_FLAGS = ['--max-semi-space-size=32'] as const;

/**
 * Removes the caches a build of `content` from `root` left in the project's node_modules (buildCacheDirs): the
 * tests and the benchmark build from folders that are made for one run, and their caches would otherwise pile up.
 */
export function removeBuildCaches(root: string, content: string): void {
	// The build names its caches from its working directory as the system gives it: without symbolic links.
	const real = existsSync(root) ? realpathSync(root) : root;
	for (const dir of Object.values(buildCacheDirs(real, content))) rmSync(join(root, dir), { recursive: true, force: true });
}

/** The arguments after `node` (process.execPath) for `astro build` in the project at `root`. */
export const astroBuildArgs = (root = process.cwd()): string[] => [
	...NODE_BUILD_FLAGS,
	join(root, 'node_modules/astro/bin/astro.mjs'),
	'build',
];

/** `astro build` in a checkout made for one build (the tests'), as npm run build runs it; its caches removed after. */
export function buildCheckout(root: string, env: NodeJS.ProcessEnv): SpawnSyncReturns<string> {
	const result = spawnSync(process.execPath, astroBuildArgs(root), { cwd: root, env, encoding: 'utf8' });
	removeBuildCaches(root, contentDir(env, root));
	return result;
}
