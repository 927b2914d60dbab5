/**
 * Builds the sample site once into test-dist/ before the site tests run (set SASAEAI_SKIP_BUILD=1 to reuse
 * an existing build while working on tests).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const TEST_DIST = join(process.cwd(), 'test-dist');

export function runAstroBuild(env: Record<string, string>): { status: number | null; output: string } {
	const result = spawnSync(process.execPath, [join(process.cwd(), 'node_modules/astro/bin/astro.mjs'), 'build'], {
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
		encoding: 'utf8',
	});
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

export default function setup(): void {
	if (process.env['SASAEAI_SKIP_BUILD'] && existsSync(join(TEST_DIST, 'index.html'))) return;
	const { status, output } = runAstroBuild({ SASAEAI_OUT_DIR: TEST_DIST });
	if (status !== 0) throw new Error(`The sample site did not build:\n${output}`);
}
