/**
 * Builds each fixture town once into test-dist/<town>/ before the site tests run (set SASAEAI_SKIP_BUILD=1 to
 * reuse existing builds while working on tests). Both builds run at the same time.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { astroBuildArgs, removeBuildCaches } from '../scripts/lib/astro-build.ts';
import { contentDir } from '../src/lib/content-dir.ts';
import { townCheckout } from '../scripts/lib/town-checkout.ts';
import { distOf, TOWN_BUILD_ENV, TOWNS, type TownName } from './towns.ts';

export { TEST_DIST } from './towns.ts';

const ASTRO = () => astroBuildArgs();

/**
 * Each build runs in a checkout of its own: Astro keeps generated modules in <root>/.astro/, and two builds of
 * different towns sharing one root (the suite builds several at once) would overwrite each other's.
 */
function isolated(env: Record<string, string>): { cwd: string; env: Record<string, string>; done: () => void } {
	const parent = mkdtempSync(join(tmpdir(), 'sasaeai-build-'));
	const cwd = townCheckout(join(parent, 'root'));
	const absolute = (key: string) => (env[key] ? { [key]: resolve(env[key]!) } : {});
	const buildEnv = { ...env, ...absolute('SASAEAI_CONTENT'), ...absolute('SASAEAI_OUT_DIR') };
	return {
		cwd,
		env: buildEnv,
		done: () => {
			removeBuildCaches(cwd, contentDir(buildEnv, cwd));
			rmSync(parent, { recursive: true, force: true });
		},
	};
}
/**
 * The date the test builds are made for (SASAEAI_TODAY, which the build's date-dependent parts honour: next dates,
 * the 12- and 24-month confirmation rules, the dashboard). Fixed, so that the fixture towns' dates keep meaning the
 * same thing whatever day the suite runs; a test may give its build another date.
 */
export const TEST_TODAY = '2026-12-07';

/**
 * The environment a build gets: the machine's, without what Vitest adds to it (BASE_URL, MODE, DEV, PROD, SSR),
 * which Astro would otherwise inline into the pages in place of the town's own base path.
 */
export function buildEnv(env: Record<string, string> = {}): NodeJS.ProcessEnv {
	const { BASE_URL: _b, MODE: _m, DEV: _d, PROD: _p, SSR: _s, ...machine } = process.env;
	return { ...machine, ASTRO_TELEMETRY_DISABLED: '1', SASAEAI_TODAY: TEST_TODAY, ...env };
}

export function runAstroBuild(env: Record<string, string>): { status: number | null; output: string } {
	const run = isolated(env);
	const result = spawnSync(process.execPath, ASTRO(), {
		cwd: run.cwd,
		env: buildEnv({ SASAEAI_OUT_DIR: join(process.cwd(), 'dist'), ...run.env }),
		encoding: 'utf8',
	});
	run.done();
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** The same build, without blocking: for building several towns at once. */
export function runAstroBuildAsync(env: Record<string, string>): Promise<{ status: number | null; output: string }> {
	const run = isolated(env);
	return new Promise((done) => {
		const child = spawn(process.execPath, ASTRO(), {
			cwd: run.cwd,
			env: buildEnv({ SASAEAI_OUT_DIR: join(process.cwd(), 'dist'), ...run.env }),
		});
		let output = '';
		child.stdout.on('data', (d) => (output += d));
		child.stderr.on('data', (d) => (output += d));
		child.on('close', (status) => {
			run.done();
			done({ status, output });
		});
	});
}

export default async function setup(): Promise<void> {
	const towns = Object.keys(TOWNS) as TownName[];
	const todo = towns.filter((t) => !(process.env['SASAEAI_SKIP_BUILD'] && existsSync(join(distOf(t), 'index.html'))));
	const results = await Promise.all(
		todo.map((t) =>
			runAstroBuildAsync({ SASAEAI_CONTENT: TOWNS[t], SASAEAI_OUT_DIR: distOf(t), ...TOWN_BUILD_ENV[t] }).then((r) => ({ town: t, ...r })),
		),
	);
	const failed = results.filter((r) => r.status !== 0);
	if (failed.length) throw new Error(failed.map((r) => `The fixture town ${r.town} did not build:\n${r.output}`).join('\n\n'));
}
