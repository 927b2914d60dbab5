/**
 * Paper: a 校区 page prints as a compact A4 list a coordinator can hand out (each place once, with when, where
 * and phone; the 協議体's contact; the dates; the page's address and a QR code), and the largest 校区 of the
 * sample fits on two pages. Printed by Chromium to PDF, as a browser's 「印刷」 does.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadContent } from '../src/lib/content-files.ts';
import { builtSiteInBrowser } from './browser/harness.ts';
import { pdfPages, pdfWords } from './browser/pdf.ts';
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

type Printed = { pages: number; text: string; hidden: string[]; pdf: Buffer };
/** Each page printed to PDF once for the file (two tests read the largest 校区's). */
const pdfs = new Map<string, Promise<Printed>>();
function printed(path: string, paper = true): Promise<Printed> {
	if (!paper) return print(path, false);
	if (!pdfs.has(path)) pdfs.set(path, print(path, true));
	return pdfs.get(path)!;
}
/** The page in print media: its sheet's text, the sections left off paper, and (unless `paper` is false) the PDF and its page count. */
async function print(path: string, paper: boolean): Promise<Printed> {
	await page.goto(site.url + path);
	await page.emulateMedia({ media: 'print' });
	const pdf = paper ? await page.pdf({ format: 'A4', preferCSSPageSize: true }) : Buffer.alloc(0);
	const visible = await page.evaluate(() => {
		// Shown on paper: neither it nor a section around it (the 校区 page's folding sections) is left out.
		const shown = (el: Element) => el.checkVisibility();
		return {
			text: [...document.querySelectorAll('.print-sheet')].map((e) => (e as HTMLElement).innerText).join('\n'),
			hidden: ['.site-nav', '#today', '#week', '#map', '.scoped-search', '#resources'].filter(
				(s) => !document.querySelector(s) || !shown(document.querySelector(s)!),
			),
		};
	});
	await page.emulateMedia({ media: 'screen' });
	return { pages: paper ? pdfPages(pdf) : 0, pdf, ...visible };
}

describe('a 校区 page on paper', () => {
	test(`the largest 校区 of the sample (${largest}) fits on two A4 pages`, async () => {
		const { pages } = await printed(`/areas/${largest}/`);
		expect(placesOf(largest).length).toBeGreaterThan(10);
		expect(pages).toBeLessThanOrEqual(2);
	});
	test.each(districts)('%s: every place once, each with its phone; the screen sections are not printed', async (id) => {
		const { text, hidden } = await printed(`/areas/${id}/`, false);
		for (const place of placesOf(id)) {
			const name = place.data['name'] as string;
			expect(text.split(name).length - 1, `${name} once`).toBe(1);
			const tel = (place.data['contact'] as { tel?: string }).tel;
			if (tel) expect(text.slice(text.indexOf(name), text.indexOf(name) + 300), name).toContain(tel);
		}
		expect(hidden).toEqual(['.site-nav', '#today', '#week', '#map', '.scoped-search', '#resources']);
	});
	test('the sheet carries the 協議体 contact, the dates, the page address and a QR code', async () => {
		const { text } = await printed('/areas/aoba/', false);
		expect(text).toContain('青葉ささえあい会議');
		expect(text).toContain('000-201-1001');
		expect(text).toMatch(/この一覧は \d{4}年\d{1,2}月\d{1,2}日 の情報です/);
		expect(text).toContain('https://sasaeai.github.io/areas/aoba/');
		expect(await page.locator('.sheet-qr svg path').count()).toBeGreaterThan(0);
	});
});

describe('paper old eyes can read', () => {
	test(`the largest 校区 sheet (${largest}): body text 12 pt and up, headings larger, cells padded, still two pages`, async () => {
		const { pages, pdf } = await printed(`/areas/${largest}/`);
		expect(pages).toBeLessThanOrEqual(2);
		const words = pdfWords(pdf);
		const sized = words.filter((w) => w.points !== undefined && w.text.length >= 2);
		expect(sized.length).toBeGreaterThan(50);
		// 12 pt read off the paper within pdftotext's measure (a word's box may fall ~2 % short); 11 pt would fail.
		expect(Math.min(...sized.map((w) => w.points!))).toBeGreaterThanOrEqual(11.6);
		const size = (text: string) => sized.find((w) => w.text === text)?.points ?? 0;
		expect(size('集いの場と暮らしのサービス')).toBeGreaterThanOrEqual(13.5);
		expect(size('月曜日から') || size('くらしを支えるサービス')).toBeGreaterThan(12.5);
		await page.goto(`${site.url}/areas/${largest}/`);
		await page.emulateMedia({ media: 'print' });
		const padding = await page.evaluate(() =>
			[...document.querySelectorAll('.sheet-table td')].map((td) => {
				const s = getComputedStyle(td);
				return Math.min(parseFloat(s.paddingTop), parseFloat(s.paddingBottom));
			}),
		);
		await page.emulateMedia({ media: 'screen' });
		// At least 1 mm (3.78 CSS px) above and below every cell's text.
		expect(Math.min(...padding)).toBeGreaterThanOrEqual(3.7);
	});
	test('the sheet gives the dates of the coming month (a 第2・第4水曜 gathering on 2026-12-07: the 9th and the 23rd)', async () => {
		const { text } = await printed('/areas/aoba/', false);
		const row = text.slice(text.indexOf('青葉団地 いきいきサロン'), text.indexOf('青葉団地 いきいきサロン') + 200);
		expect(/次は [^\t\n]*/.exec(row)?.[0]).toBe('次は 12月9日（水）、12月23日（水）');
	});
});

describe('the dashboard on paper', () => {
	test('prints as its lead says: per-district blocks two to a row, tables whole, no site footer, in at most 5 A4 pages', async () => {
		await page.goto(`${site.url}/dashboard/`);
		expect(await page.locator('.lead').first().textContent()).toContain('そのままA4で印刷できます（地域ごとの欄は2列に並び');
		await page.emulateMedia({ media: 'print' });
		const layout = await page.evaluate(() => ({
			columns: ['.needs-blocks', '.progress-blocks'].map(
				(s) => getComputedStyle(document.querySelector(s)!).gridTemplateColumns.split(' ').length,
			),
			footer: getComputedStyle(document.querySelector('.site-footer')!).display,
		}));
		const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
		await page.emulateMedia({ media: 'screen' });
		expect(layout).toEqual({ columns: [2, 2], footer: 'none' });
		// The sample printed on 6 pages before the blocks sat two to a row; 5 now.
		expect(pdfPages(pdf)).toBeLessThanOrEqual(5);
	});
});
