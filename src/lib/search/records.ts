/**
 * What the search index holds for each page: the text to match (which becomes bigrams), what a result shows
 * (meta), and the filters residents narrow by. Built at build time from src/lib/content.ts.
 */
import { synonymsFor } from './synonyms.ts';

/** Filter names and their values, as the search page offers them. */
export const FILTERS = {
	area: '地域',
	kind: '種類',
	field: '分野',
	weekday: '曜日',
	cost: '費用',
	transport: '送迎',
} as const;

export const KINDS = {
	salons: 'サロン・通いの場',
	resources: '地域の資源',
	volunteers: 'ボランティア募集',
	reports: '協議体の会議録',
	areas: '地域',
} as const;

export interface SearchRecord {
	url: string;
	/** Everything a resident might type that should find this page. */
	text: string;
	/** The name, its reading and their everyday words: matches here rank first. */
	title: string;
	meta: Record<string, string>;
	filters: Partial<Record<(typeof FILTERS)[keyof typeof FILTERS], string[]>>;
	/** 五十音順 when the query is empty. */
	sort: { yomi: string };
}

/** Markdown to plain words: drops link targets, emphasis marks, headings, HTML. */
export function markdownToText(markdown: string): string {
	return markdown
		.replace(/<[^>]*>/g, ' ')
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/[#*_>`~|-]+/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/** The text to index: the given parts plus the readings and everyday words of the terms they contain. */
export function searchableText(parts: readonly (string | undefined)[]): string {
	const text = parts.filter(Boolean).join(' ');
	return `${text} ${synonymsFor(text).join(' ')}`;
}
