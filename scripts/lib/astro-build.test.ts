import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { astroBuildArgs, NODE_BUILD_FLAGS } from './astro-build.ts';

test('npm run build runs Astro as the scripts do, with the same Node flags', () => {
	const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
	expect(scripts['build']).toBe(`node ${NODE_BUILD_FLAGS.join(' ')} node_modules/astro/bin/astro.mjs build`);
	expect(astroBuildArgs('/town')).toEqual([...NODE_BUILD_FLAGS, '/town/node_modules/astro/bin/astro.mjs', 'build']);
});
