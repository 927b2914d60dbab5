import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readPage } from './html.ts';
import { forbiddenEntryScripts, formatSiteProblem, resolveReference, templateKey, verifySite } from './site-check.ts';

const root = mkdtempSync(join(tmpdir(), 'sasaeai-verify-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A tiny built site: path → HTML (or file contents). */
function site(files: Record<string, string>): string {
	const dir = mkdtempSync(join(root, 'dist-'));
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
	return dir;
}
const page = (body: string, extra = '') => `<!doctype html><html><head>${extra}</head><body>${body}</body></html>`;
const GOOD = {
	'index.html': page('<main id="main"><a href="/town/salons/a/x/">サロン</a> <a href="#main">本文</a></main>'),
	'salons/a/x/index.html': page('<h1>青葉 サロン</h1><a href="/town/data/">データ</a>'),
	'data/index.html': page(
		'<a href="/town/data/entries.json" download>JSON</a> <a href="https://example.org/">外</a> <a href="tel:0001">電話</a>',
	),
	'data/entries.json': '[]\n',
};
const run = (dist: string, expected = [{ path: '/salons/a/x/', title: '青葉 サロン', source: 'content/salons/a/x.md' }]) =>
	verifySite({ dist, base: '/town/', siteUrl: 'https://example.github.io', expectedPages: expected }).problems.map(formatSiteProblem);

describe('site verification', () => {
	test('a sound site under a base path has no problems', () => {
		expect(run(site(GOOD))).toEqual([]);
	});
	test('an entry without its page is named with its content file', () => {
		expect(run(site(GOOD), [{ path: '/salons/a/y/', title: 'y', source: 'content/salons/a/y.md' }])).toEqual([
			'/town/salons/a/y/: content/salons/a/y.md のページがありません',
		]);
	});
	test("a page that does not show the entry's name", () => {
		expect(run(site(GOOD), [{ path: '/salons/a/x/', title: '別の名前', source: 'content/salons/a/x.md' }])).toEqual([
			'/town/salons/a/x/ <h1>: content/salons/a/x.md の名前「別の名前」がページにありません',
		]);
	});
	test('a broken link names the page and the element', () => {
		const dist = site({
			...GOOD,
			'index.html': page('<a href="/town/feeds/north/reports.xml">x</a>', '<link rel="alternate" href="/town/feeds/south.xml">'),
		});
		expect(run(dist)).toEqual([
			'/town/ <link rel="alternate" href="/town/feeds/south.xml">: リンク先のページ・ファイルがありません',
			'/town/ <a href="/town/feeds/north/reports.xml">: リンク先のページ・ファイルがありません',
		]);
	});
	test('a link that ignores the base path is reported', () => {
		const dist = site({ ...GOOD, 'index.html': page('<a href="/salons/a/x/">x</a>') });
		expect(run(dist)).toEqual([
			'/town/ <a href="/salons/a/x/">: サイトの公開パス（/town/）の外を指しています。GitHub Pages などでは開けません',
		]);
	});
	test('a fragment that names no place on the target page', () => {
		const dist = site({ ...GOOD, 'index.html': page('<a href="/town/salons/a/x/#week">x</a><a href="#nowhere">y</a>') });
		expect(run(dist)).toEqual([
			'/town/ <a href="/town/salons/a/x/#week">: リンク先のページに「#week」の場所がありません',
			'/town/ <a href="#nowhere">: リンク先のページに「#nowhere」の場所がありません',
		]);
	});
	test('an empty download on the data page', () => {
		expect(run(site({ ...GOOD, 'data/entries.json': '' }))).toEqual([
			'/town/data/ <a href="/town/data/entries.json">: ダウンロードするファイルが空です',
		]);
	});
	test('an entry page that loads JavaScript (JSON-LD is data, not script)', () => {
		const dist = site({
			...GOOD,
			'salons/a/x/index.html': page(
				'<h1>青葉 サロン</h1><script type="module" src="/town/_astro/x.js"></script><script type="application/ld+json">{}</script>',
			),
		});
		expect(run(dist)).toEqual([
			'/town/salons/a/x/ <script src="/town/_astro/x.js">: このページは JavaScript を読み込まないはずです（ひとつの情報のページには、次の日にちを出すスクリプトのほかは JavaScript を使いません）',
			'/town/salons/a/x/ <script src="/town/_astro/x.js">: リンク先のページ・ファイルがありません',
		]);
	});
	test('the frame guard every page carries is not counted; any other inline script is', () => {
		const guard = '<script type="module">if(window.top!==window.self){document.body.replaceChildren()}</script>';
		const guarded = site({ ...GOOD, 'salons/a/x/index.html': page(`<h1>青葉 サロン</h1>${guard}`) });
		expect(run(guarded)).toEqual([]);
		const other = site({ ...GOOD, 'salons/a/x/index.html': page(`<h1>青葉 サロン</h1>${guard}<script>fetch('/x')</script>`) });
		expect(run(other)).toEqual([
			'/town/salons/a/x/ <script>（ページの中に書かれたスクリプト）: このページは JavaScript を読み込まないはずです（ひとつの情報のページには、次の日にちを出すスクリプトのほかは JavaScript を使いません）',
		]);
	});
	test('an entry page may load the next-dates script, once, and only where it shows next dates', () => {
		const script = 'for(const e of document.querySelectorAll("[data-next-dates]")){e.querySelector("[data-next-text]").textContent="次は"}';
		const shows = '<p data-next-dates="2026-12-14"></p>';
		const withScript = (...texts: string[]) => readPage(`${shows}${texts.map((t) => `<script type="module">${t}</script>`).join('')}`);
		const INLINE = '<script>（ページの中に書かれたスクリプト）';
		expect(forbiddenEntryScripts(withScript(script), shows)).toEqual([]);
		expect(forbiddenEntryScripts(withScript('if(window.top!==window.self){document.body.replaceChildren()}', script), shows)).toEqual([]);
		expect(forbiddenEntryScripts(withScript(script), '<p></p>')).toEqual([INLINE]);
		expect(forbiddenEntryScripts(withScript(script, script), shows)).toEqual([INLINE, INLINE]);
		expect(forbiddenEntryScripts(withScript(`${script};fetch("/x")`), shows)).toEqual([INLINE]);
		expect(forbiddenEntryScripts(withScript(`${script};import("/x.js")`), shows)).toEqual([INLINE]);
		expect(forbiddenEntryScripts(withScript('alert(1)'), shows)).toEqual([INLINE]);
		const external = readPage(`${shows}<script type="module" src="/_astro/NextDates.js"></script>`);
		expect(forbiddenEntryScripts(external, shows)).toEqual(['<script src="/_astro/NextDates.js">']);
	});
	test('a javascript: link is refused; absolute links to the own site are checked like relative ones', () => {
		const dist = site({
			...GOOD,
			'index.html': page(
				'<a href="javascript:alert(1)">x</a><a href="https://example.github.io/town/missing/">y</a><a href="salons/a/x/">z</a>',
			),
		});
		expect(run(dist)).toEqual([
			'/town/ <a href="javascript:alert(1)">: このリンク先は使えません（javascript: などは、サイトに出してはいけません）',
			'/town/ <a href="https://example.github.io/town/missing/">: リンク先のページ・ファイルがありません',
		]);
	});
	test('a data page without downloads', () => {
		expect(run(site({ ...GOOD, 'data/index.html': page('<p>なし</p>') }))).toEqual([
			'/town/data/: ダウンロードできるファイルが1つも載っていません',
		]);
	});
	test('one page per template: a marker wins over the address', () => {
		expect(templateKey('/salons/aoba/x/', '<body>')).toBe('/salons/*/*');
		expect(templateKey('/areas/aoba/', '<body data-template="areas/district">')).toBe('areas/district');
		expect(templateKey('/', '<body>')).toBe('/');
		const found = verifySite({ dist: site(GOOD), base: '/town/', siteUrl: 'https://example.github.io', expectedPages: [] }).templates;
		expect(Object.fromEntries(found)).toEqual({ '/': '/town/', '/data': '/town/data/', '/salons/*/*': '/town/salons/a/x/' });
	});
	test('references resolve against the page, with fragments decoded', () => {
		expect(resolveReference('../b/#%E9%80%B1', '/town/a/x/', 'https://e.org')).toEqual({
			kind: 'internal',
			path: '/town/a/b/',
			fragment: '週',
		});
		expect(resolveReference('mailto:a@b', '/', 'https://e.org')).toEqual({ kind: 'external' });
		expect(resolveReference('vbscript:x', '/', 'https://e.org')).toEqual({ kind: 'unsafe' });
	});
});
