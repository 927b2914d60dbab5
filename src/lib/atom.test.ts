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
