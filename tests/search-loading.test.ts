/**
 * How the search loads, in Chromium, so the first results come fast on a slow phone (the time itself is a
 * printed figure of npm run budgets, not a test): Pagefind's files are asked for side by side when the page
 * opens with a query, and while the resident types otherwise; Pagefind runs on the page (no worker, so the
 * preloaded files are used, each fetched once); names show before any fragment; fragments load only for the
 * cards on screen. Local issues and meeting reports are found, marked with their kind, after the places.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { builtSiteInBrowser, PHONE } from './browser/harness.ts';
import { distOf, TEST_DIST } from './towns.ts';
import type { FirstScreen } from '../src/integrations/first-screens.ts';

const site = builtSiteInBrowser(TEST_DIST);
const kawanami = builtSiteInBrowser(distOf('kawanami'), '/kawanami-guide/');
let page: Page;
let requested: string[];

beforeEach(async () => {
	page = await site.browser.newPage(PHONE);
	requested = [];
	page.on('request', (r: Request) => requested.push(new URL(r.url()).pathname + new URL(r.url()).search));
});
afterEach(async () => {
	await page.close();
});

const pagefindFiles = () => requested.filter((p) => p.includes('/pagefind/'));
const settled = () =>
	page.waitForFunction(() => {
		const s = document.querySelector('[data-status]')?.textContent ?? '';
		return s !== '' && !s.includes('さがしています');
	});

/** Holds back the requests for `pattern` until the function returned is called. */
async function holdBack(pattern: string): Promise<() => void> {
	let release!: () => void;
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route(pattern, async (route) => {
		await held;
		await route.continue();
	});
	return release;
}

describe('loading', () => {
	test('opened with a query, the page asks for Pagefind, its entry, metadata, WebAssembly, the names and the chunk of its word at once', async () => {
		// The page's own script is held back: what is asked for here, the first script in <head> asked for.
		const release = await holdBack('**/_astro/*.js');
		await page.goto(`${site.url}/search/?q=${encodeURIComponent('体操')}`, { waitUntil: 'commit' });
		await page.waitForSelector('link[rel="preload"][href*="wasm."]', { state: 'attached' });
		const links = await page.$$eval('link[rel="preload"], link[rel="modulepreload"]', (els) => els.map((e) => e.getAttribute('href')!));
		expect(links.some((l) => l.endsWith('/pagefind/pagefind.js'))).toBe(true);
		expect(links.some((l) => /pagefind-entry\.json\?ts=/.test(l))).toBe(true);
		expect(links.some((l) => /\.pf_meta$/.test(l))).toBe(true);
		expect(links.some((l) => /\/names\.[0-9a-f]+\.json$/.test(l))).toBe(true);
		// The index chunk of 体操, found from the chunk ranges by the same first script, not by the page's own later.
		expect(links.filter((l) => /\/pagefind\/index\/[\w-]+\.pf_index$/.test(l))).toHaveLength(1);
		release();
		await settled();
		// Each file once: the preloads are what Pagefind uses; no worker, so nothing is fetched twice.
		const files = pagefindFiles();
		expect(files.filter((f) => f.includes('pagefind-worker'))).toEqual([]);
		expect(files.length).toBe(new Set(files).size);
	});
	test('opened without a query, nothing loads until the resident touches the box; typing loads the words’ part of the index', async () => {
		await page.goto(`${site.url}/search/`);
		await page.waitForLoadState('networkidle');
		expect(pagefindFiles()).toEqual([]);
		await page.click('#q');
		await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.includes('.pf_meta')));
		await page.keyboard.type('体操');
		await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.includes('.pf_index')));
		// The index chunk came while typing, before さがす was pressed.
		expect(pagefindFiles().some((f) => f.includes('.pf_index'))).toBe(true);
		expect(await page.textContent('[data-status]')).toBe('');
	});
	test('names show before any fragment has arrived', async () => {
		const release = await holdBack('**/pagefind/fragment/**');
		await page.goto(`${site.url}/search/?q=${encodeURIComponent('体操')}`);
		await settled();
		const titles = await page.$$eval('[data-results] .card-title', (els) => els.slice(0, 3).map((e) => e.textContent));
		expect(titles).toEqual(['青葉台 いきいき百歳体操', '上川原 いきいき百歳体操', '桜ケ丘3丁目 いきいき百歳体操']);
		expect(await page.textContent('[data-results] .card')).toContain('サロン・通いの場');
		expect(await page.$$eval('[data-results] .card-meta strong', (els) => els.length)).toBe(0);
		release();
		await page.waitForSelector('[data-results] .card-meta strong');
		expect(await page.textContent('[data-results] .card-meta strong')).toMatch(/毎週/);
	});
	test('opened with a query, nothing on the screen moves while the results come in (layout shift under 0.1)', async () => {
		await page.addInitScript(() => {
			const w = window as unknown as { shifted: number };
			w.shifted = 0;
			new PerformanceObserver((list) => {
				for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
					if (!e.hadRecentInput) w.shifted += e.value;
			}).observe({ type: 'layout-shift', buffered: true });
		});
		await page.goto(`${site.url}/search/?q=${encodeURIComponent('体操')}`);
		await settled();
		await page.waitForLoadState('networkidle');
		expect(await page.$$eval('[data-results] .card', (els) => els.length)).toBe(20);
		// The keyword index is back, under the results.
		expect(await page.isVisible('#word-index')).toBe(true);
		expect(await page.evaluate(() => (window as unknown as { shifted: number }).shifted)).toBeLessThan(0.1);
	});
	test('fragments load only for the cards on screen, and for more as the resident scrolls', async () => {
		await page.goto(`${site.url}/search/?q=${encodeURIComponent('体操')}`);
		await settled();
		await page.waitForLoadState('networkidle');
		const cards = await page.$$eval('[data-results] .card', (els) => els.length);
		const first = pagefindFiles().filter((f) => f.includes('/fragment/')).length;
		expect(cards).toBe(20);
		expect(first).toBeGreaterThan(0);
		expect(first).toBeLessThan(cards);
		await page.evaluate(() => document.querySelector('[data-results] .card:last-child')!.scrollIntoView());
		await page.waitForLoadState('networkidle');
		await page.waitForFunction(
			(n) => performance.getEntriesByType('resource').filter((e) => e.name.includes('/fragment/')).length > n,
			first,
		);
		expect(pagefindFiles().filter((f) => f.includes('/fragment/')).length).toBeGreaterThan(first);
	});
});

describe('local issues and meeting reports', () => {
	async function cards(query: string): Promise<{ title: string; kind: string }[]> {
		await page.goto(`${site.url}/search/?q=${encodeURIComponent(query)}`);
		await settled();
		return page.$$eval('[data-results] .card', (els) =>
			els.map((e) => ({
				title: e.querySelector('.card-title')!.textContent ?? '',
				kind: e.querySelector('.card-meta li')?.textContent ?? '',
			})),
		);
	}
	test('a local issue is found, marked 地域課題, after every place', async () => {
		const found = await cards('ゴミ出し');
		const issue = found.findIndex((c) => c.title === '団地の上の階に住む一人暮らしの方が、朝のゴミ出しに困っている');
		expect(issue).toBeGreaterThan(0);
		expect(found[issue]!.kind).toBe('地域課題');
		expect(found.slice(0, issue).every((c) => c.kind !== '地域課題' && c.kind !== '協議体の会議録')).toBe(true);
	});
	test('a meeting report is found by what was discussed, marked 協議体の会議録, after the places', async () => {
		const found = await cards('ゴミ出し 試し');
		expect(found.map((c) => c.kind)).toContain('協議体の会議録');
		const reports = await cards('青葉 会議');
		const first = reports.findIndex((c) => c.kind === '協議体の会議録');
		expect(reports.map((c) => c.title)).toContain('第18回 青葉ささえあい会議');
		expect(reports.slice(first).every((c) => c.kind === '協議体の会議録' || c.kind === '地域課題')).toBe(true);
	});
	test('the kind filter offers 地域課題 and keeps to it', async () => {
		await page.goto(`${site.url}/search/`);
		expect(await page.$$eval('input[name="種類"]', (els) => els.map((e) => (e as HTMLInputElement).value))).toEqual(
			expect.arrayContaining(['地域課題', '協議体の会議録']),
		);
		await page.goto(`${site.url}/search/?q=${encodeURIComponent('買い物')}&種類=${encodeURIComponent('地域課題')}`);
		await settled();
		const kinds = await page.$$eval('[data-results] .card-meta li:first-child', (els) => els.map((e) => e.textContent));
		expect(kinds.length).toBeGreaterThan(0);
		expect(new Set(kinds)).toEqual(new Set(['地域課題']));
	});
	test('a sentence that finds few pages as typed is read more loosely, and says so', async () => {
		await page.goto(`${site.url}/search/?q=${encodeURIComponent('青葉で体操')}`);
		await settled();
		expect(await page.textContent('[data-status]')).toContain('ことばを分けて');
		expect(await page.textContent('[data-results] .card-title')).toBe('青葉台 いきいき百歳体操');
	});
});

describe('under a base path (川波町, /kawanami-guide/)', () => {
	test('the search loads its files from the base path and its results lead there', async () => {
		const p = await kawanami.browser.newPage(PHONE);
		const files: string[] = [];
		p.on('request', (r) => files.push(new URL(r.url()).pathname));
		await p.goto(`${kawanami.url}/search/?q=${encodeURIComponent('たいそう')}`);
		await p.waitForFunction(() => /件/.test(document.querySelector('[data-status]')?.textContent ?? ''));
		expect(await p.textContent('[data-results] .card-title')).toBe('上川公民館 いきいき百歳体操');
		const hrefs = await p.$$eval('[data-results] .card-title', (els) => els.map((e) => e.getAttribute('href')!));
		expect(hrefs.every((h) => h.startsWith('/kawanami-guide/'))).toBe(true);
		expect(files.filter((f) => f.includes('pagefind')).every((f) => f.startsWith('/kawanami-guide/pagefind/'))).toBe(true);
		await p.close();
	});
});

describe("a large town's search (川波町 is built as one: no names file, first screens, the index in parts)", () => {
	const dist = distOf('kawanami');
	const firstScreens = () =>
		JSON.parse(/data-search-first>([^<]*)</.exec(readFileSync(join(dist, 'search/index.html'), 'utf8'))![1]!) as Record<string, string>;
	const screenOf = (word: string) => JSON.parse(readFileSync(join(dist, 'pagefind', firstScreens()[word]!), 'utf8')) as FirstScreen;

	test('opened with an everyday word, its first screen shows while Pagefind has not loaded, and the answer goes on from it', async () => {
		const p = await kawanami.browser.newPage(PHONE);
		let release!: () => void;
		const held = new Promise<void>((resolve) => (release = resolve));
		await p.route('**/pagefind/pagefind.js', async (route) => {
			await held;
			await route.continue();
		});
		const screen = screenOf('体操');
		await p.goto(`${kawanami.url}/search/?q=${encodeURIComponent('体操')}`);
		await p.waitForSelector('[data-results] .card-title');
		const titles = () => p.$$eval('[data-results] .card-title', (els) => els.map((e) => e.textContent));
		expect(await titles()).toEqual(screen.cards.map((c) => c.meta['title']));
		expect(await p.textContent('[data-status]')).toBe(`${screen.count}件 見つかりました。`);
		release();
		await p.waitForFunction((n) => document.querySelectorAll('[data-results] .card-title').length >= n, Math.min(screen.count, 20));
		await p.waitForLoadState('networkidle');
		const all = await titles();
		expect(all.slice(0, screen.cards.length)).toEqual(screen.cards.map((c) => c.meta['title']));
		expect(all).toHaveLength(Math.min(screen.count, 20));
		expect(new Set(all).size).toBe(all.length);
		await p.close();
	});

	test('the first six cards come with their details, the rest when the resident scrolls near them, from every part', async () => {
		const p = await kawanami.browser.newPage(PHONE);
		const files: string[] = [];
		p.on('request', (r) => files.push(new URL(r.url()).pathname));
		await p.goto(`${kawanami.url}/search/?種類=${encodeURIComponent('サロン・通いの場')}`);
		await p.waitForFunction(() => /件/.test(document.querySelector('[data-status]')?.textContent ?? ''));
		await p.waitForLoadState('networkidle');
		const count = Number(/(\d+)件/.exec((await p.textContent('[data-status]')) ?? '')![1]);
		const cards = () => p.$$eval('[data-results] .card', (els) => els.length);
		expect(count).toBeGreaterThan(6);
		expect(await cards()).toBe(6);
		expect(await p.$$eval('[data-results] .card .card-meta', (els) => els.every((e) => /\S/.test(e.textContent ?? '')))).toBe(true);
		expect(await p.textContent('[data-more]')).toBe(`もっと見る（あと${count - 6}件）`);
		const fragments = files.filter((f) => f.includes('/fragment/')).length;
		await p.evaluate(() => document.querySelector('[data-results] .card:last-child')!.scrollIntoView());
		await p.waitForFunction((n) => document.querySelectorAll('[data-results] .card').length === n, Math.min(count, 20));
		expect(files.filter((f) => f.includes('/fragment/')).length).toBeGreaterThan(fragments);
		expect(files.some((f) => f.startsWith('/kawanami-guide/pagefind/part-2/fragment/'))).toBe(true);
		expect(files.filter((f) => /pagefind\.js$|wasm\./.test(f)).every((f) => !f.includes('/part-'))).toBe(true);
		await p.close();
		// Without scrolling: the button brings them.
		const q = await kawanami.browser.newPage(PHONE);
		await q.goto(`${kawanami.url}/search/?種類=${encodeURIComponent('サロン・通いの場')}`);
		await q.waitForSelector('[data-more]:not([hidden])');
		expect(await q.$$eval('[data-results] .card', (els) => els.length)).toBe(6);
		// As a screen reader or the keyboard presses it: without scrolling the page (Playwright's click would scroll).
		await q.$eval('[data-more]', (b) => (b as HTMLButtonElement).click());
		await q.waitForFunction((n) => document.querySelectorAll('[data-results] .card').length === n, Math.min(count, 20));
		await q.close();
	});

	test('when Pagefind cannot load, the first screen stays and the status says the rest could not be loaded', async () => {
		const p = await kawanami.browser.newPage(PHONE);
		await p.route('**/pagefind/pagefind.js', (route) => route.abort());
		const screen = screenOf('見守り');
		await p.goto(`${kawanami.url}/search/?q=${encodeURIComponent('見守り')}`);
		await p.waitForFunction(() => /続きを読み込めませんでした/.test(document.querySelector('[data-status]')?.textContent ?? ''));
		expect(await p.textContent('[data-status]')).toMatch(new RegExp(`^${screen.count}件 見つかりました。 続きを読み込めませんでした。`));
		expect(await p.$$eval('[data-results] .card-title', (els) => els.map((e) => e.textContent))).toEqual(
			screen.cards.map((c) => c.meta['title']),
		);
		await p.close();
	});

	test('a word with a filter, or a word without a first screen, waits for Pagefind as before', async () => {
		const p = await kawanami.browser.newPage(PHONE);
		const files: string[] = [];
		p.on('request', (r) => files.push(new URL(r.url()).pathname));
		await p.goto(`${kawanami.url}/search/?q=${encodeURIComponent('体操')}&曜日=${encodeURIComponent('月')}`);
		await p.waitForFunction(() => /件/.test(document.querySelector('[data-status]')?.textContent ?? ''));
		await p.goto(`${kawanami.url}/search/?q=${encodeURIComponent('上川')}`);
		await p.waitForFunction(() => /件/.test(document.querySelector('[data-status]')?.textContent ?? ''));
		expect(files.filter((f) => f.includes('/pagefind/first/'))).toEqual([]);
		await p.close();
	});
});
