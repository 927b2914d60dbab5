/**
 * How `npm run build` runs Astro, for everything that builds a site from a script (the tests' fixture towns, the
 * benchmark): package.json's "build" says the same, and astro-build.test.ts keeps the two alike.
 *
 * Node is given a young generation of 32 MB instead of its default: a build makes millions of short-lived
 * strings (pages, calendars, search text), and with the default the garbage collector ran about twice as often;
 * about 0.5 s of 11 at 1,000 entries, with less memory at its peak (docs/performance.md).
 */
import { join } from 'node:path';

export const NODE_BUILD_FLAGS = ['--max-semi-space-size=32'] as const;

/** The arguments after `node` (process.execPath) for `astro build` in the project at `root`. */
export const astroBuildArgs = (root = process.cwd()): string[] => [
	...NODE_BUILD_FLAGS,
	join(root, 'node_modules/astro/bin/astro.mjs'),
	'build',
];
