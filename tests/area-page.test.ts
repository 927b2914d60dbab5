/**
 * A 校区 page a resident can scroll: sections that open (今日・今週 open first, then places by weekday, then services
 * by field), each place linked once, the largest 校区 of the sample at most six phone screens with the sections
 * closed; the 圏域's 協議体 and contact before the town's; a 圏域 page lists its 校区' resources by field.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadContent } from '../src/lib/content-files.ts';
import { builtSiteInBrowser, PHONE } from './browser/harness.ts';
import { SAMPLE, TEST_DIST } from './towns.ts';

const site = builtSiteInBrowser(TEST_DIST);
const content = loadContent(SAMPLE).entries;
const districts = content.filter((e) => e.collection === 'areas' && e.data['level'] === '校区').map((e) => e.id);
const parentOf = (id: string) => content.find((e) => e.collection === 'areas' && e.id === id)?.data['parent'] as string | undefined;
/** What a 校区 page lists: its salons, and the resources of the 校区, its 圏域 and the city. */
function placesOf(id: string): { name: string; path: string }[] {
	const chain = [id, parentOf(id), parentOf(parentOf(id) ?? '')].filter(Boolean);
	return content
		.filter(
			(e) =>
				(e.collection === 'salons' && e.data['area'] === id) ||
				(e.collection === 'resources' && (e.data['areas'] as string[]).some((a) => chain.includes(a))),
		)
		.map((e) => ({ name: e.data['name'] as string, path: `/${e.collection}/${e.id}/` }));
}
const SCREEN = 844;

let page: Page;
beforeAll(async () => {
	page = await site.browser.newPage(PHONE);
});
afterAll(async () => {
	await page?.close();
});

/** The page's height at 390 px with every section of the main content closed, as a resident can leave it. */
async function closedHeight(id: string): Promise<number> {
	await page.goto(`${site.url}/areas/${id}/`);
	await page.waitForLoadState('load');
	await page.evaluate(() => document.querySelectorAll<HTMLDetailsElement>('main details').forEach((d) => (d.open = false)));
	return page.evaluate(() => document.documentElement.scrollHeight);
}

/** How many times each page of a place is linked in the main content a resident sees (the print sheet aside). */
function entryLinks(p: Page): Promise<Record<string, number>> {
	return p.evaluate(() => {
		const counts: Record<string, number> = {};
		for (const a of document.querySelectorAll<HTMLAnchorElement>('main a[href]')) {
			if (a.closest('.print-only') || a.origin !== location.origin || !/^\/(salons|resources)\//.test(a.pathname)) continue;
			counts[a.pathname] = (counts[a.pathname] ?? 0) + 1;
		}
		return counts;
	});
}

describe('a 校区 page on a phone', () => {
	test('the sections open: 今日・今週 open first, then places by weekday, then services by field, closed', async () => {
		await page.goto(`${site.url}/areas/aoba/`);
		const sections = await page.$$eval('main details.area-section', (ds) =>
			ds.map((d) => ({ title: d.querySelector('summary h2')?.textContent?.trim() ?? '', open: (d as HTMLDetailsElement).open })),
		);
		expect(sections.map((s) => [s.title.replace(/\s+/g, ' '), s.open])).toEqual([
			['今日・今週 行けるところ', true],
			[expect.stringMatching(/^曜日ごとの集いの場 \d+か所$/), false],
			[expect.stringMatching(/^分野ごとの地域の資源 \d+件$/), false],
		]);
	});
	test('the longest 校区 page of the sample is at most six screens (390×844) with its sections closed', async () => {
		const heights: Record<string, number> = {};
		for (const id of districts) heights[id] = await closedHeight(id);
		const [longest, height] = Object.entries(heights).sort((a, b) => b[1] - a[1])[0]!;
		expect(height, `${longest}: ${height}px (${JSON.stringify(heights)})`).toBeLessThanOrEqual(6 * SCREEN);
		expect(height).toBeGreaterThan(SCREEN);
	});
	test.each(districts)('%s: each place’s page linked once in the main content, with the today view at work', async (id) => {
		await page.goto(`${site.url}/areas/${id}/`);
		await page.waitForSelector('today-view [data-output]:not([hidden])');
		const counts = await entryLinks(page);
		const places = placesOf(id);
		expect(places.length).toBeGreaterThan(10);
		expect(Object.fromEntries(places.map((p) => [p.name, counts[p.path] ?? 0]))).toEqual(
			Object.fromEntries(places.map((p) => [p.name, 1])),
		);
	});
	test('without JavaScript too, each place once; a place named again links to its card, which opens on the tap', async () => {
		const context = await site.browser.newContext({ ...PHONE, javaScriptEnabled: false });
		const noJs = await context.newPage();
		await noJs.goto(`${site.url}/areas/aoba/`);
		expect(Math.max(...Object.values(await entryLinks(noJs)))).toBe(1);
		const mentions = await noJs.$$eval('main .card-also a', (links) =>
			links.map((a) => {
				const card = document.getElementById(a.getAttribute('href')!.slice(1));
				return {
					name: a.querySelector('.card-also-name')?.textContent?.trim(),
					card: card?.querySelector('.card-title')?.textContent?.trim(),
				};
			}),
		);
		expect(mentions.length).toBeGreaterThan(0);
		for (const m of mentions) expect(m.card).toBe(m.name);
		await noJs.click('.places-list summary');
		const link = noJs.locator('[data-places] .card-title').first();
		const href = (await link.getAttribute('href'))!;
		expect(await noJs.locator(href).isVisible()).toBe(false);
		await link.click();
		await expect.poll(() => noJs.locator(href).isVisible()).toBe(true);
		await context.close();
	});
	test('the map’s list of places, folded, links each to its card on the page; the card’s section opens on the tap', async () => {
		await page.goto(`${site.url}/areas/aoba/`);
		await page.click('.places-list summary');
		const link = page.locator('[data-places] .card-title').first();
		const href = (await link.getAttribute('href'))!;
		expect(href).toMatch(/^#place-(salons|resources)-/);
		expect(await page.locator(href).isVisible()).toBe(false);
		await link.click();
		await expect.poll(() => page.locator(href).isVisible()).toBe(true);
		expect(await page.locator(href).locator('.card-title').getAttribute('href')).toMatch(/^\/(salons|resources)\//);
	});
});

describe('contacts on a 校区 page: its own, then its 圏域’s, then the town’s', () => {
	test('青葉: its 協議体 and contact first; 北部圏域 before ひだまり市 behind one tap', async () => {
		const context = await site.browser.newContext({ ...PHONE, javaScriptEnabled: false });
		const noJs = await context.newPage();
		await noJs.goto(`${site.url}/areas/aoba/`);
		const more = noJs.locator('.area-contacts');
		expect((await more.locator('summary').textContent())?.trim()).toBe('北部圏域・ひだまり市の協議体と問い合わせ先');
		await more.locator('summary').click();
		const text = (await noJs.locator('main').innerText()).replace(/\s+/g, ' ');
		const at = (s: string) => text.indexOf(s);
		expect(at('青葉ささえあい会議')).toBeGreaterThan(-1);
		expect(at('000-201-1001')).toBeGreaterThan(at('青葉ささえあい会議'));
		expect(at('北部地域包括支援センター 電話する 000-201-1000')).toBeGreaterThan(at('000-201-1001'));
		expect(at('ひだまり市 生活支援体制整備協議会')).toBeGreaterThan(at('000-201-1000'));
		expect(at('000-200-0001')).toBeGreaterThan(at('ひだまり市 生活支援体制整備協議会'));
		await context.close();
	});
});

describe('a 圏域 page', () => {
	test('lists its 校区’ resources by field, each linked once and tagged with its 校区', async () => {
		await page.goto(`${site.url}/areas/hokubu/`);
		const body = await page.locator('main').innerText();
		expect(body).not.toContain('この分野の資源は、まだ登録がありません');
		const own = content.filter(
			(e) => e.collection === 'resources' && (e.data['areas'] as string[]).some((a) => ['aoba', 'sakuragaoka', 'kawahara'].includes(a)),
		);
		expect(own.length).toBeGreaterThan(10);
		const counts = await entryLinks(page);
		for (const r of own) expect(counts[`/resources/${r.id}/`], r.data['name'] as string).toBe(1);
		const fields = await page.$$eval('#resources ~ section', (sections) =>
			sections.map((s) => ({
				field: s.querySelector('h3')?.firstChild?.textContent?.trim() ?? '',
				names: [...s.querySelectorAll('li.card > .card-title, .card-also-name')].map((a) => a.textContent?.trim() ?? ''),
			})),
		);
		for (const r of own)
			for (const field of r.data['fields'] as string[])
				expect(fields.find((f) => f.field === field)?.names, `${r.data['name']} under ${field}`).toContain(r.data['name']);
		const card = page.locator(`#place-resources-${own[0]!.id.replace('/', '-')}`);
		expect(await card.locator('.area-tag').innerText()).toMatch(/青葉|桜ケ丘|川原/);
	});
});
