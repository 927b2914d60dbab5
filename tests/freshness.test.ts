/**
 * Residents are told how old an entry's confirmation is, on a built copy of 川波町 (published under /kawanami-guide/)
 * with SASAEAI_TODAY fixed and every entry's last_confirmed set here: past 12 months an entry says so at its top and
 * on lists, with a link to its confirm form; past 24 months it leaves 今日・今週, the printed 校区 sheet and
 * わたしのリスト's print but keeps its page; the dashboard shows each 校区's share confirmed within a year.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadContent } from '../src/lib/content-files.ts';
import { isStale } from '../src/lib/format.ts';
import { axeViolations } from './browser/axe.ts';
import { builtSiteInBrowser, PHONE } from './browser/harness.ts';
import { runAstroBuild } from './build-site.ts';
import { TOWNS } from './towns.ts';

const TODAY = '2027-09-01';
const FRESH = '2027-06-01';
/** 16 months: the notice, still listed everywhere. */
const OLD = 'salons/shimogawa/shimogawa-ekimae-engawa';
/** 26 months: the notice, and off 今日・今週 and the printed lists. */
const VERY_OLD = 'salons/shimogawa/shimogawa-kawabata-taiso';
const DATES: Record<string, string> = { [OLD]: '2026-05-01', [VERY_OLD]: '2025-07-01' };
const CONFIRMABLE = ['salons', 'resources', 'volunteers'];

const work = mkdtempSync(join(tmpdir(), 'sasaeai-freshness-'));
const content = join(work, 'town');
const dist = join(work, 'dist');
cpSync(TOWNS.kawanami, content, { recursive: true });
const entries = loadContent(content).entries.filter((e) => CONFIRMABLE.includes(e.collection));
for (const e of entries) {
	const ref = `${e.collection}/${e.id}`;
	writeFileSync(e.file, readFileSync(e.file, 'utf8').replace(/^last_confirmed: .*$/m, `last_confirmed: ${DATES[ref] ?? FRESH}`));
}
const nameOf = (ref: string) => String(entries.find((e) => `${e.collection}/${e.id}` === ref)!.data['name']);
const html = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const todayJson = (page: string) => page.match(/<script type="application\/json" data-today>([^<]*)<\/script>/)![1]!;
const printSheet = (page: string) => page.match(/<section class="print-sheet[\s\S]*?<\/section>/)![0];

beforeAll(() => {
	const result = runAstroBuild({ SASAEAI_CONTENT: content, SASAEAI_OUT_DIR: dist, SASAEAI_TODAY: TODAY });
	expect(result.status, result.output).toBe(0);
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));
// Served after the build above (hooks run in the order they are registered).
const site = builtSiteInBrowser(dist, '/kawanami-guide/');

describe('past twelve months', () => {
	test('an entry says so at its top, with the month, and links to its confirm form under the base path', () => {
		const page = html(OLD);
		expect(page).toContain('この情報は1年以上確認されていません（最終確認日 2026年5月）');
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
		expect(area).toContain('この情報は1年以上確認されていません（最終確認日 2026年5月）');
	});
	test('it stays in 今日・今週 and on the printed sheet', () => {
		expect(todayJson(html('today'))).toContain('/kawanami-guide/salons/shimogawa/shimogawa-ekimae-engawa/');
		expect(printSheet(html('areas/shimogawa'))).toContain(nameOf(OLD));
	});
});

describe('past twenty-four months', () => {
	test('the entry keeps its page, with the notice', () => {
		expect(html(VERY_OLD)).toContain('この情報は1年以上確認されていません（最終確認日 2025年7月）');
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
		const within = inShimogawa.filter((e) => !isStale(DATES[`${e.collection}/${e.id}`] ?? FRESH, TODAY)).length;
		expect(within).toBe(inShimogawa.length - 2);
		expect(cell(page, 'shimogawa:share')).toBe(`${Math.round((within / inShimogawa.length) * 100)}%`);
		expect(cell(page, 'kamigawa:share')).toBe('100%');
		const block = page.match(/data-progress="shimogawa"[\s\S]*?<\/li>\s*<li class="progress-block|data-progress="shimogawa"[\s\S]*$/)![0];
		expect(block).toContain('href="/kawanami-guide/salons/shimogawa/shimogawa-kawabata-taiso/"');
		expect(page).toContain('2027年9月の確認の分');
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
