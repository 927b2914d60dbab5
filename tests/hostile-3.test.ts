/**
 * Hostile contributions, round three (issue 24): a page replaced by a second file, the site's own settings
 * changed in a pull request, words in an entry that act on the repository, names other systems reserve, files
 * that crashed the check, and links that change a resident's list. Each case carries the payload that would have
 * had its effect (the attacker's phone, another repository and domain, a closing keyword, a reserved name, 19,000
 * nested quotes, `/my-list/?ids=`), and each asserts the refusal names the file. The check's own code path is
 * used through its modules (src/lib/content-files.ts loadContent); the build's refusal of the replaced page and the
 * deep file is in tests/hostile.test.ts, in the one build of hostile content.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { markdownToHtml } from 'satteri';
import { afterAll, describe, expect, test } from 'vitest';
import { checkCommand } from '../scripts/lib/check-command.ts';
import { runAsking, runCollected } from '../scripts/lib/command-io.ts';
import { newEntryCommand } from '../scripts/lib/new-entry-command.ts';
import { loadContent } from '../src/lib/content-files.ts';
import { pullRequestTexts, type Plan } from '../src/lib/contribute/issue-workflow.ts';
import { issueToFile } from '../src/lib/contribute/issue-to-file.ts';
import { SALON } from '../src/lib/contribute/test-fixtures.ts';
import { formatProblem } from '../src/lib/problems.ts';
import { escapeProperty } from '../src/lib/safety/annotations.ts';
import { bodyProblems } from '../src/lib/safety/body.ts';
import { contentFiles } from '../src/lib/safety/file-policy.ts';
import { FrontmatterError, parseContentFile } from '../src/lib/safety/frontmatter.ts';
import { COLLECTIONS } from '../src/schemas/index.ts';
import { explainIssues } from '../src/lib/zod-problems.ts';
import { CLOSING_KEYWORDS } from '../src/lib/safety/github-words.ts';
import { htmlGuard, imageGuard } from '../src/lib/safety/html-guard.ts';
import { FEATURES } from '../src/lib/safety/markup.ts';
import { pullRequestSiteChanges } from '../src/lib/safety/site-changes.ts';
import { SAMPLE } from './towns.ts';

const work = mkdtempSync(join(tmpdir(), 'sasaeai-hostile3-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const put = (root: string, path: string, text: string) => {
	mkdirSync(dirname(join(root, path)), { recursive: true });
	writeFileSync(join(root, path), text);
};
/** A copy of the sample city as a town's content/ folder, with a public/ of its own. */
function town(name: string, change: (content: string) => void = () => {}): { root: string; content: string } {
	const root = join(work, name);
	const content = join(root, 'content');
	mkdirSync(join(root, 'public'), { recursive: true });
	execFileSync('cp', ['-r', SAMPLE, content]);
	change(content);
	return { root, content };
}
/** What `npm run check` lists for a town, as its lines (file:line [エラー] field: message). */
const checkLines = ({ root, content }: { root: string; content: string }) =>
	loadContent(content, { displayRoot: root, publicDir: join(root, 'public'), today: '2026-11-24' }).problems.map(formatProblem);

const EXISTING = 'content/salons/aoba/aoba-danchi-ikiiki-salon.md';
const REPLACING = 'content/salons/aoba/aoba-danchi-ikiiki-salon/index.md';
const salonText = readFileSync(join(SAMPLE, 'salons/aoba/aoba-danchi-ikiiki-salon.md'), 'utf8');
const attackerSalon = salonText.replace(/tel: .*/, 'tel: 000-666-6666');
const DEEP_QUOTES = `${salonText}\n${'>'.repeat(19_000)} 深い引用\n`;
const git = (cwd: string, ...args: string[]) =>
	execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', '-c', 'commit.gpgsign=false', ...args], {
		cwd,
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'pipe'],
	});

describe('one page, one file', () => {
	const replaced = town('replaced', (c) => put(c, 'salons/aoba/aoba-danchi-ikiiki-salon/index.md', attackerSalon));
	test('a second file for an existing page is refused, naming both files and the one already there', () => {
		expect(attackerSalon).toContain('000-666-6666');
		const mine = checkLines(replaced).filter((l) => l.startsWith(REPLACING));
		expect(mine).toEqual([
			expect.stringContaining(
				`${EXISTING} と同じページのアドレス（salons/aoba/aoba-danchi-ikiiki-salon/）になるため使えません（すでにあるのは ${EXISTING} の方です）`,
			),
		]);
		// The page keeps the existing file: the attacker's phone is in no entry the site would build.
		const loaded = loadContent(replaced.content, { displayRoot: replaced.root, publicDir: join(replaced.root, 'public') });
		expect(loaded.entries.filter((e) => e.id === 'aoba/aoba-danchi-ikiiki-salon').map((e) => e.file)).toEqual([EXISTING]);
		expect(JSON.stringify(loaded.entries.map((e) => e.data))).not.toContain('000-666-6666');
	});
	test('a `slug:` naming another page is refused (ids come from the path alone)', () => {
		const slugged = town('slug', (c) =>
			put(c, 'salons/aoba/aoba-other.md', attackerSalon.replace(/^name: .*$/m, 'name: 別のサロン\nslug: aoba/aoba-danchi-ikiiki-salon')),
		);
		expect(checkLines(slugged).filter((l) => l.startsWith('content/salons/aoba/aoba-other.md'))).toEqual([
			expect.stringMatching(/\[エラー\] slug: /),
		]);
	});
	test('in a pull request, the base branch holds the file already there, whichever name is plainer', () => {
		const repo = join(work, 'git-pages');
		put(repo, 'content/site.yaml', 'x');
		put(repo, 'content/salons/aoba/aoba-x/index.md', 'x');
		git(repo, 'init', '-q', '-b', 'main');
		git(repo, 'add', '-A');
		git(repo, 'commit', '-qm', 'base');
		git(repo, 'checkout', '-qb', 'pr');
		put(repo, 'content/salons/aoba/aoba-x.md', attackerSalon);
		const messages = (env: NodeJS.ProcessEnv) => {
			const saved = process.env['GITHUB_BASE_REF'];
			Object.assign(process.env, env);
			try {
				return contentFiles(join(repo, 'content'), repo).problems.map((p) => `${p.file}: ${p.message}`);
			} finally {
				if (saved === undefined) delete process.env['GITHUB_BASE_REF'];
				else process.env['GITHUB_BASE_REF'] = saved;
			}
		};
		expect(messages({ GITHUB_BASE_REF: 'main' })).toEqual([
			expect.stringMatching(/^content\/salons\/aoba\/aoba-x\.md: .*（すでにあるのは content\/salons\/aoba\/aoba-x\/index\.md の方です）/),
		]);
	});
});

describe('depth and size that cannot crash', () => {
	test('19,000 nested quotes are one problem naming the file and line, and every other problem is still listed', () => {
		const deep = town('deep', (c) => {
			put(c, 'salons/aoba/aoba-deep.md', DEEP_QUOTES.replace(/^name: .*$/m, 'name: 深いサロン'));
			put(c, 'salons/aoba/aoba-broken.md', salonText.replace(/^name: .*$/m, 'name: 壊れたサロン').replace(/^area: .*$/m, 'area: nowhere'));
		});
		const lines = checkLines(deep);
		const quoteLine = DEEP_QUOTES.split('\n').findIndex((l) => l.startsWith('>>>')) + 1;
		expect(lines).toContainEqual(
			`content/salons/aoba/aoba-deep.md:${quoteLine} [エラー] 本文: 引用・箇条書きの入れ子が深すぎます（20段まで）。引用（>）・箇条書き・強調（** や _）などを重ねすぎていないか確かめてください`,
		);
		expect(lines.some((l) => l.startsWith('content/salons/aoba/aoba-broken.md') && l.includes('nowhere'))).toBe(true);
	});

	const markdown: Record<string, string> = {
		'19,000 nested quotes': '>'.repeat(19_000) + ' x',
		'nested quotes and lists written apart': Array.from({ length: 100 }, (_, i) => `${'> '.repeat(i)}- 項目`).join('\n'),
		'9,000 list markers on one line': '- '.repeat(9_000) + 'x',
		'indented lists 500 deep': Array.from({ length: 500 }, (_, i) => `${'  '.repeat(i)}- a`)
			.join('\n')
			.slice(0, 19_000),
		'a run of 9,000 stars around a word': `${'*'.repeat(9_000)}x${'*'.repeat(9_000)}`,
		'3,000 separate emphasis openers': `${Array.from({ length: 3_000 }, () => '*a').join(' ')} ${Array.from({ length: 3_000 }, () => 'a*').join(' ')}`,
		underscores: `${'_'.repeat(9_000)}x${'_'.repeat(9_000)}`,
	};
	/** Large but flat: accepted or refused, never an exception. */
	const flat: Record<string, string> = {
		'19,000 brackets': `${'['.repeat(19_000)}x`,
		'19,000 backticks': '`'.repeat(19_000),
		'a 19,000-character inline run': `**${'あ'.repeat(19_000)}**`,
		'9,000 links in a row': '[a](/b)'.repeat(2_800),
	};
	const mdx: Record<string, string> = {
		'9,000 parentheses in an expression (ends the process inside the MDX parser)': `{${'('.repeat(9_000)}1${')'.repeat(9_000)}}`,
		'9,000 brackets in an expression': `{${'['.repeat(9_000)}${']'.repeat(9_000)}}`,
		'900 nested components': `${'<Decision>'.repeat(900)}x${'</Decision>'.repeat(900)}`,
		'nested components in a paragraph': `a ${'<Action>'.repeat(1_100)}x${'</Action>'.repeat(1_100)}`,
		'nested quotes': '>'.repeat(19_000) + ' x',
	};
	for (const [format, cases] of [
		['md', markdown],
		['mdx', mdx],
	] as const) {
		for (const [name, body] of Object.entries(cases)) {
			test(`${format === 'md' ? 'Markdown' : 'MDX'}: ${name} gives problems, not an exception`, () => {
				expect(body.length).toBeLessThanOrEqual(20_000);
				const problems = bodyProblems(body, format);
				expect(problems.length).toBeGreaterThan(0);
				for (const p of problems) expect(p.line).toBeGreaterThanOrEqual(1);
			});
		}
	}
	for (const [name, body] of Object.entries(flat)) {
		for (const format of ['md', 'mdx'] as const) {
			test(`${format === 'md' ? 'Markdown' : 'MDX'}: ${name} is read without an exception`, () => {
				expect(body.length).toBeLessThanOrEqual(20_000);
				expect(Array.isArray(bodyProblems(body, format))).toBe(true);
			});
		}
	}
	test('an ordinary body nesting four levels is accepted', () => {
		expect(
			bodyProblems('> 引用\n>\n> - **太字** と _強調_\n>   - その下の ~~項目~~\n>     1. 番号\n\nこれは**太字**です。**もう一つ**', 'md'),
		).toEqual([]);
	});

	const frontMatter: Record<string, string> = {
		'20,000 nested flow sequences': `name: ${'['.repeat(20_000)}${']'.repeat(20_000)}`,
		'nested flow maps': `name: ${'{a: '.repeat(9_000)}1${'}'.repeat(9_000)}`,
		'an unclosed flow run': `name: ${'['.repeat(90_000)}`,
		'block lists 300 deep': `name:\n${Array.from({ length: 300 }, (_, i) => `${' '.repeat(i + 1)}- `).join('\n')}`,
	};
	for (const [name, matter] of Object.entries(frontMatter)) {
		test(`front matter: ${name} gives problems, not an exception`, () => {
			const file = `---\n${matter}\n---\n本文\n`;
			expect(file.length).toBeLessThanOrEqual(100 * 1024);
			let problems: string[];
			try {
				const parsed = parseContentFile(file);
				const result = COLLECTIONS.salons.schema.safeParse(parsed.data);
				problems = result.success ? [] : explainIssues(result.error.issues, COLLECTIONS.salons.schema, parsed.data).map((i) => i.message);
			} catch (error) {
				if (!(error instanceof FrontmatterError)) throw error;
				problems = [error.message];
			}
			expect(problems.length).toBeGreaterThan(0);
		});
	}
});

describe("settings are a maintainer's decision", () => {
	const repo = join(work, 'settings');
	const content = join(repo, 'content');
	execFileSync('mkdir', ['-p', repo]);
	execFileSync('cp', ['-r', SAMPLE, content]);
	git(repo, 'init', '-q', '-b', 'main');
	git(repo, 'add', '-A');
	git(repo, 'commit', '-qm', 'the town');
	git(repo, 'checkout', '-qb', 'stranger');
	const site = readFileSync(join(content, 'site.yaml'), 'utf8');
	const changed = site
		.replace('site_url: https://sasaeai.github.io', 'site_url: https://evil.example')
		.replace('url: https://github.com/sasaeai/sasaeai', 'url: https://github.com/evil/sasaeai')
		.replace('email: sasaeai@hidamari.example.jp', 'email: collect@evil.example')
		.replace('https://cyberjapandata.gsi.go.jp/xyz/pale/{z}/{x}/{y}.png', 'https://tiles.evil.example/{z}/{x}/{y}.png');
	writeFileSync(join(content, 'site.yaml'), changed);

	test('in a pull request, every changed setting is listed with what it redirects', () => {
		const changes = pullRequestSiteChanges(content, { GITHUB_BASE_REF: 'main' });
		expect(changes?.map((c) => `${c.path}: ${c.before} → ${c.after}`)).toEqual([
			'site_url: https://sasaeai.github.io → https://evil.example',
			'repository.url: https://github.com/sasaeai/sasaeai → https://github.com/evil/sasaeai',
			'map.tiles: https://cyberjapandata.gsi.go.jp/xyz/pale/{z}/{x}/{y}.png → https://tiles.evil.example/{z}/{x}/{y}.png',
			'contact.email: sasaeai@hidamari.example.jp → collect@evil.example',
		]);
		expect(changes?.find((c) => c.path === 'repository.url')?.effect).toContain('フォーム');
		expect(changes?.find((c) => c.path === 'site_url')?.effect).toContain('QR コード・サイトマップ');
		expect(changes?.find((c) => c.path === 'map.tiles')?.effect).toContain('タイルのホスト');
		expect(changes?.find((c) => c.path === 'contact.email')?.effect).toContain('メール');
	});
	test('outside a pull request, or without git, nothing is compared', () => {
		expect(pullRequestSiteChanges(content, {})).toBeUndefined();
		const plain = join(work, 'no-git');
		execFileSync('cp', ['-r', SAMPLE, plain]);
		expect(pullRequestSiteChanges(plain, { GITHUB_BASE_REF: 'main' })).toBeUndefined();
	});
	test('npm run check in GitHub Actions: a warning annotation per setting and a summary section; the unknown tile host is an error', async () => {
		const summary = join(work, 'summary.md');
		writeFileSync(summary, '');
		const result = await runCollected(
			{
				SASAEAI_CONTENT: content,
				SASAEAI_TODAY: '2026-11-24',
				GITHUB_ACTIONS: 'true',
				GITHUB_BASE_REF: 'main',
				GITHUB_STEP_SUMMARY: summary,
			},
			(io) => checkCommand(io),
		);
		const shown = escapeProperty(relative(process.cwd(), join(content, 'site.yaml')));
		const warnings = result.stdout.split('\n').filter((l) => l.startsWith(`::warning file=${shown},line=`));
		expect(warnings.map((l) => l.replace(/^::warning file=[^,]*,line=\d+,title=[^:]*::/, '').split('。')[0])).toEqual([
			'site_url: 「https://sasaeai.github.io」 → 「https://evil.example」',
			'repository.url: 「https://github.com/sasaeai/sasaeai」 → 「https://github.com/evil/sasaeai」',
			'map.tiles: 「https://cyberjapandata.gsi.go.jp/xyz/pale/{z}/{x}/{y}.png」 → 「https://tiles.evil.example/{z}/{x}/{y}.png」',
			'contact.email: 「sasaeai@hidamari.example.jp」 → 「collect@evil.example」',
		]);
		expect(readFileSync(summary, 'utf8')).toContain(
			'| repository.url | https://github.com/sasaeai/sasaeai | https://github.com/evil/sasaeai |',
		);
		expect(result.stdout).toMatch(/site\.yaml:\d+ \[エラー\] map\.tiles: 地図のタイルの「tiles\.evil\.example」は、知られている提供元/);
		expect(result.status).toBe(1);
	});
	test('a tile host outside the known providers is accepted only with map.allow_other_tiles: true', () => {
		const allowed = town('tiles', (c) =>
			writeFileSync(
				join(c, 'site.yaml'),
				site
					.replace('https://cyberjapandata.gsi.go.jp/xyz/pale/{z}/{x}/{y}.png', 'https://tiles.evil.example/{z}/{x}/{y}.png')
					.replace('  max_zoom: 18', '  max_zoom: 18\n  allow_other_tiles: true'),
			),
		);
		expect(checkLines(allowed).filter((l) => l.includes('site.yaml'))).toEqual([]);
		const refused = town('tiles-refused', (c) =>
			writeFileSync(join(c, 'site.yaml'), site.replace('cyberjapandata.gsi.go.jp', 'cyberjapandata.gsi.go.jp@tiles.evil.example')),
		);
		expect(checkLines(refused)).toContainEqual(
			expect.stringMatching(/^content\/site\.yaml:\d+ \[エラー\] map\.tiles: 地図のタイルの「tiles\.evil\.example」/),
		);
	});
});

describe('words stay words', () => {
	const plan = (title: string): Plan => ({
		issue: 12,
		base: 'main',
		ok: true,
		problems: [],
		warnings: [],
		path: 'salons/shimogawa/shimogawa-yuhi-cafe.md',
		repoPath: 'content/salons/shimogawa/shimogawa-yuhi-cafe.md',
		title,
		created: true,
	});
	/** What GitHub reads as closing an issue: a keyword, an optional colon, then #N, owner/repo#N or an issue URL. */
	const CLOSES = /\b(close[sd]?|fix(e[sd])?|resolve[sd]?)\b:?\s*(#\d|[\w.-]+\/[\w.-]+#\d|https?:\/\/\S+\/issues\/\d)/i;
	const written = (title: string) => {
		const { title: prTitle, message } = pullRequestTexts(plan(title), true);
		return [prTitle, message];
	};
	test('the documented keywords are the nine GitHub lists', () => {
		expect(CLOSING_KEYWORDS).toEqual(['close', 'closes', 'closed', 'fix', 'fixes', 'fixed', 'resolve', 'resolves', 'resolved']);
	});
	for (const keyword of CLOSING_KEYWORDS) {
		for (const form of [
			`${keyword} #1`,
			`${keyword.toUpperCase()}: #1`,
			`${keyword[0]!.toUpperCase()}${keyword.slice(1)} owner/repo#2`,
			`${keyword} https://github.com/owner/repo/issues/3`,
		]) {
			test(`「${form} 下川 夕日カフェ」 closes nothing in the title or the commit message`, () => {
				for (const text of written(`${form} 下川 夕日カフェ`)) {
					expect(text).not.toMatch(CLOSES);
					expect(text).toContain(form.slice(0, keyword.length)); // the words themselves stay
					expect(text).toContain('（#12 のフォームから）');
				}
			});
		}
	}
	test("the issue's own example: 「Fixes #1, closes #2 …」 becomes 「Fixes ＃1, closes ＃2 …」, and mentions are inert", () => {
		const [title, message] = written('Fixes #1, closes #2 下川 夕日カフェ @someone @org/team');
		expect(title).toBe('Fixes ＃1, closes ＃2 下川 夕日カフェ ＠someone ＠org/team を追加（#12 のフォームから）');
		expect(message).toBe(title);
	});
});

describe('portable names', () => {
	test("the issue workflow refuses con.md and an aux area folder with the file policy's message", () => {
		for (const path of ['salons/shimogawa/con.md', 'salons/aux/shimogawa-x.md', 'salons/shimogawa/lpt1.md']) {
			const made = issueToFile({ path, file: SALON, note: undefined, confirmed: true });
			expect(made.text).toBeUndefined();
			expect(made.problems).toEqual([expect.stringMatching(/^「ファイルの場所」: 「(con|aux|lpt1)」は Windows で使えない名前です/)]);
		}
	});
	test('npm run new refuses a reserved name and a name that grows over 100 characters, writing nothing', async () => {
		const { content } = town('new-names');
		const run = (args: string[]) => runAsking({ SASAEAI_CONTENT: content }, (io) => newEntryCommand(args, io));
		const reserved = await run(['--kind', 'issue', '--area', 'aoba', '--slug', 'aux']);
		expect(reserved.status).toBe(1);
		expect(reserved.stderr).toContain('「aux」は Windows で使えない名前です');
		const long = await run(['--kind', 'salon', '--area', 'aoba', '--slug', 'a'.repeat(95)]);
		expect(long.status).toBe(1);
		expect(long.stderr).toMatch(/aoba-a+\.md: 名前が長すぎます（103文字）/);
		const check = checkLines({ root: join(work, 'new-names'), content });
		expect(check.filter((l) => /aux|a{95}/.test(l))).toEqual([]);
	});
	test('the check refuses con.md beside the other problems, naming the file', () => {
		const reserved = town('reserved', (c) => put(c, 'salons/aoba/con.md', salonText));
		expect(checkLines(reserved)).toContainEqual(
			'content/salons/aoba/con.md [エラー] 「con」は Windows で使えない名前です（CON・PRN・AUX・NUL・COM1〜9・LPT1〜9 は拡張子を付けても使えません）。別の名前にしてください',
		);
	});
});

describe('own-site links without side effects', () => {
	const links = [
		'[リストを空に](/my-list/?ids=)',
		'[上書き](/my-list/?ids=aoba-x,aoba-y)',
		'[ベースつき](/sasaeai/my-list/?ids=)',
		'[絶対](https://sasaeai.github.io/my-list/?ids=)',
		'[フォーム](/send/salon/?edit=salons/aoba/aoba-danchi-ikiiki-salon.md)',
		'[検索](/search/?q=%E8%A9%90%E6%AC%BA)',
		'[相対](../../../my-list/?ids=)',
		'[符号化](/my%2Dlist/?ids=)',
	];
	test('the check refuses each, naming the file and line', () => {
		const linked = town('links', (c) =>
			put(
				c,
				'salons/aoba/aoba-links.md',
				`${salonText.replace(/^name: .*$/m, 'name: リンクのサロン')}\n${links.join('\n\n')}\n\n[リスト](/my-list/) [ほかのサイトの検索](https://example.org/search/?q=1)\n`,
			),
		);
		const mine = checkLines(linked).filter((l) => l.startsWith('content/salons/aoba/aoba-links.md'));
		expect(mine).toHaveLength(links.length);
		for (const line of mine)
			expect(line).toMatch(
				/^content\/salons\/aoba\/aoba-links\.md:\d+ \[エラー\] 本文: リンク先「.+」は使えません。このサイトの \/(my-list|send|search)\/ のページに「\?」から後ろをつけたリンクは/,
			);
	});
	test("the build's guard makes the same links words, by the same verdict, and keeps the plain ones", async () => {
		const html = (
			await markdownToHtml(`${links.join('\n\n')}\n\n[リスト](/my-list/) [外](https://example.org/search/?q=1)`, {
				features: FEATURES,
				mdastPlugins: [imageGuard],
				hastPlugins: [htmlGuard('/sasaeai/', 'https://sasaeai.github.io')],
			})
		).html;
		expect(html).not.toMatch(/href="(?!https:\/\/example\.org)[^"]*\?/);
		expect(html).toContain('リストを空に');
		expect(html).toContain('href="/my-list/"');
		expect(html).toContain('href="https://example.org/search/?q=1"');
	});
});
