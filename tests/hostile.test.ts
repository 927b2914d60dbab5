/**
 * Content arrives by pull request from anyone. Each hostile file here tries to write a marker file if any of
 * its code ever runs; npm run check and the build must list or refuse them, and the marker must never appear.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkCommand } from '../scripts/lib/check-command.ts';
import { runCollected, type Said } from '../scripts/lib/command-io.ts';
import { buildCheckout } from '../scripts/lib/astro-build.ts';
import { townCheckout } from '../scripts/lib/town-checkout.ts';
import { buildEnv } from './build-site.ts';
import { SAMPLE } from './towns.ts';

const work = mkdtempSync(join(tmpdir(), 'sasaeai-hostile-'));
const MARKER = join(work, 'PWNED');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Code that writes the marker if it is ever evaluated. */
const PAYLOAD = `globalThis.process.getBuiltinModule('fs').writeFileSync(${JSON.stringify(MARKER)}, 'pwned')`;

const validSalon = readFileSync(join(SAMPLE, 'salons/aoba/aoba-danchi-ikiiki-salon.md'), 'utf8');
const validReport = readFileSync(join(SAMPLE, 'reports/aoba/2026-09-17-aoba-council.mdx'), 'utf8');
const frontOf = (text: string) => text.slice(0, text.indexOf('\n---', 3) + 4);
/** Round three (tests/hostile-3.test.ts): a second file for an existing page, and 19,000 nested quotes. */
const EXISTING = 'salons/aoba/aoba-danchi-ikiiki-salon.md';
const REPLACING = 'salons/aoba/aoba-danchi-ikiiki-salon/index.md';
const attackerSalon = validSalon.replace(/tel: .*/, 'tel: 000-666-6666');
const DEEP_QUOTES = `${validSalon}\n${'>'.repeat(19_000)} 深い引用\n`;

/** The hostile and broken files, by path under the content folder. */
const HOSTILE: Record<string, string> = {
	'salons/aoba/js-front-matter.md': `---js\n{ name: (${PAYLOAD}, 'x') }\n---\n本文`,
	'salons/aoba/javascript-front-matter.md': `---javascript\n({ name: (${PAYLOAD}, 'x') })\n---\n`,
	'salons/aoba/coffee-front-matter.md': `---coffee\nname: do -> ${PAYLOAD}\n---\n`,
	'salons/aoba/yaml-function-tag.md': `---\nname: !!js/function "function () { ${PAYLOAD} }"\n---\n`,
	'salons/aoba/raw-html.md': `${frontOf(validSalon).replace('name: 青葉団地 いきいきサロン', 'name: 危険なサロン')}\n\n<script>${PAYLOAD}</script>\n\n<img src="x" onerror="alert(1)">\n\n[押して](javascript:alert(1))\n`,
	'salons/aoba/salon-in-mdx.mdx': `${frontOf(validSalon)}\n{${PAYLOAD}}\n`,
	'salons/aoba/unknown-and-wrong.md': frontOf(validSalon)
		.replace('status: 活動中', 'status: 営業中\ncolour: 赤')
		.replace('area: aoba', 'area: aobaa'),
	'salons/aoba/proto-pollution.md': frontOf(validSalon).replace('status: 活動中', 'status: 活動中\n__proto__:\n  polluted: true'),
	'salons/aoba/swapped-coordinates.md': frontOf(validSalon).replace('{ lat: 34.8412, lng: 135.6183 }', '{ lat: 135.6183, lng: 34.8412 }'),
	'salons/aoba/Bad Name.md': validSalon,
	'salons/aoba/no-front-matter.md': '# ただの文章\n',
	'salons/aoba/broken-yaml.md': '---\nname: [閉じていない\nyomi: あ\n---\n',
	'reports/aoba/evil.mdx': `${frontOf(validReport)}\nimport fs from 'node:fs'\nexport const x = ${PAYLOAD}\n\n合計 {${PAYLOAD}}\n\n<Evil />\n<div onClick={() => 1}>x</div>\n`,
};

function hostileContent(files: Record<string, string>): string {
	const dir = mkdtempSync(join(work, 'content-'));
	cpSync(SAMPLE, dir, { recursive: true });
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(join(dir, path, '..'), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
	return dir;
}

describe('npm run check on hostile and broken files', () => {
	const dir = hostileContent({
		...HOSTILE,
		// Typed as people type: BOM, CRLF, full-width digits and dashes. This one must pass.
		'salons/aoba/typed-in-japanese.md': `\uFEFF${frontOf(validSalon).replace('tel: 000-201-3101', 'tel: ０００－２０１－３１０１').replace('start: 13:30', 'start: １３：３０').replace('name: 青葉団地 いきいきサロン', 'name: 全角で書いたサロン').replace(/\n/g, '\r\n')}\r\n本文\r\n`,
	});
	let run: Said;
	let out = '';
	beforeAll(async () => {
		run = await runCollected({ SASAEAI_CONTENT: dir, SASAEAI_TODAY: '2026-11-23' }, (io) => checkCommand(io));
		out = run.stdout;
	});
	const line = (file: string) =>
		out
			.split('\n')
			.filter((l) => l.includes(`salons/aoba/${file}`) || l.includes(`reports/aoba/${file}`))
			.join('\n');

	test('exits non-zero and runs nothing', () => {
		expect(run.status).toBe(1);
		expect(existsSync(MARKER)).toBe(false);
	});
	test.each([
		['js-front-matter.md', ':1 [エラー] 「---js」の front matter は使えません'],
		['javascript-front-matter.md', ':1 [エラー] 「---javascript」の front matter は使えません'],
		['coffee-front-matter.md', ':1 [エラー] 「---coffee」の front matter は使えません'],
		['yaml-function-tag.md', '[エラー] YAML の書き方に誤りがあります'],
		['raw-html.md', '[エラー] 本文: HTML のタグ <script> は使えません'],
		['raw-html.md', '[エラー] 本文: HTML のタグ <img> は使えません'],
		['raw-html.md', '[エラー] 本文: リンク先「javascript:alert'],
		['salon-in-mdx.mdx', '[エラー] このファイルは読み込まれません。サロン・通いの場のファイルは .md にしてください'],
		['unknown-and-wrong.md', 'status: 次のどれかを書いてください: 活動中、休止中、終了'],
		['unknown-and-wrong.md', 'colour: 「colour」という項目はありません'],
		['unknown-and-wrong.md', ':12 [エラー] area: 「aobaa」という校区はありません'],
		['proto-pollution.md', '__proto__: 「__proto__」という項目はありません'],
		['swapped-coordinates.md', 'place.location: 緯度（lat）と経度（lng）が逆になっています'],
		['Bad Name.md', '[エラー] 名前に空白は使えません'],
		['no-front-matter.md', ':1 [エラー] ファイルの1行目は --- にしてください'],
		['broken-yaml.md', '[エラー] YAML の書き方に誤りがあります'],
		['evil.mdx', '[エラー] 本文: MDX の import / export は使えません'],
		['evil.mdx', '[エラー] 本文: 波かっこ { } は使えません'],
		['evil.mdx', '[エラー] 本文: 部品 <Evil> はこのサイトにありません'],
		['evil.mdx', '[エラー] 本文: HTML のタグ <div> は使えません'],
	])('%s: %s', (file, message) => {
		expect(line(file)).toContain(message);
	});
	test('every problem names the file, and the line where there is one', () => {
		const problems = out.split('\n').filter((l) => l.includes('[エラー]'));
		expect(problems.length).toBeGreaterThanOrEqual(20);
		for (const p of problems) expect(p).toMatch(/^\S.*\.(md|mdx)(:\d+)? \[エラー\]/);
	});
	test('in GitHub Actions: at most 10 error annotations with file and line, and the whole list in the step summary', async () => {
		const summary = join(work, 'summary.md');
		const gh = await runCollected(
			{ SASAEAI_CONTENT: dir, SASAEAI_TODAY: '2026-11-23', GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary },
			(io) => checkCommand(io),
		);
		const annotations = gh.stdout.split('\n').filter((l) => l.startsWith('::error '));
		expect(annotations).toHaveLength(10);
		for (const a of annotations) expect(a).toMatch(/^::error file=[^,]+\.mdx?(,line=\d+)?,title=[^:]+::\S/);
		expect(annotations.some((a) => /^::error file=.*evil\.mdx,line=\d+,title=本文::MDX の import \/ export は使えません/.test(a))).toBe(
			true,
		);
		const table = readFileSync(summary, 'utf8');
		expect(table).toMatch(/^## npm run check: エラー \d+ 件、注意 \d+ 件/);
		expect(table.split('\n').filter((l) => l.startsWith('| エラー |')).length).toBe(
			out.split('\n').filter((l) => l.includes('[エラー]')).length,
		);
	});
	test('what people type (BOM, CRLF, full-width digits) is accepted', () => {
		expect(line('typed-in-japanese.md')).toBe('');
	});
});

describe('the build with hostile content', () => {
	// Every hostile body, the page replaced by a second file and the deep file (tests/hostile-3.test.ts) in one town,
	// built once: a build that stops still loads Astro (seconds of CPU). The town sits in a checkout as content/, as
	// a town's repository has it, so that the build names its files as a coordinator sees them.
	let refused: { status: number | null; output: string; out: string } | undefined;
	const buildOnce = () => {
		if (!refused) {
			const dir = hostileContent({
				'salons/aoba/raw-html.md': HOSTILE['salons/aoba/raw-html.md']!,
				'reports/aoba/evil.mdx': HOSTILE['reports/aoba/evil.mdx']!,
				[REPLACING]: attackerSalon,
				'salons/aoba/aoba-deep.md': DEEP_QUOTES.replace(/^name: .*$/m, 'name: 深いサロン'),
			});
			const root = townCheckout(join(work, 'build'), dir);
			const { SASAEAI_CONTENT: _c, SASAEAI_OUT_DIR: _o, ...env } = buildEnv();
			const result = buildCheckout(root, env);
			refused = { status: result.status, output: `${result.stdout}\n${result.stderr}`, out: join(root, 'dist') };
		}
		return refused;
	};
	test('the build refuses what the check refuses, with the same list, before anything is read or published', () => {
		const { status, output, out } = buildOnce();
		expect(status).not.toBe(0);
		expect(output).toContain('内容に誤りがあるため、サイトを作るのをやめました');
		expect(output).toMatch(/raw-html\.md:\d+ \[エラー\] 本文: HTML のタグ <script> は使えません/);
		expect(output).toMatch(/raw-html\.md:\d+ \[エラー\] 本文: リンク先「javascript:alert\(1\)」は使えません/);
		expect(existsSync(join(out, 'salons/aoba/raw-html/index.html'))).toBe(false);
		expect(existsSync(MARKER)).toBe(false);
	});
	test('MDX with import, export, expressions or foreign components stops the build before anything runs', () => {
		const { status, output, out } = buildOnce();
		expect(status).not.toBe(0);
		expect(output).toContain('内容に誤りがあるため、サイトを作るのをやめました（何も読み込み・公開していません）');
		expect(output).toMatch(/evil\.mdx:\d+ \[エラー\] 本文: MDX の import \/ export は使えません/);
		expect(existsSync(MARKER)).toBe(false);
		expect(existsSync(out) ? readdirSync(out) : []).not.toContain('reports');
	});
	test('a page replaced by a second file and a deep file: refused in Japanese, naming both files of the page', () => {
		const { status, output } = buildOnce();
		expect(status).not.toBe(0);
		expect(output).toContain(`content/${REPLACING} [エラー] content/${EXISTING} と同じページのアドレス`);
		expect(output).toMatch(/content\/salons\/aoba\/aoba-deep\.md:\d+ \[エラー\] 本文: 引用・箇条書きの入れ子が深すぎます/);
		expect(output).not.toMatch(/Duplicate id|RangeError|Maximum call stack/);
	});
});
