/**
 * わたしのリスト is never lost, prints whole, and can be sent: a shared link asks before touching the list kept in
 * this browser (「このリストを開く／今のリストに足す／やめる」), a link that tries to empty it changes nothing,
 * 「わたしのリストに入れる」 on an entry page adds the place, five places print on ONE A4 page in 12 pt type with a
 * QR code that decodes to the list's link, and 「送る」 gives LINE, e-mail and SMS links carrying that link.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsQR from 'jsqr';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { builtSiteInBrowser, PHONE } from './browser/harness.ts';
import { pdfPages, pdfWords } from './browser/pdf.ts';
import { TEST_TODAY } from './build-site.ts';
import { TEST_DIST } from './towns.ts';

const site = builtSiteInBrowser(TEST_DIST);
interface Place {
	ref: string;
	url: string;
	name: string;
	when: string;
	where: string;
	apply: string;
	tel: string;
	old: boolean;
	status: string;
	dates: [string, string][];
}
const places = JSON.parse(readFileSync(join(TEST_DIST, 'my-list/places.json'), 'utf8')) as Place[];
const printable = places.filter((p) => !p.old && p.status === '活動中');
/** The five places with the most to say: the hardest five to fit on one sheet. */
const longest = [...printable].sort((a, b) => (b.when + b.where + b.apply).length - (a.when + a.where + a.apply).length).slice(0, 5);
const [a, b, c] = printable;

const KEY = 'sasaeai-my-list';
/** A phone whose kept list is `refs`, on the list page opened at `search`. */
async function phoneWith(refs: string[], search: string): Promise<{ context: BrowserContext; page: Page }> {
	const context = await site.browser.newContext(PHONE);
	await context.clock.setFixedTime(new Date(`${TEST_TODAY}T10:00:00+09:00`));
	await context.addInitScript(
		([key, value]) => {
			if (!sessionStorage.getItem('seeded')) localStorage.setItem(key!, value!);
			sessionStorage.setItem('seeded', '1');
		},
		[KEY, refs.join(',')],
	);
	const page = await context.newPage();
	await page.goto(`${site.url}/my-list/${search}`);
	await page.waitForSelector('[data-items] li, [data-status]:not(:empty)');
	return { context, page };
}
const kept = (page: Page) => page.evaluate((key) => localStorage.getItem(key), KEY);
const shownNames = (page: Page) => page.$$eval('[data-items] .card-title', (els) => els.map((e) => e.textContent));

describe('a shared list never replaces the kept one silently', () => {
	test('another list is kept: the page asks, and nothing changes until the resident chooses', async () => {
		const { context, page } = await phoneWith([a!.ref], `?ids=${b!.ref},${c!.ref}`);
		const prompt = page.locator('[data-prompt]');
		await expect.poll(() => prompt.isVisible()).toBe(true);
		expect(await prompt.textContent()).toContain('送られてきたリストには、2か所が入っています');
		expect(await prompt.textContent()).toContain(b!.name);
		for (const name of ['このリストを開く', '今のリストに足す', 'やめる'])
			expect(await page.getByRole('button', { name, exact: true }).isVisible()).toBe(true);
		expect(await kept(page)).toBe(a!.ref);
		expect(await shownNames(page)).toEqual([a!.name]);

		await page.getByRole('button', { name: '今のリストに足す' }).click();
		expect(await prompt.isVisible()).toBe(false);
		expect(await kept(page)).toBe([a!.ref, b!.ref, c!.ref].join(','));
		expect(await shownNames(page)).toEqual([a!.name, b!.name, c!.name]);
		await context.close();
	});
	test('「やめる」 keeps the list; 「このリストを開く」 replaces it and offers the way back', async () => {
		const { context, page } = await phoneWith([a!.ref], `?ids=${b!.ref}`);
		await page.getByRole('button', { name: 'やめる' }).click();
		expect(await kept(page)).toBe(a!.ref);
		expect(page.url()).not.toContain(b!.ref);
		await page.goto(`${site.url}/my-list/?ids=${b!.ref}`);
		await page.getByRole('button', { name: 'このリストを開く' }).click();
		expect(await kept(page)).toBe(b!.ref);
		expect(await shownNames(page)).toEqual([b!.name]);
		await page.getByRole('button', { name: '前のリストに戻す' }).click();
		expect(await kept(page)).toBe(a!.ref);
		expect(await shownNames(page)).toEqual([a!.name]);
		await context.close();
	});
	test.each(['?ids=', '?ids=javascript:alert(1)', '?ids=%2C%2C', '?add=../../etc', '?ids=salons/gone/a-place-since-removed'])(
		'a link in a page body that tries to empty the list (%s) changes nothing',
		async (search) => {
			const { context, page } = await phoneWith([a!.ref, b!.ref], search);
			await page.waitForSelector('[data-items] li');
			expect(await kept(page)).toBe(`${a!.ref},${b!.ref}`);
			expect(await shownNames(page)).toEqual([a!.name, b!.name]);
			expect(await page.textContent('[data-status]')).toContain('いまのリストはそのままです');
			expect(await page.locator('[data-prompt]').isVisible()).toBe(false);
			await context.close();
		},
	);
	test('a linked list opens at once when this phone keeps none', async () => {
		const { context, page } = await phoneWith([], `?ids=${b!.ref}`);
		await page.waitForSelector('[data-items] li');
		expect(await page.locator('[data-prompt]').isVisible()).toBe(false);
		expect(await kept(page)).toBe(b!.ref);
		await context.close();
	});
});

describe('「わたしのリストに入れる」 on an entry page', () => {
	test('a plain link (no script on the entry page) adds the place and says so', async () => {
		const { context, page } = await phoneWith([a!.ref], '');
		const entry = places.find((p) => p.ref === b!.ref)!;
		await page.goto(`${site.url}${entry.url}`);
		await page.getByRole('link', { name: 'わたしのリストに入れる' }).click();
		await page.waitForSelector('[data-items] li');
		expect(await kept(page)).toBe(`${a!.ref},${b!.ref}`);
		expect(await page.textContent('[data-status]')).toContain(`「${b!.name}」をわたしのリストに入れました`);
		expect(page.url()).not.toContain('add=');
		await context.close();
	});
});

/** The printed QR code, rasterised in the page and read by jsQR. */
async function readQr(page: Page): Promise<string | undefined> {
	const size = 300;
	const pixels = await page.evaluate(async (size) => {
		const svg = document.querySelector('[data-qr] svg')!.cloneNode(true) as SVGElement;
		svg.setAttribute('width', String(size));
		svg.setAttribute('height', String(size));
		svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
		const img = new Image();
		img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
		await img.decode();
		const canvas = document.createElement('canvas');
		canvas.width = canvas.height = size;
		const ctx = canvas.getContext('2d')!;
		ctx.fillStyle = '#fff';
		ctx.fillRect(0, 0, size, size);
		ctx.drawImage(img, 0, 0, size, size);
		return Array.from(ctx.getImageData(0, 0, size, size).data);
	}, size);
	return jsQR(Uint8ClampedArray.from(pixels), size, size)?.data;
}

describe('five places on paper', () => {
	test('print on ONE A4 page, in 12 pt type and up, with the coming month and a QR code that reopens the list', async () => {
		const { context, page } = await phoneWith(
			longest.map((p) => p.ref),
			'',
		);
		await page.waitForSelector('[data-qr] svg path', { state: 'attached' });
		await page.emulateMedia({ media: 'print' });
		const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
		expect(pdfPages(pdf)).toBe(1);
		const words = pdfWords(pdf);
		const text = words.map((w) => w.text).join('');
		for (const p of longest) expect(text, p.name).toContain(p.name.replace(/\s/g, ''));
		expect(text).toContain('相談先');
		const body = words.filter((w) => w.points !== undefined && w.text.length >= 2).map((w) => w.points!);
		expect(body.length).toBeGreaterThan(20);
		// 12 pt read off the paper within pdftotext's measure (a word's box may fall ~2 % short); 11 pt would fail.
		expect(Math.min(...body)).toBeGreaterThanOrEqual(11.6);
		const withDates = longest.filter((p) => p.dates.length);
		expect(withDates.length).toBeGreaterThan(0);
		expect(await page.locator('.my-list-facts dt', { hasText: '次の日' }).count()).toBe(
			withDates.filter((p) => p.dates[0]![0] <= '2027-01-06').length,
		);
		expect(await readQr(page)).toBe(`${site.url}/my-list/?ids=${longest.map((p) => p.ref).join(',')}`);
		await context.close();
	});
});

describe('「送る」', () => {
	test('LINE, e-mail and SMS links carry a short message and the list link; the share sheet gets the same', async () => {
		const context = await site.browser.newContext(PHONE);
		await context.addInitScript(() => {
			(window as unknown as { shared: unknown[] }).shared = [];
			Object.defineProperty(navigator, 'share', {
				value: (data: unknown) => ((window as unknown as { shared: unknown[] }).shared.push(data), Promise.resolve()),
			});
		});
		const page = await context.newPage();
		await page.goto(`${site.url}/my-list/?ids=${a!.ref},${b!.ref}`);
		await page.waitForSelector('[data-items] li');
		const link = `${site.url}/my-list/?ids=${a!.ref},${b!.ref}`;
		const hrefs = await page.$$eval('[data-share-links] a', (els) => els.map((e) => [e.textContent, e.getAttribute('href')]));
		expect(hrefs.map(([label]) => label)).toEqual(['LINE で送る', 'メールで送る', 'ショートメッセージ（SMS）で送る']);
		for (const [, href] of hrefs) {
			expect(href).toMatch(/^(https:\/\/line\.me\/R\/share\?text=|mailto:\?subject=|sms:\?&body=)/);
			const message = decodeURIComponent(href!.split(/text=|body=/)[1]!);
			expect(message).toContain('わたしのリスト（2か所）');
			expect(message.endsWith(`\n${link}`)).toBe(true);
		}
		await page.getByRole('button', { name: '送る', exact: true }).click();
		const shared = await page.evaluate(() => (window as unknown as { shared: { url: string; text: string }[] }).shared);
		expect(shared).toHaveLength(1);
		expect(shared[0]!.url).toBe(link);
		expect(shared[0]!.text).toContain('わたしのリスト（2か所）');
		await context.close();
	});
});
