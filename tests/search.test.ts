/**
 * Search as a resident uses it, in Chromium against the built sample site: realistic Japanese queries and the
 * page each should put first (or among the first three), the filters, and the search scoped to a 校区.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { TEST_DIST } from './build-site.ts';
import { builtSiteInBrowser, PHONE } from './browser/harness.ts';

const site = builtSiteInBrowser(TEST_DIST);
let page: Page;

beforeAll(async () => {
	page = await site.browser.newPage(PHONE);
});

async function results(query: string): Promise<{ status: string; titles: string[] }> {
	await page.goto(`${site.url}/search/?${query}`);
	await page.waitForFunction(() => {
		const s = document.querySelector('[data-status]')?.textContent ?? '';
		return s !== '' && !s.includes('さがしています');
	});
	return {
		status: (await page.textContent('[data-status]')) ?? '',
		titles: await page.$$eval('[data-results] .card-title', (els) => els.map((e) => e.textContent ?? '')),
	};
}
const q = (text: string) => `q=${encodeURIComponent(text)}`;

// [query, a title expected first, ...titles expected among the first three]
const QUERIES: [string, string, ...string[]][] = [
	['体操', '青葉台 いきいき百歳体操'],
	['たいそう', '青葉台 いきいき百歳体操'],
	['百歳体操', '青葉台 いきいき百歳体操', '上川原 いきいき百歳体操'],
	['ひゃくさいたいそう', '青葉台 いきいき百歳体操'],
	['いきいき', '青葉 いきいき介護予防教室', '青葉台 いきいき百歳体操', '青葉団地 いきいきサロン'],
	['生き生き', '青葉台 いきいき百歳体操', '青葉団地 いきいきサロン'],
	['配食', '川原ふれあい配食 お弁当の配達ボランティア募集', 'ひだまり市 配食サービス（見守りつき）'],
	['はいしょく', '川原ふれあい配食 お弁当の配達ボランティア募集', 'ひだまり市 配食サービス（見守りつき）'],
	['お弁当', '川原ふれあい配食 お弁当の配達ボランティア募集', '山手の里 栄養改善お弁当便'],
	['買い物', '買い物送迎の運転ボランティア募集（北部圏域）', '買い物の付き添いボランティア募集', '桜ケ丘 お買い物ツアー'],
	['かいもの', '買い物送迎の運転ボランティア募集（北部圏域）', '買い物の付き添いボランティア募集', '桜ケ丘 お買い物ツアー'],
	['移動販売', '移動販売の日の「軒先サロン」お手伝い募集', 'スーパーまるやま 移動販売「さくら号」'],
	['オレンジカフェ', '青葉の里 オレンジカフェ', '川原 オレンジカフェ'],
	['にんちしょう', '青葉の里 オレンジカフェ', '川原 オレンジカフェ'],
	['認知症サポーター', '認知症サポーター養成講座（桜ケ丘会場）'],
	['ゴミ出し', '青葉台団地 ごみ出しお手伝い', '青葉団地 ゴミ出しサポーター募集'],
	['ごみだし', '青葉台団地 ごみ出しお手伝い', '青葉団地 ゴミ出しサポーター募集'],
	['スマホ', '青葉台 はじめてのスマホ教室', '駅前通 シニアのスマホ教室'],
	['囲碁', '青葉 長寿会 囲碁・将棋の会'],
	['しょうぎ', '青葉 長寿会 囲碁・将棋の会'],
	['書道', '松原苑 書道の会'],
	['カラオケ', '山手町 カラオケ同好会'],
	['茶話会', '桜ケ丘 ふれあい茶話会', '下川原 えんがわ茶話会', '中央校区 ふれあい茶話会'],
	['食事会', '青葉 ふれあい食事会', '山手町 ふれあい食事会'],
	['男の料理', '松原 男の料理教室'],
	['傾聴', '傾聴ボランティア募集', '松風 傾聴ボランティア「きくみみの会」'],
	['ボランティアセンター', 'ひだまり市 ボランティアセンター'],
	['成年後見', '南部 成年後見・お金の管理の相談会'],
	['電球', '川原 ちょこっと助け隊（電球交換・草刈りなど）'],
	['ウォーキング', '松風 ノルディックウォーキング', '松風公園 ノルディック・ウォーキング教室'],
	['青葉 体操', '青葉台 いきいき百歳体操'],
	['ラジオ体操', '松風公園 ラジオ体操の会'],
	['ｽﾏﾎ', '青葉台 はじめてのスマホ教室', '駅前通 シニアのスマホ教室'],
];

describe('Japanese queries put the right page first', () => {
	test.each(QUERIES)('「%s」', async (query, first, ...nearTop) => {
		const { titles } = await results(q(query));
		expect(titles[0]).toBe(first);
		for (const t of nearTop) expect(titles.slice(0, 3)).toContain(t);
	});
	test('a word that is not in the site finds nothing, not pages sharing one character (新幹線)', async () => {
		const { status, titles } = await results(q('新幹線'));
		expect(titles).toEqual([]);
		expect(status).toContain('見つかりませんでした');
	});
	test('a place name finds what is there, the 校区 page included', async () => {
		const { titles } = await results(q('桜ケ丘'));
		expect(titles.slice(0, 10).every((t) => t.includes('桜ケ丘'))).toBe(true);
		expect(titles).toContain('桜ケ丘小学校区');
	});
	test('name matches come first in 五十音順, not by who runs them', async () => {
		const { titles } = await results(q('オレンジカフェ'));
		expect(titles.slice(0, 4)).toEqual(['青葉の里 オレンジカフェ', '川原 オレンジカフェ', '栄町 オレンジカフェ ひなた', '東山 オレンジカフェ こもれび']);
	});
	test('every word must match: 「青葉 カラオケ」 finds nothing', async () => {
		expect((await results(q('青葉 カラオケ'))).titles).toEqual([]);
	});
});

describe('long result lists', () => {
	test('show twenty at a time, with 「もっと見る」 for the rest', async () => {
		const { status, titles } = await results(q('見守り'));
		const total = Number(status.match(/(\d+)件/)![1]);
		expect(total).toBeGreaterThan(20);
		expect(titles).toHaveLength(20);
		await page.click('[data-more]');
		await page.waitForFunction((n) => document.querySelectorAll('[data-results] .card-title').length === n, Math.min(total, 40));
		const all = await page.$$eval('[data-results] .card-title', (els) => els.map((e) => e.textContent));
		expect(new Set(all).size).toBe(all.length);
	});
});

describe('filters', () => {
	test('kind: only volunteer openings', async () => {
		const { titles } = await results(`${q('買い物')}&種類=${encodeURIComponent('ボランティア募集')}`);
		expect(titles.length).toBeGreaterThan(0);
		expect(titles.every((t) => t.includes('募集'))).toBe(true);
	});
	/** Opens every result and returns the text of each entry page. */
	async function resultPages(): Promise<string[]> {
		const urls = await page.$$eval('[data-results] .card-title', (els) => els.map((e) => (e as HTMLAnchorElement).pathname));
		const texts: string[] = [];
		for (const url of urls) {
			await page.goto(site.url + url);
			texts.push((await page.textContent('main')) ?? '');
		}
		return texts;
	}
	test('weekday and free, without a word: every result meets on Tuesday and costs nothing, in 五十音順', async () => {
		const { titles } = await results(`曜日=${encodeURIComponent('火')}&費用=${encodeURIComponent('無料')}`);
		expect(titles.length).toBeGreaterThan(2);
		const yomi = await page.$$eval('[data-results] .card-title', (els) => els.length);
		expect(yomi).toBe(titles.length);
		for (const text of await resultPages()) {
			expect(text).toMatch(/費用\s*無料/);
			expect(text).toMatch(/日時\s*[^\n]*火/);
		}
	});
	test('transport: every result offers 送迎', async () => {
		await results(`送迎=${encodeURIComponent('あり')}`);
		const texts = await resultPages();
		expect(texts.length).toBeGreaterThan(0);
		for (const text of texts) expect(text).toMatch(/送迎\s*あり/);
	});
	test('activity field: 体操 within 健康づくり', async () => {
		const { titles } = await results(`${q('体操')}&分野=${encodeURIComponent('健康づくり')}`);
		expect(titles).toContain('青葉台 いきいき百歳体操');
		for (const text of await resultPages()) expect(text).toContain('健康づくり');
	});
});

describe('a 校区 page searches within its 校区', () => {
	test('the form on the 青葉 page returns only 青葉 results', async () => {
		await page.goto(`${site.url}/areas/aoba/`);
		await page.fill('#area-q', '体操');
		await page.click('.scoped-search button');
		await page.waitForURL(/search/);
		await page.waitForFunction(() => !(document.querySelector('[data-status]')?.textContent ?? 'さがしています').includes('さがしています') && document.querySelector('[data-status]')!.textContent !== '');
		const titles = await page.$$eval('[data-results] .card-title', (els) => els.map((e) => e.textContent ?? ''));
		expect(titles[0]).toBe('青葉台 いきいき百歳体操');
		expect(titles).not.toContain('上川原 いきいき百歳体操');
		expect(await page.isChecked('input[name="地域"][value="青葉"]')).toBe(true);
	});
	test('the header search on an entry page is a plain form that opens the search page', async () => {
		await page.goto(`${site.url}/salons/aoba/aoba-danchi-ikiiki-salon/`);
		await page.fill('.header-search input', 'カラオケ');
		await page.press('.header-search input', 'Enter');
		await page.waitForURL(/search\/\?q=/);
		await page.waitForSelector('[data-results] .card-title');
		expect(await page.textContent('[data-results] .card-title')).toBe('山手町 カラオケ同好会');
	});
});
