/** Atom feeds (RFC 4287), written as text with every value escaped. */
import { stripForbidden } from './safety/text-policy.ts';

export interface FeedEntry {
	/** Absolute URL of the page: also the entry's id. */
	url: string;
	title: string;
	/** 'YYYY-MM-DD': published and updated at midnight in Japan. */
	date: string;
	summary: string;
}

export interface Feed {
	/** Absolute URL of the feed itself. */
	self: string;
	/** Absolute URL of the page the feed follows. */
	page: string;
	title: string;
	author: string;
	entries: FeedEntry[];
}

/**
 * Escapes for XML, and keeps to the characters XML 1.0 allows: control characters (illegal in XML: a reader
 * stops at them), U+FFFE/U+FFFF and lone surrogates are dropped, whatever the schema let through; so are
 * bidirectional and zero-width characters (src/lib/safety/text-policy.ts).
 */
const escape = (s: string) =>
	stripForbidden(s, true)
		.replace(/[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
		.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
const time = (date: string) => `${date}T00:00:00+09:00`;

export function atomFeed(feed: Feed): string {
	const entries = [...feed.entries].sort((a, b) => b.date.localeCompare(a.date));
	const updated = entries[0]?.date ?? '2000-01-01';
	return [
		'<?xml version="1.0" encoding="utf-8"?>',
		'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ja">',
		`<id>${escape(feed.self)}</id>`,
		`<title>${escape(feed.title)}</title>`,
		`<updated>${time(updated)}</updated>`,
		`<link rel="self" type="application/atom+xml" href="${escape(feed.self)}"/>`,
		`<link rel="alternate" type="text/html" href="${escape(feed.page)}"/>`,
		`<author><name>${escape(feed.author)}</name></author>`,
		...entries.map((e) =>
			[
				'<entry>',
				`<id>${escape(e.url)}</id>`,
				`<title>${escape(e.title)}</title>`,
				`<link rel="alternate" type="text/html" href="${escape(e.url)}"/>`,
				`<published>${time(e.date)}</published>`,
				`<updated>${time(e.date)}</updated>`,
				`<summary>${escape(e.summary)}</summary>`,
				'</entry>',
			].join(''),
		),
		'</feed>',
		'',
	].join('\n');
}
