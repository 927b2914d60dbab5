/** The repository's own rules: safe pull-request workflows, and CI running the checks, the tests and the linter. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';

interface Workflow {
	on: Record<string, unknown>;
	permissions?: Record<string, string>;
	jobs: Record<string, { steps: { run?: string; uses?: string; with?: Record<string, string> }[] }>;
}
const workflows = readdirSync('.github/workflows').map((f) => {
	const parsed = yaml.load(readFileSync(join('.github/workflows', f), 'utf8')) as Workflow;
	return {
		file: f,
		parsed,
		runs: Object.values(parsed.jobs)
			.flatMap((j) => j.steps.map((s) => s.run ?? ''))
			.filter(Boolean),
	};
});

describe('GitHub workflows', () => {
	test("contributors' code runs only under pull_request, never pull_request_target", () => {
		for (const w of workflows) expect(Object.keys(w.parsed.on), w.file).not.toContain('pull_request_target');
		const ci = workflows.find((w) => w.file === 'ci.yml')!.parsed;
		expect(Object.keys(ci.on)).toContain('pull_request');
		expect(ci.permissions).toEqual({ contents: 'read' });
	});
	test('every workflow installs the project and checks before building', () => {
		for (const w of workflows) {
			expect(
				w.runs.some((r) => /^npm (install|ci)\b/.test(r)),
				w.file,
			).toBe(true);
			expect(w.runs.indexOf('npm run check'), w.file).toBeGreaterThan(-1);
			if (w.runs.includes('npm run build')) expect(w.runs.indexOf('npm run check'), w.file).toBeLessThan(w.runs.indexOf('npm run build'));
		}
	});
	test('main is deployed to GitHub Pages from dist/', () => {
		const deploy = readFileSync('.github/workflows/deploy.yml', 'utf8');
		expect(deploy).toContain('actions/deploy-pages');
		expect(deploy).toMatch(/path: dist/);
	});
});

test(".ci/run installs the project and ends with the project's tests", () => {
	const run = readFileSync('.ci/run', 'utf8').trim().split('\n');
	expect(run.at(-1)).toBe('npm test');
	expect(run.some((l) => /^npm install\b/.test(l))).toBe(true);
});

test('CI runs the tests and the linter', () => {
	const ci = workflows.find((w) => w.file === 'ci.yml')!;
	expect(ci.runs).toContain('npm test');
	expect(ci.runs).toContain('npm run lint');
});
