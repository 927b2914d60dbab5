/**
 * First screens (src/integrations/first-screens.ts) are the search's own answers, made at build time: for every
 * everyday word of 川波町 (built with them, as a town too large for a names file is), the file's count, the words'
 * splitting and its cards are what the search answers that word, in the order a large town's page puts them. The
 * sample city, small enough for a names file, gets none. What the page does with them: tests/search-loading.test.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FIRST_SCREEN_CARDS, type FirstScreen } from '../src/integrations/first-screens.ts';
import { wantFirstScreens } from '../src/integrations/search-index.ts';
import { searchEngine, type SearchEngine } from './search-engine.ts';
import { distOf, TEST_DIST } from './towns.ts';

const firstScreensOf = (dist: string) =>
	JSON.parse(/data-search-first>([^<]*)</.exec(readFileSync(join(dist, 'search/index.html'), 'utf8'))![1]!) as Record<string, string>;

describe('川波町: a first screen for each everyday word', () => {
	const dist = distOf('kawanami');
	let engine: SearchEngine;
	beforeAll(async () => {
		engine = await searchEngine(dist, '/kawanami-guide/', { perSearchOrder: true });
	});
	afterAll(async () => {
		await engine.close();
	});

	test('every first screen is what the search answers its word', async () => {
		const files = firstScreensOf(dist);
		expect(Object.keys(files)).toEqual(expect.arrayContaining(['体操', 'たいそう', '見守り', 'みまもり']));
		for (const [word, file] of Object.entries(files)) {
			const screen = JSON.parse(readFileSync(join(dist, 'pagefind', file), 'utf8')) as FirstScreen;
			const answer = await engine.search(word);
			expect({
				word,
				titles: screen.cards.map((c) => c.meta['title']),
				status: `${screen.count}件 見つかりました。${screen.loosened ? 'ことばを分けてさがしました。' : ''}`,
			}).toEqual({ word, titles: answer.titles.slice(0, FIRST_SCREEN_CARDS), status: answer.status });
			expect(screen.cards.every((c) => c.url.startsWith('/kawanami-guide/'))).toBe(true);
		}
	});
});

describe('which towns get them', () => {
	test('the sample city, with a names file, gets none', () => {
		expect(firstScreensOf(TEST_DIST)).toEqual({});
		expect(existsSync(join(TEST_DIST, 'pagefind/first'))).toBe(false);
	});
	test('a town without a names file gets them; SASAEAI_FIRST_SCREENS=always or never decides for any town', () => {
		expect(wantFirstScreens('', undefined)).toBe(true);
		expect(wantFirstScreens('names.0123456789ab.json', undefined)).toBe(false);
		expect(wantFirstScreens('names.0123456789ab.json', 'always')).toBe(true);
		expect(wantFirstScreens('', 'never')).toBe(false);
	});
});
