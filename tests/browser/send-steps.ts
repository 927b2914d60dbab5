/**
 * 「情報を送る」 in steps, as a volunteer sends a new salon from a phone (390 px, touch): from the first step to
 * the receipt through the relay running in workerd (Miniflare) against the stub GitHub on 127.0.0.1, with the
 * usual mistakes typed first. A reload in the middle keeps every answer and the step; the tap after a correction
 * lands; the receipt shows the stub's issue number; the issue-to-pull-request code reads the issue back into
 * the same file. Then axe-core on every step with and without messages, and no sideways scrolling at 320 px and
 * at 200 % text. Prints the taps and typed characters it took (no speed is asserted).
 * Runs on the copy of 川波町 that tests/send-form.test.ts builds with `contribute.relay_url`, from that file. SEND_SCREENSHOTS=<folder> saves a picture of
 * every step, the check, the receipt and the paper sheet there.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { prepare, readIssueEvent } from '../../src/lib/contribute/issue-workflow.ts';
import { labeledEvent } from '../../src/lib/contribute/test-fixtures.ts';
import { startStub, relayEnv, startWorkerRelay, type Stub } from '../relay-stub.ts';
import { TOWNS } from '../towns.ts';
import { axeViolations } from './axe.ts';
import { PHONE, serve, sharedChromium } from './harness.ts';

const work = mkdtempSync(join(tmpdir(), 'sasaeai-send-steps-'));
const shots = process.env['SEND_SCREENSHOTS'];
let site: { url: string; close: () => Promise<void> };
let stub: Stub;
let relay: { close: () => Promise<void> };
let browser: Browser;

/** What a person does with a finger and a keyboard, counted. */
const effort = { taps: 0, typed: 0 };
const tap = async (target: Locator) => {
	effort.taps++;
	await target.tap();
};
const type = async (target: Locator, text: string) => {
	effort.taps++;
	effort.typed += text.length;
	await target.fill(text);
	await target.blur();
};
/** A choice in a list: a tap opens it, a tap chooses. */
const choose = async (target: Locator, option: string | { label: string }) => {
	effort.taps += 2;
	await target.selectOption(option);
};
const next = (page: Page) => tap(page.getByRole('button', { name: '次へ', exact: true }));
/** The step the indicator marks as the current one: 「3 / 8　いつ」. */
const currentStep = (page: Page) => page.locator('[data-step-bar] [aria-current="step"]').textContent();
const shoot = async (page: Page, name: string) => {
	if (shots) await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
};

/** Each step of the salon form filled right, for the tests that walk through them. */
const FILL: ((page: Page) => Promise<void>)[] = [
	async (page) => {
		await page.getByLabel(/^種類/).selectOption('カフェ');
		await page.getByLabel(/^どんなことをしているか/).fill('朝のお茶とおしゃべりの会です。');
		await page.getByRole('checkbox', { name: '集いと交流' }).check();
		await page.getByLabel(/^サービスの分類/).selectOption('地域の助け合い');
	},
	async (page) => {
		await page.getByLabel(/^名前/).fill('川べり 朝のお茶会');
		await page.getByLabel(/^よみがな/).fill('かわべり あさのおちゃかい');
	},
	async (page) => {
		await page.getByRole('radio', { name: '毎週' }).check();
		await page.getByRole('checkbox', { name: '金曜' }).check();
		await page.getByLabel('始まる時刻').fill('10:00');
		await page.getByLabel('終わる時刻').fill('11:30');
	},
	async (page) => {
		await page.getByLabel(/^地域/).selectOption({ label: '下川地区' });
		await page.getByLabel(/^会場の名前/).fill('下川公民館');
		await page.getByLabel(/^住所/).fill('川波町下川1-2-3');
	},
	async (page) => {
		await page.getByLabel(/^運営する団体の名前/).fill('下川地区 ふれあいの会');
		await page.getByLabel(/^団体の種類/).selectOption('ボランティア団体');
		await page.getByLabel(/^問い合わせ先（団体/).fill('川波町社会福祉協議会');
		await page.getByLabel(/^電話番号/).fill('072-841-1221');
		await page.getByLabel(/^参加・利用のしかた/).fill('当日、直接お越しください。');
	},
	async (page) => {
		await page.getByLabel(/^対象/).fill('どなたでも');
	},
];

/** Whether the page scrolls sideways at 320 px, and at 200 % text (the step as it is now). */
async function sideways(page: Page): Promise<string[]> {
	const wide = () => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
	const found: string[] = [];
	await page.setViewportSize({ width: 320, height: 700 });
	if (await wide()) found.push('320 px');
	await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
	if (await wide()) found.push('320 px, 200 %');
	await page.evaluate(() => (document.documentElement.style.fontSize = ''));
	await page.setViewportSize(PHONE.viewport);
	return found;
}

/**
 * The tests below, on a copy of 川波町 built with `contribute.relay_url` (the build tests/send-form.test.ts makes
 * for its own relay test; called there, after it, so that the town is built once for both).
 */
export function sendStepsOn(built: () => { dist: string; relayPort: number }): void {
	describe('「情報を送る」 in steps, through the relay in workerd', () => {
		beforeAll(async () => {
			const { dist, relayPort } = built();
			site = await serve(dist, '/kawanami-guide/');
			stub = await startStub();
			relay = await startWorkerRelay(relayEnv(stub, new URL(site.url).origin), relayPort);
			browser = await sharedChromium();
			if (shots) mkdirSync(shots, { recursive: true });
		}, 600_000);
		afterAll(async () => {
			await browser?.close();
			await relay?.close();
			await stub?.close();
			await site?.close();
			rmSync(work, { recursive: true, force: true });
		});

		describe('without JavaScript', () => {
			test('the form is one long page of its steps, and nothing can send it (answers never go into an address)', async () => {
				const context = await browser.newContext({ ...PHONE, javaScriptEnabled: false });
				const page = await context.newPage();
				await page.goto(`${site.url}/send/salons/`);
				expect(await page.locator('[data-fallback]').textContent()).toContain('印刷して手で書きこみ');
				const titles = await page.locator('.form-step > legend').allTextContents();
				expect(titles).toEqual([
					'1 / 8　何の情報か',
					'2 / 8　名前',
					'3 / 8　いつ',
					'4 / 8　どこ',
					'5 / 8　連絡先',
					'6 / 8　費用・対象・持ち物',
				]);
				for (const step of await page.locator('.form-step').all()) expect(await step.isVisible()).toBe(true);
				expect(await page.getByLabel(/^名前/).isVisible()).toBe(true);
				expect(await page.getByRole('button', { name: /次へ|できあがり/ }).count()).toBe(0);
				await page.getByLabel(/^名前/).fill('川べり 朝のお茶会');
				await page.getByLabel(/^名前/).press('Enter');
				expect(new URL(page.url()).search).toBe('');
				await context.close();
			});
		});

		describe('every step for everyone', () => {
			test('axe-core finds nothing on any step, with and without messages; no sideways scrolling at 320 px and 200 % text', async () => {
				const page = await browser.newPage({ ...PHONE, bypassCSP: true });
				await page.goto(`${site.url}/send/salons/`);
				const problems: string[] = [];
				const look = async (where: string) => {
					for (const v of await axeViolations(page)) problems.push(`${where}: ${v}`);
					for (const s of await sideways(page)) problems.push(`${where}: 横にはみ出す（${s}）`);
				};
				for (const [i, fill] of FILL.entries()) {
					const step = (await currentStep(page))!;
					await look(step);
					// Leaving the step empty shows its messages.
					const leave = i === FILL.length - 1 ? 'できあがりを確かめる' : '次へ';
					await page.getByRole('button', { name: leave, exact: true }).click();
					await page.locator('[data-summary]').waitFor({ state: 'visible' });
					expect(await currentStep(page)).toBe(step);
					await look(`${step}（直すところあり）`);
					await fill(page);
					await page.getByRole('button', { name: leave, exact: true }).click();
					await expect.poll(() => currentStep(page)).not.toBe(step);
				}
				await page.locator('[data-check-list]').waitFor({ state: 'visible' });
				await look((await currentStep(page))!);
				await page.getByRole('button', { name: '次へ', exact: true }).click();
				await look((await currentStep(page))!);
				expect(problems).toEqual([]);
				await page.close();
			});
		});

		describe('a volunteer sends a new salon from a phone, step by step', () => {
			let page: Page;
			test('first step to receipt through the relay in workerd, the usual mistakes corrected on the way', async () => {
				const context = await browser.newContext({ ...PHONE, hasTouch: true, isMobile: true });
				page = await context.newPage();
				await page.goto(`${site.url}/send/salons/`);
				await expect.poll(() => currentStep(page)).toBe('1 / 8　何の情報か');
				await shoot(page, 'step-1');

				// 何の情報か: 次へ with most of it empty shows this step's mistakes only, the summary whole in sight.
				await choose(page.getByLabel(/^種類/), 'カフェ');
				await next(page);
				const summary = page.locator('[data-summary]');
				await expect.poll(() => summary.isVisible()).toBe(true);
				expect(await summary.textContent()).toMatch(/直すところがあります（3か所）/);
				expect(await summary.textContent()).not.toMatch(/名前|日時|電話/);
				const box = (await summary.boundingBox())!;
				expect(box.y).toBeGreaterThanOrEqual(-1);
				expect(box.y + box.height).toBeLessThanOrEqual(PHONE.viewport.height);
				expect(await currentStep(page)).toBe('1 / 8　何の情報か');
				await shoot(page, 'step-1-errors');
				// The correction, then a tap on the checkbox below where the finger sees it: the tap lands.
				await page.getByLabel(/^どんなことをしているか/).fill('川沿いの公民館で、お茶とおしゃべりを楽しむカフェです。');
				effort.taps++;
				effort.typed += 27;
				const checkbox = page.getByRole('checkbox', { name: '集いと交流' });
				await checkbox.scrollIntoViewIfNeeded();
				const spot = (await checkbox.boundingBox())!;
				effort.taps++;
				await page.touchscreen.tap(spot.x + spot.width / 2, spot.y + spot.height / 2);
				await expect.poll(() => page.locator('#f-summary-err').textContent()).toBe('直りました');
				expect(await checkbox.isChecked()).toBe(true);
				await choose(page.getByLabel(/^サービスの分類/), '地域の助け合い');
				await next(page);

				// 名前: よみがな in katakana becomes hiragana.
				await expect.poll(() => currentStep(page)).toBe('2 / 8　名前');
				await shoot(page, 'step-2');
				await type(page.getByLabel(/^名前/), '川べり ゆうひカフェ');
				await type(page.getByLabel(/^よみがな/), 'カワベリ ユウヒカフェ');
				expect(await page.getByLabel(/^よみがな/).inputValue()).toBe('かわべり ゆうひかふぇ');
				await next(page);

				// いつ: 「3時」 after a 13:30 start is read as 15:00 and shown back.
				await expect.poll(() => currentStep(page)).toBe('3 / 8　いつ');
				await tap(page.getByRole('radio', { name: '毎月' }));
				await tap(page.getByRole('checkbox', { name: '第2', exact: true }));
				await tap(page.getByRole('checkbox', { name: '第4', exact: true }));
				await tap(page.getByRole('checkbox', { name: '水曜' }));
				await type(page.getByLabel('始まる時刻'), '13:30');
				await type(page.getByLabel('終わる時刻'), '3時');
				await expect.poll(() => page.locator('[data-sb="pv-read"]').textContent()).toContain('15:00 と読みました');
				await shoot(page, 'step-3');
				await next(page);

				// A reload in the middle: every answer and the step are kept.
				await expect.poll(() => currentStep(page)).toBe('4 / 8　どこ');
				await page.waitForTimeout(400); // what was typed is kept 0.3 s after the last key
				await page.reload();
				await tap(page.getByRole('button', { name: 'つづきから' }));
				await expect.poll(() => currentStep(page)).toBe('4 / 8　どこ');
				await choose(page.getByLabel(/^地域/), { label: '下川地区' });
				await type(page.getByLabel(/^会場の名前/), '下川公民館');
				await type(page.getByLabel(/^住所/), '川波町下川1-2-3');
				await shoot(page, 'step-4');
				await next(page);

				// 連絡先: a phone number typed as digits gets its hyphens.
				await expect.poll(() => currentStep(page)).toBe('5 / 8　連絡先');
				await type(page.getByLabel(/^運営する団体の名前/), '下川地区 ふれあいの会');
				await choose(page.getByLabel(/^団体の種類/), 'ボランティア団体');
				await type(page.getByLabel(/^問い合わせ先（団体/), '川波町社会福祉協議会');
				await type(page.getByLabel(/^電話番号/), '0728411221');
				await type(page.getByLabel(/^参加・利用のしかた/), '当日、直接お越しください。');
				await expect.poll(() => page.getByLabel(/^電話番号/).inputValue()).toBe('072-841-1221');
				await shoot(page, 'step-5');
				await next(page);

				// 費用・対象・持ち物, then 確かめる.
				await expect.poll(() => currentStep(page)).toBe('6 / 8　費用・対象・持ち物');
				await type(page.getByLabel(/^対象/), 'どなたでも');
				await shoot(page, 'step-6');
				await tap(page.getByRole('button', { name: 'できあがりを確かめる' }));
				await page.locator('[data-check-list]').waitFor({ state: 'visible' });
				await expect.poll(() => currentStep(page)).toBe('7 / 8　確かめる');
				const checkList = await page.locator('[data-check-list]').textContent();
				// Every answer, the ones typed before the reload too.
				for (const answer of [
					'川べり ゆうひカフェ',
					'かわべり ゆうひかふぇ',
					'第2・第4水曜 13:30〜15:00',
					'集いと交流',
					'下川公民館',
					'072-841-1221',
					'どなたでも',
				])
					expect(checkList).toContain(answer);
				await shoot(page, 'check');
				// 「直す」 goes back to that step, and from there straight back to 確かめる.
				await page.getByRole('button', { name: '日時を直す' }).tap();
				await expect.poll(() => currentStep(page)).toBe('3 / 8　いつ');
				await page.getByRole('button', { name: 'できあがりを確かめる' }).tap();
				await page.locator('[data-check-list]').waitFor({ state: 'visible' });

				await next(page);
				await expect.poll(() => currentStep(page)).toBe('8 / 8　送る');
				await tap(page.getByLabel(/個人の名前・自宅の住所/));
				await shoot(page, 'send');
				// 「紙で出す」: the A4 sheet carries the answers and a QR code of the address that fills the form again.
				await page.getByRole('button', { name: /紙で出す/ }).tap();
				const qr = page.locator('[data-paper-qr]');
				await expect.poll(() => qr.getAttribute('data-address')).toMatch(/\/send\/salons\/\?file=[A-Za-z0-9_-]+$/);
				const address = (await qr.getAttribute('data-address'))!;
				expect(await qr.locator('svg').count()).toBe(1);
				await page.emulateMedia({ media: 'print' });
				if (shots) await page.pdf({ path: join(shots, 'paper.pdf'), format: 'A4' }).catch(() => undefined);
				await page.setViewportSize({ width: 794, height: 1123 });
				await shoot(page, 'paper');
				await page.setViewportSize(PHONE.viewport);
				await page.emulateMedia({ media: 'screen' });
				const coordinator = await browser.newPage({ ...PHONE });
				await coordinator.goto(address);
				await coordinator.locator('[data-check-list]').waitFor({ state: 'visible' });
				expect(await coordinator.locator('[data-text]').inputValue()).toBe(await page.locator('[data-text]').inputValue());
				await coordinator.close();
				await tap(page.getByRole('button', { name: '送る', exact: true }));
				const receipt = page.locator('[data-receipt]');
				await receipt.waitFor({ state: 'visible', timeout: 20_000 });
				const issue = stub.issues.at(-1)!;
				expect(await page.locator('[data-receipt-number]').textContent()).toBe(String(issue.number));
				await shoot(page, 'receipt');
				console.log(`新しいサロン（ステップ式）: タップ ${effort.taps} 回、入力 ${effort.typed} 文字`);

				// The issue-to-pull-request code reads the issue back into the same file the form made.
				const content = join(work, 'workflow');
				cpSync(TOWNS.kawanami, content, { recursive: true });
				const read = readIssueEvent(labeledEvent(issue.body, { number: issue.number, labels: [...issue.labels, 'ファイルにする'] }));
				if ('problem' in read) throw new Error(read.problem);
				const plan = prepare(read, { root: content, repositoryPath: (f) => relative(work, f), today: '2026-12-07' });
				expect(plan.problems).toEqual([]);
				const made = await page.evaluate(() => document.querySelector<HTMLTextAreaElement>('[data-text]')!.value);
				const path = await page.evaluate(() => document.querySelector('[data-path]')!.textContent!);
				expect(readFileSync(join(content, path), 'utf8')).toBe(made);
				await context.close();
			});
		});
	});
}
