/**
 * Search as a resident uses it, against the built sample site: realistic Japanese queries and the page each
 * should put first (or among the first three), asked of the site's own Pagefind index without a browser
 * (tests/search-engine.ts, milliseconds each); then, in Chromium, that the page lists exactly what the engine
 * finds, the filters, 「もっと見る」, the search scoped to a 校区 and a request lost on the way.
 */
import { readFileSync } from 'node:fs';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fileFor } from '../src/lib/verify/paths.ts';
import { TEST_DIST } from './build-site.ts';
import { builtSiteInBrowser, PHONE } from './browser/harness.ts';
import { searchEngine, type SearchEngine } from './search-engine.ts';

const site = builtSiteInBrowser(TEST_DIST);
let page: Page;
let engine: SearchEngine;

beforeAll(async () => {
	engine = await searchEngine(TEST_DIST);
	page = await site.browser.newPage(PHONE);
	// What the search script reports when it fails shows in the test log, next to the failing query.
	page.on('console', (m) => {
		if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) console.log(`browser: ${m.text()}`);
	});
});
afterAll(async () => engine?.close());

/** The search page in Chromium: its status line and the result cards it shows (the first twenty). */
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

// How residents and their families really type: words and sentences, hiragana, katakana, half-width kana, with
// and without spaces, kanji numbers. [query, the title expected first ('*': any), ...titles expected among the
// first three]. Expected pages are read from the sample city (src/sample-city/), a fixture the tests own.
const 百歳 = {
	aobadai: '青葉台 いきいき百歳体操',
	kamikawara: '上川原 いきいき百歳体操',
	sakura3: '桜ケ丘3丁目 いきいき百歳体操',
};
const 助け隊 = '川原 ちょこっと助け隊（電球交換・草刈りなど）';
const 配食ボランティア = '川原ふれあい配食 お弁当の配達ボランティア募集';
const 配食サービス = 'ひだまり市 配食サービス（見守りつき）';
const お弁当便 = '山手の里 栄養改善お弁当便';
const テレフォン = 'ひだまりテレフォン（電話の話し相手・安否確認）';
const おでかけ = 'おでかけサポート北部（通院・外出の付き添い）';
const リハビリ = '桜ケ丘リハビリ病院 ひざ・腰らくらく体操教室';
const 家事援助 = 'シルバー人材センター 家事援助サービス';

const QUERIES: [string, string, ...string[]][] = [
	// 体操: words, readings, katakana, half-width, kanji numbers and digits, 「〜したい」
	['体操', 百歳.aobadai],
	['たいそう', 百歳.aobadai],
	['タイソウ', 百歳.aobadai],
	['ﾀｲｿｳ', 百歳.aobadai],
	['体操したい', 百歳.aobadai, 百歳.kamikawara],
	['たいそうしたい', 百歳.aobadai, 百歳.kamikawara],
	['百歳体操', 百歳.aobadai, 百歳.kamikawara],
	['100歳体操', 百歳.aobadai, 百歳.kamikawara, 百歳.sakura3],
	['１００歳体操', 百歳.aobadai, 百歳.kamikawara],
	['百才体操', 百歳.aobadai, 百歳.kamikawara],
	['100才体操', 百歳.aobadai],
	['ひゃくさいたいそう', 百歳.aobadai],
	['ひゃくさい', 百歳.aobadai],
	['いきいき百歳体操', 百歳.aobadai],
	['ラジオ体操', '松風公園 ラジオ体操の会'],
	['らじおたいそう', '松風公園 ラジオ体操の会'],
	['ラジオたいそう', '松風公園 ラジオ体操の会'],
	['青葉 体操', 百歳.aobadai],
	['たいそう 青葉', 百歳.aobadai],
	['青葉で体操', 百歳.aobadai],
	['松風 体操', '*', '松風公園 ラジオ体操の会'],
	['筋トレ', '*', 百歳.aobadai],
	['ひざの体操', リハビリ],
	['腰痛', リハビリ],
	['腰が痛い', リハビリ],
	['膝が痛い', リハビリ],
	['ひざ 腰', リハビリ],
	['足腰を鍛えたい', リハビリ],
	['リハビリ', リハビリ],
	['いきいき', '青葉 いきいき介護予防教室', 百歳.aobadai, '青葉団地 いきいきサロン'],
	// 生き生き is いきいき: the same name matches, in the same 五十音順.
	['生き生き', '青葉 いきいき介護予防教室', 百歳.aobadai, '青葉団地 いきいきサロン'],
	['脳トレ', '*', '青葉団地 いきいきサロン'],
	['ウォーキング', '松風 ノルディックウォーキング', '松風公園 ノルディック・ウォーキング教室'],
	['散歩したい', '松風 ノルディックウォーキング', '松風公園 ノルディック・ウォーキング教室'],
	['歩く会', '松風 ノルディックウォーキング'],
	['ノルディック', '松風 ノルディックウォーキング', '松風公園 ノルディック・ウォーキング教室'],
	['グランドゴルフ', '川原 寿会 グラウンド・ゴルフと交流会'],
	['グラウンドゴルフ', '川原 寿会 グラウンド・ゴルフと交流会'],
	['ぐらうんどごるふ', '川原 寿会 グラウンド・ゴルフと交流会'],
	['グランドゴルフしたい', '川原 寿会 グラウンド・ゴルフと交流会'],
	// 食事・配食
	['配食', 配食ボランティア, 配食サービス],
	['はいしょく', 配食ボランティア, 配食サービス],
	['ハイショク', 配食ボランティア, 配食サービス],
	['はいしょくさーびす', 配食ボランティア, 配食サービス],
	['お弁当', 配食ボランティア, お弁当便],
	['おべんとう', 配食ボランティア, お弁当便],
	['弁当', 配食ボランティア, お弁当便],
	['お弁当を届けてほしい', 配食ボランティア, 配食サービス, お弁当便],
	['お弁当 配達', 配食ボランティア],
	['川原 配食', 配食ボランティア],
	['食事会', '青葉 ふれあい食事会', '川原 ふれあい会食会'],
	['しょくじかい', '青葉 ふれあい食事会', '川原 ふれあい会食会'],
	['会食', '青葉 ふれあい食事会', '川原 ふれあい会食会'],
	['ごはんを食べる会', '青葉 ふれあい食事会'],
	['みんなで食事', '青葉 ふれあい食事会'],
	['川原 食事会', '川原 ふれあい会食会'],
	['こども食堂', '栄町 みんなの食堂'],
	['男の料理', '松原 男の料理教室'],
	['おとこのりょうり', '松原 男の料理教室'],
	['料理を習いたい', '松原 男の料理教室'],
	// 買い物・移動販売
	['買い物', '買い物送迎の運転ボランティア募集（北部圏域）', '買い物の付き添いボランティア募集', '桜ケ丘 お買い物ツアー'],
	['かいもの', '買い物送迎の運転ボランティア募集（北部圏域）', '買い物の付き添いボランティア募集', '桜ケ丘 お買い物ツアー'],
	['買物', '買い物送迎の運転ボランティア募集（北部圏域）', '買い物の付き添いボランティア募集', '桜ケ丘 お買い物ツアー'],
	['買い物を手伝ってほしい', '買い物送迎の運転ボランティア募集（北部圏域）', '買い物の付き添いボランティア募集'],
	['買い物に行けない', '東山 お買い物代行サービス'],
	['買い物代行', '東山 お買い物代行サービス'],
	['移動販売', '移動販売の日の「軒先サロン」お手伝い募集', 'スーパーまるやま 移動販売「さくら号」'],
	['いどうはんばい', '*', 'スーパーまるやま 移動販売「さくら号」', 'JAひだまり 移動購買車「やまびこ号」'],
	['移動スーパー', '*', 'スーパーまるやま 移動販売「さくら号」'],
	['いどうはんばいしゃ', '*', 'スーパーまるやま 移動販売「さくら号」'],
	['スーパーが遠い', '*', 'スーパーまるやま 移動販売「さくら号」'],
	// 認知症
	['オレンジカフェ', '青葉の里 オレンジカフェ', '川原 オレンジカフェ'],
	['おれんじかふぇ', '青葉の里 オレンジカフェ', '川原 オレンジカフェ'],
	['にんちしょう', '青葉の里 オレンジカフェ', '川原 オレンジカフェ'],
	['認知症', '青葉の里 オレンジカフェ', '川原 オレンジカフェ'],
	['認知症カフェ', '青葉の里 オレンジカフェ', '川原 オレンジカフェ'],
	['にんちしょうかふぇ', '青葉の里 オレンジカフェ'],
	['物忘れ', '*', 'まつかぜオレンジカフェ（認知症カフェ）'],
	['ものわすれ', '*', 'まつかぜオレンジカフェ（認知症カフェ）'],
	['物忘れが心配', '*', 'まつかぜオレンジカフェ（認知症カフェ）'],
	['ボケ防止', '*', 'まつかぜオレンジカフェ（認知症カフェ）'],
	['認知症の相談', '青葉の里 オレンジカフェ'],
	['認知症サポーター', '認知症サポーター養成講座（桜ケ丘会場）'],
	// ゴミ出し・家事・ちょっとした手助け
	['ゴミ出し', '青葉台団地 ごみ出しお手伝い', '青葉団地 ゴミ出しサポーター募集'],
	['ごみだし', '青葉台団地 ごみ出しお手伝い', '青葉団地 ゴミ出しサポーター募集'],
	['ゴミ捨て', '青葉台団地 ごみ出しお手伝い'],
	['ゴミ出しを手伝ってほしい', '青葉台団地 ごみ出しお手伝い', '青葉団地 ゴミ出しサポーター募集'],
	['ゴミ出しが大変', '青葉台団地 ごみ出しお手伝い'],
	['ごみの分別', '青葉台団地 ごみ出しお手伝い'],
	['草刈り', 助け隊],
	['草むしり', 助け隊],
	['草取り', 助け隊],
	['くさむしり', 助け隊],
	['くさかり', 助け隊],
	['草むしりをしてほしい', 助け隊],
	['庭の草取り', 助け隊],
	['庭の手入れ', 助け隊, 家事援助],
	['電球', 助け隊],
	['でんきゅう', 助け隊],
	['電球を替えてほしい', 助け隊],
	['網戸の張り替え', 助け隊, 'ちょっとお助け隊 担い手募集'],
	['家具を動かしてほしい', 助け隊],
	['力仕事', 助け隊],
	['家事', 家事援助],
	['掃除を手伝ってほしい', '*', 家事援助],
	['洗濯', 家事援助],
	['ヘルパーさん', 'ヘルパーステーションさかえ 生活援助（訪問型サービスA）'],
	['生活援助', 'ヘルパーステーションさかえ 生活援助（訪問型サービスA）'],
	// 見守り・話し相手
	['傾聴', '傾聴ボランティア募集', '松風 傾聴ボランティア「きくみみの会」'],
	['けいちょう', '傾聴ボランティア募集', '松風 傾聴ボランティア「きくみみの会」'],
	['話し相手', テレフォン],
	['はなしあいて', テレフォン],
	['話し相手がほしい', テレフォン],
	['話を聞いてほしい', テレフォン],
	['おしゃべりしたい', '東山 おしゃべり茶話会', テレフォン],
	['安否確認', '桜ケ丘 民生委員の安否確認・声かけ訪問', テレフォン],
	['安否確認してほしい', '桜ケ丘 民生委員の安否確認・声かけ訪問', テレフォン],
	['声かけ', '桜ケ丘 民生委員の安否確認・声かけ訪問'],
	['登下校の見守り', '青葉小 登下校見守り隊'],
	['緊急通報', 'ひだまり市 緊急通報装置の貸し出し'],
	['緊急ボタン', 'ひだまり市 緊急通報装置の貸し出し'],
	// 居場所・茶話会・趣味
	['居場所', '青葉団地 ひだまりの縁側', '駅前通 よりみち処'],
	['いばしょ', '青葉団地 ひだまりの縁側', '駅前通 よりみち処'],
	['縁側', '青葉団地 ひだまりの縁側', '上川原 なやの縁側'],
	['いきいきサロン', '青葉団地 いきいきサロン', '下川原 いきいきサロン'],
	['ｲｷｲｷｻﾛﾝ', '青葉団地 いきいきサロン'],
	['茶話会', '桜ケ丘 ふれあい茶話会', '下川原 えんがわ茶話会', '中央校区 ふれあい茶話会'],
	['さわかい', '桜ケ丘 ふれあい茶話会'],
	['お茶会', '桜ケ丘 ふれあい茶話会', '下川原 えんがわ茶話会'],
	['おちゃかい', '桜ケ丘 ふれあい茶話会'],
	['中央 茶話会', '中央校区 ふれあい茶話会'],
	['カフェに行きたい', '青葉の里 オレンジカフェ'],
	['東山 オレンジカフェ', '東山 オレンジカフェ こもれび'],
	['囲碁', '青葉 長寿会 囲碁・将棋の会'],
	['いご', '青葉 長寿会 囲碁・将棋の会'],
	['囲碁がしたい', '青葉 長寿会 囲碁・将棋の会'],
	['しょうぎ', '青葉 長寿会 囲碁・将棋の会'],
	['将棋をさしたい', '青葉 長寿会 囲碁・将棋の会'],
	['書道', '松原苑 書道の会'],
	['習字', '松原苑 書道の会'],
	['しゅうじ', '松原苑 書道の会'],
	['書道教室', '松原苑 書道の会'],
	['カラオケ', '山手町 カラオケ同好会'],
	['カラオケしたい', '山手町 カラオケ同好会'],
	['歌を歌いたい', '桜ケ丘 歌声喫茶', '山手町 カラオケ同好会'],
	['うたごえきっさ', '桜ケ丘 歌声喫茶'],
	['ガーデニング', '*', '松風町 花と野菜の会'],
	['花を育てたい', '松風町 花と野菜の会'],
	['スマホ', '青葉台 はじめてのスマホ教室', '駅前通 シニアのスマホ教室'],
	['すまほ', '青葉台 はじめてのスマホ教室', '駅前通 シニアのスマホ教室'],
	['ｽﾏﾎ', '青葉台 はじめてのスマホ教室', '駅前通 シニアのスマホ教室'],
	['スマートフォン', '青葉台 はじめてのスマホ教室', '駅前通 シニアのスマホ教室'],
	['携帯電話', '青葉台 はじめてのスマホ教室'],
	['スマホの使い方', '青葉台 はじめてのスマホ教室', '駅前通 シニアのスマホ教室'],
	['すまほきょうしつ', '青葉台 はじめてのスマホ教室'],
	// 通院・送迎・外出
	['通院', おでかけ, 'ひだまり交通 通院おたすけタクシー'],
	['病院に行きたい', おでかけ],
	['病院の送り迎え', おでかけ],
	['通院の付き添い', おでかけ, 'ひだまり交通 通院おたすけタクシー'],
	['送り迎え', '買い物送迎の運転ボランティア募集（北部圏域）'],
	['つきそい', おでかけ, '買い物の付き添いボランティア募集'],
	['おでかけ', おでかけ],
	['外出したい', おでかけ],
	['タクシー', 'ひだまり交通 通院おたすけタクシー', 'なんぶ移送ネット 福祉有償運送'],
	['福祉有償運送', 'なんぶ移送ネット 福祉有償運送'],
	['免許返納', '*', おでかけ],
	// 相談・制度
	['成年後見', '南部 成年後見・お金の管理の相談会'],
	['成年後見制度', '南部 成年後見・お金の管理の相談会'],
	['お金の管理が心配', '南部 成年後見・お金の管理の相談会'],
	['地域包括支援センター', '北部地域包括支援センター（高齢者の総合相談）'],
	['包括', '北部地域包括支援センター（高齢者の総合相談）'],
	['高齢者の相談', '北部地域包括支援センター（高齢者の総合相談）'],
	['健康相談', '川原診療所 まちの保健室（健康相談）', '駅前ひだまり薬局 お薬と健康の相談会'],
	['保健室', '川原診療所 まちの保健室（健康相談）'],
	['血圧を測りたい', '川原診療所 まちの保健室（健康相談）'],
	['薬の相談', '駅前ひだまり薬局 お薬と健康の相談会'],
	['デイサービス', '*', 'ミニデイ きたかぜ（通所型サービスA）'],
	['ミニデイ', '桜ケ丘の家 ミニデイ'],
	// ボランティア・担い手
	['ボランティアセンター', 'ひだまり市 ボランティアセンター'],
	['ボランティアしたい', '*', '買い物送迎の運転ボランティア募集（北部圏域）'],
	['傾聴ボランティア', '傾聴ボランティア募集'],
	['運転ボランティア', '買い物送迎の運転ボランティア募集（北部圏域）'],
	['第二期', '生活支援サポーター養成講座（第2期）受講者募集'],
	['第2期', '生活支援サポーター養成講座（第2期）受講者募集'],
	// 地域・名前・よみ
	['桜ケ丘三丁目', 百歳.sakura3],
	['桜ケ丘3丁目', 百歳.sakura3],
	['さくらがおかさんちょうめ', 百歳.sakura3],
	['あおばだんちいきいきさろん', '青葉団地 いきいきサロン'],
	['あおば だんち', '*', '青葉団地 いきいきサロン'],
	['ちょこっと助け隊', 助け隊],
];

describe('Japanese queries put the right page first', () => {
	test('over a hundred distinct phrasings', () => {
		expect(new Set(QUERIES.map(([query]) => query)).size).toBeGreaterThanOrEqual(100);
	});
	test.each(QUERIES)('「%s」', async (query, first, ...nearTop) => {
		const { status, titles } = await engine.search(query);
		if (first !== '*') expect(titles[0], status).toBe(first);
		for (const t of nearTop) expect(titles.slice(0, 3)).toContain(t);
	});
	test('a word that is not in the site finds nothing, not pages sharing one character (新幹線)', async () => {
		const { status, titles } = await engine.search('新幹線');
		expect(titles).toEqual([]);
		expect(status).toContain('見つかりませんでした');
	});
	test('a place name finds what is there, the 校区 page included', async () => {
		const { titles } = await engine.search('桜ケ丘');
		expect(titles.slice(0, 10).every((t) => t.includes('桜ケ丘'))).toBe(true);
		expect(titles.slice(0, 20)).toContain('桜ケ丘小学校区');
	});
	test('name matches come first in 五十音順, not by who runs them', async () => {
		const { titles } = await engine.search('オレンジカフェ');
		expect(titles.slice(0, 4)).toEqual([
			'青葉の里 オレンジカフェ',
			'川原 オレンジカフェ',
			'栄町 オレンジカフェ ひなた',
			'東山 オレンジカフェ こもれび',
		]);
	});
	test('every word must match: 「青葉 カラオケ」 finds nothing', async () => {
		expect((await engine.search('青葉 カラオケ')).titles).toEqual([]);
	});
});

describe('the search page in Chromium', () => {
	// Words as typed, a reading, half-width kana, a sentence split at its particles, a compound taken apart,
	// and a word that finds nothing: each path of the page's search, compared with the engine the tests use.
	test.each(['体操', 'おべんとう', 'ｲｷｲｷｻﾛﾝ', '青葉で体操', 'ゴミ出しを手伝ってほしい', 'すまほきょうしつ', '新幹線'])(
		'「%s」 lists exactly what the engine finds, in the same order',
		async (query) => {
			const expected = await engine.search(query);
			const shown = await results(q(query));
			expect(shown.titles).toEqual(expected.titles.slice(0, 20));
			expect(shown.status).toBe(expected.status);
		},
	);
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
	/** The text of every result's entry page, as the built page holds it (what opening each result shows). */
	async function resultPages(): Promise<string[]> {
		const paths = await page.$$eval('[data-results] .card-title', (els) => els.map((e) => (e as HTMLAnchorElement).pathname));
		return paths.map((path) => {
			const file = fileFor(TEST_DIST, '/', decodeURIComponent(path));
			expect(file, path).toBeTruthy();
			const main = DomUtils.findOne((e) => e.name === 'main', parseDocument(readFileSync(file!, 'utf8')).children);
			return main ? DomUtils.textContent(main) : '';
		});
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
		await page.waitForFunction(
			() =>
				!(document.querySelector('[data-status]')?.textContent ?? 'さがしています').includes('さがしています') &&
				document.querySelector('[data-status]')!.textContent !== '',
		);
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

describe('a request lost on the way', () => {
	test('the search tries again once and still answers, instead of saying it could not load', async () => {
		const flaky = await site.browser.newPage(PHONE);
		let failed = 0;
		// The first request for Pagefind's metadata fails, as on a weak phone connection.
		await flaky.route(/\.pf_meta$/, (route) => (failed++ === 0 ? route.abort('connectionreset') : route.continue()));
		await flaky.goto(`${site.url}/search/?${q('体操')}`);
		await flaky.waitForFunction(() =>
			/件 見つかりました|読み込めません|見つかりませんでした/.test(document.querySelector('[data-status]')?.textContent ?? ''),
		);
		expect(failed).toBeGreaterThanOrEqual(2);
		expect(await flaky.textContent('[data-status]')).toMatch(/件 見つかりました/);
		expect(await flaky.textContent('[data-results] .card-title')).toBe('青葉台 いきいき百歳体操');
		await flaky.close();
	});
});
