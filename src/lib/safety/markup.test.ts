import { describe, expect, test } from 'vitest';
import { findUnsafeMarkup, inspectBody, inspectTree, ownPageWithQuery } from './markup.ts';

const lines = (body: string, format: 'md' | 'mdx' = 'md') => findUnsafeMarkup(body, format).map((p) => `${p.line}: ${p.message}`);

describe('hostile or unsafe markup is found, with its line', () => {
	test.each([
		['a script tag', '本文\n<script>alert(1)</script>', '2: HTML のタグ <script>'],
		['an image with an onerror handler', '<img src=x onerror="alert(1)">', '1: HTML のタグ <img>'],
		['an iframe', 'a\n\n<iframe src="https://evil.example"></iframe>', '3: HTML のタグ <iframe>'],
		['an HTML comment', '<!-- hidden -->', '1: HTML のコメント'],
		['a javascript: link', '[押してください](javascript:alert(1))', '1: リンク先「javascript:alert'],
		['a data: link', '[x](data:text/html,<script>alert(1)</script>)', '1: リンク先「data:text/html,'],
		['an autolink to javascript:', '<javascript:alert(1)>', 'リンク先「javascript:alert(1)」'],
		['a reference-style javascript: link', '[押して][x]\n\n[x]: javascript:alert(1)', '1: リンク先「javascript:alert(1)」'],
		['a reference-style link with an odd case', '[押して][Y]\n\n[y]:   JaVaScRiPt:alert(1)', 'リンク先「JaVaScRiPt:alert(1)」'],
		['a vbscript: link', '[x](vbscript:msgbox)', 'リンク先「vbscript:msgbox」'],
		['raw HTML after a code span on the same line', '`x` <img src=x onerror=alert(1)>', '1: HTML のタグ <img>'],
		['HTML after a fence that a regex would think is still open', '~~~\n```\n~~~\n\n<script>alert(1)</script>', '5: HTML のタグ <script>'],
		['an image outside the repository', '![x](../../../outside/secret.png)', '1: 画像「../../../outside/secret.png」は使えません'],
		['an image next to the file', '![x](photo.png)', '画像「photo.png」は使えません'],
		['an SVG photo', '![x](/photos/logo.svg)', '画像「/photos/logo.svg」は使えません'],
		['a photo path climbing out of /photos/', '![x](/photos/../../etc/passwd.png)', '画像「/photos/../../etc/passwd.png」は使えません'],
		['a remote image (a tracker)', '![x](https://tracker.example/p.gif)', '画像「https://tracker.example/p.gif」は使えません'],
	])('Markdown: %s', (_name, body, expected) => {
		expect(lines(body).join('\n')).toContain(expected);
	});
	test.each([
		['an import', "import fs from 'node:fs'\n\n本文", '1: MDX の import / export は使えません'],
		['an export', 'export const x = 1', '1: MDX の import / export'],
		['an expression', '合計は {1 + 1} です', '1: 波かっこ { } は使えません'],
		['an expression that would run code', '{globalThis.process.exit(1)}', '1: 波かっこ'],
		["a component that is not the site's", '<Evil />', '1: 部品 <Evil> はこのサイトにありません'],
		['an HTML element in JSX', '<div onClick={() => alert(1)}>x</div>', '1: HTML のタグ <div>'],
		['a site component with a JavaScript attribute', '<Photo src={fetch("https://x")} alt="a" />', '1: <Photo> の属性に波かっこ'],
		['a photo without alt text', '<Photo src="/photos/a.jpg" />', '1: <Photo> には alt="…"'],
		['a photo from another site', '<Photo src="https://tracker.example/p.gif" alt="x" />', '1: <Photo> の src は "/photos/…"'],
	])('MDX: %s', (_name, body, expected) => {
		expect(lines(body, 'mdx').join('\n')).toContain(expected);
	});
	test('ordinary Markdown, safe links, code and the site components pass', () => {
		const body = [
			'## 見出し',
			'**太字**と[市のページ](https://example.jp)、[電話](tel:0002011001)、[メール](mailto:a@example.jp)。',
			'`<script>` や `{x}` はコードとして書けます。',
			'```',
			'<div>{code}</div>',
			'```',
			'<Decision>ゴミ出しを2棟で試す</Decision>',
			'<Photo src="/photos/meeting.jpg" alt="会議のようす" />',
			'<Action owner="自治会" due="2026-12-31">名簿を作る</Action>',
		].join('\n');
		expect(findUnsafeMarkup(body, 'mdx')).toEqual([]);
		expect(findUnsafeMarkup(body.split('\n').slice(0, 6).join('\n'), 'md')).toEqual([]);
	});
	test('code that looks like HTML inside spans and fences is text, as the build shows it', () => {
		expect(findUnsafeMarkup('```\n<script>x</script>\n```\n\n``<img onerror=1>`` と `[x](javascript:1)`', 'md')).toEqual([]);
		expect(findUnsafeMarkup('![会議のようす](/photos/2026/meeting-1.jpg)', 'md')).toEqual([]);
	});
	test('an MDX body that does not parse is one problem, with its line', () => {
		const found = findUnsafeMarkup('本文\n\n<Decision>閉じていない\n', 'mdx');
		expect(found).toHaveLength(1);
		expect(found[0]!.message).toContain('MDX の書き方に誤りがあります');
	});
});

describe("links to the site's own pages that act on a query", () => {
	test.each([
		['/my-list/?ids=', 'my-list'],
		['/guide/my-list/?ids=a,b', 'my-list'],
		['../../my-list/?ids=', 'my-list'],
		['/send/salon/?edit=x', 'send'],
		['/search?q=1', 'search'],
		['/My%2Dlist/?ids=', 'my-list'],
		['https://town.example/search/?q=1', 'search'],
		['//town.example/my-list/?ids=', 'my-list'],
	])("%s is the site's %s with a query", (href, page) => expect(ownPageWithQuery(href, { host: 'town.example' })).toBe(page));
	test.each([
		'/my-list/',
		'/search/',
		'/salons/?x=1',
		'https://other.example/search/?q=1',
		'mailto:a@b.example?subject=search',
		'#search?x',
	])('%s is not', (href) => {
		expect(ownPageWithQuery(href, { host: 'town.example' })).toBeUndefined();
	});
	test('the check names the line', () => {
		expect(lines('本文\n\n[空にする](/my-list/?ids=)')).toEqual([
			expect.stringMatching(/^3: リンク先「\/my-list\/\?ids=」は使えません。このサイトの \/my-list\/ のページに/),
		]);
	});
});

describe('a Markdown body without < [ or ? is not parsed: the full judge finds nothing in any such body', () => {
	// Markdown's own characters and the pieces of autolinked addresses, without < [ or ?, joined in every order a
	// small deterministic generator gives: each body is judged on its parsed tree, as a body with < [ or ? is.
	const pieces = [
		'*',
		'_',
		'~',
		'`',
		'```',
		'~~~',
		'#',
		'>',
		'- ',
		'+ ',
		'1. ',
		'|',
		'---',
		'!',
		'(',
		')',
		']',
		'{',
		'}',
		':',
		'/',
		'.',
		'&',
		';',
		'\\',
		'=',
		'^',
		'$',
		'@',
		'%3C',
		'&#60;',
		'&lt;',
		' ',
		'    ',
		'\n',
		'\n\n',
		'www.',
		'https://',
		'http://',
		'mailto:',
		'xmpp:',
		'javascript:',
		'data:',
		'town.example',
		'my-list',
		'search',
		'send',
		'photos',
		'x.jpg',
		'a',
		'あいう',
		'https://town.example/search/',
		'town.example/my-list/',
		'ids=1',
		'x](javascript:1)',
		'(/photos/a.jpg)',
		'x]: javascript:1',
		' ] ',
		'- ',
		'script>',
		'!--',
	];
	const site = { host: 'town.example' };
	let seed = 7;
	const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
	const bodies = Array.from({ length: 3000 }, () =>
		Array.from({ length: 2 + Math.floor(next() * 12) }, () => pieces[Math.floor(next() * pieces.length)]).join(''),
	);
	test('3,000 bodies of those characters: no problem, no photo', () => {
		const judged = bodies.filter((body) => {
			const { problems, photos } = inspectTree(body, 'md', site);
			return problems.length > 0 || photos.length > 0;
		});
		expect(judged).toEqual([]);
	});
	test('a body with < [ or ? is still judged in full', () => {
		for (const body of ['a <b>x</b>', '[x](javascript:1)', '![x](/photos/a.jpg)', '- [ ] x', 'https://town.example/search/?q=1']) {
			expect(inspectBody(body, 'md', site)).toEqual(inspectTree(body, 'md', site));
			expect(inspectTree(body, 'md', site).problems.length + inspectTree(body, 'md', site).photos.length).toBeGreaterThan(0);
		}
	});
	test('MDX is always parsed', () => {
		expect(inspectBody('a {x}', 'mdx').problems).toHaveLength(1);
	});
});
