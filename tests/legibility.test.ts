/**
 * Readable and tappable on every template, at phone width: no visible text under 16 px, and every target at least
 * 44×44 CSS px except links inside running text (WCAG 2.5.8's inline exception). Measured in Chromium with
 * tests/browser/legibility.ts on one page of each template of the sample city.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { TEMPLATES } from './templates.ts';
import { builtSiteInBrowser, PHONE } from './browser/harness.ts';
import { targetSizes, textSizes } from './browser/legibility.ts';
import { TEST_DIST } from './towns.ts';

const site = builtSiteInBrowser(TEST_DIST);
let page: Page;
beforeAll(async () => {
	page = await site.browser.newPage(PHONE);
	await page.route(/^https:/, (r) => r.abort());
});

/** Check boxes and radio buttons whose label (the thing a finger presses) is at least 44×44. */
async function labelledChoices(p: Page): Promise<number> {
	return p.evaluate(
		() =>
			[...document.querySelectorAll('input[type="checkbox"], input[type="radio"]')].filter((i) => {
				const label = i.closest('label');
				const r = label?.getBoundingClientRect();
				return !!r && r.width >= 44 && r.height >= 44;
			}).length,
	);
}

/** Links inside a sentence: their block has words outside the link. */
async function inlineLinks(p: Page): Promise<Set<string>> {
	const labels = await p.evaluate(() =>
		[...document.querySelectorAll('a[href]')]
			.filter((a) => {
				const block = a.closest('p, li, dd, td, figcaption, small');
				return (
					!!block &&
					(block.textContent ?? '').replace(/\s+/g, '').length > (a.textContent ?? '').replace(/\s+/g, '').length + 1 &&
					!a.classList.contains('card-title')
				);
			})
			.map((a) => (a.getAttribute('aria-label') || a.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 40)),
	);
	return new Set(labels);
}

describe('readable and tappable at 390 px', () => {
	test.each(TEMPLATES.filter((t) => !t.includes('?')))('%s', async (path) => {
		await page.goto(site.url + path);
		const small = (await textSizes(page, 'body')).filter((t) => t.px < 16);
		expect(small, 'text under 16 px').toEqual([]);
		const inline = await inlineLinks(page);
		const all = await targetSizes(page, 'body');
		const tiny = all.filter(
			(t) => (t.width < 44 || t.height < 44) && !(t.where.startsWith('a.') && inline.has(t.label)) && t.where !== 'main.',
		);
		// A small check box counts when its whole label, which a finger presses, is large enough.
		const smallChoices = tiny.filter((t) => t.where.startsWith('input.'));
		expect(smallChoices.length, 'check boxes whose label is under 44×44').toBeLessThanOrEqual(await labelledChoices(page));
		expect(
			tiny.filter((t) => !t.where.startsWith('input.')),
			'targets under 44×44',
		).toEqual([]);
	});
});
