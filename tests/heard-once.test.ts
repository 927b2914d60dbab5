/**
 * Heard once, in order: what a screen reader meets on each page template, read from Chromium's accessibility
 * tree. The entry's h1 is its name alone (the reading a line under it), at most 8 landmarks, no heading level
 * skipped, 問い合わせ先 a heading and not also a region, 「－」 week cells read as 「なし」, and a phone number's
 * box on one line at 200 % text.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { TEST_DIST } from './build-site.ts';
import { builtSiteInBrowser, PHONE } from './browser/harness.ts';

/** Every page kind: home, the area pages, one entry of each kind, the lists by kind and by field, today, search,
 * the keyword index, the list, the lists of local issues and reports, the dashboard and the field reference. */
const PAGES = [
	'/',
	'/areas/aoba/',
	'/areas/hokubu/',
	'/areas/hidamari/',
	'/salons/aoba/aoba-danchi-ikiiki-salon/',
	'/resources/hidamari/hidamari-haishoku/',
	'/volunteers/sakuragaoka/sakuragaoka-kaimono-tsukisoi/',
	'/reports/aoba/2026-09-17-aoba-council/',
	'/local-issues/hidamari/idou-shudan-fusoku/',
	'/salons/',
	'/resources/',
	'/volunteers/',
	'/fields/',
	'/fields/gathering/',
	'/fields/daily-life/',
	'/fields/watching/',
	'/fields/health/',
	'/fields/participation/',
	'/fields/contribution/',
	'/today/',
	'/search/',
	'/words/',
	'/my-list/',
	'/local-issues/',
	'/reports/',
	'/dashboard/',
	'/help/fields/',
];

const site = builtSiteInBrowser(TEST_DIST);
let page: Page;

beforeAll(async () => {
	page = await site.browser.newPage(PHONE);
});
afterAll(async () => {
	await page?.close();
});

interface AxNode {
	role?: { value?: string };
	name?: { value?: string };
	ignored?: boolean;
	properties?: { name: string; value: { value?: unknown } }[];
}

const LANDMARKS = new Set(['banner', 'navigation', 'main', 'contentinfo', 'search', 'region', 'complementary', 'form']);

/** The page's accessibility tree as Chromium exposes it to screen readers, in document order. */
async function axTree(p: Page): Promise<AxNode[]> {
	const cdp = await p.context().newCDPSession(p);
	const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
	await cdp.detach();
	return nodes.filter((n) => !n.ignored);
}

const landmarks = (nodes: AxNode[]) =>
	nodes.filter((n) => LANDMARKS.has(n.role?.value ?? '')).map((n) => `${n.role!.value} ${n.name?.value ?? ''}`.trim());
const headings = (nodes: AxNode[]) =>
	nodes
		.filter((n) => n.role?.value === 'heading')
		.map((n) => ({ level: Number(n.properties?.find((p) => p.name === 'level')?.value.value ?? 0), name: n.name?.value ?? '' }));

/** Every place where a heading is more than one level deeper than the one before it. */
function skips(list: { level: number; name: string }[]): string[] {
	const out: string[] = [];
	let previous = 0;
	for (const h of list) {
		if (h.level > previous + 1) out.push(`h${previous} → h${h.level} 「${h.name}」`);
		previous = h.level;
	}
	return out;
}

describe('landmarks and headings of every page template', () => {
	test.each(PAGES)('%s: at most 8 landmarks, no heading level skipped, one h1', async (path) => {
		await page.goto(site.url + path);
		await page.waitForLoadState('load');
		const nodes = await axTree(page);
		expect(landmarks(nodes).length, landmarks(nodes).join(' / ')).toBeLessThanOrEqual(8);
		const hs = headings(nodes);
		expect(skips(hs)).toEqual([]);
		expect(hs.filter((h) => h.level === 1)).toHaveLength(1);
	});
});

describe('an entry page, heard once', () => {
	test('the h1 is the name alone; the reading is a visible line under it', async () => {
		await page.goto(`${site.url}/salons/aoba/aoba-danchi-ikiiki-salon/`);
		const h1 = headings(await axTree(page)).find((h) => h.level === 1)!;
		expect(h1.name).toBe('青葉団地 いきいきサロン');
		const reading = page.locator('h1 + .yomi');
		await expect(reading.isVisible()).resolves.toBe(true);
		expect((await reading.textContent())?.trim()).toMatch(/^[ぁ-ゖー\s　]+$/);
	});

	test('問い合わせ先 is a heading, not also a region', async () => {
		await page.goto(`${site.url}/salons/aoba/aoba-danchi-ikiiki-salon/`);
		const nodes = await axTree(page);
		expect(headings(nodes).some((h) => h.name === '問い合わせ先')).toBe(true);
		expect(landmarks(nodes).filter((l) => l.includes('問い合わせ先'))).toEqual([]);
	});

	test('the phone number stays on one line at 200 % text', async () => {
		const narrow = await site.browser.newPage({ ...PHONE, bypassCSP: true });
		await narrow.goto(`${site.url}/salons/aoba/aoba-danchi-ikiiki-salon/`);
		await narrow.addStyleTag({ content: 'html { font-size: 200% !important; }' });
		const boxes = await narrow.locator('.contact .tel .phone').evaluate((el) => {
			const range = document.createRange();
			range.selectNodeContents(el);
			const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
			return {
				lines: lines.size,
				right: el.getBoundingClientRect().right,
				width: document.documentElement.clientWidth,
				text: el.textContent,
			};
		});
		await narrow.close();
		expect(boxes.text).toMatch(/^\d{2,5}-\d{1,4}-\d{3,4}$/);
		expect(boxes.lines).toBe(1);
		expect(boxes.right).toBeLessThanOrEqual(boxes.width);
	});
});

describe('the 校区 page', () => {
	test('no region per weekday or per field: the days and fields are headings', async () => {
		await page.goto(`${site.url}/areas/aoba/`);
		// With the sections a resident opens open: the days and fields are headings under their section's h2.
		await page.click('summary:has(#week)');
		await page.click('summary:has(#resources)');
		const nodes = await axTree(page);
		expect(landmarks(nodes).filter((l) => l.startsWith('region'))).toEqual([]);
		expect(headings(nodes).some((h) => h.name.startsWith('月曜日'))).toBe(true);
		expect(headings(nodes).some((h) => h.name.startsWith('見守り'))).toBe(true);
		expect(skips(headings(nodes))).toEqual([]);
		expect(landmarks(nodes).length).toBeLessThanOrEqual(8);
	});
});

describe('the week table', () => {
	test('a 「－」 cell is read as 「なし」 (the table is the no-JavaScript view of 今日・今週)', async () => {
		const context = await site.browser.newContext({ ...PHONE, javaScriptEnabled: false });
		const noJs = await context.newPage();
		await noJs.goto(`${site.url}/today/`);
		expect(await noJs.locator('td:has-text("－")').count()).toBeGreaterThan(0);
		const nodes = await axTree(noJs);
		await context.close();
		const cellNames = nodes.filter((n) => n.role?.value === 'cell').map((n) => n.name?.value ?? '');
		expect(cellNames).toContain('なし');
		expect(cellNames).not.toContain('－');
	});
});
