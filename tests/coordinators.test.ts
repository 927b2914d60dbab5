/**
 * For coordinators: the 見える化 dashboard's figures (checked against counts made here from the content
 * files), local issues followed across meetings, meeting reports with the site's components, the feeds, and
 * the privacy guard.
 */
import { checkCommand } from '../scripts/lib/check-command.ts';
import { runCollected } from '../scripts/lib/command-io.ts';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadContent } from '../src/lib/content-files.ts';
import { isStale } from '../src/lib/format.ts';
import { ACTIVITY_FIELD_VALUES } from '../src/schemas/taxonomy.ts';
import { TEST_DIST, TEST_TODAY } from './build-site.ts';
import { sharedChromium } from './browser/harness.ts';
import { SAMPLE } from './towns.ts';

const content = loadContent(SAMPLE).entries;
const of = (c: string) => content.filter((e) => e.collection === c);
const page = (path: string) => readFileSync(join(TEST_DIST, path), 'utf8');
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const cell = (html: string, key: string) =>
	/<td data-cell="[^"]+">(.*?)<\/td>/.exec(html.slice(html.indexOf(`data-cell="${key}"`) - 9))?.[1]?.replace(/<[^>]+>/g, '');

describe('the 見える化 dashboard', () => {
	const html = page('dashboard/index.html');
	const today = TEST_TODAY; // the dashboard counts as of the build's date
	const districts = of('areas').filter((a) => a.data['level'] === '校区');
	const listings = [
		...of('salons').map((s) => ({ areas: [s.data['area'] as string], data: s.data })),
		...of('resources').map((r) => ({ areas: r.data['areas'] as string[], data: r.data })),
	];
	test.each(districts.map((d) => d.id))('%s: every field count matches the content', (id) => {
		for (const field of ACTIVITY_FIELD_VALUES) {
			const n = listings.filter(
				(l) => l.areas.includes(id) && l.data['status'] === '活動中' && (l.data['fields'] as string[]).includes(field),
			).length;
			expect(cell(html, `${id}:${field}`), `${id} ${field}`).toBe(n === 0 ? 'なし' : String(n));
		}
		expect(cell(html, `${id}:合計`)).toBe(String(listings.filter((l) => l.areas.includes(id) && l.data['status'] === '活動中').length));
	});
	test.each(districts.map((d) => d.id))('%s: stale entries, open volunteer openings and open issues match', (id) => {
		const stale = listings.filter(
			(l) => l.areas.includes(id) && l.data['status'] !== '終了' && isStale(l.data['last_confirmed'] as string, today),
		).length;
		const openVolunteers = of('volunteers').filter(
			(v) => v.data['area'] === id && v.data['status'] === '活動中' && (!v.data['open_until'] || (v.data['open_until'] as string) >= today),
		).length;
		const openIssues = of('localIssues').filter((i) => i.data['area'] === id && i.data['status'] !== '解決').length;
		expect([cell(html, `${id}:stale`), cell(html, `${id}:volunteers`), cell(html, `${id}:issues`)]).toEqual([
			String(stale),
			String(openVolunteers),
			String(openIssues),
		]);
	});
	test('a gap is marked in words and with a pattern, not by colour alone', () => {
		expect(cell(html, 'chuo:地域貢献')).toBe('なし');
		expect(html).toContain('<pattern id="gap"');
		expect(html).toMatch(/fill="url\(#gap\)"/);
		expect(text(html)).toContain('中央: 地域貢献がありません');
	});
	test('per 1,000 residents aged 65 and over, from the area figures', () => {
		const aoba = districts.find((d) => d.id === 'aoba')!;
		const total = listings.filter((l) => l.areas.includes('aoba') && l.data['status'] === '活動中').length;
		expect(text(html)).toContain(`${Math.round((total / (aoba.data['population_65'] as number)) * 10_000) / 10}か所`);
	});
});

describe('local issues across meetings', () => {
	test.each(of('localIssues').map((i) => i.id))('%s: its page shows every meeting that discussed it and every step', (id) => {
		const body = text(page(`local-issues/${id}/index.html`));
		const issue = of('localIssues').find((i) => i.id === id)!;
		const key = id.split('/').pop()!;
		const meetings = of('reports').filter((r) => ((r.data['issues'] as string[] | undefined) ?? []).includes(key));
		expect(meetings.length, 'named by at least one report').toBeGreaterThan(0);
		for (const r of meetings) expect(body).toContain(r.data['title'] as string);
		for (const step of issue.data['history'] as { note: string }[]) expect(body).toContain(step.note);
		expect(body).toContain(`話し合った会議 ${meetings.length}回`);
	});
	test('the sample follows an issue from a 校区 up to a proposal to the city', () => {
		const statuses = of('localIssues').map((i) => i.data['status']);
		expect(statuses).toContain('市へ提案');
		expect(statuses).toContain('解決');
		const body = text(page('local-issues/hidamari/idou-shudan-fusoku/index.html'));
		expect(body).toContain('市へ提案');
		expect(body).toContain('第1層');
	});
	test('the list groups every issue under its status', () => {
		const html = page('local-issues/index.html');
		for (const issue of of('localIssues')) {
			const section = html.slice(
				html.indexOf(`>${issue.data['status']}（`),
				html.indexOf('</section>', html.indexOf(`>${issue.data['status']}（`)),
			);
			expect(section, issue.id).toContain(issue.data['title'] as string);
		}
	});
	test('a 校区 page lists its open issues', () => {
		expect(text(page('areas/aoba/index.html'))).toContain('団地の上の階に住む一人暮らしの方が、朝のゴミ出しに困っている');
	});
});

describe('meeting reports', () => {
	test("the site's components render as marked boxes", () => {
		const html = page('reports/aoba/2026-11-19-aoba-council/index.html');
		expect(html).toMatch(/<div class="mdx-decision"><strong class="mdx-label">決定<\/strong>/);
		expect(text(html)).toMatch(/すること .*担当: /);
	});
	test('participants are counted by organisation and role', () => {
		expect(text(page('reports/aoba/2026-09-17-aoba-council/index.html'))).toContain('参加者（13人）');
	});
});

describe('feeds', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await sharedChromium();
	});
	afterAll(async () => browser?.close());
	test.each([
		'feeds/reports.xml',
		'feeds/volunteers.xml',
		'feeds/aoba/reports.xml',
		'feeds/chuo/volunteers.xml',
		'feeds/hidamari/reports.xml',
	])('%s is well-formed Atom', async (path) => {
		const xml = page(path);
		const p = await browser.newPage();
		const parsed = await p.evaluate((source) => {
			const doc = new DOMParser().parseFromString(source, 'application/xml');
			return {
				error: doc.querySelector('parsererror')?.textContent ?? null,
				ns: doc.documentElement.namespaceURI,
				entries: doc.querySelectorAll('entry').length,
			};
		}, xml);
		await p.close();
		expect(parsed.error).toBeNull();
		expect(parsed.ns).toBe('http://www.w3.org/2005/Atom');
		expect(parsed.entries).toBeGreaterThan(0);
	});
	test("the 校区 feed holds exactly that 協議体's reports", () => {
		const ids = [...page('feeds/aoba/reports.xml').matchAll(/<entry><id>([^<]+)<\/id>/g)].map((m) => m[1]);
		expect(ids.sort()).toEqual(
			of('reports')
				.filter((r) => r.data['area'] === 'aoba')
				.map((r) => `https://sasaeai.github.io/reports/${r.id}/`)
				.sort(),
		);
	});
});

describe('the privacy guard', () => {
	const dir = mkdtempSync(join(tmpdir(), 'sasaeai-privacy-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	test('warns about a name with さん, a private phone number and a house address in a report', async () => {
		cpSync(SAMPLE, dir, { recursive: true });
		const file = join(dir, 'reports/chuo/2026-10-28-chuo-council.md');
		writeFileSync(file, `${readFileSync(file, 'utf8')}\n山田さん（090-1234-5678、本町3丁目2-15）から相談があった。\n`);
		const out = (await runCollected({ SASAEAI_CONTENT: dir }, (io) => checkCommand(io))).stdout;
		const mine = out.split('\n').filter((l) => l.includes('2026-10-28-chuo-council.md'));
		expect(mine.join('\n')).toContain('[注意] 個人情報: 「山田さん」は個人の名前ではありませんか');
		expect(mine.join('\n')).toContain('電話番号 090-1234-5678 は、このサイトの団体・窓口の番号ではありません');
		expect(mine.join('\n')).toContain('番地まである住所');
		expect(mine.every((l) => /\.md:\d+ \[注意\]/.test(l))).toBe(true);
	});
});
