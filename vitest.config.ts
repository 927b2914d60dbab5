/**
 * Three projects, each with time limits that fit what its tests do (docs/development.md, "Tests"):
 * - unit: pure functions beside the code in src/ (milliseconds each; `npm run test:unit`);
 * - cli: the project's commands (scripts/*.test.ts, and the field reference's --check), most run as functions in
 *   the test's process, some started as processes: a process takes seconds, more on a busy machine;
 * - site: tests/, on fixture towns built once before them (tests/build-site.ts) with one Chromium shared by every
 *   browser test (tests/browser/shared-chromium.ts).
 * The limits are generous on purpose: they catch a test that hangs, not a slow machine.
 */
import { defineConfig } from 'vitest/config';
import { COMPILE_CACHE_DIR } from './src/lib/compile-cache.ts';

// Every command a test starts (`node scripts/….ts`) reuses the modules an earlier one compiled, TypeScript already
// stripped: about 40 % less CPU per process. The cache is keyed by each file's content, so an edit is never missed.
// The same folder npm run check uses on its own (src/lib/compile-cache.ts).
process.env['NODE_COMPILE_CACHE'] ??= COMPILE_CACHE_DIR;

/** Unit tests that start a process, run in the cli project instead. */
const SPAWNING_UNIT_TESTS = ['src/lib/help/field-reference.test.ts'];

export default defineConfig({
	test: {
		reporters: ['default', './tests/summary-reporter.ts'],
		// Browser pages and spawned commands leave the test worker idle much of the time: three workers keep both
		// cores busy on a 2-core machine (Vitest's default there is one).
		maxWorkers: 3,
		projects: [
			{
				test: {
					name: 'unit',
					include: ['src/**/*.test.ts'],
					isolate: false,
					pool: 'threads',
					exclude: SPAWNING_UNIT_TESTS,
					environment: 'node',
					testTimeout: 30_000,
				},
			},
			{
				test: {
					name: 'cli',
					include: ['scripts/**/*.test.ts', ...SPAWNING_UNIT_TESTS],
					isolate: false,
					environment: 'node',
					testTimeout: 120_000,
					hookTimeout: 120_000,
				},
			},
			{
				test: {
					name: 'site',
					include: ['tests/**/*.test.ts'],
					// Modules loaded once per worker, not once per file (so no test may mock a module: docs/development.md).
					isolate: false,
					environment: 'node',
					globalSetup: ['tests/build-site.ts', 'tests/browser/shared-chromium.ts'],
					// A whole-site command (build, verify) takes a minute when the machine is quiet, several when it is not.
					testTimeout: 600_000,
					hookTimeout: 600_000,
					// A page that waits for its own files (the form reading the current entry, a list filling in) takes
					// seconds when both cores are busy, not the 1 s expect.poll allows by default.
					expect: { poll: { timeout: 20_000 } },
				},
			},
		],
	},
});
