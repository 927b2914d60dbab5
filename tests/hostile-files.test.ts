/**
 * Hostile pull requests, round two: files, paths, assets, text, dates, logs and limits. Each case is a file a
 * stranger could commit; each would leave a visible trace if it got through (a marker published in the site,
 * a forged annotation in the log, an injected line in an export). npm run check must name every such file, and
 * the build (in a checkout of its own, with real symbolic links) must refuse it before anything is published.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkCommand } from '../scripts/lib/check-command.ts';
import { runCollected, type Said } from '../scripts/lib/command-io.ts';
import { buildCheckout } from '../scripts/lib/astro-build.ts';
import { townCheckout } from '../scripts/lib/town-checkout.ts';
import { buildEnv, TEST_TODAY } from './build-site.ts';
import { distOf, TOWNS } from './towns.ts';

const work = mkdtempSync(join(tmpdir(), 'sasaeai-hostile2-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Something outside the repository that must never be published: a marker anyone would recognise. */
const OUTSIDE = join(work, 'outside');
const SECRET = 'SECRET-OUTSIDE-THE-REPOSITORY-7f3a';
mkdirSync(OUTSIDE, { recursive: true });
writeFileSync(join(OUTSIDE, 'secret.txt'), SECRET);
// A real PNG header followed by the marker: a valid-looking image from outside the repository.
writeFileSync(
	join(OUTSIDE, 'secret.png'),
	Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(SECRET)]),
);
const salonText = readFileSync(join(TOWNS.kawanami, 'salons/kamigawa/kamigawa-orange-cafe.md'), 'utf8');
const named = (name: string, extra = '') => salonText.replace(/^name: .*$/m, `name: ${name}`) + extra;
writeFileSync(join(OUTSIDE, 'outside-salon.md'), named(`外のサロン ${SECRET}`));
mkdirSync(join(OUTSIDE, 'folder'));
writeFileSync(join(OUTSIDE, 'folder/kamigawa-linked.md'), named(`リンク先のサロン ${SECRET}`));

/** A checkout as a town has it: the project's files, node_modules, and 川波町 as content/, plus the hostile files. */
function checkout(name: string, change: (root: string) => void): string {
	const root = townCheckout(join(work, name), TOWNS.kawanami);
	change(root);
	return root;
}
const put = (root: string, path: string, text: string | Buffer) => {
	mkdirSync(dirname(join(root, path)), { recursive: true });
	writeFileSync(join(root, path), text);
};
const env = () => {
	const { SASAEAI_CONTENT: _c, SASAEAI_OUT_DIR: _o, ...rest } = buildEnv();
	return { ...rest, SASAEAI_TODAY: '2026-11-24' };
};
/** npm run check in the checkout, run in this process (scripts/lib/check-command.ts). */
const check = (root: string, extra: Record<string, string> = {}) =>
	runCollected({ SASAEAI_TODAY: '2026-11-24', ...extra }, (io) => checkCommand(io), root);

const build = (root: string, extra: Record<string, string> = {}) => buildCheckout(root, { ...env(), ...extra });
/** Every byte the build wrote, as text, to look for the marker. */
function published(root: string): string {
	const dist = join(root, 'dist');
	if (!existsSync(dist)) return '';
	return (readdirSync(dist, { recursive: true }) as string[])
		.map((f) => join(dist, f))
		.filter((f) => statSync(f).isFile())
		.map((f) => readFileSync(f).toString('latin1') + readFileSync(f, 'utf8'))
		.join('\n');
}

const salonFile = (text: string) => `content/salons/kamigawa/${text}.md`;
/** Links, active formats and names the check and the build must read alike. */
const hostileFiles = (r: string) => {
	symlinkSync('/etc/hostname', join(r, 'public/photos/host.jpg'));
	symlinkSync(join(r, 'package.json'), join(r, 'public/photos/package.png'));
	symlinkSync(join(OUTSIDE, 'outside-salon.md'), join(r, 'content/salons/kamigawa/kamigawa-outside.md'));
	symlinkSync(join(r, 'content/salons/kamigawa/kamigawa-orange-cafe.md'), join(r, 'content/salons/kamigawa/kamigawa-inside-link.md'));
	symlinkSync(join(OUTSIDE, 'folder'), join(r, 'content/salons/linked-folder'));
	put(r, 'public/photos/evil.svg', `<svg xmlns="http://www.w3.org/2000/svg"><script>window.pwned=1</script><text>${SECRET}</text></svg>`);
	put(r, 'public/photos/fake.png', `<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)">${SECRET}</svg>`);
	put(r, 'public/evil.html', `<script>alert("${SECRET}")</script>`);
	put(r, 'content/salons/kamigawa/logo.svg', `<svg><script>${SECRET}</script></svg>`);
	put(r, 'content/salons/kamigawa/.hidden.md', named(`隠しファイル ${SECRET}`));
	put(r, 'content/salons/kamigawa/..md', named(`ドットドット ${SECRET}`));
	put(r, 'content/salons/kamigawa/kamigawa with space.md', named(`空白 ${SECRET}`));
	put(r, 'content/salons/kamigawa/上川サロン.md', named(`日本語 ${SECRET}`));
	put(r, 'content/salons/kamigawa/-dash.md', named(`ダッシュ ${SECRET}`));
	put(r, 'content/salons/kamigawa/kamigawa-\u202egnp.md', named(`向き ${SECRET}`));
};

/** Images that point outside the repository. */
const escapingPaths = (r: string) => {
	put(
		r,
		'content/salons/kamigawa/kamigawa-image-escape.md',
		named('画像のサロン', `\n![x](../../../../outside/secret.png)\n\n![y](/photos/../../../outside/secret.png)\n`),
	);
	put(
		r,
		'content/reports/kamigawa/2026-11-01-kamigawa-council.mdx',
		readFileSync(join(TOWNS.kawanami, 'reports/kamigawa/2026-09-30-kamigawa-council.md'), 'utf8') +
			'\n<Photo src="/photos/../../outside/secret.png" alt="x" />\n',
	);
};

/** Control characters, newlines and direction overrides in fields and bodies. */
const hostileText = (r: string) => {
	put(r, salonFile('kamigawa-cr'), named('"サロン\\rX-INJECTED:1\\rBEGIN:VEVENT"'));
	put(r, salonFile('kamigawa-newline'), named('"サロン\\n::error file=README.md::forged"'));
	put(r, salonFile('kamigawa-bidi'), named('"サロン\\u202Eexe.txt"'));
	put(r, salonFile('kamigawa-control'), named('"サロン\\u0001\\u001b[31m"'));
	put(r, salonFile('kamigawa-zwsp-summary'), salonText.replace(/^summary: .*$/m, 'summary: "お茶\\u200bを飲みます"'));
	put(
		r,
		'content/reports/kamigawa/2026-11-02-kamigawa-council.md',
		readFileSync(join(TOWNS.kawanami, 'reports/kamigawa/2026-09-30-kamigawa-council.md'), 'utf8').replace(
			/^title: .*$/m,
			'title: "会議\\u0000録\\u000b"',
		),
	);
	put(r, 'content/salons/kamigawa/kamigawa-body.md', named('本文のサロン', '\n本文に\u202e逆向き\u200bの文字\n'));
};

/** Dates that do not exist, a year 0026, a timestamp. */
const datesAsWritten = (r: string) => {
	put(r, 'content/salons/kamigawa/kamigawa-feb30.md', salonText.replace(/^last_confirmed: .*$/m, 'last_confirmed: 2026-02-30'));
	put(r, 'content/salons/kamigawa/kamigawa-feb30-quoted.md', salonText.replace(/^last_confirmed: .*$/m, 'last_confirmed: "2026-02-30"'));
	put(r, 'content/salons/kamigawa/kamigawa-year26.md', salonText.replace(/^last_confirmed: .*$/m, 'last_confirmed: 0026-11-01'));
	put(
		r,
		'content/salons/kamigawa/kamigawa-timestamp.md',
		salonText.replace(/^last_confirmed: .*$/m, 'last_confirmed: 2026-11-01T10:00:00+09:00'),
	);
};

/**
 * The build must stop on each kind of hostile file, naming it, before anything is read or published. One
 * checkout holds all four kinds and is built once (a build that stops still loads Astro: seconds of CPU each).
 */
let everyRefusal: { status: number | null; output: string; published: string; root: string } | undefined;
function buildWithEveryKind() {
	if (!everyRefusal) {
		const root = checkout('every-kind', (r) => {
			hostileFiles(r);
			escapingPaths(r);
			hostileText(r);
			datesAsWritten(r);
		});
		const r = build(root);
		everyRefusal = { status: r.status, output: r.stdout + r.stderr, published: published(root), root };
	}
	return everyRefusal;
}

describe('files: only regular files, names the check and the build read alike, no active formats', () => {
	const root = checkout('files', hostileFiles);
	let checked: Said;
	let out = '';
	beforeAll(async () => {
		checked = await check(root);
		out = checked.stdout;
	});
	const lineFor = (file: string) =>
		out
			.split('\n')
			.filter((l) => l.startsWith(file))
			.join('\n');
	test.each([
		['public/photos/host.jpg', 'シンボリックリンク（リンク先: /etc/hostname）は使えません'],
		['public/photos/package.png', 'シンボリックリンク'],
		['content/salons/kamigawa/kamigawa-outside.md', 'シンボリックリンク'],
		['content/salons/kamigawa/kamigawa-inside-link.md', 'シンボリックリンク'],
		['content/salons/linked-folder', 'シンボリックリンク'],
		['public/photos/evil.svg', 'SVG・HTML・XML・PDF などは、開いたときにプログラムが動くことがあるため置けません'],
		['public/photos/fake.png', '中身がPNGの画像ではありません'],
		['public/evil.html', 'public/ に置けるのは public/photos/ の写真'],
		['content/salons/kamigawa/logo.svg', 'このファイルは読み込まれません'],
		['content/salons/kamigawa/.hidden.md', 'ドット（.）で始まる名前は使えません'],
		['content/salons/kamigawa/..md', 'ドット（.）で始まる名前は使えません'],
		['content/salons/kamigawa/kamigawa with space.md', '名前に空白は使えません'],
		['content/salons/kamigawa/上川サロン.md', '名前に日本語などは使えません'],
		['content/salons/kamigawa/-dash.md', 'ハイフン（-）で始まる名前は使えません'],
		['content/salons/kamigawa/kamigawa-\\u202egnp.md', '見えない文字・制御文字 向きの上書き（右から左）（U+202E）'],
	])('npm run check names %s', (file, message) => {
		expect(lineFor(file)).toContain('[エラー]');
		expect(lineFor(file)).toContain(message);
	});
	test('the check exits 1 and never follows a link: nothing from outside is read into its report', () => {
		expect(checked.status).toBe(1);
		expect(out).not.toContain(SECRET);
	});
	test('the build stops before anything is read or published, with the same list', () => {
		const r = buildWithEveryKind();
		expect(r.status).not.toBe(0);
		expect(r.output).toContain('内容に誤りがあるため、サイトを作るのをやめました');
		// The same lines, a link's target named inside its own checkout.
		const inCheckout = (text: string, checkout: string) => text.replaceAll(checkout, '<checkout>');
		for (const line of out.split('\n').filter((l) => l.includes('[エラー]')))
			expect(inCheckout(r.output, r.root)).toContain(inCheckout(line, root));
		expect(r.published).not.toContain(SECRET);
		expect(r.published).not.toContain(readFileSync('/etc/hostname', 'utf8').trim() || 'no-hostname');
	});
});

describe('paths stay inside: an image from outside the repository is never published', () => {
	const root = checkout('paths', escapingPaths);
	test('the check names each reference with its line', async () => {
		const out = (await check(root)).stdout;
		expect(out).toMatch(/kamigawa-image-escape\.md:\d+ \[エラー\] 本文: 画像「\.\.\/\.\.\/\.\.\/\.\.\/outside\/secret\.png」は使えません/);
		expect(out).toMatch(
			/kamigawa-image-escape\.md:\d+ \[エラー\] 本文: 画像「\/photos\/\.\.\/\.\.\/\.\.\/outside\/secret\.png」は使えません/,
		);
		expect(out).toMatch(/2026-11-01-kamigawa-council\.mdx:\d+ \[エラー\] 本文: <Photo> の src は "\/photos\/…"/);
	});
	test('the build stops, naming them, and publishes nothing from outside', () => {
		const r = buildWithEveryKind();
		expect(r.status).not.toBe(0);
		expect(r.output).toMatch(
			/kamigawa-image-escape\.md:\d+ \[エラー\] 本文: 画像「\.\.\/\.\.\/\.\.\/\.\.\/outside\/secret\.png」は使えません/,
		);
		expect(r.output).toMatch(/2026-11-01-kamigawa-council\.mdx:\d+ \[エラー\] 本文: <Photo> の src は "\/photos\/…"/);
		expect(r.published).not.toContain(SECRET);
	});
});

describe('text: one policy for every field, exports that guard their own syntax', () => {
	const root = checkout('text', hostileText);
	let out = '';
	beforeAll(async () => void (out = (await check(root)).stdout));
	test.each([
		['kamigawa-cr.md', 'name: 見えない文字・制御文字 改行コード CR（U+000D）'],
		['kamigawa-newline.md', 'name: この項目は1行で書いてください（改行は使えません）'],
		['kamigawa-bidi.md', 'name: 見えない文字・制御文字 向きの上書き（右から左）（U+202E）'],
		['kamigawa-control.md', 'name: 見えない文字・制御文字 制御文字（U+0001）'],
		['kamigawa-zwsp-summary.md', 'summary: 見えない文字・制御文字 ゼロ幅スペース（U+200B）'],
		['2026-11-02-kamigawa-council.md', 'title: 見えない文字・制御文字 制御文字（U+0000）'],
		['kamigawa-body.md', '本文: 見えない文字・制御文字 向きの上書き（右から左）（U+202E）'],
	])('%s is refused: %s', (f, message) => {
		expect(
			out
				.split('\n')
				.filter((l) => l.includes(f))
				.join('\n'),
		).toContain(message);
	});
	test("no line of the check's output is an injected workflow command, in GitHub Actions either", async () => {
		const gh = (await check(root, { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: join(work, 'summary.md') })).stdout.split('\n');
		const start = gh.findIndex((l) => l.startsWith('::stop-commands::'));
		const token = gh[start]!.slice('::stop-commands::'.length);
		const end = gh.indexOf(`::${token}::`);
		expect(start).toBeGreaterThanOrEqual(0);
		expect(end).toBeGreaterThan(start);
		const commands = gh.filter((l, i) => l.startsWith('::') && (i < start || i > end));
		expect(commands.length).toBeGreaterThan(0);
		for (const c of commands) expect(c).toMatch(/^::(error|warning) file=content\/[^,\n]+(,line=\d+)?,title=[^:\n]+::[^\n]*$/);
		expect(gh.some((l) => l.startsWith('::error file=README.md'))).toBe(false);
		expect(readFileSync(join(work, 'summary.md'), 'utf8')).not.toMatch(/\n::error/);
	});
	test('the build refuses them too, naming each', () => {
		const r = buildWithEveryKind();
		expect(r.status).not.toBe(0);
		for (const f of ['kamigawa-cr', 'kamigawa-newline', 'kamigawa-bidi', 'kamigawa-control', 'kamigawa-zwsp-summary', 'kamigawa-body'])
			expect(r.output).toContain(`${salonFile(f)}:`);
		expect(r.output).toContain('2026-11-02-kamigawa-council.md:');
	});
});

describe('dates as written', () => {
	const root = checkout('dates', datesAsWritten);
	let out = '';
	beforeAll(async () => void (out = (await check(root)).stdout));
	const of = (f: string) =>
		out
			.split('\n')
			.filter((l) => l.includes(`${f}.md`))
			.join('\n');
	test('an impossible date gets the same answer quoted or not, never rolled over to 2 March', () => {
		expect(of('kamigawa-feb30')).toContain('last_confirmed: ありえない日付です');
		expect(of('kamigawa-feb30-quoted')).toContain('last_confirmed: ありえない日付です');
	});
	test('year 0026 is refused, not read as 1926', () => {
		expect(of('kamigawa-year26')).toContain('1900年から2100年までの日付にしてください');
	});
	test('a timestamp is not a date', () => {
		expect(of('kamigawa-timestamp')).toContain('日付は 2026-04-01 のように書いてください');
	});
	test('and the build stops on them', () => {
		const r = buildWithEveryKind();
		expect(r.status).not.toBe(0);
		expect(r.output).toMatch(/kamigawa-feb30\.md:\d+ \[エラー\] last_confirmed: ありえない日付です/);
		expect(r.output).toMatch(/kamigawa-timestamp\.md:\d+ \[エラー\] last_confirmed: /);
	});
});

describe('warnings compare text as a reader sees it', () => {
	const root = checkout('warnings', (r) => {
		const twin = readFileSync(join(r, 'content/salons/kamigawa/kamigawa-orange-cafe.md'), 'utf8');
		const name = /^name: (.*)$/m.exec(twin)![1]!;
		put(r, 'content/salons/kamigawa/kamigawa-twin.md', twin.replace(/^name: .*$/m, `name: ${name.slice(0, 2)}${'\u3000'}${name.slice(2)}`));
		const report = readFileSync(join(r, 'content/reports/kamigawa/2026-09-30-kamigawa-council.md'), 'utf8');
		put(
			r,
			'content/reports/kamigawa/2026-09-30-kamigawa-council.md',
			`${report}\n山\u2060田さん（０９０\u2060-１２３４-５６７８）から相談があった。\n`,
		);
	});
	let out = '';
	beforeAll(async () => void (out = (await check(root)).stdout));
	test('a twin written with a full-width space is a likely duplicate', () => {
		expect(out).toMatch(/kamigawa-twin\.md:\d+ \[注意\] name: .*kamigawa-orange-cafe\.md と名前と住所が同じです/);
	});
	test('a name and a phone number split by invisible characters are still private data', () => {
		const lines = out.split('\n').filter((l) => l.includes('2026-09-30-kamigawa-council.md'));
		expect(lines.join('\n')).toContain('「山田さん」は個人の名前ではありませんか');
		expect(lines.join('\n')).toContain('電話番号 090-1234-5678 は、このサイトの団体・窓口の番号ではありません');
	});
});

describe('limits: no single file can make the build slow or the site large', () => {
	const many = (n: number) =>
		Array.from(
			{ length: n },
			(_, i) => `    - { repeat: 毎週, weekdays: [月, 火, 水, 木, 金, 土, 日], start: "${String(6 + (i % 12)).padStart(2, '0')}:00" }`,
		).join('\n');
	const laughs = [
		'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
		...Array.from(
			{ length: 9 },
			(_, i) =>
				`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10)
					.fill(`*${String.fromCharCode(97 + i)}`)
					.join(',')}]`,
		),
	].join('\n');
	const root = checkout('limits', (r) => {
		put(r, 'content/salons/kamigawa/kamigawa-huge.md', salonText.replace(/^summary: .*$/m, `summary: ${'長'.repeat(5 * 1024 * 1024)}`));
		put(r, 'content/salons/kamigawa/kamigawa-long-line.md', salonText.replace(/^summary: .*$/m, `summary: ${'長'.repeat(600)}`));
		put(
			r,
			'content/salons/kamigawa/kamigawa-rules.md',
			salonText.replace(/^schedule:\n  rules:\n[\s\S]*?(?=^\S)/m, `schedule:\n  from: 0001-01-01\n  rules:\n${many(16)}\n`),
		);
		put(r, 'content/salons/kamigawa/kamigawa-laughs.md', `---\n${laughs}\n---\n`);
		put(r, 'content/salons/kamigawa/kamigawa-long-body.md', named('長い本文', `\n${'あ'.repeat(25_000)}\n`));
	});
	// No clock here (the machine may be busy): a check that hung would be stopped by the project's time limit.
	let out = '';
	beforeAll(async () => void (out = (await check(root)).stdout));
	const of = (f: string) =>
		out
			.split('\n')
			.filter((l) => l.includes(`${f}.md`))
			.join('\n');
	test.each([
		['kamigawa-huge', 'ファイルが大きすぎます'],
		['kamigawa-long-line', 'summary: 長すぎます（500文字まで）'],
		['kamigawa-rules', 'schedule.rules: 多すぎます（8個まで）'],
		['kamigawa-rules', 'schedule.from: 1900年から2100年までの日付にしてください'],
		['kamigawa-laughs', 'YAML のアンカー（&a）は使えません'],
		['kamigawa-long-body', '本文が長すぎます'],
	])('%s: %s', (f, message) => {
		expect(of(f)).toContain(message);
	});
});

describe('the largest file the check accepts', () => {
	/** A salon at every limit: eight rules a day, every line at its longest, the longest body. */
	const widest = () => {
		const long = (c: string) => c.repeat(500);
		const rules = Array.from(
			{ length: 8 },
			(_, i) =>
				`    - { repeat: 毎週, weekdays: [月, 火, 水, 木, 金, 土, 日], start: "${String(8 + i).padStart(2, '0')}:00", end: "${String(8 + i).padStart(2, '0')}:50" }`,
		).join('\n');
		const dates = Array.from({ length: 60 }, (_, i) => `2027-0${1 + (i % 9)}-${String(1 + (i % 28)).padStart(2, '0')}`);
		return salonText
			.replace(/^summary: .*$/m, `summary: ${long('長')}`)
			.replace(/^how_to_apply: .*$/m, `how_to_apply: ${long('申')}`)
			.replace(
				/^schedule:\n  rules:\n[\s\S]*?(?=^\S)/m,
				`schedule:\n  rules:\n${rules}\n  closed:\n    dates: [${[...new Set(dates)].join(', ')}]\n  note: ${long('補')}\n`,
			)
			.replace(/\n---\n[\s\S]*$/, `\n---\n\n${'本文です。'.repeat(3900)}\n`);
	};
	const size = (dir: string) =>
		(readdirSync(dir, { recursive: true }) as string[])
			.map((f) => join(dir, f))
			.filter((f) => statSync(f).isFile())
			.reduce((n, f) => n + statSync(f).size, 0);
	test('is accepted, and the site with it is less than twice the size of the site without it', async () => {
		const wide = checkout('limit-wide', (r) => put(r, 'content/salons/kamigawa/kamigawa-widest.md', widest()));
		expect((await check(wide)).stdout.split('\n').filter((l) => l.includes('kamigawa-widest') && l.includes('[エラー]'))).toEqual([]);
		// Built for the same day as the run's own build of 川波町 (tests/build-site.ts), the site without it.
		const built = build(wide, { SASAEAI_TODAY: TEST_TODAY });
		expect(built.status, built.stderr).toBe(0);
		const ratio = size(join(wide, 'dist')) / size(distOf('kawanami'));
		console.log(`site size with the widest file: ${(ratio * 100).toFixed(0)}% of the site without it`);
		expect(ratio).toBeLessThan(2);
	}, 180_000);
});
