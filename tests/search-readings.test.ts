/**
 * How residents type names, asked of the built sample city's search (tests/search-engine.ts: its own Pagefind
 * index without a browser; tests/search.test.ts shows that the page in Chromium lists the same): every place's
 * full reading typed without spaces (あおばだんちいきいきさろん) puts that place first, and a name with a number
 * is found whichever way the number is written (百歳体操 / 100歳体操, 三丁目 / 3丁目, 第二期 / 第2期). The places
 * are read from the sample city (src/sample-city/), a fixture the tests own.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadContent } from '../src/lib/content-files.ts';
import { WORD_GROUPS } from '../src/lib/search/synonyms.ts';
import { searchEngine, type SearchEngine } from './search-engine.ts';
import { SAMPLE, TEST_DIST } from './towns.ts';

let engine: SearchEngine;
beforeAll(async () => {
	engine = await searchEngine(TEST_DIST);
});
afterAll(async () => engine?.close());

/** Salons, resources and volunteer openings the search lists (not the ended ones), with their readings. */
const places = loadContent(SAMPLE, { today: '2026-11-23' })
	.entries.filter((e) => ['salons', 'resources', 'volunteers'].includes(e.collection) && e.data['status'] !== '終了')
	.map((e) => ({ name: String(e.data['name'] ?? e.data['title']), yomi: String(e.data['yomi']) }));

const titles = async (query: string): Promise<string[]> => (await engine.search(query)).titles;

describe('a full reading typed without spaces finds the place first', () => {
	test('the sample has the readings to try', () => {
		expect(places.length).toBeGreaterThan(90);
	});
	test.each(places.map((p) => [p.yomi.replace(/[\s　]+/g, ''), p.name]))('%s → %s', async (reading, name) => {
		expect((await titles(reading))[0]).toBe(name);
	});
});

/** A name with its number written the other way: kanji for digits, digits for kanji. */
const KANJI: Record<string, string> = { '100': '百', '3': '三', '2': '二' };
const swapped = (name: string) =>
	name.includes('百')
		? name.replace('百', '100')
		: name.replace(/(第?)([0-9]+)(丁目|期)/, (_, dai: string, n: string, counter: string) => `${dai}${KANJI[n] ?? n}${counter}`);

describe('numbers in kanji or digits find the same place', () => {
	const numbered = places.filter((p) => /百|[0-9](丁目|期)/.test(p.name));
	test('the sample has names with numbers', () => {
		expect(numbered.length).toBeGreaterThanOrEqual(6);
	});
	test.each(numbered.map((p) => [swapped(p.name), p.name]))('%s → %s', async (query, name) => {
		expect(query).not.toBe(name);
		expect((await titles(query))[0]).toBe(name);
	});
});

describe('a town too large for a names file lists the same, in the same order', () => {
	// Each search sorts its first word's pages instead of reading every page's place from the names file (the
	// page does so at more than about 1,500 pages: src/scripts/site-search.ts). The same built sample, both ways.
	let perSearch: SearchEngine;
	beforeAll(async () => {
		perSearch = await searchEngine(TEST_DIST, '/', { perSearchOrder: true });
	});
	afterAll(async () => perSearch?.close());
	const queries = [
		...places.map((p) => p.yomi.replace(/[\s　]+/g, '')),
		...WORD_GROUPS.map((g) => g.word.text),
		'青葉で体操',
		'一人暮らしの見守り',
		'書道教室',
	];
	test(`${queries.length} queries: the same results and status`, async () => {
		const differing: string[] = [];
		for (const q of queries) {
			const [byNames, sorted] = await Promise.all([engine.search(q), perSearch.search(q)]);
			if (JSON.stringify(byNames) !== JSON.stringify(sorted))
				differing.push(`${q}: ${byNames.titles.slice(0, 3)} / ${sorted.titles.slice(0, 3)}`);
		}
		expect(differing).toEqual([]);
	});
});
