/**
 * Paper: a 校区 page prints as a compact A4 list a coordinator can hand out (each place once, with when, where
 * and phone; the 協議体's contact; the dates; the page's address and a QR code), and the largest 校区 of the
 * sample fits on two pages. Printed by Chromium to PDF, as a browser's 「印刷」 does.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadContent } from '../src/lib/content-files.ts';
import { builtSiteInBrowser } from './browser/harness.ts';
import { SAMPLE, TEST_DIST } from './towns.ts';

const site = builtSiteInBrowser(TEST_DIST);
const content = loadContent(SAMPLE).entries;
const districts = content.filter((e) => e.collection === 'areas' && e.data['level'] === '校区').map((e) => e.id);
/** The places a 校区's sheet lists: its salons and its own resources that have not ended. */
const placesOf = (id: string) =>
	content.filter(
		(e) =>
			((e.collection === 'salons' && e.data['area'] === id) ||
				(e.collection === 'resources' && (e.data['areas'] as string[])[0] === id && (e.data['areas'] as string[]).length === 1)) &&
			e.data['status'] !== '終了',
	);
const largest = [...districts].sort((a, b) => placesOf(b).length - placesOf(a).length)[0]!;

let page: Page;
beforeAll(async () => {
	page = await site.browser.newPage();
});

async function printed(path: string): Promise<{ pages: number; text: string; hidden: string[] }> {
	await page.goto(site.url + path);
	await page.emulateMedia({ media: 'print' });
	const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
	const visible = await page.evaluate(() => {
		const shown = (el: Element) => (el as HTMLElement).offsetParent !== null || getComputedStyle(el).display !== 'none';
		return {
			text: [...document.querySelectorAll('.print-sheet')].map((e) => (e as HTMLElement).innerText).join('\n'),
			hidden: ['.site-nav', '#today', '#week', '#map', '.scoped-search', '#resources'].filter(
				(s) => !document.querySelector(s) || !shown(document.querySelector(s)!),
			),
		};
	});
	await page.emulateMedia({ media: 'screen' });
	return { pages: (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length, ...visible };
}

describe('a 校区 page on paper', () => {
	test(`the largest 校区 of the sample (${largest}) fits on two A4 pages`, async () => {
		const { pages } = await printed(`/areas/${largest}/`);
		expect(placesOf(largest).length).toBeGreaterThan(10);
		expect(pages).toBeLessThanOrEqual(2);
	});
	test.each(districts)('%s: every place once, each with its phone; the screen sections are not printed', async (id) => {
		const { text, hidden } = await printed(`/areas/${id}/`);
		for (const place of placesOf(id)) {
			const name = place.data['name'] as string;
			expect(text.split(name).length - 1, `${name} once`).toBe(1);
			const tel = (place.data['contact'] as { tel?: string }).tel;
			if (tel) expect(text.slice(text.indexOf(name), text.indexOf(name) + 300), name).toContain(tel);
		}
		expect(hidden).toEqual(['.site-nav', '#today', '#week', '#map', '.scoped-search', '#resources']);
	});
	test('the sheet carries the 協議体 contact, the dates, the page address and a QR code', async () => {
		const { text } = await printed('/areas/aoba/');
		expect(text).toContain('青葉ささえあい会議');
		expect(text).toContain('000-201-1001');
		expect(text).toMatch(/この一覧は \d{4}年\d{1,2}月\d{1,2}日 の情報です/);
		expect(text).toContain('https://sasaeai.github.io/areas/aoba/');
		expect(await page.locator('.sheet-qr svg path').count()).toBeGreaterThan(0);
	});
});
