/**
 * What the search index holds for each page: the text to match (which becomes bigrams), what a result shows
 * (meta), the filters residents narrow by, and the page's place in the site's neutral order. Built at build time
 * from src/lib/content.ts (src/pages/search-records.json.ts).
 */
import { nameWordsFor, synonymsFor } from './synonyms.ts';

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
	areas: '地域',
	localIssues: '地域課題',
	reports: '協議体の会議録',
} as const;
export type Kind = (typeof KINDS)[keyof typeof KINDS];

/** Kinds that are not places to go or ask: listed after places, whatever their score. */
export const LATER_KINDS: readonly Kind[] = [KINDS.localIssues, KINDS.reports];

export interface SearchRecord {
	url: string;
	/** Everything a resident might type that should find this page. */
	text: string;
	/** The name, its reading and the readings of the words in it: matches here rank first. */
	title: string;
	meta: Record<string, string>;
	filters: Partial<Record<(typeof FILTERS)[keyof typeof FILTERS], string[]>>;
	/** The page's place in the site's order (zero-padded): places in 五十音順, then issues and reports, newest first. */
	sort: { order: string };
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

/** A reading as typed without its spaces: あおばだんち いきいきさろん → あおばだんちいきいきさろん. */
export const joinedReading = (yomi: string | undefined) => (yomi ? yomi.replace(/[\s　・]+/gu, '') : '');

/** The text to index: the given parts plus the readings and everyday words of the terms they contain. */
export function searchableText(parts: readonly (string | undefined)[]): string {
	const text = parts.filter(Boolean).join(' ');
	return `${text} ${synonymsFor(text).join(' ')}`;
}

/**
 * A page's name for the index: the name, its reading with and without spaces, and the other ways to write the
 * words in it with their readings (青葉台 いきいき百歳体操 → … たいそう 100歳体操 ひゃくさいたいそう), so a
 * resident typing any of them finds the name first. A salon's category (茶話会, 居場所, いきいきサロン) says what
 * the place is, so it counts as its name too.
 */
export function titleText(name: string, yomi?: string, category?: string): string {
	return [name, yomi, joinedReading(yomi), category, ...nameWordsFor(category ? `${name} ${category}` : name)].filter(Boolean).join(' ');
}

const collator = new Intl.Collator('ja');

/**
 * The site's neutral order for the search: places (everything but LATER_KINDS) in 五十音順 of their reading,
 * then local issues and meeting reports, newest first. Returns each record's zero-padded position and the
 * position where the later kinds begin.
 */
export function neutralOrder<T extends { kind: string; yomi: string; date?: string | undefined }>(items: readonly T[]): { order: Map<T, string>; laterFrom: number } {
	const later = (i: T) => LATER_KINDS.includes(i.kind as Kind);
	const places = items.filter((i) => !later(i)).sort((a, b) => collator.compare(a.yomi, b.yomi));
	const rest = items.filter(later).sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || collator.compare(a.yomi, b.yomi));
	const width = String(items.length).length + 1;
	return { order: new Map([...places, ...rest].map((item, n) => [item, String(n).padStart(width, '0')])), laterFrom: places.length };
}
