/**
 * Every page template, in a real browser at phone width: axe-core finds no WCAG 2.2 AA violation, text is
 * large, touch targets are at least 44px, and the print view hides navigation.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { TEST_DIST } from './build-site.ts';
import { builtSiteInBrowser, PHONE } from './browser/harness.ts';
import { axeViolations } from './browser/axe.ts';
import { TEMPLATES } from './templates.ts';

const site = builtSiteInBrowser(TEST_DIST);
let page: Page;

beforeAll(async () => {
	// axe is injected as an inline script, which the site's Content Security Policy rightly blocks; only this
	// test context bypasses it. The search, map and today tests run under the real policy.
	page = await site.browser.newPage({ ...PHONE, bypassCSP: true });
});

/** Swept elsewhere in the state a resident sees: the dashboard at 390 and 320 px (dashboard.test.ts), the search
 * page with its results listed (below). */
const SWEPT_ELSEWHERE = ['/dashboard/', `/search/?q=${encodeURIComponent('体操')}`];

describe('accessibility of every page template (axe-core, WCAG 2.2 AA)', () => {
	test.each(TEMPLATES.filter((path) => !SWEPT_ELSEWHERE.includes(path)))('%s', async (path) => {
		await page.goto(site.url + path);
		const violations = await axeViolations(page);
		expect(violations).toEqual([]);
	});
});

describe('accessibility with the scripts at work', () => {
	test('search results are listed', async () => {
		await page.goto(`${site.url}/search/?q=${encodeURIComponent('体操')}`);
		await page.waitForSelector('[data-results] .card-title');
		expect(await axeViolations(page)).toEqual([]);
	});
	test('the 校区 map is open (offline: tiles fail)', async () => {
		await page.route(/^https:/, (r) => r.abort());
		await page.goto(`${site.url}/areas/aoba/`);
		await page.click('[data-show-map]');
		await page.waitForSelector('[data-map][data-points]');
		expect(await axeViolations(page)).toEqual([]);
		await page.unroute(/^https:/);
	});
});

describe('the contribution form at work', () => {
	// Each step with and without its messages, the check page, 320 px and 200 % text: tests/browser/send-steps.ts.
	// Here, the groups the form adds while a resident fills it in: every step is shown at once (the form's own
	// fallback without JavaScript), so that the buttons of each group can be used in one page.
	const allSteps = (p: Page) =>
		p.evaluate(() => document.querySelectorAll<HTMLElement>('.form-step').forEach((step) => (step.hidden = false)));
	test('with a schedule rule added and a meeting report’s groups repeated', async () => {
		await page.goto(`${site.url}/send/salons/`);
		await allSteps(page);
		await page.getByRole('button', { name: 'きまりを足す' }).click();
		await page.getByRole('radio', { name: '毎月' }).first().check();
		expect(await axeViolations(page)).toEqual([]);
		await page.goto(`${site.url}/send/reports/`);
		await allSteps(page);
		await page.getByRole('button', { name: /^参加者.*を足す$/ }).click();
		await page.getByRole('button', { name: '議題を足す' }).click();
		expect(await axeViolations(page)).toEqual([]);
	});
	test('every control of the form can be reached and used by keyboard, with a visible name', async () => {
		await page.goto(`${site.url}/send/salons/`);
		const unnamed = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLElement>('[data-form] input, [data-form] select, [data-form] textarea, [data-form] button')]
				.filter((el) => !el.closest('[hidden], template') && el.getClientRects().length > 0)
				.filter(
					(el) => el.tabIndex < 0 || !(el.getAttribute('aria-label') || (el as HTMLInputElement).labels?.length || el.textContent?.trim()),
				)
				.map((el) => el.outerHTML.slice(0, 120)),
		);
		expect(unnamed).toEqual([]);
	});
});

describe('for residents on a phone', () => {
	test('body text is at least 18px', async () => {
		await page.goto(`${site.url}/areas/aoba/`);
		const size = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('main p')!).fontSize));
		expect(size).toBeGreaterThanOrEqual(18);
	});
	test.each(['/', '/areas/aoba/', '/salons/aoba/aoba-danchi-ikiiki-salon/'])('touch targets on %s are at least 44px tall', async (path) => {
		await page.goto(site.url + path);
		await page.click('.site-menu > summary');
		const small = await page.evaluate(() =>
			[
				...document.querySelectorAll<HTMLElement>(
					'.site-nav a, .card-title, .tel, .button-grid a, .jump-links a, .week-glance a, .breadcrumbs a, .site-title',
				),
			]
				// Links inside the closed 「メニュー」 have no box: they are not on screen to be tapped.
				.filter((el) => el.getClientRects().length > 0)
				.map((el) => ({ text: el.textContent?.trim(), h: el.getBoundingClientRect().height, w: el.getBoundingClientRect().width }))
				.filter((r) => r.h < 44 || r.w < 24),
		);
		expect(small).toEqual([]);
	});
	test('nothing is wider than the phone screen', async () => {
		for (const path of ['/', '/areas/aoba/', '/salons/aoba/aoba-danchi-ikiiki-salon/', '/reports/aoba/2026-09-17-aoba-council/']) {
			await page.goto(site.url + path);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
			expect(overflow, path).toBeLessThanOrEqual(0);
		}
	});
	test('the skip link moves focus to the main content', async () => {
		await page.goto(`${site.url}/areas/aoba/`);
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('本文へ移動');
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
	});
	test('printed, an entry page keeps its facts and its phone and drops the navigation', async () => {
		await page.goto(`${site.url}/salons/aoba/aoba-danchi-ikiiki-salon/`);
		await page.emulateMedia({ media: 'print' });
		const visible = await page.evaluate(() => ({
			nav: getComputedStyle(document.querySelector('.site-nav')!).display,
			facts: getComputedStyle(document.querySelector('.facts')!).display,
			tel: (document.querySelector('.contact .tel') as HTMLElement).innerText.replace(/\s+/g, ' ').trim(),
		}));
		await page.emulateMedia({ media: 'screen' });
		expect(visible.nav).toBe('none');
		expect(visible.facts).not.toBe('none');
		expect(visible.tel).toBe('電話 000-201-3101');
	});
});
