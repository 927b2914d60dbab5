/**
 * わたしのリスト in Chromium: a coordinator ticks places on a 校区 page and a list, opens the list, prints it on
 * one A4 sheet with name, when, where, phone, how to join and the coordinator's contact, and reopens the same list
 * from its link in a fresh browser. Nothing is sent anywhere; entry pages stay without JavaScript.
 * The shared link, 「わたしのリストに入れる」 on entry pages, five places on one page with a QR code, and 「送る」 are
 * in tests/my-list-kept.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPage } from '../src/lib/verify/html.ts';
import { forbiddenEntryScripts } from '../src/lib/verify/site-check.ts';
import { describe, expect, test } from 'vitest';
import { builtSiteInBrowser, PHONE } from './browser/harness.ts';
import { pdfPages } from './browser/pdf.ts';
import { TEST_DIST } from './towns.ts';

const site = builtSiteInBrowser(TEST_DIST);

describe('わたしのリスト', () => {
	test('tick on a 校区 page and a list, print one sheet, reopen by link', async () => {
		const context = await site.browser.newContext(PHONE);
		const requests: string[] = [];
		context.on('request', (r) => requests.push(r.url()));
		const page = await context.newPage();
		await page.goto(`${site.url}/areas/aoba/`);
		// The places by weekday are a section the resident opens first (the page is shorter with it closed).
		await page.click('summary:has(#week)');
		await page
			.getByRole('button', { name: /わたしのリストに入れる ?（青葉団地 いきいきサロン）/ })
			.first()
			.click();
		await page
			.getByRole('button', { name: /わたしのリストに入れる ?（青葉台 いきいき百歳体操）/ })
			.first()
			.click();
		expect(
			await page
				.getByRole('button', { name: /（青葉団地 いきいきサロン）/ })
				.first()
				.getAttribute('aria-pressed'),
		).toBe('true');
		await page.goto(`${site.url}/resources/`);
		await page.getByRole('button', { name: /わたしのリストに入れる ?（ひだまり市 配食サービス（見守りつき））/ }).click();
		await page.getByRole('link', { name: /わたしのリスト（\s*3\s*）を見る/ }).click();
		await page.waitForSelector('[data-items] li');
		const names = await page.$$eval('[data-items] .card-title', (els) => els.map((e) => e.textContent));
		expect(names).toEqual(['青葉団地 いきいきサロン', '青葉台 いきいき百歳体操', 'ひだまり市 配食サービス（見守りつき）']);
		const first = await page.textContent('[data-items] li:first-child');
		expect(first).toContain('第2・第4水曜 13:30〜15:00');
		expect(first).toContain('000-201-3101');
		expect(first).toContain('当日、直接お越しください');
		await page.fill('#person', '青葉町の山本');
		await page.emulateMedia({ media: 'print' });
		expect(await page.textContent('[data-person-print]')).toBe('青葉町の山本 さんのための一覧');
		expect(await page.isVisible('.my-list-contact')).toBe(true);
		expect(pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true }))).toBe(1);
		await page.emulateMedia({ media: 'screen' });
		const link = await page.getAttribute('[data-link-note] a', 'href');
		expect(link).toMatch(/\/my-list\/\?ids=salons\/aoba\//);
		expect(requests.filter((u) => !u.startsWith(site.url))).toEqual([]);
		expect(requests.some((u) => u.includes('%E5%B1%B1%E6%9C%AC') || u.includes('山本'))).toBe(false);
		await context.close();

		const fresh = await site.browser.newContext(PHONE);
		const other = await fresh.newPage();
		await other.goto(link!);
		await other.waitForSelector('[data-items] li');
		expect(await other.$$eval('[data-items] .card-title', (els) => els.map((e) => e.textContent))).toEqual(names);
		await other.getByRole('button', { name: 'リストから外す' }).first().click();
		expect(await other.$$eval('[data-items] .card-title', (els) => els.length)).toBe(2);
		await fresh.close();
	});
	test('a link with anything but place references shows only the places', async () => {
		const context = await site.browser.newContext(PHONE);
		const page = await context.newPage();
		await page.goto(
			`${site.url}/my-list/?ids=${encodeURIComponent('salons/aoba/aoba-danchi-ikiiki-salon,javascript:alert(1),<img src=x onerror=alert(1)>')}`,
		);
		await page.waitForSelector('[data-items] li');
		expect(await page.$$eval('[data-items] li', (els) => els.length)).toBe(1);
		expect(await page.$$eval('img', (els) => els.length)).toBe(0);
		await context.close();
	});
	test('without JavaScript the page says what to do, and the tick buttons stay hidden', async () => {
		const context = await site.browser.newContext({ ...PHONE, javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${site.url}/my-list/`);
		expect(await page.textContent('[data-fallback]')).toContain('JavaScript を有効にしてください');
		await page.goto(`${site.url}/areas/aoba/`);
		expect(await page.isVisible('button[data-tick]')).toBe(false);
		await context.close();
	});
	test('the tick script is under 2 KB and entry pages carry none', () => {
		const entry = readFileSync(join(TEST_DIST, 'salons/aoba/aoba-danchi-ikiiki-salon/index.html'), 'utf8');
		// An entry page ships at most its tiny next-dates script, as the site verification allows it; never the tick.
		expect(forbiddenEntryScripts(readPage(entry), entry)).toEqual([]);
		expect(entry).not.toContain('TickButton');
		const list = readFileSync(join(TEST_DIST, 'resources/index.html'), 'utf8');
		const src = /<script type="module" src="([^"]+)"/.exec(list)![1]!;
		expect(readFileSync(join(TEST_DIST, src), 'utf8').length).toBeLessThan(2048);
	});
});
