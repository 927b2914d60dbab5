/**
 * Towns as they are, not only the sample: each fixture town passes the content check and the site
 * verification, and 川波町 (a 町 of 地区, no 圏域, no local issues, an empty 地区, a base path) reads as a 町 of
 * 地区 on every page. (The workflows' own commands on a checkout of a town that is not the sample:
 * tests/readme-steps.test.ts.)
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { distOf, TOWNS, type TownName } from './towns.ts';

const run = (script: string, args: string[], env: Record<string, string>) =>
	spawnSync(process.execPath, [script, ...args], { env: { ...process.env, SASAEAI_TODAY: '2026-11-24', ...env }, encoding: 'utf8' });

describe.each(Object.keys(TOWNS) as TownName[])('%s: the commands CI runs on a town', (town) => {
	test('npm run check finds no error', () => {
		const r = run('scripts/check-content.ts', [], { SASAEAI_CONTENT: TOWNS[town] });
		expect(r.stdout).toMatch(/エラー 0 件/);
		expect(r.status).toBe(0);
	});
	// Its axe-core part is left out here: the sample city's templates are swept in tests/a11y.test.ts (shared
	// browser), and npm run verify sweeps every template of a new town that is not the sample (校区 without
	// entries, a base path) in tests/readme-steps.test.ts. A second sweep here would cost a browser and 26 pages.
	test('npm run verify finds nothing on the built site: pages, links, exports, no JavaScript on entries', () => {
		const r = run('scripts/verify-site.ts', [distOf(town), '--skip-a11y'], { SASAEAI_CONTENT: TOWNS[town] });
		expect(r.stdout + r.stderr).toMatch(/問題 0 件/);
		expect(r.status).toBe(0);
	});
});

const kawanami = distOf('kawanami');
const page = (path: string) => readFileSync(join(kawanami, path, 'index.html'), 'utf8');
/** What a reader sees: tags, scripts and styles removed, entities decoded. */
const visible = (html: string) =>
	html
		.replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&amp;/g, '&')
		.replace(/&#39;/g, "'")
		.replace(/\s+/g, ' ');
const allPages = (readdirSync(kawanami, { recursive: true }) as string[]).filter((f) => f.endsWith('.html'));

describe('川波町: a 町 of 地区, with no 圏域', () => {
	test("the home page offers the 地区 directly, in the town's word", () => {
		const home = visible(page(''));
		expect(home).toContain('お住まいの地区を選ぶ');
		for (const name of ['上川地区', '下川地区', '中里地区', '奥山地区']) expect(home).toContain(name);
		expect(home).not.toContain('校区');
	});
	test('no page calls the 町 a 市 (市場 aside), in text, titles or labels', () => {
		// The field reference (/help/fields/) lists every value the schemas accept, 市 among the levels: a choice, not the town's name.
		const offending = allPages
			.filter((f) => !f.startsWith('help/'))
			.flatMap((f) => {
				const html = readFileSync(join(kawanami, f), 'utf8');
				return [...html.matchAll(/.{0,12}市(?!場|町村|区町村|外局番|・町).{0,12}/g)].map((m) => `${f}: ${m[0]}`);
			});
		expect(offending).toEqual([]);
	});
	test('navigation and the area list say 地区', () => {
		expect(visible(page(''))).toContain('地区から探す');
		expect(visible(page('areas'))).toContain('お住まいの地区を選ぶと');
		expect(visible(page('areas/kawanami'))).toMatch(/<h2[^>]*>地区<\/h2>|地区/);
	});
	test('a 地区 with no entries says so in Japanese, once per section, and offers its contact', () => {
		const body = visible(page('areas/okuyama'));
		expect(body).toContain('奥山で開かれる集いの場は、まだ登録がありません。');
		expect(body).toContain('奥山のサロン・通いの場は、まだ登録がありません。');
		expect(body).toContain('地図に出せる場所（緯度・経度のある場所）は、まだ登録がありません。');
		expect(body).toContain('000-300-0014');
		expect(body).not.toContain('この日の集まりは');
	});
	test('with no local issues yet, the issue list says so', () => {
		expect(visible(page('local-issues'))).toContain('地域課題は、まだ登録がありません。');
	});
	test('every internal link carries the base path /kawanami-guide/', () => {
		const wrong = allPages.flatMap((f) =>
			[...readFileSync(join(kawanami, f), 'utf8').matchAll(/(?:href|src|action)="(\/[^"]*)"/g)]
				.map((m) => m[1]!)
				.filter((u) => !u.startsWith('/kawanami-guide/'))
				.map((u) => `${f}: ${u}`),
		);
		expect(wrong).toEqual([]);
	});
	test('a 町 is not a sample: no sample notice, and search engines may index it', () => {
		expect(page('')).not.toContain('架空のサンプル');
		expect(readFileSync(join(kawanami, 'robots.txt'), 'utf8')).not.toContain('Disallow: /\n');
	});
});
