/**
 * 「次は …」 on entry pages: the next three dates on the day the page is read (fixed clocks in the browser), holidays
 * and closures applied; without JavaScript the build's dates with the build date said.
 * The clocks are dates of the sample city's own schedules (a closure on 2026-12-29, 建国記念の日 2027-02-11): the
 * page embeds about three months from its build date, which the test builds fix (TEST_TODAY in build-site.ts).
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { TEST_DIST } from './build-site.ts';
import { builtSiteInBrowser, PHONE } from './browser/harness.ts';

const site = builtSiteInBrowser(TEST_DIST);
/** 隔週火曜 from 2026-04-07, closed 2026-12-29 (which is one of its Tuesdays). */
const BIWEEKLY = '/salons/matsukaze/matsukaze-nordic-walking/';
/** 毎週木曜 and 第1土曜, closed on holidays and on 2026-12-31 and 2027-01-02 (a 第1土曜). */
const NTH = '/salons/matsukaze/matsukaze-coop-hidamari-cafe/';

/** The page as read at noon in Japan on `day`. */
async function readOn(path: string, day: string): Promise<{ text: string; asofHidden: boolean; embedded: string[] }> {
	const page = await (withScript ??= site.browser.newPage(PHONE));
	await page.clock.setFixedTime(new Date(`${day}T12:00:00+09:00`));
	await page.goto(site.url + path);
	const box = page.locator('[data-next-dates]');
	const result = {
		text: ((await box.locator('[data-next-text]').textContent()) ?? '').trim(),
		asofHidden: await box.locator('[data-next-asof]').isHidden(),
		embedded: ((await box.getAttribute('data-next-dates')) ?? '').split(' '),
	};
	return result;
}
/** One page with JavaScript, one without, for the whole file (a new page costs Chromium about a second of CPU). */
let withScript: Promise<Page> | undefined;
let withoutScript: Promise<Page> | undefined;
const pageWithoutScript = async () =>
	await (withoutScript ??= site.browser.newContext({ ...PHONE, javaScriptEnabled: false }).then((c) => c.newPage()));
afterAll(async () => {
	await (await withScript)?.close();
	await (await withoutScript)?.context().close();
});

describe('the next dates, on the day the page is read', () => {
	test('the build embeds the coming months (the clocks below fall inside them)', async () => {
		const { embedded } = await readOn(BIWEEKLY, '2026-12-16');
		expect(embedded.length).toBeGreaterThanOrEqual(3);
		expect(embedded[0]! <= '2026-12-16', `the build is newer than the sample's fixed dates: ${embedded[0]}`).toBe(true);
		expect(embedded.at(-1)! >= '2027-02-09').toBe(true);
	});

	test('隔週: the closed Tuesday (12月29日) is skipped', async () => {
		const read = await readOn(BIWEEKLY, '2026-12-16');
		expect(read.text).toBe('次は 1月12日（火）、1月26日（火）、2月9日（火）');
		expect(read.asofHidden).toBe(true);
	});

	test('隔週: the day itself counts while it is that day', async () => {
		expect((await readOn(BIWEEKLY, '2027-01-12')).text).toBe('次は 1月12日（火）、1月26日（火）、2月9日（火）');
	});

	test('第1土曜 and 毎週木曜: the holiday (2月11日) and the closed 第1土曜 (1月2日) are skipped', async () => {
		expect((await readOn(NTH, '2027-02-05')).text).toBe('次は 2月6日（土）、2月18日（木）、2月25日（木）');
		expect((await readOn(NTH, '2026-12-30')).text).toBe('次は 1月7日（木）、1月14日（木）、1月21日（木）');
	});
});

describe('without JavaScript', () => {
	test('the build’s dates stay, with the build date said', async () => {
		const page = await pageWithoutScript();
		await page.goto(site.url + BIWEEKLY);
		const text = (await page.locator('[data-next-dates]').innerText()).replace(/\s+/g, ' ');
		expect(text).toMatch(/^次は \d+月\d+日（火）、\d+月\d+日（火）、\d+月\d+日（火） （\d{1,2}月\d{1,2}日時点の予定です）$/);
	});

	test('on the first screen: the name and when it is next on (390×844)', async () => {
		const page = await pageWithoutScript();
		await page.goto(site.url + BIWEEKLY);
		const bottoms = await page.evaluate(() =>
			['h1', '[data-next-dates]'].map((s) => document.querySelector(s)!.getBoundingClientRect().bottom),
		);
		for (const bottom of bottoms) expect(bottom).toBeLessThanOrEqual(844);
	});
});
