/**
 * A large town's search index is written in parts (src/lib/search/parts.ts) so that Pagefind's service never holds
 * more than a part in memory. The sample city built with parts of 40 pages answers every everyday word and the
 * residents' longer queries with the same pages, the same count and the same status line as the whole index, in
 * the order a large town's page puts them (each search's own sorted pages) and in the names file's order. The page
 * itself loading the parts in Chromium: tests/search-loading.test.ts (川波町 is built in parts).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { firstScreenWords } from '../src/integrations/first-screens.ts';
import { runAstroBuild } from './build-site.ts';
import { searchEngine, type SearchEngine } from './search-engine.ts';
import { SAMPLE, TEST_DIST } from './towns.ts';

const PART_PAGES = 40;
const QUERIES = [
	...firstScreenWords(),
	'青葉で体操',
	'一人暮らしの見守り',
	'買い物に行きたい',
	'子どもの居場所',
	'認知症カフェ',
	'書道教室',
	'ごみ出し 手伝い',
	'送迎 デイ',
	'ひだまり',
	'い',
];

const work = mkdtempSync(join(tmpdir(), 'sasaeai-parts-'));
const parted = join(work, 'dist');

beforeAll(() => {
	const built = runAstroBuild({ SASAEAI_CONTENT: SAMPLE, SASAEAI_OUT_DIR: parted, SASAEAI_SEARCH_PART_PAGES: String(PART_PAGES) });
	if (built.status !== 0) throw new Error(`The sample city did not build in parts:\n${built.output}`);
}, 180_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the sample city with its index in parts of 40 pages', () => {
	test('the parts are written beside the first, each without its own copy of Pagefind, and the page names them', () => {
		const pagefind = join(parted, 'pagefind');
		const folders = readdirSync(pagefind).filter((f) => /^part-\d+$/.test(f));
		expect(folders.length).toBeGreaterThanOrEqual(2);
		for (const folder of folders) {
			const files = readdirSync(join(pagefind, folder));
			expect(files).toEqual(expect.arrayContaining(['pagefind-entry.json', 'index', 'fragment', 'filter']));
			expect(files.some((f) => f.endsWith('.pf_meta'))).toBe(true);
			expect(files.filter((f) => /^(pagefind\.js|pagefind-worker\.js|wasm\.)/.test(f))).toEqual([]);
		}
		const html = readFileSync(join(parted, 'search/index.html'), 'utf8');
		for (const folder of folders) {
			expect(html).toMatch(new RegExp(`data-parts="[^"]*${folder}/:[0-9a-z_-]+`));
			expect(html).toMatch(new RegExp(`name="search-files" content="[^"]*${folder}/:`));
		}
		expect(existsSync(join(TEST_DIST, 'pagefind', 'part-2'))).toBe(false);
	});

	for (const perSearchOrder of [true, false]) {
		describe(perSearchOrder ? "in each search's own order (a large town's page)" : "in the names file's order", () => {
			let whole: SearchEngine;
			let inParts: SearchEngine;
			beforeAll(async () => {
				whole = await searchEngine(TEST_DIST, '/', { perSearchOrder });
				inParts = await searchEngine(parted, '/', { perSearchOrder });
			});
			afterAll(async () => {
				await whole.close();
				await inParts.close();
			});

			test(`${QUERIES.length} queries find the same pages, counted and said alike`, async () => {
				const differing: unknown[] = [];
				let found = 0;
				for (const query of QUERIES) {
					const [a, b] = [await whole.search(query), await inParts.search(query)];
					if (a.titles.length) found++;
					if (a.status !== b.status || JSON.stringify([...a.titles].sort()) !== JSON.stringify([...b.titles].sort())) {
						differing.push({ query, whole: a, inParts: b });
					}
				}
				expect(differing).toEqual([]);
				expect(found).toBeGreaterThan(100);
			});

			test('names and the site’s neutral order come first as with one index', async () => {
				// Pages whose name holds the words lead, in 五十音順; those are placed by the order, never by a part's score.
				for (const query of ['体操', 'サロン', '見守り', 'ひだまり', '配食', '子ども食堂']) {
					const [a, b] = [await whole.search(query), await inParts.search(query)];
					expect(b.titles.slice(0, 6), query).toEqual(a.titles.slice(0, 6));
				}
			});
		});
	}
});
