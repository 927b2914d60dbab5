/**
 * The today view in Chromium with a fixed clock: what a resident sees on a given day, computed in the browser
 * from the schedules (holidays, ordinal weekdays, days of the month and closures included).
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../src/lib/content-files.ts';
import { occurrencesOn } from '../src/lib/schedule/occurrences.ts';
import { isJapaneseHoliday } from '../src/lib/schedule/holidays.ts';
import type { Schedule } from '../src/schemas/schedule.ts';
import { TEST_DIST } from './build-site.ts';
import { builtSiteInBrowser, PHONE } from './browser/harness.ts';
import { SAMPLE } from './towns.ts';

const site = builtSiteInBrowser(TEST_DIST);
let page: Page;

/** Opens a page as it would look at 10:00 in Japan on `date`. */
async function openOn(date: string, path: string): Promise<Page> {
	const context = await site.browser.newContext(PHONE);
	page = await context.newPage();
	await page.clock.setFixedTime(new Date(`${date}T10:00:00+09:00`));
	await page.goto(site.url + path);
	await page.waitForSelector('today-view [data-output]:not([hidden])');
	return page;
}
/** Names listed under each day heading of the first today view. */
async function listed(p: Page): Promise<{ heading: string; names: string[] }[]> {
	return p.$$eval('today-view [data-output] section', (sections) =>
		sections.map((s) => ({
			heading: s.querySelector('h3')?.textContent ?? '',
			names: [...s.querySelectorAll('.card-title')].map((a) => a.textContent ?? ''),
		})),
	);
}

const salons = loadContent(SAMPLE).entries.filter((e) => e.collection === 'salons' && e.data['status'] === '活動中');
const salonName = (id: string) => salons.find((s) => s.id === id)!.data['name'] as string;
/** The salons that meet on a date, worked out here from the content files with the holiday library. */
const expectedSalons = (date: string, area?: string) =>
	salons
		.filter((s) => (!area || s.data['area'] === area) && occurrencesOn(s.data['schedule'] as Schedule, date, isJapaneseHoliday).length > 0)
		.map((s) => s.data['name'] as string);

describe('today, on 勤労感謝の日 (Monday 2026-11-23)', () => {
	test('the heading names the day and the holiday', async () => {
		const p = await openOn('2026-11-23', '/');
		expect((await listed(p))[0]!.heading).toBe('今日 11月23日（月） 勤労感謝の日');
	});
	test('a Monday salon closed on holidays is not listed; one that meets on holidays is', async () => {
		const [today] = await listed(await openOn('2026-11-23', '/'));
		expect(today!.names).not.toContain(salonName('aoba/aoba-aobadai-hyakusai-taiso'));
		expect(today!.names).toContain(salonName('matsukaze/matsukaze-koen-radio-taiso'));
	});
	test('every salon meeting that day is listed, and no other', async () => {
		const [today] = await listed(await openOn('2026-11-23', '/'));
		const shownSalons = today!.names.filter((n) => salons.some((s) => s.data['name'] === n));
		expect(shownSalons.sort()).toEqual(expectedSalons('2026-11-23').sort());
	});
});

describe('this week on a 校区 page', () => {
	test('第2・第4水曜: listed on the 4th Wednesday (11/25), not on the 3rd (11/18)', async () => {
		const name = salonName('aoba/aoba-danchi-ikiiki-salon');
		const week = await listed(await openOn('2026-11-23', '/areas/aoba/'));
		expect(week.find((d) => d.heading.includes('11月25日'))!.names).toContain(name);
		const earlier = await listed(await openOn('2026-11-16', '/areas/aoba/'));
		expect(earlier.find((d) => d.heading.includes('11月18日'))!.names).not.toContain(name);
	});
	test('毎月15日 falls on a Sunday and is listed that day', async () => {
		const week = await listed(await openOn('2026-11-14', '/areas/aoba/'));
		expect(week.find((d) => d.heading.includes('11月15日'))!.names).toContain(salonName('aoba/aoba-aobanosato-orange-cafe'));
	});
	test('8月は休み: the 4th Wednesday of August is empty for that salon', async () => {
		const week = await listed(await openOn('2026-08-24', '/areas/aoba/'));
		expect(week.find((d) => d.heading.includes('8月26日'))!.names).not.toContain(salonName('aoba/aoba-danchi-ikiiki-salon'));
	});
	test('each day of the week matches the schedules worked out independently', async () => {
		const week = await listed(await openOn('2026-12-28', '/areas/chuo/'));
		for (const [i, day] of week.entries()) {
			const date = new Date(Date.UTC(2026, 11, 28 + i)).toISOString().slice(0, 10);
			const shownSalons = day.names.filter((n) => salons.some((s) => s.data['name'] === n));
			expect(shownSalons.sort(), date).toEqual(expectedSalons(date, 'chuo').sort());
		}
	});
});

describe('without JavaScript', () => {
	test('the today section falls back to the weekly list', async () => {
		const context = await site.browser.newContext({ ...PHONE, javaScriptEnabled: false });
		const p = await context.newPage();
		await p.goto(`${site.url}/today/`);
		expect(await p.isVisible('today-view [data-fallback] .week-glance')).toBe(true);
		expect(await p.isVisible('today-view [data-output]')).toBe(false);
		await context.close();
	});
});
