/**
 * 「情報を送る」 as a volunteer and a coordinator use it: filling the form by its labels on a phone (the usual
 * mistakes first, reading the messages beside the fields), taking the file it makes, and proving that
 * `npm run check` accepts the file unchanged and that the built site shows it, with the same schedule text
 * the form previewed. Also fixing an existing entry (only the changed field differs in the file) and a
 * meeting report. Runs on 川波町 (a 町, published under /kawanami-guide/). Then the form step by step on a phone,
 * through the relay in workerd, on the same build (tests/browser/send-steps.ts).
 */
import { checkCommand } from '../scripts/lib/check-command.ts';
import { runCollected } from '../scripts/lib/command-io.ts';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runAstroBuild } from './build-site.ts';
import { axeViolations } from './browser/axe.ts';
import { sendStepsOn } from './browser/send-steps.ts';
import { builtSiteInBrowser, PHONE } from './browser/harness.ts';
import { distOf, TOWNS } from './towns.ts';
import { serve } from './browser/harness.ts';
import { relayEnv, startStub } from './relay-stub.ts';
import { relayServer } from '../relay/node-server.ts';

const site = builtSiteInBrowser(distOf('kawanami'), '/kawanami-guide/');
const work = mkdtempSync(join(tmpdir(), 'sasaeai-send-'));
const town = join(work, 'town');
cpSync(TOWNS.kawanami, town, { recursive: true });
afterAll(() => rmSync(work, { recursive: true, force: true }));
/** The relay's address, fixed before the town's copy is built with it as contribute.relay_url. */
let relayPort = 0;
beforeAll(async () => {
	const probe = createServer();
	await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
	relayPort = (probe.address() as AddressInfo).port;
	await new Promise<void>((resolve) => probe.close(() => resolve()));
	appendFileSync(join(town, 'site.yaml'), `contribute:\n  relay_url: http://127.0.0.1:${relayPort}\n`);
});

/** The files the form made, by path in the content folder, written into the copy of the town at the end. */
const made = new Map<string, string>();
let page: Page;
beforeAll(async () => {
	page = await site.browser.newPage({ ...PHONE, locale: 'ja-JP', hasTouch: true });
});

/** Presses 「できあがりを確かめる」. */
const finish = () => page.getByRole('button', { name: 'できあがりを確かめる' }).click();
/** Presses 「次へ」: on to the next step (or this step's messages). */
const next = (p: Page = page) => p.getByRole('button', { name: '次へ', exact: true }).click();
/** The message shown beside a field, by the field's element id. */
const messageOf = (id: string) => page.locator(`#${id}-err`).textContent();
/** The file the form made and where it goes. */
async function output(): Promise<{ path: string; text: string }> {
	await page.locator('[data-output]').waitFor({ state: 'visible' });
	return { path: (await page.locator('[data-path]').textContent())!, text: await page.locator('[data-text]').inputValue() };
}
/** npm run check on a town, run in this process (scripts/lib/check-command.ts). */
const check = (root: string) => runCollected({ SASAEAI_CONTENT: root }, (io) => checkCommand(io));

describe('a volunteer adds a salon on a phone', () => {
	test('the mistakes people make get plain messages beside the fields, then the file is made', async () => {
		await page.goto(`${site.url}/send/salons/`);
		await page.getByLabel(/^種類/).selectOption('カフェ');
		await page.getByLabel(/^どんなことをしているか/).fill('川沿いの公民館で、お茶とおしゃべりを楽しむカフェです。');
		await page.getByRole('checkbox', { name: '集いと交流' }).check();
		await page.getByLabel(/^サービスの分類/).selectOption('地域の助け合い');
		await next();
		await page.getByLabel(/^名前/).fill('川べり ゆうひカフェ');
		await page.getByLabel(/^よみがな/).fill('カワベリ ユウヒカフェ'); // katakana
		await next();
		// The schedule: 第2・第4水曜, the afternoon as people say it, an end time that reads as 3 a.m.
		await page.getByRole('radio', { name: '毎月' }).check();
		await page.getByRole('checkbox', { name: '第2', exact: true }).check();
		await page.getByRole('checkbox', { name: '第4', exact: true }).check();
		await page.getByRole('checkbox', { name: '水曜' }).check();
		await page.getByLabel('始まる時刻').fill('午後1時半');
		await page.getByLabel('終わる時刻').fill('3時');
		await page.getByRole('checkbox', { name: /祝日は休み/ }).check();
		await next();
		await page.getByLabel(/^地域/).selectOption({ label: '下川地区' });
		await page.getByLabel(/^会場の名前/).fill('下川公民館');
		await page.getByLabel(/^住所/).fill('川波町下川1-2-3');
		await next();
		await page.getByLabel(/^運営する団体の名前/).fill('下川地区 ふれあいの会');
		await page.getByLabel(/^団体の種類/).selectOption('ボランティア団体');
		await page.getByLabel(/^問い合わせ先（団体/).fill('川波町社会福祉協議会');
		await page.getByLabel(/^電話番号/).fill('0003000002'); // no hyphens
		await page.getByLabel(/^参加・利用のしかた/).fill('当日、直接お越しください。');
		await next();

		const summary = page.locator('[data-summary]');
		await expect.poll(() => summary.isVisible()).toBe(true);
		// Corrected, not refused: katakana became hiragana, 「3時」 after 13:30 was read as 15:00 and said so.
		expect(await page.getByLabel(/^よみがな/).inputValue()).toBe('かわべり ゆうひかふぇ');
		expect(await messageOf('f-yomi')).toBe('');
		expect(await page.getByLabel('終わる時刻').inputValue()).toBe('15:00');
		expect(await page.locator('[data-sb="pv-read"]').textContent()).toContain('15:00 と読みました');
		expect(await page.locator('[data-sb="err"]:visible').count()).toBe(0);
		// A number that is not in the numbering plan stays a mistake to fix, named in Japanese only.
		expect(await messageOf('f-contact-tel')).toContain('ハイフン');
		expect(await summary.textContent()).toMatch(/直すところがあります（1か所）/);
		expect(await summary.textContent()).not.toMatch(/[（(][a-z_]+[）)]/);
		// The whole summary is in sight, its heading first.
		const box = (await summary.boundingBox())!;
		expect(box.y).toBeGreaterThanOrEqual(-1);
		expect(box.y + box.height).toBeLessThanOrEqual(PHONE.viewport.height);
		await summary.getByRole('link', { name: /電話番号/ }).click();
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-contact-tel');

		// The correction, then a tap on the next field where the finger sees it: the tap lands on it.
		await page.getByLabel(/^電話番号/).fill('０００－３００－０００２'); // full width, as a Japanese keyboard types it
		const target = await page.evaluate(() => {
			const tel = document.getElementById('f-contact-tel')!;
			const after = [...document.querySelectorAll<HTMLElement>('[data-form] input:not([type=hidden]), [data-form] textarea')].filter(
				(b) => tel.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING && b.getClientRects().length > 0,
			);
			const next = after[0]!;
			next.id ||= 'tap-target';
			next.scrollIntoView({ block: 'center' });
			return next.id;
		});
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-contact-tel');
		const spot = (await page.locator(`#${target}`).boundingBox())!;
		const at = { x: spot.x + Math.min(20, spot.width / 2), y: spot.y + spot.height / 2 };
		await page.touchscreen.tap(at.x, at.y);
		await expect.poll(() => page.locator('#f-contact-tel-err').textContent()).toBe('直りました');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe(target);
		const under = await page.evaluate(({ x, y }) => {
			const el = document.elementFromPoint(x, y);
			return el?.id || (el instanceof HTMLLabelElement ? el.control?.id : undefined);
		}, at);
		expect(under).toBe(target);
		// The schedule in the site's own words.
		await expect.poll(() => page.locator('[data-sb="preview"]').textContent()).toContain('第2・第4水曜 13:30〜15:00（祝日は休み）');
		await next();
		await page.getByLabel(/^対象/).fill('どなたでも');
		await finish();

		// 「確かめる」: the answers as residents will read them, each with 「直す」.
		await page.locator('[data-output]').waitFor({ state: 'visible' });
		const checkList = page.locator('[data-check-list]');
		expect(await checkList.textContent()).toContain('第2・第4水曜 13:30〜15:00（祝日は休み）');
		expect(await checkList.textContent()).toContain('川べり ゆうひカフェ');
		expect(await checkList.textContent()).not.toMatch(/\b(tel|name|schedule)\b/);
		await page.getByRole('button', { name: '日時を直す' }).click();
		expect(await page.locator('[data-form]').isVisible()).toBe(true);
		expect(await page.locator('[data-step-bar] [aria-current]').textContent()).toBe('3 / 8　いつ');
		const back = (await page.locator('[data-field="schedule"]').boundingBox())!;
		expect(back.y).toBeGreaterThanOrEqual(-1);
		expect(back.y).toBeLessThan(PHONE.viewport.height / 2);
		await finish();

		const { path, text } = await output();
		expect(path).toMatch(/^salons\/shimogawa\/shimogawa-[a-z0-9-]+\.md$/);
		expect(text).toContain('tel: 000-300-0002');
		expect(text).toMatch(/start: "?13:30"?/);
		expect(text).toMatch(/end: "?15:00"?/);
		made.set(path, text);

		// The ways out carry the same file.
		const github = new URL((await page.locator('[data-github]').getAttribute('href'))!);
		expect(github.origin + github.pathname).toBe('https://github.com/kawanami-shakyo/kawanami-guide/new/main/content/salons/shimogawa');
		expect(github.searchParams.get('filename')).toBe(path.split('/').pop());
		expect(github.searchParams.get('value')).toBe(text);
		const issue = new URL((await page.locator('[data-issue]').getAttribute('href'))!);
		expect(issue.searchParams.get('template')).toBe('send-file.yml');
		expect(issue.searchParams.get('path')).toBe(path);
		expect(issue.searchParams.get('file')).toBe(text);
		expect(await page.locator('[data-download]').getAttribute('download')).toBe(path.split('/').pop());
	});
	test('a file too long for an address: GitHub opens with the file name, and the page says to paste', async () => {
		await page.getByRole('button', { name: '戻る', exact: true }).click();
		await page.getByLabel(/^くわしい説明/).fill('川沿いの公民館で開くカフェです。'.repeat(300));
		await finish();
		const { path, text } = await output();
		const github = new URL((await page.locator('[data-github]').getAttribute('href'))!);
		expect(github.searchParams.get('filename')).toBe(path.split('/').pop());
		expect(github.searchParams.has('value')).toBe(false);
		expect(await page.locator('[data-github-note]').textContent()).toContain('貼り付けてください');
		expect(text.length).toBeGreaterThan(4000);
		expect(await page.locator('[data-issue-note]').textContent()).toContain('貼り付けて');
	});
});

describe('a coordinator records a local issue', () => {
	test('the form has its history as a repeatable group, and the file passes the schema', async () => {
		await page.goto(`${site.url}/send/local-issues/`);
		await page.getByLabel(/^きっかけ/).selectOption('会議から');
		await page.getByLabel(/^要約/).fill('移動販売が止まり、車のない方が買い物に困っています。');
		await next();
		await page.getByLabel(/^課題/).first().fill('奥山地区に買い物の手段がない');
		await next();
		await next();
		await page.getByLabel(/^地域/).selectOption({ label: '奥山地区' });
		await next();
		await page.getByLabel(/^何があったか/).fill('地区の会議で出されました');
		await finish();
		const { path, text } = await output();
		expect(path).toMatch(/^local-issues\/okuyama\/okuyama-kadai-\d{8}\.md$/);
		expect(text).toContain('status: 提起');
		expect(text).toContain('note: 地区の会議で出されました');
		made.set(path, text);
	});
});

describe('fixing an entry', () => {
	const file = 'salons/shimogawa/shimogawa-ekimae-engawa.md';
	test('「この情報を直す」 on the entry page opens the form filled in; only the changed field differs in the file', async () => {
		await page.goto(`${site.url}/salons/shimogawa/shimogawa-ekimae-engawa/`);
		expect(await page.locator('script[src]').count()).toBe(0);
		await page.getByRole('link', { name: 'この情報を直す（フォームが開きます）' }).click();
		await expect.poll(() => page.locator('[data-loading]').textContent()).toContain('いまの情報を入れました');
		expect(await page.getByLabel(/^名前/).inputValue()).toBe('下川 駅前えんがわ');
		expect(await page.locator('[data-sb="preview"]').textContent()).toContain('毎週水曜 10:00〜15:00');
		// Nothing changed yet: nothing to send.
		await finish();
		await expect.poll(() => page.locator('[data-summary]').textContent()).toContain('まだ何も変わっていません');
		expect(await page.locator('[data-output]').isVisible()).toBe(false);
		// On to the sixth step, each 「次へ」 once its step shows; a double tap moves one step, not two.
		for (let step = 1; step <= 5; step++) {
			if (step === 1) await page.getByRole('button', { name: '次へ', exact: true }).dblclick();
			else await next();
			await expect.poll(() => page.locator('[data-step-mark][aria-current="step"]').getAttribute('data-step-mark')).toBe(`${step}`);
		}
		await page.getByLabel(/^定員/).fill('１５');
		await finish();
		const { path, text } = await output();
		expect(path).toBe(file);
		const before = readFileSync(join(TOWNS.kawanami, file), 'utf8').split('\n');
		const after = text.split('\n');
		expect(after.filter((l) => !before.includes(l))).toEqual(['capacity: 15']);
		expect(before.filter((l) => !after.includes(l))).toEqual([]);
		expect(await page.locator('[data-changes]').textContent()).toBe('直したところ: 定員');
		// A fix goes to GitHub's editor of that file, to paste into.
		expect(await page.locator('[data-github]').getAttribute('href')).toBe(
			`https://github.com/kawanami-shakyo/kawanami-guide/edit/main/content/${file}`,
		);
		made.set(path, text);
	});
});

describe('a coordinator writes up a meeting', () => {
	test('participants by organisation and role, agenda, decisions and actions, as repeatable groups', async () => {
		await page.goto(`${site.url}/send/reports/`);
		await page.getByLabel(/^会議の名前/).fill('第3回 下川地区 支え合い会議');
		await next();
		await page.getByLabel(/^開催日/).fill('2026-11-20');
		await next();
		await page.getByLabel(/^協議体の地域|^地域/).selectOption({ label: '下川地区' });
		await next();
		await page.getByLabel(/^団体・機関/).fill('下川地区自治会');
		await page.getByLabel(/^役割/).fill('会長');
		await page.getByLabel(/^人数/).fill('ふたり'); // a word, not a number
		await page.getByRole('button', { name: /^参加者.*を足す$/ }).click();
		await page
			.getByLabel(/^団体・機関/)
			.nth(1)
			.fill('地域包括支援センター');
		await page.getByLabel(/^人数/).nth(1).fill('１');
		await page.getByLabel('議題 1').fill('冬の見守りの分担');
		await page.getByRole('button', { name: '議題を足す' }).click();
		await page.getByLabel('議題 2').fill('買い物の付き添いの報告');
		await page.getByLabel('決まったこと 1').fill('見守りは班ごとに月2回');
		await page.getByLabel(/^すること/).fill('見守りの名簿の見直し');
		await page.getByLabel(/^担当/).fill('自治会 福祉部');
		await page.getByLabel(/^進み具合/).selectOption('未着手');
		await page.getByLabel(/^会議のまとめ/).fill('冬に向けて、見守りの分担を話し合いました。');
		await finish();
		await expect.poll(() => page.locator('[data-summary]').textContent()).toContain('人数は 1 以上の数で書いてください');
		await page.getByLabel(/^人数/).first().fill('2');
		await finish();
		const { path, text } = await output();
		expect(path).toBe('reports/shimogawa/2026-11-20-shimogawa-council.md');
		expect(text).toContain('organisation: 下川地区自治会');
		expect(text).toContain('count: 2');
		expect(text).toContain('- 買い物の付き添いの報告');
		expect(text).toContain('冬に向けて、見守りの分担を話し合いました。');
		made.set(path, text);
	});
});

describe('answers kept on the phone', () => {
	test('a reload keeps what was typed, offered back with 「つづきから」; 「消してやり直す」 forgets it', async () => {
		await page.goto(`${site.url}/send/volunteers/`);
		await page
			.getByLabel(/^どんな手伝いか/)
			.first()
			.fill('冬の見守りを手伝ってください');
		await page
			.getByLabel(/^どんな手伝いか/)
			.first()
			.blur();
		await expect
			.poll(() => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('sasaeai:send:volunteers:new')).length))
			.toBe(1);
		await page.reload();
		await page.getByRole('button', { name: 'つづきから' }).click();
		expect(
			await page
				.getByLabel(/^どんな手伝いか/)
				.first()
				.inputValue(),
		).toBe('冬の見守りを手伝ってください');
		await page.reload();
		await page.getByRole('button', { name: '消してやり直す' }).click();
		await page.reload();
		expect(await page.getByRole('button', { name: 'つづきから' }).isVisible()).toBe(false);
		expect(
			await page
				.getByLabel(/^どんな手伝いか/)
				.first()
				.inputValue(),
		).toBe('');
	});
});

describe('confirm mode', () => {
	const file = 'salons/shimogawa/shimogawa-ekimae-engawa.md';
	test('「このままで正しい」 makes a file that differs only in the confirmation lines, and the check accepts it', async () => {
		await page.goto(`${site.url}/send/salons/?confirm=shimogawa/shimogawa-ekimae-engawa`);
		const section = page.locator('[data-confirm]');
		await section.waitFor({ state: 'visible' });
		expect(await section.textContent()).toContain('毎週水曜 10:00〜15:00');
		expect(await page.locator('[data-form]').isVisible()).toBe(false);
		await page.getByRole('button', { name: 'このままで正しい' }).click();
		await expect.poll(() => section.textContent()).toContain('どうやって確かめたかを選んでください');
		await page.getByRole('radio', { name: /電話で聞いた/ }).check();
		await page.getByRole('button', { name: 'このままで正しい' }).click();
		const { path, text } = await output();
		expect(path).toBe(file);
		const before = readFileSync(join(TOWNS.kawanami, file), 'utf8').split('\n');
		const after = text.split('\n');
		expect(
			after
				.filter((l) => !before.includes(l))
				.map((l) => l.split(':')[0])
				.sort(),
		).toEqual(['confirmed_by', 'last_confirmed']);
		expect(before.filter((l) => !after.includes(l)).every((l) => l.startsWith('last_confirmed:'))).toBe(true);
		expect(text).toContain('confirmed_by: 電話');
		const copy = join(work, 'confirm-town');
		cpSync(TOWNS.kawanami, copy, { recursive: true });
		writeFileSync(join(copy, file), text);
		const run = await check(copy);
		expect(run.stdout, run.stdout + run.stderr).toContain('エラー 0 件');
	});
});

describe('the form for everyone (axe-core)', () => {
	// Every step with and without its messages: tests/browser/send-steps.ts. Here, the confirm mode.
	test('finds nothing on the confirm mode', async () => {
		const a11y = await site.browser.newPage({ ...PHONE, bypassCSP: true });
		await a11y.goto(`${site.url}/send/salons/?confirm=shimogawa/shimogawa-ekimae-engawa`);
		await a11y.locator('[data-confirm]').waitFor({ state: 'visible' });
		expect(await axeViolations(a11y)).toEqual([]);
		await a11y.close();
	});
});

/** The copy of 川波町 with the form's files and relay_url, built by the test below and used by the steps after it. */
let dist = '';
describe('the files the form made', () => {
	test('npm run check accepts them unchanged', async () => {
		for (const [path, text] of made) {
			mkdirSync(dirname(join(town, path)), { recursive: true });
			writeFileSync(join(town, path), text);
		}
		expect([...made.keys()].map((p) => p.split('/')[0]).sort()).toEqual(['local-issues', 'reports', 'salons', 'salons']);
		const run = await check(town);
		expect(run.stdout + run.stderr, run.stdout + run.stderr).not.toMatch(/\[エラー\]/);
		expect(run.stdout).toContain('エラー 0 件');
		expect(run.status).toBe(0);
	});
	test('the built site shows them, with the schedule text the form previewed', () => {
		dist = join(work, 'dist');
		const build = runAstroBuild({ SASAEAI_CONTENT: town, SASAEAI_OUT_DIR: dist });
		expect(build.status, build.output.slice(-2000)).toBe(0);
		const salon = [...made.keys()].find((p) => p.startsWith('salons/') && !p.includes('ekimae'))!;
		const html = readFileSync(join(dist, salon.replace(/\.md$/, ''), 'index.html'), 'utf8');
		expect(html).toContain('川べり ゆうひカフェ');
		expect(html).toContain('第2・第4水曜 13:30〜15:00（祝日は休み）');
		expect(readFileSync(join(dist, 'salons/shimogawa/shimogawa-ekimae-engawa/index.html'), 'utf8')).toMatch(/定員[\s\S]{0,200}15/);
		expect(readFileSync(join(dist, 'reports/shimogawa/2026-11-20-shimogawa-council/index.html'), 'utf8')).toContain(
			'第3回 下川地区 支え合い会議',
		);
	}, 300_000);
	test('with relay_url, 「送る」 comes first and ends in a receipt with the issue number (relay in Node, stub GitHub)', async () => {
		const built = await serve(dist, '/kawanami-guide/');
		const stub = await startStub();
		const relay = relayServer(relayEnv(stub, new URL(built.url).origin));
		await new Promise<void>((resolve) => relay.listen(relayPort, '127.0.0.1', resolve));
		const phone = await site.browser.newPage({ ...PHONE, hasTouch: true });
		try {
			await phone.goto(`${built.url}/send/salons/`);
			await phone.getByLabel(/^種類/).selectOption('カフェ');
			await phone.getByLabel(/^どんなことをしているか/).fill('朝のお茶とおしゃべりの会です。');
			await phone.getByRole('checkbox', { name: '集いと交流' }).check();
			await phone.getByLabel(/^サービスの分類/).selectOption('地域の助け合い');
			await next(phone);
			await phone.getByLabel(/^名前/).fill('川べり 朝のお茶会');
			await phone.getByLabel(/^よみがな/).fill('カワベリ アサノオチャカイ');
			await next(phone);
			await phone.getByRole('radio', { name: '毎週' }).check();
			await phone.getByRole('checkbox', { name: '金曜' }).check();
			await phone.getByLabel('始まる時刻').fill('10:00');
			await phone.getByLabel('終わる時刻').fill('11:30');
			await next(phone);
			await phone.getByLabel(/^地域/).selectOption({ label: '下川地区' });
			await phone.getByLabel(/^会場の名前/).fill('下川公民館');
			await phone.getByLabel(/^住所/).fill('川波町下川1-2-3');
			await next(phone);
			await phone.getByLabel(/^運営する団体の名前/).fill('下川地区 ふれあいの会');
			await phone.getByLabel(/^団体の種類/).selectOption('ボランティア団体');
			await phone.getByLabel(/^問い合わせ先（団体/).fill('川波町社会福祉協議会');
			await phone.getByLabel(/^電話番号/).fill('000-300-0002');
			await phone.getByLabel(/^参加・利用のしかた/).fill('当日、直接お越しください。');
			await next(phone);
			await phone.getByLabel(/^対象/).fill('どなたでも');
			await phone.getByRole('button', { name: 'できあがりを確かめる' }).click();
			await phone.locator('[data-output]').waitFor({ state: 'visible' });
			await next(phone);
			const ways = await phone.locator('.send-ways > li h3').allTextContents();
			expect(ways[0]).toContain('このページから送る');
			// Without the privacy tick, the relay is not called.
			await phone.getByRole('button', { name: '送る', exact: true }).click();
			expect(await phone.locator('[data-relay-problems]').textContent()).toContain('チェックを入れてください');
			await phone.getByLabel(/個人の名前・自宅の住所/).check();
			await phone.getByRole('button', { name: '送る', exact: true }).click();
			const receipt = phone.locator('[data-receipt]');
			await receipt.waitFor({ state: 'visible', timeout: 20_000 });
			const issue = stub.issues.at(-1)!;
			expect(await phone.locator('[data-receipt-number]').textContent()).toBe(String(issue.number));
			expect(await phone.locator('[data-receipt-link]').getAttribute('href')).toBe(issue.html_url);
			expect(issue.body).toContain('川べり 朝のお茶会');
			expect(issue.body).toContain('yomi: かわべり あさのおちゃかい');
		} finally {
			await phone.close();
			await new Promise<void>((resolve) => relay.close(() => resolve()));
			await stub.close();
			await built.close();
		}
	});
});

// The form step by step through the relay in workerd (tests/browser/send-steps.ts), on the copy just built.
sendStepsOn(() => ({ dist, relayPort }));
