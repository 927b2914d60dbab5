/**
 * The first screen serves the page: the header (the sample notice included) takes at most a quarter of a phone's
 * first screen (390×844 and 360×640) and never more than the screen at 200 % text; the navigation sits behind
 * one 「メニュー」 button that opens without JavaScript; the search field stays.
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { TEST_DIST } from './build-site.ts';
import { builtSiteInBrowser, PHONE } from './browser/harness.ts';

const site = builtSiteInBrowser(TEST_DIST);
const PAGES = ['/', '/areas/aoba/', '/salons/matsukaze/matsukaze-nordic-walking/', '/today/'];

/** The height of the sample notice and the header together, and the screen's height. */
async function headerShare(path: string, viewport: { width: number; height: number }, bigText = false) {
	const page = await pageFor(bigText);
	await page.setViewportSize(viewport);
	await page.goto(site.url + path);
	if (bigText) await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
	const height = await page.evaluate(() =>
		Math.round(
			(document.querySelector('.sample-notice')?.getBoundingClientRect().height ?? 0) +
				document.querySelector('.site-header')!.getBoundingClientRect().height,
		),
	);
	return height / viewport.height;
}
/** One page for normal text and one for double text (which adds a stylesheet): a new page costs Chromium a second of CPU. */
const pages = new Map<boolean, Promise<Page>>();
function pageFor(bigText: boolean): Promise<Page> {
	if (!pages.has(bigText)) pages.set(bigText, site.browser.newPage({ ...PHONE, bypassCSP: bigText }));
	return pages.get(bigText)!;
}
afterAll(async () => {
	for (const page of pages.values()) await (await page).close();
});

describe('the header on a phone', () => {
	test.each(PAGES)('%s: at most a quarter of 390×844 and of 360×640', async (path) => {
		expect(await headerShare(path, { width: 390, height: 844 })).toBeLessThanOrEqual(0.25);
		expect(await headerShare(path, { width: 360, height: 640 })).toBeLessThanOrEqual(0.25);
	});
	test.each(PAGES)('%s: less than the screen at double text size', async (path) => {
		expect(await headerShare(path, { width: 390, height: 844 }, true)).toBeLessThan(1);
		expect(await headerShare(path, { width: 360, height: 640 }, true)).toBeLessThan(1);
	});
	test('the menu opens without JavaScript and leads everywhere it did; the search field is on the first screen', async () => {
		const context = await site.browser.newContext({ ...PHONE, javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${site.url}/salons/matsukaze/matsukaze-nordic-walking/`);
		expect(await page.locator('.site-nav a').first().isVisible()).toBe(false);
		expect(await page.locator('.header-search input').isVisible()).toBe(true);
		await page.click('summary:has-text("メニュー")');
		const links = await page.locator('.site-nav a').allTextContents();
		expect(links.map((t) => t.trim())).toEqual(expect.arrayContaining(['今日・今週', 'サロン・通いの場', '地域の資源']));
		expect(await page.locator('.site-nav a').first().isVisible()).toBe(true);
		await context.close();
	});
	test('an entry’s first screen shows its name, when it is next on, and 「電話する」 (390×844)', async () => {
		const context = await site.browser.newContext({ ...PHONE, javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${site.url}/salons/matsukaze/matsukaze-nordic-walking/`);
		const bottoms = await page.evaluate(() =>
			['h1', '[data-next-dates]', '.contact .tel'].map((s) => document.querySelector(s)!.getBoundingClientRect().bottom),
		);
		await context.close();
		expect(
			bottoms.every((b) => b <= 844),
			bottoms.join(', '),
		).toBe(true);
	});
});
