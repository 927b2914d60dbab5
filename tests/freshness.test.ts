/**
 * Residents are told how old an entry's confirmation is, on 川波町 as the suite builds it (published under
 * /kawanami-guide/, on the tests' date TEST_TODAY), where two entries were last confirmed long ago: past 12 months an
 * entry says so at its top and on lists, with a link to its confirm form; past 24 months it leaves 今日・今週, the
 * printed 地区 sheet and わたしのリスト's print but keeps its page; the dashboard shows each 地区's share confirmed
 * within a year.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../src/lib/content-files.ts';
import { isStale } from '../src/lib/format.ts';
import { axeViolations } from './browser/axe.ts';
import { builtSiteInBrowser, PHONE } from './browser/harness.ts';
import { TEST_TODAY } from './build-site.ts';
import { distOf, TOWNS } from './towns.ts';

/** 16 months before TEST_TODAY: the notice, still listed everywhere. */
const OLD = 'salons/shimogawa/shimogawa-ekimae-engawa';
/** 26 months: the notice, and off 今日・今週 and the printed lists. */
const VERY_OLD = 'salons/shimogawa/shimogawa-kawabata-taiso';
const CONFIRMABLE = ['salons', 'resources', 'volunteers'];

const dist = distOf('kawanami');
const entries = loadContent(TOWNS.kawanami).entries.filter((e) => CONFIRMABLE.includes(e.collection));
const confirmedOf = (e: (typeof entries)[number]) => String(e.data['last_confirmed']);
const nameOf = (ref: string) => String(entries.find((e) => `${e.collection}/${e.id}` === ref)!.data['name']);
const html = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const todayJson = (page: string) => page.match(/<script type="application\/json" data-today>([^<]*)<\/script>/)![1]!;
const printSheet = (page: string) => page.match(/<section class="print-sheet[\s\S]*?<\/section>/)![0];
const site = builtSiteInBrowser(dist, '/kawanami-guide/');

test('the fixture: these two entries, and only they, are past twelve months', () => {
	expect(
		entries
			.filter((e) => isStale(confirmedOf(e), TEST_TODAY))
			.map((e) => `${e.collection}/${e.id}`)
			.sort(),
	).toEqual([OLD, VERY_OLD]);
});

describe('past twelve months', () => {
	test('an entry says so at its top, with the month, and links to its confirm form under the base path', () => {
		const page = html(OLD);
		expect(page).toContain('この情報は1年以上確認されていません（最終確認日 2025年8月）');
		expect(page).toContain('href="/kawanami-guide/send/salons/?confirm=shimogawa/shimogawa-ekimae-engawa"');
		expect(page).toContain('まだやっていますか？お知らせください');
		// At the top of what the page says about it: after the name, the next dates and the call button (the first
		// screen, issue 22), before its description and details.
		expect(page.indexOf('data-freshness')).toBeLessThan(page.indexOf('くわしい情報'));
	});
	test('a fresh entry says nothing of the kind', () => {
		expect(html('salons/shimogawa/shimogawa-igo-shogi-no-kai')).not.toContain('確認されていません');
	});
	test('the 地区 page lists it with the notice, in the same place as before', () => {
		const area = html('areas/shimogawa');
		expect(area).toContain('この情報は1年以上確認されていません（最終確認日 2025年8月）');
	});
	test('it stays in 今日・今週 and on the printed sheet', () => {
		expect(todayJson(html('today'))).toContain('/kawanami-guide/salons/shimogawa/shimogawa-ekimae-engawa/');
		expect(printSheet(html('areas/shimogawa'))).toContain(nameOf(OLD));
	});
});

describe('past twenty-four months', () => {
	test('the entry keeps its page, with the notice', () => {
		expect(html(VERY_OLD)).toContain('この情報は1年以上確認されていません（最終確認日 2024年10月）');
	});
	test('it leaves 今日・今週 of the town and of its 地区', () => {
		const url = '/kawanami-guide/salons/shimogawa/shimogawa-kawabata-taiso/';
		expect(todayJson(html('today'))).not.toContain(url);
		// On a 地区 page the today view links each place to its one card on the page (src/lib/area-page.ts).
		expect(todayJson(html('areas/shimogawa'))).not.toContain('#place-salons-shimogawa-shimogawa-kawabata-taiso"');
		expect(todayJson(html('areas/shimogawa'))).toContain('#place-salons-shimogawa-shimogawa-ekimae-engawa"');
		expect(html('areas/shimogawa')).toContain('id="place-salons-shimogawa-shimogawa-ekimae-engawa"');
	});
	test('it leaves the printed 地区 sheet, which says one was left out', () => {
		const sheet = printSheet(html('areas/shimogawa'));
		expect(sheet).not.toContain(nameOf(VERY_OLD));
		expect(sheet).toContain('2年以上確認されていない 1 件は載せていません');
		expect(printSheet(html('areas/kamigawa'))).not.toContain('2年以上確認されていない');
	});
	test('わたしのリスト is told to leave it off the print', () => {
		const places = JSON.parse(readFileSync(join(dist, 'my-list/places.json'), 'utf8')) as { ref: string; old: boolean }[];
		expect(places.filter((p) => p.old).map((p) => p.ref)).toEqual([VERY_OLD]);
	});
});

describe('the dashboard', () => {
	const cell = (page: string, key: string) => page.match(new RegExp(`data-cell="${key}"[^>]*>([^<]*)<`))?.[1];
	test("shows each 地区's share of entries confirmed within a year, and links the overdue ones", () => {
		const page = html('dashboard');
		const inShimogawa = entries.filter(
			(e) => e.data['status'] !== '終了' && [e.data['area'], ...((e.data['areas'] as string[] | undefined) ?? [])].includes('shimogawa'),
		);
		const within = inShimogawa.filter((e) => !isStale(confirmedOf(e), TEST_TODAY)).length;
		expect(within).toBe(inShimogawa.length - 2);
		expect(cell(page, 'shimogawa:share')).toBe(`${Math.round((within / inShimogawa.length) * 100)}%`);
		expect(cell(page, 'kamigawa:share')).toBe('100%');
		const block = page.match(/data-progress="shimogawa"[\s\S]*?<\/li>\s*<li class="progress-block|data-progress="shimogawa"[\s\S]*$/)![0];
		expect(block).toContain('href="/kawanami-guide/salons/shimogawa/shimogawa-kawabata-taiso/"');
		expect(page).toContain('2026年12月の確認の分');
	});
});

describe('in a browser', () => {
	test.each(['salons/shimogawa/shimogawa-ekimae-engawa/', 'areas/shimogawa/', 'dashboard/'])(
		'%s: axe finds nothing, and nothing is wider than a 320px screen',
		async (path) => {
			const page = await site.browser.newPage({ ...PHONE, viewport: { width: 320, height: 800 }, bypassCSP: true });
			await page.goto(`${site.url}/${path}`);
			expect(await axeViolations(page)).toEqual([]);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
			await page.close();
		},
	);
});
