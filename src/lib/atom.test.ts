import { expect, test } from 'vitest';
import { atomFeed } from './atom.ts';

test('an Atom feed: newest first, Japan time, everything escaped', () => {
	const xml = atomFeed({
		self: 'https://example.jp/feeds/reports.xml',
		page: 'https://example.jp/reports/',
		title: '会議録 <&>',
		author: 'ひだまり市',
		entries: [
			{ url: 'https://example.jp/a/', title: '古い', date: '2026-05-12', summary: 'a' },
			{ url: 'https://example.jp/b/?x=1&y=2', title: '"新しい"', date: '2026-09-17', summary: '<script>alert(1)</script>' },
		],
	});
	expect(xml).toContain('<title>会議録 &lt;&amp;&gt;</title>');
	expect(xml).toContain('<updated>2026-09-17T00:00:00+09:00</updated>');
	expect(xml.indexOf('&quot;新しい&quot;')).toBeLessThan(xml.indexOf('古い'));
	expect(xml).toContain('href="https://example.jp/b/?x=1&amp;y=2"');
	expect(xml).not.toContain('<script>');
});

/** One character of every class an XML 1.0 reader stops at, or that hides what text says. */
const HOSTILE_CHARACTERS = [
	'\u0000',
	'\u0001',
	'\u0008',
	'\u000b',
	'\u000c',
	'\u000e',
	'\u001b',
	'\u001f',
	'\r',
	'\u007f',
	'\u0085',
	'\u009b',
	'\ufffe',
	'\uffff',
	'\ud800',
	'\udc00',
	'\u202e',
	'\u2066',
	'\u200b',
	'\ufeff',
];

test.each(HOSTILE_CHARACTERS.map((c) => [`U+${c.charCodeAt(0).toString(16).padStart(4, '0')}`, c]))(
	'a feed stays well-formed XML with %s in any value',
	(_name, c) => {
		const xml = atomFeed({
			self: 'https://example.jp/feeds/x.xml',
			page: 'https://example.jp/',
			title: `題${c}名`,
			author: `作${c}者`,
			entries: [{ url: 'https://example.jp/a/', title: `会議${c}録`, date: '2026-09-17', summary: `要${c}約` }],
		});
		// What a strict XML reader refuses: characters outside XML 1.0's Char production.
		expect(xml).not.toMatch(
			/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u,
		);
		expect(xml).toMatch(/<title>会議 ?録<\/title>/);
		expect(xml).not.toContain('\r');
	},
);
