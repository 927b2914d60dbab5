/**
 * Builds each fixture town once into test-dist/<town>/ before the site tests run (set SASAEAI_SKIP_BUILD=1 to
 * reuse existing builds while working on tests). Both builds run at the same time.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { distOf, TOWNS, type TownName } from './towns.ts';

export { TEST_DIST } from './towns.ts';

const ASTRO = () => [join(process.cwd(), 'node_modules/astro/bin/astro.mjs'), 'build'];
/**
 * The environment a build gets: the machine's, without what Vitest adds to it (BASE_URL, MODE, DEV, PROD, SSR),
 * which Astro would otherwise inline into the pages in place of the town's own base path.
 */
export function buildEnv(env: Record<string, string> = {}): NodeJS.ProcessEnv {
	const { BASE_URL: _b, MODE: _m, DEV: _d, PROD: _p, SSR: _s, ...machine } = process.env;
	return { ...machine, ASTRO_TELEMETRY_DISABLED: '1', ...env };
}

export function runAstroBuild(env: Record<string, string>): { status: number | null; output: string } {
	const result = spawnSync(process.execPath, ASTRO(), { env: buildEnv(env), encoding: 'utf8' });
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** The same build, without blocking: for building several towns at once. */
export function runAstroBuildAsync(env: Record<string, string>): Promise<{ status: number | null; output: string }> {
	return new Promise((resolve) => {
		const child = spawn(process.execPath, ASTRO(), { env: buildEnv(env) });
		let output = '';
		child.stdout.on('data', (d) => (output += d));
		child.stderr.on('data', (d) => (output += d));
		child.on('close', (status) => resolve({ status, output }));
	});
}

export default async function setup(): Promise<void> {
	const towns = Object.keys(TOWNS) as TownName[];
	const todo = towns.filter((t) => !(process.env['SASAEAI_SKIP_BUILD'] && existsSync(join(distOf(t), 'index.html'))));
	const results = await Promise.all(todo.map((t) => runAstroBuildAsync({ SASAEAI_CONTENT: TOWNS[t], SASAEAI_OUT_DIR: distOf(t) }).then((r) => ({ town: t, ...r }))));
	const failed = results.filter((r) => r.status !== 0);
	if (failed.length) throw new Error(failed.map((r) => `The fixture town ${r.town} did not build:\n${r.output}`).join('\n\n'));
}
