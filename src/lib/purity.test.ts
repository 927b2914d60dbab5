import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

const LIB = import.meta.dirname;
const modules = (readdirSync(LIB, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts') && !f.startsWith('site-data'));

describe('src/lib is pure outside src/lib/site-data/', () => {
	test('no module outside site-data/ reads the collections or imports a module that does', () => {
		const readers = modules.filter((f) => /from '(astro:content|[^']*site-data\/[^']*)'/.test(readFileSync(join(LIB, f), 'utf8')));
		expect(readers.map((f) => relative(LIB, join(LIB, f)))).toEqual([]);
	});
	test('every module in site-data/ reads the collections, directly or through content.ts', () => {
		const dataModules = (readdirSync(join(LIB, 'site-data')) as string[]).filter((f) => f.endsWith('.ts'));
		expect(dataModules.length).toBeGreaterThan(0);
		for (const f of dataModules)
			expect(readFileSync(join(LIB, 'site-data', f), 'utf8'), f).toMatch(/from '(astro:content|\.\/content\.ts|\.\/search-records\.ts)'/);
	});
});
