/**
 * Search without JavaScript, in two taps: from any page, the header's 「さがす」 opens the search page, which offers
 * the everyday words residents search most as direct links to their place in the keyword index; there each place
 * shows its weekday and 校区, and 「ほかにN件」 leads to the word's full list, not back to the search.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadContent } from '../src/lib/content-files.ts';
import { builtSiteInBrowser, PHONE } from './browser/harness.ts';
import { SAMPLE, TEST_DIST } from './towns.ts';

const site = builtSiteInBrowser(TEST_DIST);
const WORDS = ['体操', '配食', '見守り', '買い物', '認知症', '子ども食堂'];
/** The sample's active places whose name holds a word: the index must lead to each of them. */
const named = (word: string) =>
	loadContent(SAMPLE)
		.entries.filter((e) => (e.collection === 'salons' || e.collection === 'resources') && e.data['status'] !== '終了')
		.map((e) => e.data['name'] as string)
		.filter((name) => name.includes(word));

let context: BrowserContext;
let page: Page;
beforeAll(async () => {
	context = await site.browser.newContext({ ...PHONE, javaScriptEnabled: false });
	page = await context.newPage();
});
afterAll(() => context.close());

/** Tap 1: the header's 「さがす」 on a list page; tap 2: the word. Returns the word's entry in the index. */
async function twoTaps(word: string) {
	await page.goto(`${site.url}/salons/`);
	await page.locator('.header-search button[type=submit]').click();
	await page.waitForURL(/\/search\//);
	await page.locator('.everyday-words').getByRole('link', { name: word, exact: true }).click();
	await page.waitForURL(/\/words\//);
	const id = new URL(page.url()).hash.slice(1);
	const entry = page.locator(`[id="${id}"]`);
	return {
		entry,
		places: await entry
			.locator('.word-pages li')
			.evaluateAll((lis) =>
				lis.map((li) => ({ name: li.querySelector('a')!.textContent!.trim(), note: li.querySelector('.word-note')?.textContent ?? '' })),
			),
	};
}

describe('without JavaScript, a common word is two taps from any page', () => {
	test.each(WORDS)('「%s」: its places, each with its weekday or 校区', async (word) => {
		const { entry, places } = await twoTaps(word);
		expect(await entry.isVisible()).toBe(true);
		expect(places.length, word).toBeGreaterThan(0);
		// Each place is said with its weekday or 校区, never bare.
		expect(places.filter((p) => p.note === '')).toEqual([]);
		const more = entry.locator('.word-more a');
		const all = (await more.count())
			? await (async () => {
					expect(await more.getAttribute('href')).not.toContain('/search/');
					await more.click();
					return page.locator('.word-all li a').allTextContents();
				})()
			: places.map((p) => p.name);
		for (const name of named(word))
			expect(
				all.map((t) => t.trim()),
				`${word}: ${name}`,
			).toContain(name);
	});
	test('the search page says, without JavaScript, where to tap', async () => {
		await page.goto(`${site.url}/search/`);
		expect(await page.locator('.word-index').textContent()).toContain('よくさがされることば');
		const links = await page.locator('.everyday-words a').allTextContents();
		expect(links).toEqual(expect.arrayContaining(WORDS));
	});
});

describe('「ほかにN件」 leads to the full list', () => {
	test('a word that finds more than the index lists: its full list, every place once, with notes', async () => {
		await page.goto(`${site.url}/words/`);
		const hrefs = await page.locator('.word-more a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
		const rowPages = hrefs.length
			? []
			: await page.locator('.kana-table a').evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href')!.split('#')[0]!))]);
		for (const row of rowPages) {
			await page.goto(`${site.url}${row}`);
			hrefs.push(...(await page.locator('.word-more a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))));
		}
		expect(hrefs.length).toBeGreaterThan(0);
		for (const href of hrefs.slice(0, 4)) {
			expect(href).toMatch(/\/words\/all\/w-[0-9a-z]+\/$/);
			await page.goto(`${site.url}${href}`);
			const items = await page
				.locator('.word-all li')
				.evaluateAll((lis) =>
					lis.map((li) => [li.querySelector('a')!.getAttribute('href'), li.querySelector('.word-note')?.textContent ?? '']),
				);
			const count = Number(/(\d+)件/.exec((await page.locator('.lead').textContent())!)![1]);
			expect(items).toHaveLength(count);
			expect(new Set(items.map(([url]) => url)).size).toBe(count);
			expect(count).toBeGreaterThan(12);
			const places = items.filter(([url]) => /\/(salons|resources)\//.test(url!));
			expect(places.length).toBeGreaterThan(0);
			expect(places.filter(([, note]) => note === '')).toEqual([]);
		}
	});
});
