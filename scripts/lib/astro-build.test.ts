import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { astroBuildArgs, NODE_BUILD_FLAGS, removeBuildCaches } from './astro-build.ts';
import { buildCacheDirs } from '../../src/lib/content-dir.ts';

test('npm run build runs Astro as the scripts do, with the same Node flags', () => {
	const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
	expect(scripts['build']).toBe(`node ${NODE_BUILD_FLAGS.join(' ')} node_modules/astro/bin/astro.mjs build`);
	expect(astroBuildArgs('/town')).toEqual([...NODE_BUILD_FLAGS, '/town/node_modules/astro/bin/astro.mjs', 'build']);
});

test("a build's caches are removed with it, and no other build's", () => {
	const root = realpathSync(mkdtempSync(join(tmpdir(), 'sasaeai-caches-')));
	try {
		const mine = buildCacheDirs(root, '/towns/a');
		const other = buildCacheDirs(root, '/towns/b');
		expect(mine.astro).not.toBe(other.astro);
		for (const dir of [mine.astro, mine.vite, other.astro, other.vite]) mkdirSync(join(root, dir), { recursive: true });
		removeBuildCaches(root, '/towns/a');
		expect([mine.astro, mine.vite, other.astro, other.vite].map((dir) => existsSync(join(root, dir)))).toEqual([false, false, true, true]);
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
});
