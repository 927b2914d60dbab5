/**
 * The 見える化 dashboard as a coordinator sees it on a phone (390 and 320px), on a wider screen and on A4:
 * no text under 16px (the SVG charts included, at the size they are drawn), targets of 44×44px, no header or
 * heading broken into one-character lines, the same figures in the phone's blocks as in the tables, axe-core
 * clean, and on paper the tables whole with their captions and header rows.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { ACTIVITY_FIELD_VALUES } from '../src/schemas/taxonomy.ts';
import { TEST_DIST } from './build-site.ts';
import { builtSiteInBrowser, PHONE } from './browser/harness.ts';
import { axeViolations } from './browser/axe.ts';
import { targetSizes, textSizes } from './browser/legibility.ts';
import { distOf } from './towns.ts';

const site = builtSiteInBrowser(TEST_DIST);
const kawanami = builtSiteInBrowser(distOf('kawanami'), '/kawanami-guide/');
const WIDTHS = [390, 320] as const;
const device = (width: number) => ({ ...PHONE, viewport: { width, height: 800 } });

const opened = new Map<number, Promise<Page>>();
/**
 * The sample city's dashboard at a width, opened once for all the tests that only look at it (none changes the
 * page). Its context bypasses the Content Security Policy, which would refuse axe-core's script.
 */
function open(width: number): Promise<Page> {
	if (!opened.has(width))
		opened.set(
			width,
			site.browser.newPage({ ...device(width), bypassCSP: true }).then(async (page) => {
				await page.goto(`${site.url}/dashboard/`);
				return page;
			}),
		);
	return opened.get(width)!;
}

/**
 * The rendered lines of each visible element matching `selector`: characters grouped by the line box they sit
 * on (their top edge), as the reader sees them.
 */
function renderedLines(page: Page, selector: string): Promise<{ text: string; lines: string[] }[]> {
	return page.$$eval(selector, (els) =>
		els
			.filter((el) => (el as HTMLElement).offsetParent !== null || getComputedStyle(el).position === 'fixed')
			.map((el) => {
				const tops = new Map<number, string>();
				const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
				const range = document.createRange();
				for (let node = walker.nextNode(); node; node = walker.nextNode()) {
					const text = node.textContent ?? '';
					for (let i = 0; i < text.length; i++) {
						if (/\s/.test(text[i]!)) continue;
						range.setStart(node, i);
						range.setEnd(node, i + 1);
						const r = range.getBoundingClientRect();
						if (r.width === 0) continue;
						const top = [...tops.keys()].find((t) => Math.abs(t - r.top) < 4) ?? r.top;
						tops.set(top, (tops.get(top) ?? '') + text[i]);
					}
				}
				return {
					text: (el.textContent ?? '').replace(/\s+/g, ''),
					lines: [...tops.entries()].sort((a, b) => a[0] - b[0]).map(([, line]) => line),
				};
			}),
	);
}
/** A line of one character, in text longer than one character. */
const oneCharacterLines = (found: { text: string; lines: string[] }[]) =>
	found.filter((f) => f.text.length > 1 && f.lines.some((l) => l.length === 1));

const HEADERS = 'main th, main caption, main h1, main h2, main h3, .district-block-name, .district-block-figures dt';

describe.each(WIDTHS)('the dashboard at %ipx', (width) => {
	test('no visible text under 16px, the charts included', async () => {
		const page = await open(width);
		const sizes = await textSizes(page, 'main');
		const chart = sizes.filter((s) => ['text', 'tspan'].includes(s.where.split('.')[0]!));
		expect(chart.length, 'the charts’ labels are measured').toBeGreaterThan(20);
		expect(sizes.filter((s) => s.px < 16)).toEqual([]);
	});
	test('every link is a target of at least 44×44px', async () => {
		const page = await open(width);
		const targets = await targetSizes(page, 'main');
		expect(targets.some((t) => t.label === '青葉')).toBe(true);
		expect(targets.filter((t) => t.width < 44 || t.height < 44)).toEqual([]);
	});
	test('no header or heading is broken into one-character lines', async () => {
		const page = await open(width);
		const found = await renderedLines(page, HEADERS);
		expect(found.length).toBeGreaterThan(10);
		expect(oneCharacterLines(found)).toEqual([]);
	});
	test('one block per 校区 with the full field names and the figures of the table', async () => {
		const page = await open(width);
		expect(await page.isVisible('.dashboard-table')).toBe(false);
		const blocks = await page.$eval('.district-blocks', (ul) =>
			[...ul.children].map((li) => ({
				name: li.querySelector('a')?.textContent,
				figures: [...li.querySelectorAll('dt')].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]),
			})),
		);
		const table = await page.$$eval('.dashboard-table', ([t]) =>
			[...t!.querySelectorAll('tbody tr')].map((tr) => ({
				name: tr.querySelector('th')?.textContent,
				cells: [...tr.querySelectorAll('td')].map((td) => td.textContent),
			})),
		);
		expect(blocks.map((b) => b.name)).toEqual(table.map((r) => r.name));
		for (const [i, b] of blocks.entries()) {
			expect(b.figures.map(([dt]) => dt)).toEqual(ACTIVITY_FIELD_VALUES);
			expect(b.figures.map(([, dd]) => dd)).toEqual(table[i]!.cells.slice(0, ACTIVITY_FIELD_VALUES.length));
		}
		expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
	});
	test('axe-core finds nothing', async () => {
		const page = await open(width);
		expect(await axeViolations(page)).toEqual([]);
	});
});

describe('the dashboard on a wider screen and elsewhere', () => {
	test.each([640, 800, 1200])('at %ipx the tables show, headers wrap only between phrases, 校区 links are 44px targets', async (width) => {
		const page = await open(width);
		expect(await page.isVisible('.dashboard-table')).toBe(true);
		expect(await page.isVisible('.district-blocks')).toBe(false);
		expect(oneCharacterLines(await renderedLines(page, HEADERS))).toEqual([]);
		expect((await targetSizes(page, 'main')).filter((t) => t.width < 44 || t.height < 44)).toEqual([]);
		expect(await page.evaluate(() => [...document.querySelectorAll('.table-scroll')].map((s) => s.scrollWidth - s.clientWidth))).toEqual([
			0, 0,
		]);
	});
	test('川波町 (地区, under /kawanami-guide/) at 320px: 地区 blocks with links under the base path, no small text, no one-character lines', async () => {
		const page = await kawanami.browser.newPage(device(320));
		await page.goto(`${kawanami.url}/dashboard/`);
		const links = await page.$$eval('.district-block-name a', (as) => as.map((a) => a.getAttribute('href')));
		expect(links.length).toBeGreaterThan(0);
		for (const href of links) expect(href).toMatch(/^\/kawanami-guide\/areas\/[a-z-]+\/$/);
		expect(await page.textContent('#fields')).toContain('地区');
		expect((await textSizes(page, 'main')).filter((s) => s.px < 16)).toEqual([]);
		expect(oneCharacterLines(await renderedLines(page, HEADERS))).toEqual([]);
		await page.close();
	});
});

describe('the dashboard on A4', () => {
	/** A4 less the 12mm margins, at 96 CSS px per inch. */
	const A4_WIDTH = Math.floor(((210 - 24) / 25.4) * 96);

	test('printed: the tables show whole, with break rules that keep caption, header row and rows together, and nothing overflows', async () => {
		const page = await site.browser.newPage({ viewport: { width: A4_WIDTH, height: 1000 } });
		await page.goto(`${site.url}/dashboard/`);
		await page.emulateMedia({ media: 'print' });
		const rules = await page.evaluate(() => {
			const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
			return {
				wrapper: style('.dashboard-tables').breakInside,
				caption: style('.dashboard-table caption').breakAfter,
				thead: [style('.dashboard-table thead').breakAfter, style('.dashboard-table thead').display],
				row: style('.dashboard-table tbody tr').breakInside,
				firstRow: style('.dashboard-table tbody tr:first-child').breakBefore,
				heading: style('main h2').breakAfter,
				charts: [...document.querySelectorAll('svg.chart')].map((c) => getComputedStyle(c).breakInside),
				blocks: getComputedStyle(document.querySelector('.district-blocks')!).display,
				tables: [...document.querySelectorAll('.dashboard-table')].map((t) => (t as HTMLElement).offsetHeight > 0),
			};
		});
		expect(rules).toEqual({
			wrapper: 'avoid',
			caption: 'avoid',
			thead: ['avoid', 'table-header-group'],
			row: 'avoid',
			firstRow: 'avoid',
			heading: 'avoid',
			charts: ['avoid', 'avoid'],
			blocks: 'none',
			tables: [true, true],
		});
		const overflow = await page.evaluate(() => ({
			page: document.documentElement.scrollWidth - window.innerWidth,
			parts: [...document.querySelectorAll('main table, main svg, main .table-scroll')]
				.map((el) => el.getBoundingClientRect().right)
				.filter((right) => right > window.innerWidth + 0.5),
		}));
		expect(overflow).toEqual({ page: 0, parts: [] });
		await page.close();
	});

	const pdftotext = ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext'].find((p) => existsSync(p));
	test.skipIf(!pdftotext)(
		'printed to PDF with the table pushed toward a page end, its caption and header row are never left alone',
		async () => {
			// bypassCSP only to add the comparison stylesheet below; the page prints under its own policy otherwise.
			const page = await site.browser.newPage({ viewport: { width: A4_WIDTH, height: 1000 }, bypassCSP: true });
			await page.goto(`${site.url}/dashboard/`);
			await page.emulateMedia({ media: 'print' });
			const dir = mkdtempSync(join(tmpdir(), 'sasaeai-print-'));
			/** The page (from 0) of the first table's caption, header row, first row and last row, the table pushed down by `push` px. */
			const pagesAt = async (push: number): Promise<number[]> => {
				await page.evaluate((push) => {
					let spacer = document.getElementById('print-spacer');
					if (!spacer) {
						spacer = document.createElement('div');
						spacer.id = 'print-spacer';
						document.querySelector('.dashboard-tables')!.before(spacer);
					}
					spacer.style.height = `${push}px`;
				}, push);
				const file = join(dir, `dashboard-${push}.pdf`);
				writeFileSync(file, await page.pdf({ format: 'A4', margin: { top: '12mm', bottom: '12mm', left: '12mm', right: '12mm' } }));
				const pages = spawnSync(pdftotext!, ['-layout', file, '-'], { encoding: 'utf8' }).stdout.split('\f');
				const where = (pattern: RegExp) => pages.findIndex((p) => pattern.test(p));
				// A table row has seven figures (six fields and the total); the chart above it has six.
				return [
					where(/分野・校区ごとの数（表）/),
					where(/校区\s+健康づくり\s+生活支援/),
					where(/^\s*青葉(\s+(\d+|なし)){7}\s*$/m),
					where(/^\s*松風(\s+(\d+|なし)){7}\s*$/m),
				];
			};
			const pushes = [100, 180, 260, 340];
			try {
				for (const push of pushes) {
					const [caption, ...rest] = await pagesAt(push);
					expect(rest, `pushed ${push}px`).toEqual([caption, caption, caption]);
				}
				// The pushes do bring the table across a page end: without the rules it splits or leaves its caption behind.
				await page.addStyleTag({
					content:
						'@media print { .dashboard-tables, .dashboard-table, .dashboard-table * { break-inside: auto !important; break-before: auto !important; break-after: auto !important; } }',
				});
				// (Printed until the first push that splits it: one is enough to show the rules are what holds it.)
				let splits = false;
				for (const push of pushes) if ((splits = new Set(await pagesAt(push)).size > 1)) break;
				expect(splits).toBe(true);
			} finally {
				rmSync(dir, { recursive: true, force: true });
				await page.close();
			}
		},
	);
});
