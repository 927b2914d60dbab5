/**
 * The search without JavaScript: the keyword index (/words/). In Chromium with JavaScript off, a resident types
 * a word in the header form of any page and presses さがす (one tap); the search page offers the index's rows;
 * they tap the row of the word's first sound (two taps), find the word and, from it, the place. Also: the index
 * pages carry no script, are light, meet WCAG 2.2 AA with 44px targets, and keep the base path in every link.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { scriptsShipped } from './page-scripts.ts';
import { fileFor } from '../src/lib/verify/paths.ts';
import { headKana, rowOf } from '../src/lib/search/word-index.ts';
import { PAGE_BUDGET, weighPage } from '../scripts/page-weight.ts';
import { builtSiteInBrowser, PHONE } from './browser/harness.ts';
import { axeViolations } from './browser/axe.ts';
import { distOf, TEST_DIST } from './towns.ts';

const site = builtSiteInBrowser(TEST_DIST);
let noScript: BrowserContext;
let page: Page;

beforeAll(async () => {
	noScript = await site.browser.newContext({ ...PHONE, javaScriptEnabled: false });
	page = await noScript.newPage();
});
afterAll(async () => {
	await noScript?.close();
});

const ENTRY = '/salons/aoba/aoba-danchi-ikiiki-salon/';

/**
 * From the header form of an entry page: type, press さがす (tap 1), tap the word's first sound (tap 2), then
 * find the word there, following its 「→ …」 link when it is another way to say a listed word, and return the
 * places listed under it.
 */
async function placesFor(
	query: string,
	yomi: string,
	word: string,
	fromHeader: boolean,
): Promise<{ taps: number; places: string[]; entry: Locator }> {
	if (fromHeader) {
		await page.goto(site.url + ENTRY);
		await page.fill('.header-search input[name="q"]', query);
		await page.press('.header-search input[name="q"]', 'Enter');
		await page.waitForURL(/\/search\/\?q=/);
	} else await page.goto(`${site.url}/search/?q=${encodeURIComponent(query)}`); // where さがす in the header leads (tap 1)
	let taps = 1;
	await page.click(`.word-index .kana-line a:text-is("${headKana(yomi)}")`);
	taps++;
	await page.waitForLoadState();
	const exactly = new RegExp(`^(.*・)?${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(・.*)?$`);
	let entry = page
		.locator('li.word')
		.filter({ has: page.locator('.word-name', { hasText: exactly }) })
		.first();
	const see = entry.locator('.word-see a');
	if (await see.count()) {
		await see.click();
		await page.waitForLoadState();
		const id = new URL(page.url()).hash.slice(1);
		entry = page.locator(`li.word[id="${id}"]`);
	}
	return { taps, places: await entry.locator('.word-pages a').allTextContents(), entry };
}

describe('without JavaScript, a word typed in any page header leads through the index to its places', () => {
	test.each([
		// [typed, its reading (the row a resident opens), the word in the index, a place it leads to]
		['体操', 'たいそう', '体操', '青葉台 いきいき百歳体操'],
		['たいそう', 'たいそう', '体操', '松風公園 ラジオ体操の会'],
		['草むしり', 'くさむしり', '草むしり', '川原 ちょこっと助け隊（電球交換・草刈りなど）'],
		['お弁当', 'おべんとう', 'お弁当', 'ひだまり市 配食サービス（見守りつき）'],
		['グランドゴルフ', 'ぐらんどごるふ', 'グランドゴルフ', '川原 寿会 グラウンド・ゴルフと交流会'],
		['物忘れ', 'ものわすれ', '物忘れ', '青葉の里 オレンジカフェ'],
		['ゴミ出し', 'ごみだし', 'ゴミ出し', '青葉台団地 ごみ出しお手伝い'],
		['百歳体操', 'ひゃくさいたいそう', '百歳体操', '上川原 いきいき百歳体操'],
		['話し相手', 'はなしあいて', '話し相手', 'ひだまりテレフォン（電話の話し相手・安否確認）'],
		['送り迎え', 'おくりむかえ', '送り迎え', 'おでかけサポート北部（通院・外出の付き添い）'],
	])('「%s」 → %s → %s → %s', async (query, yomi, word, place) => {
		// The whole way, from an entry page's header to the place's own page, for the first two words; the others
		// from the search page the header leads to, and the place's page read from the built site.
		const whole = query === '体操' || query === 'たいそう';
		const { taps, places, entry } = await placesFor(query, yomi, word, whole);
		expect(taps).toBeLessThanOrEqual(2);
		expect(places).toContain(place);
		const link = entry.locator('.word-pages a', { hasText: place }).first();
		if (whole) {
			await link.click();
			await page.waitForLoadState();
			expect(await page.textContent('h1')).toContain(place);
		} else {
			const href = new URL((await link.getAttribute('href'))!, page.url()).pathname;
			expect(readFileSync(fileFor(TEST_DIST, '/', href)!, 'utf8')).toMatch(
				new RegExp(`<h1[^>]*>[^<]*${place.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
			);
		}
	});
	test('a place is also listed by its own name under its reading', async () => {
		await page.goto(`${site.url}/search/`);
		await page.click('.word-index .kana-line a:text-is("か")');
		await expect(page.locator('a.word-name', { hasText: '川原 オレンジカフェ' }).count()).resolves.toBe(1);
	});
	test('the search page says why it cannot search and where to look instead', async () => {
		await page.goto(`${site.url}/search/?q=${encodeURIComponent('体操')}`);
		expect(await page.textContent('.word-index .notice')).toContain('JavaScript');
		expect(await page.locator('.word-index .kana-line a').count()).toBeGreaterThanOrEqual(30);
	});
	test.each(['/', '/areas/aoba/', ENTRY, '/fields/health/', '/reports/aoba/2026-09-17-aoba-council/'])(
		'from %s, the index is two taps away',
		async (path) => {
			await page.goto(site.url + path);
			await page.press('.header-search input[name="q"]', 'Enter');
			await page.waitForURL(/\/search\//);
			await page.click('.word-index .kana-line a >> nth=0');
			await page.waitForLoadState();
			expect(new URL(page.url()).pathname).toMatch(/^\/words\//);
			expect(await page.locator('li.word').count()).toBeGreaterThan(0);
		},
	);
});

describe('the index pages', () => {
	const files = (readdirSync(join(TEST_DIST, 'words'), { recursive: true }) as string[])
		.filter((f) => f.endsWith('index.html'))
		.map((f) => join(TEST_DIST, 'words', f));
	test('are split by row once they are long, and ship no script', () => {
		expect(files.length).toBeGreaterThan(5);
		for (const f of files) expect(scriptsShipped(readFileSync(f, 'utf8')), f).toEqual([]);
	});
	test('stay light: each well under the 50 KB page budget', () => {
		for (const f of files) expect(weighPage(f, TEST_DIST).total, f).toBeLessThan(PAGE_BUDGET / 2);
	});
	test('list their words in 五十音順, each row under its own kana', () => {
		const collator = new Intl.Collator('ja');
		const ta = readFileSync(join(TEST_DIST, 'words/ta/index.html'), 'utf8');
		const yomi = [...ta.matchAll(/<span class="word-yomi"[^>]*>（([^）]*)）/g)].map((m) => m[1]!);
		expect(yomi.length).toBeGreaterThan(10);
		expect(yomi).toEqual([...yomi].sort(collator.compare));
		expect(yomi.every((y) => rowOf(y) === 'ta')).toBe(true);
	});
	test('every link leads to a page of the site', () => {
		for (const f of files) {
			for (const [, href] of readFileSync(f, 'utf8').matchAll(/href="(\/[^"#?]*)/g))
				expect(fileFor(TEST_DIST, '/', decodeURIComponent(href!)), `${f}: ${href}`).toBeTruthy();
		}
	});
	test('keep the base path in every link (川波町, under /kawanami-guide/)', () => {
		const dist = distOf('kawanami');
		const pages = (readdirSync(join(dist, 'words'), { recursive: true }) as string[]).filter((f) => f.endsWith('index.html'));
		expect(pages.length).toBeGreaterThan(0);
		const search = readFileSync(join(dist, 'search/index.html'), 'utf8');
		expect(search).toMatch(/href="\/kawanami-guide\/words\//);
		for (const f of pages) {
			const html = readFileSync(join(dist, 'words', f), 'utf8');
			const hrefs = [...html.matchAll(/<main[\s\S]*<\/main>/g)].flatMap((m) => [...m[0].matchAll(/href="(\/[^"#?]*)/g)].map((h) => h[1]!));
			expect(hrefs.length).toBeGreaterThan(0);
			for (const href of hrefs) {
				expect(href, f).toMatch(/^\/kawanami-guide\//);
				expect(fileFor(dist, '/kawanami-guide/', decodeURIComponent(href)), `${f}: ${href}`).toBeTruthy();
			}
		}
	});
});

describe('for residents on a phone', () => {
	let withAxe: Page;
	beforeAll(async () => {
		withAxe = await site.browser.newPage({ ...PHONE, bypassCSP: true });
	});
	// axe-core once per template: the index and one row (/words/ka/ is the same page as /words/ta/); /search/ is
	// swept with every template in tests/a11y.test.ts.
	const sweep = new Set(['/words/', '/words/ta/']);
	test.each(['/words/', '/words/ta/', '/words/ka/', '/search/'])(
		'%s: no WCAG 2.2 AA violation, jump links and place links at least 44px, nothing wider than the screen',
		async (path) => {
			await withAxe.goto(site.url + path);
			const violations = sweep.has(path) ? await axeViolations(withAxe) : [];
			expect(violations).toEqual([]);
			const small = await withAxe.evaluate(() =>
				[...document.querySelectorAll<HTMLElement>('main .jump-links a, .kana-line a, .word-pages a, .word-see a, a.word-name')]
					.map((el) => ({ text: el.textContent?.trim(), h: el.getBoundingClientRect().height }))
					.filter((r) => r.h < 44),
			);
			expect(small).toEqual([]);
			expect(await withAxe.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
		},
	);
});
