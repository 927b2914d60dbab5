/**
 * The 校区 map in Chromium, offline as this machine is: nothing leaves the site before the tap; after it, the
 * boundary and one marker per place with coordinates show on a plain background, popups are text, the
 * keyboard works, and 「現在地から探す」 sorts the list by distance.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { loadContent } from '../src/lib/content-files.ts';
import { TEST_DIST } from './build-site.ts';
import { builtSiteInBrowser, PHONE } from './browser/harness.ts';
import { axeViolations } from './browser/axe.ts';
import { targetSizes, textSizes } from './browser/legibility.ts';
import { distOf, SAMPLE } from './towns.ts';

const site = builtSiteInBrowser(TEST_DIST);
const kawanami = builtSiteInBrowser(distOf('kawanami'), '/kawanami-guide/');
/** The narrowest phone the site is made for, beside PHONE (390px). */
const NARROW = { ...PHONE, viewport: { width: 320, height: 640 } };

const content = loadContent(SAMPLE).entries;
/** Places with coordinates on a 校区's map, counted here from the content files. */
function expectedPoints(area: string): number {
	const located = (e: (typeof content)[number]) => !!(e.data['place'] as { location?: unknown } | undefined)?.location;
	const salons = content.filter((e) => e.collection === 'salons' && e.data['area'] === area && located(e));
	const resources = content.filter((e) => e.collection === 'resources' && (e.data['areas'] as string[]).includes(area) && located(e));
	return salons.length + resources.length;
}

interface Offline {
	page: Page;
	/** Closes the page's own context (the shared one stays open for the next test). */
	context: { close(): Promise<void> };
	requests: string[];
}

/**
 * A phone-sized page that records every request and lets none leave the machine (tiles fail, as offline). Tests
 * that need no options of their own share one page, emptied between them: a new page costs Chromium about a
 * second of CPU, a navigation a tenth.
 */
let shared: Promise<Offline> | undefined;
async function offlinePage(contextOptions?: Parameters<Browser['newContext']>[0]): Promise<Offline> {
	if (contextOptions) return newOfflinePage(contextOptions);
	shared ??= newOfflinePage({});
	const { page, requests } = await shared;
	await page.goto('about:blank');
	requests.length = 0;
	return { page, requests, context: { close: async () => {} } };
}
afterAll(async () => (await shared)?.context.close());

async function newOfflinePage(contextOptions: Parameters<Browser['newContext']>[0]): Promise<Offline> {
	const context = await site.browser.newContext({ ...PHONE, ...contextOptions });
	const requests: string[] = [];
	await context.route('**/*', (route) => {
		const url = route.request().url();
		requests.push(url);
		return url.startsWith(site.url) ? route.continue() : route.abort('internetdisconnected');
	});
	return { page: await context.newPage(), context, requests };
}

async function openMap(page: Page, area: string, root = site.url): Promise<void> {
	await page.goto(`${root}/areas/${area}/`);
	await page.click('[data-show-map]');
	await page.waitForSelector('[data-map][data-points]');
}

/** What has the keyboard focus: a marker (its label and count), something else in the map, or elsewhere. */
function focused(page: Page): Promise<{
	inMap: boolean;
	marker: boolean;
	label: string | null;
	count: number;
	isMap: boolean;
	tag: string;
	text: string;
	fresh: boolean;
}> {
	return page.evaluate(() => {
		const el = document.activeElement as HTMLElement | null;
		const map = document.querySelector('[data-map]');
		return {
			inMap: !!el && !!map?.contains(el),
			isMap: el === map,
			marker: !!el?.matches('.leaflet-marker-icon'),
			label: el?.getAttribute('aria-label') ?? null,
			count: Number(el?.getAttribute('data-count') ?? 0),
			tag: el?.tagName.toLowerCase() ?? '',
			text: el?.textContent?.trim() ?? '',
			fresh: !!el?.matches('.leaflet-marker-icon:not([data-seen])'),
		};
	});
}

/** Marks the markers on the map now, so a test can tell the ones that appear later. */
const markSeen = (page: Page) => page.$$eval('.leaflet-marker-icon', (els) => els.forEach((e) => e.setAttribute('data-seen', '')));

/** Presses Tab until a marker matching `selector` has focus (at most 30 presses). */
async function tabTo(page: Page, selector: string): Promise<void> {
	for (let i = 0; i < 30; i++) {
		if (await page.evaluate((s) => !!document.activeElement?.matches(s), selector)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error(`Tab never reached ${selector}`);
}

/** The map opened from the keyboard, as a resident without a mouse does. */
async function openMapByKeyboard(page: Page, area: string, root = site.url): Promise<void> {
	await page.goto(`${root}/areas/${area}/`);
	await page.focus('[data-show-map]');
	await page.keyboard.press('Enter');
	await page.waitForSelector('[data-map][data-points]');
	await page.waitForFunction(() => document.activeElement?.closest('[data-map]'));
}

/** Every name the map shows or announces: visible text, aria-label, title and alt of everything in it. */
function mapWords(page: Page): Promise<string[]> {
	return page.$eval('[data-map]', (map) => {
		const words = [(map as HTMLElement).innerText];
		for (const el of [map, ...map.querySelectorAll('*')])
			for (const a of ['aria-label', 'title', 'alt']) if (el.getAttribute(a)) words.push(el.getAttribute(a)!);
		return words;
	});
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

describe('the map by keyboard, in Japanese', () => {
	test('after 「地図を表示」 focus is on the map, which is named and explained', async () => {
		const { page, context } = await offlinePage();
		await openMapByKeyboard(page, 'aoba');
		const now = await focused(page);
		expect(now.isMap || now.marker).toBe(true);
		const named = await page.$eval('[data-map]', (m) => ({
			name: m.getAttribute('aria-label'),
			help: document.getElementById(m.getAttribute('aria-describedby') ?? '')?.textContent,
		}));
		expect(named.name).toBe('青葉小学校区の地図');
		expect(named.help).toContain('Enter');
		expect(await page.textContent('[data-map-status]')).toMatch(/地図を表示しました|地図の画像を読み込めません/);
		await context.close();
	});
	test.each([
		['Enter', PHONE],
		['Space', NARROW],
	] as const)('Tab to a cluster, %s opens it, and focus lands on a marker that appeared', async (key, device) => {
		const { page, context } = await offlinePage(device);
		await openMapByKeyboard(page, 'aoba');
		await page.keyboard.press('Tab');
		expect((await focused(page)).marker).toBe(true);
		await tabTo(page, '.leaflet-marker-icon[data-count]:not([data-count="1"])');
		const cluster = await focused(page);
		expect(cluster.label).toMatch(/^\d+か所がまとまっています。選ぶと拡大します$/);
		const zoom = await page.evaluate(() => window.scrollY);
		await markSeen(page);
		await page.keyboard.press(key);
		await page.waitForFunction(() => document.activeElement?.matches('.leaflet-marker-icon:not([data-seen])'));
		const landed = await focused(page);
		expect(landed.fresh && landed.count).toBeGreaterThan(0);
		expect(landed.count).toBeLessThan(cluster.count);
		expect(await page.evaluate(() => window.scrollY), 'Space does not scroll the page').toBe(zoom);
		await context.close();
	});
	test('places that share one spot are listed in a popup, opened from the keyboard', async () => {
		const { page, context } = await offlinePage();
		await openMapByKeyboard(page, 'aoba');
		// Open the largest cluster in view until one lists places that share a spot (zooming in cannot part them).
		const listing = '.leaflet-marker-icon[aria-label$="選ぶと一覧が出ます"]:not([hidden])';
		for (let i = 0; i < 8 && !(await page.$(listing)); i++) {
			const counts = await page.$$eval('.leaflet-marker-icon[data-count]:not([data-count="1"]):not([hidden])', (els) =>
				els.map((e) => Number(e.getAttribute('data-count'))),
			);
			expect(counts.length).toBeGreaterThan(0);
			await page.focus(`.leaflet-marker-icon[data-count="${Math.max(...counts)}"]:not([hidden])`);
			await markSeen(page);
			await page.keyboard.press('Enter');
			await page.waitForFunction(() => document.activeElement?.matches('.leaflet-marker-icon:not([data-seen])'));
		}
		expect(await page.getAttribute(listing, 'aria-label')).toMatch(/^\d+か所がまとまっています。選ぶと一覧が出ます$/);
		await page.focus(listing);
		const held = (await focused(page)).count;
		await page.keyboard.press('Enter');
		await page.waitForSelector('.leaflet-popup-content a');
		expect(await page.$$eval('.leaflet-popup-content a', (links) => links.length)).toBe(held);
		expect(await page.textContent('.map-popup-lead')).toBe(`同じ場所に${held}か所あります`);
		await page.keyboard.press('Tab');
		expect((await focused(page)).tag).toBe('a');
		await page.keyboard.press('Escape');
		expect((await focused(page)).count).toBe(held);
		await context.close();
	});
	test('Enter on a place opens its popup; Tab goes to its link, then 「閉じる」; Escape and 「閉じる」 return focus to the marker', async () => {
		const { page, context } = await offlinePage();
		await openMapByKeyboard(page, 'aoba');
		await tabTo(page, '.leaflet-marker-icon[data-count="1"]');
		const marker = await focused(page);
		expect(marker.label).toBeTruthy();
		await page.keyboard.press('Enter');
		await page.waitForSelector('.leaflet-popup-content a');
		expect(await focused(page)).toMatchObject({ marker: true, label: marker.label });
		expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-expanded'))).toBe('true');
		await page.keyboard.press('Tab');
		expect(await focused(page)).toMatchObject({ tag: 'a', text: marker.label });
		expect(await page.evaluate(() => !!document.activeElement?.closest('.leaflet-popup'))).toBe(true);
		await page.keyboard.press('Shift+Tab');
		expect(await focused(page)).toMatchObject({ marker: true, label: marker.label });
		await page.keyboard.press('Tab');
		await page.keyboard.press('Escape');
		await page.waitForFunction(() => !document.querySelector('.leaflet-popup-content a'));
		expect(await focused(page)).toMatchObject({ marker: true, label: marker.label });
		expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-expanded'))).toBe('false');
		// Space opens it too; 「閉じる」 is the stop after the link and closes it the same way.
		await page.keyboard.press(' ');
		await page.waitForSelector('.leaflet-popup-content a');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		expect(await focused(page)).toMatchObject({ tag: 'button', text: '閉じる' });
		await page.keyboard.press('Enter');
		await page.waitForFunction(() => !document.querySelector('.leaflet-popup-content a'));
		expect(await focused(page)).toMatchObject({ marker: true, label: marker.label });
		await context.close();
	});
	test('every label is Japanese: no "Zoom in", "Close popup" or "Leaflet", shown or announced', async () => {
		const { page, context } = await offlinePage();
		await openMapByKeyboard(page, 'aoba');
		await tabTo(page, '.leaflet-marker-icon[data-count="1"]');
		await page.keyboard.press('Enter');
		await page.waitForSelector('.leaflet-popup-content a');
		const words = (await mapWords(page)).join('\n');
		expect(words).not.toMatch(/zoom|close|popup|leaflet|marker|OpenStreetMap/i);
		expect(words.match(/[A-Za-z]{2,}/g) ?? []).toEqual([]);
		expect(await page.getAttribute('.leaflet-control-zoom-in', 'aria-label')).toBe('拡大');
		expect(await page.getAttribute('.leaflet-control-zoom-in', 'title')).toBe('拡大');
		expect(await page.getAttribute('.leaflet-control-zoom-out', 'aria-label')).toBe('縮小');
		expect(await page.textContent('.map-popup-close')).toBe('閉じる');
		expect((await page.textContent('.leaflet-control-attribution'))?.replace(/\s+/g, ' ').trim()).toBe('地図: 地理院タイル（国土地理院）');
		expect(await page.getAttribute('.leaflet-control-attribution a', 'href')).toBe('https://maps.gsi.go.jp/development/ichiran.html');
		await context.close();
	});
	test.each([
		['390px', PHONE],
		['320px', NARROW],
	] as const)('at %s, offline, with a popup open: text of 16px or more, targets of 44×44px or more, markers apart', async (_, device) => {
		const { page, context } = await offlinePage(device);
		await openMapByKeyboard(page, 'aoba');
		await page.waitForFunction(() => document.querySelector('[data-map-status]')?.textContent?.includes('地図の画像を読み込めません'));
		const atStart = { text: await textSizes(page, '[data-map]'), targets: await targetSizes(page, '[data-map]') };
		// Open clusters until a place shows, then its popup.
		for (let i = 0; i < 5 && !(await page.$('.leaflet-marker-icon[data-count="1"]:not([hidden])')); i++) {
			await page.focus('.leaflet-marker-icon[data-count]:not([data-count="1"]):not([hidden])');
			await markSeen(page);
			await page.keyboard.press('Enter');
			await page.waitForFunction(() => document.activeElement?.matches('.leaflet-marker-icon:not([data-seen])'));
		}
		await page.focus('.leaflet-marker-icon[data-count="1"]:not([hidden])');
		await page.keyboard.press('Enter');
		await page.waitForSelector('.leaflet-popup-content a');
		await page.waitForTimeout(300);
		const text = [...atStart.text, ...(await textSizes(page, '[data-map]'))];
		const targets = [...atStart.targets, ...(await targetSizes(page, '[data-map]'))];
		expect(text.length).toBeGreaterThan(3);
		expect(text.filter((t) => t.px < 16)).toEqual([]);
		expect(targets.map((t) => t.where)).toEqual(
			expect.arrayContaining([
				expect.stringContaining('leaflet-marker-icon'),
				expect.stringContaining('leaflet-control-zoom-in'),
				'button.map-popup-close',
			]),
		);
		expect(targets.filter((t) => t.width < 44 || t.height < 44)).toEqual([]);
		const rects = await page.$$eval('.leaflet-marker-icon', (els) =>
			els.map((e) => e.getBoundingClientRect()).map((r) => ({ l: r.left, t: r.top, r: r.right, b: r.bottom })),
		);
		const overlaps = rects.flatMap((a, i) =>
			rects.slice(i + 1).filter((b) => a.l < b.r - 0.5 && b.l < a.r - 0.5 && a.t < b.b - 0.5 && b.t < a.b - 0.5),
		);
		expect(overlaps).toEqual([]);
		await context.close();
	});
	// At the narrowest width, where the map's controls crowd most; at 390 px axe sweeps the map with its reach
	// layer on (below).
	test('axe-core finds nothing with the map open and a popup showing, at 320px', async () => {
		const { page, context } = await offlinePage({ ...NARROW, bypassCSP: true });
		await openMapByKeyboard(page, 'aoba');
		expect(await axeViolations(page)).toEqual([]);
		await tabTo(page, '.leaflet-marker-icon[data-count]:not([data-count="1"])');
		await markSeen(page);
		await page.keyboard.press('Enter');
		await page.waitForFunction(() => document.activeElement?.matches('.leaflet-marker-icon:not([data-seen])'));
		await page.focus('.leaflet-marker-icon[data-count="1"]:not([hidden])');
		await page.keyboard.press('Enter');
		await page.waitForSelector('.leaflet-popup-content a');
		await page.waitForFunction(() => getComputedStyle(document.querySelector('.leaflet-popup')!).opacity === '1');
		expect(await axeViolations(page)).toEqual([]);
		await context.close();
	});
	test('under a base path (川波町, /kawanami-guide/): the map loads, takes focus and opens from the keyboard', async () => {
		const context = await kawanami.browser.newContext(PHONE);
		const requests: string[] = [];
		await context.route('**/*', (route) => {
			requests.push(route.request().url());
			return route.request().url().startsWith(kawanami.url) ? route.continue() : route.abort('internetdisconnected');
		});
		const page = await context.newPage();
		await openMapByKeyboard(page, 'kamigawa', kawanami.url);
		expect(requests.filter((u) => u.includes('map.json'))).toEqual([`${kawanami.url}/areas/kamigawa/map.json`]);
		await tabTo(page, '.leaflet-marker-icon');
		await page.keyboard.press('Enter');
		await page.waitForFunction(
			() => document.querySelector('.leaflet-popup-content a') || document.activeElement?.matches('.leaflet-marker-icon'),
		);
		expect((await focused(page)).inMap).toBe(true);
		const link = await page.$eval('.leaflet-popup-content a', (a) => a.getAttribute('href')).catch(() => null);
		if (link) expect(link.startsWith('/kawanami-guide/')).toBe(true);
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

/** The out-of-reach layer of 東山 as published: the meshes, and those with at least one person (the table's rows). */
function reachFile(area: string): { features: { properties: { people: number; text: string } }[] } {
	return JSON.parse(readFileSync(join(TEST_DIST, 'data/reach', `${area}.geojson`), 'utf8'));
}

describe('歩いて行ける範囲の外（65歳以上）: the out-of-reach layer, loaded only on its own tap', () => {
	test('no reach data before its tap, not even when the map is shown; after it, the hatched meshes, a key and words', async () => {
		const { page, context, requests } = await offlinePage();
		await page.goto(`${site.url}/areas/higashiyama/`);
		await page.waitForLoadState('networkidle');
		const reach = page.locator('[data-show-reach]');
		expect(await reach.textContent()).toContain('歩いて行ける範囲の外（65歳以上）');
		expect(await reach.getAttribute('aria-pressed')).toBe('false');
		await openMap(page, 'higashiyama');
		expect(requests.filter((u) => u.includes('/data/reach/'))).toEqual([]);
		expect(await page.$$eval('.reach-mesh', (p) => p.length)).toBe(0);

		await reach.click();
		await page.waitForSelector('[data-map][data-reach]');
		const published = reachFile('higashiyama').features;
		expect(requests.filter((u) => u.includes('/data/reach/'))).toEqual([`${site.url}/data/reach/higashiyama.geojson`]);
		expect(await page.$$eval('.reach-mesh', (p) => p.length)).toBe(published.length);
		expect(await page.$eval('.reach-mesh', (p) => p.getAttribute('fill'))).toBe('url(#reach-hatch)');
		expect(await page.$$eval('#reach-hatch line', (l) => l.length)).toBe(1);
		expect(await reach.getAttribute('aria-pressed')).toBe('true');
		expect(await page.isVisible('[data-reach-legend]')).toBe(true);
		expect(await page.textContent('[data-map-status]')).toContain(`斜線のところ ${published.length} か所`);

		await reach.click();
		await page.waitForFunction(() => document.querySelectorAll('.reach-mesh').length === 0);
		expect(await reach.getAttribute('aria-pressed')).toBe('false');
		expect(await page.isVisible('[data-reach-legend]')).toBe(false);
		await context.close();
	});
	test('the reach button alone shows the map too, and the map still takes taps on its markers', async () => {
		const { page, context } = await offlinePage(NARROW);
		await page.goto(`${site.url}/areas/higashiyama/`);
		await page.click('[data-show-reach]');
		await page.waitForSelector('[data-map][data-reach][data-points]');
		expect(await page.isVisible('[data-show-map]')).toBe(false);
		await page.locator('.leaflet-marker-icon[data-count="1"]:not([hidden])').first().click();
		await page.waitForSelector('.leaflet-popup-content a');
		await context.close();
	});
	test.each([
		['390px', PHONE],
		['320px', NARROW],
	] as const)(
		'at %s with the layer on and the table open: text of 16px or more, targets of 44px or more (axe finds nothing at 390px)',
		async (width, device) => {
			const { page, context } = await offlinePage({ ...device, bypassCSP: true });
			await page.goto(`${site.url}/areas/higashiyama/`);
			await page.click('[data-show-reach]');
			await page.waitForSelector('[data-map][data-reach]');
			await page.click('.reach-details summary');
			const text = await textSizes(page, 'area-map');
			expect(text.some((t) => t.text.includes('斜線のところ'))).toBe(true);
			expect(text.filter((t) => t.px < 16)).toEqual([]);
			const targets = await targetSizes(page, 'area-map');
			expect(targets.map((t) => t.label)).toEqual(expect.arrayContaining(['歩いて行ける範囲の外（65歳以上）']));
			expect(targets.filter((t) => t.width < 44 || t.height < 44)).toEqual([]);
			expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
			// At 320 px axe has swept the map with a popup open (above).
			if (width === '390px') expect(await axeViolations(page)).toEqual([]);
			await context.close();
		},
	);
	test('a 校区 without census meshes has no such button', async () => {
		const { page, context } = await offlinePage();
		await page.goto(`${site.url}/areas/aoba/`);
		expect(await page.$$('[data-show-reach]')).toEqual([]);
		expect(await page.$$('.reach')).toEqual([]);
		await context.close();
	});
	test('without JavaScript and tiles, the words and the table are there; on paper the table is printed whole', async () => {
		const context = await site.browser.newContext({ ...PHONE, javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${site.url}/areas/higashiyama/`);
		expect(await page.isVisible('[data-show-reach]')).toBe(false);
		expect(await page.textContent('.reach')).toMatch(/直線で 500 m 以内に住んでいる 65歳以上は\s*\d+ 人/);
		const rows = reachFile('higashiyama').features.filter((f) => f.properties.people >= 1);
		await page.click('.reach-details summary');
		const screenRows = await page.$$eval('.reach-details tbody tr', (trs) => trs.map((tr) => tr.textContent ?? ''));
		expect(screenRows).toHaveLength(rows.length);
		expect(screenRows[0]).toMatch(/校区の中心から(北|北東|東|南東|南|南西|西|北西)へ約 [\d.]+ k?m/);
		expect(screenRows[0]).toContain(`約 ${rows[0]!.properties.people} 人`);
		expect(rows[0]!.properties.text).toBe(`ここから 500 m 以内に通いの場がない 65歳以上 約 ${rows[0]!.properties.people} 人`);

		expect(await page.isVisible('.reach-print')).toBe(false);

		await page.emulateMedia({ media: 'print' });
		expect(await page.isVisible('.reach-details')).toBe(false);
		expect(await page.isVisible('.reach-print-table')).toBe(true);
		const paperRows = await page.$$eval('.reach-print-table tbody tr', (trs) => trs.map((tr) => tr.textContent ?? ''));
		expect(paperRows).toHaveLength(rows.length);
		expect(paperRows[0]).toContain(`約 ${rows[0]!.properties.people} 人`);
		expect(await page.textContent('.reach-print')).toContain('ここから 500 m 以内に通いの場がない 65歳以上');
		await context.close();
	});
});
