/**
 * Every TypeScript and Astro file of the project type-checks (`astro check`, as `npm run typecheck` runs it).
 * A test rather than a step before the suite, so that it runs beside the other tests: it keeps one core busy for
 * half a minute, and the suite's other files use the other.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { buildEnv } from '../tests/build-site.ts';

test('astro check finds no error in any TypeScript or Astro file', async () => {
	const { status, output } = await new Promise<{ status: number | null; output: string }>((done) => {
		const child = spawn(process.execPath, [join(process.cwd(), 'node_modules/astro/bin/astro.mjs'), 'check'], {
			env: buildEnv({ FORCE_COLOR: '0', NO_COLOR: '1' }),
		});
		let output = '';
		child.stdout.on('data', (d) => (output += d));
		child.stderr.on('data', (d) => (output += d));
		child.on('close', (status) => done({ status, output }));
	});
	expect(status, output.slice(-6000)).toBe(0);
	expect(output).toMatch(/- 0 errors/);
}, 600_000);
