/**
 * The 校区 map in Chromium, offline as this machine is: nothing leaves the site before the tap; after it, the
 * boundary and one marker per place with coordinates show on a plain background, popups are text, the
 * keyboard works, and 「現在地から探す」 sorts the list by distance.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../src/lib/content-files.ts';
import { TEST_DIST } from './build-site.ts';
import { builtSiteInBrowser, PHONE } from './browser/harness.ts';
import { SAMPLE } from './towns.ts';

const site = builtSiteInBrowser(TEST_DIST);

const content = loadContent(SAMPLE).entries;
/** Places with coordinates on a 校区's map, counted here from the content files. */
function expectedPoints(area: string): number {
	const located = (e: (typeof content)[number]) => !!(e.data['place'] as { location?: unknown } | undefined)?.location;
	const salons = content.filter((e) => e.collection === 'salons' && e.data['area'] === area && located(e));
	const resources = content.filter((e) => e.collection === 'resources' && (e.data['areas'] as string[]).includes(area) && located(e));
	return salons.length + resources.length;
}

/** A phone-sized page that records every request and lets none leave the machine (tiles fail, as offline). */
async function offlinePage(contextOptions: Parameters<Browser['newContext']>[0] = {}): Promise<{ page: Page; context: BrowserContext; requests: string[] }> {
	const context = await site.browser.newContext({ ...PHONE, ...contextOptions });
	const requests: string[] = [];
	await context.route('**/*', (route) => {
		const url = route.request().url();
		requests.push(url);
		return url.startsWith(site.url) ? route.continue() : route.abort('internetdisconnected');
	});
	return { page: await context.newPage(), context, requests };
}

async function openMap(page: Page, area: string): Promise<void> {
	await page.goto(`${site.url}/areas/${area}/`);
	await page.click('[data-show-map]');
	await page.waitForSelector('[data-map][data-points]');
}

describe('the 校区 map', () => {
	test('before the tap, no map code, no map data and no third-party request', async () => {
		const { page, context, requests } = await offlinePage();
		await page.goto(`${site.url}/areas/aoba/`);
		await page.waitForLoadState('networkidle');
		expect(requests.filter((u) => !u.startsWith(site.url))).toEqual([]);
		expect(requests.filter((u) => /leaflet|map\.json/.test(u))).toEqual([]);
		expect(await page.isVisible('[data-show-map]')).toBe(true);
		await context.close();
	});
	test.each(['aoba', 'chuo', 'higashiyama'])('%s: one marker per place with coordinates, clustered or not', async (area) => {
		const { page, context } = await offlinePage();
		await openMap(page, area);
		const counts = await page.$$eval('.leaflet-marker-icon[data-count]', (els) => els.map((e) => Number(e.getAttribute('data-count'))));
		expect(counts.reduce((a, b) => a + b, 0)).toBe(expectedPoints(area));
		expect(expectedPoints(area)).toBeGreaterThan(5);
		await context.close();
	});
	test('offline, tiles fail but the boundary and markers show, and the resident is told', async () => {
		const { page, context, requests } = await offlinePage();
		await openMap(page, 'aoba');
		await page.waitForFunction(() => document.querySelector('[data-map-status]')?.textContent?.includes('地図の画像を読み込めません'));
		expect(requests.some((u) => u.includes('cyberjapandata.gsi.go.jp'))).toBe(true);
		expect(await page.$$eval('.leaflet-overlay-pane path', (paths) => paths.length)).toBe(1);
		expect(await page.isVisible('.leaflet-marker-icon')).toBe(true);
		expect(await page.textContent('.leaflet-control-attribution')).toContain('地理院タイル');
		await context.close();
	});
	test('a marker opens a popup of plain text with a link, from the keyboard too', async () => {
		const { page, context } = await offlinePage();
		await openMap(page, 'aoba');
		const single = page.locator('.leaflet-marker-icon[data-count="1"]').first();
		const name = await single.getAttribute('aria-label');
		await single.focus();
		await page.keyboard.press('Enter');
		await page.waitForSelector('.leaflet-popup-content a');
		expect(await page.textContent('.leaflet-popup-content a')).toBe(name);
		await context.close();
	});
	test('a cluster shows what it holds: it zooms in, or lists places that share one spot', async () => {
		const { page, context } = await offlinePage();
		await page.goto(`${site.url}/areas/aoba/`);
		await page.click('[data-show-map]');
		await page.waitForSelector('[data-map][data-points]');
		const cluster = page.locator('.leaflet-marker-icon[data-count]:not([data-count="1"])').first();
		if ((await cluster.count()) === 0) {
			await page.evaluate(() => (document.querySelector('.leaflet-control-zoom-out') as HTMLElement).click());
			await page.waitForTimeout(400);
		}
		const before = await page.$$eval('.leaflet-marker-icon[data-count]', (els) => els.length);
		const target = page.locator('.leaflet-marker-icon[data-count]:not([data-count="1"])').first();
		const held = Number(await target.getAttribute('data-count'));
		await target.click();
		await page.waitForTimeout(600);
		const after = await page.$$eval('.leaflet-marker-icon[data-count]', (els) => els.length);
		const listed = await page.$$eval('.leaflet-popup-content a', (links) => links.length);
		expect(after > before || listed === held).toBe(true);
		await context.close();
	});
});

describe('現在地から探す', () => {
	test('sorts the list of places by distance from the resident, nearest first', async () => {
		const { page, context } = await offlinePage({ geolocation: { latitude: 34.8412, longitude: 135.6183 }, permissions: ['geolocation'] });
		await page.goto(`${site.url}/areas/aoba/`);
		await page.click('[data-locate]');
		await page.waitForFunction(() => document.querySelector('[data-map-status]')?.textContent?.includes('近い順'));
		const first = await page.$$eval('[data-places] > li', (lis) => lis.slice(0, 2).map((li) => li.textContent ?? ''));
		expect(first[0]).toContain('青葉団地 いきいきサロン');
		expect(first[0]).toMatch(/ここから約\d+m/);
		await context.close();
	});
	test('without JavaScript, the list is there and the buttons are not', async () => {
		const context = await site.browser.newContext({ ...PHONE, javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${site.url}/areas/aoba/`);
		expect(await page.$$eval('[data-places] > li', (lis) => lis.length)).toBe(expectedPoints('aoba'));
		expect(await page.isVisible('[data-show-map]')).toBe(false);
		await context.close();
	});
});
