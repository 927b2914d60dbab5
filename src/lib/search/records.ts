/**
 * What the search index holds for each page: the text to match (which becomes bigrams), what a result shows
 * (meta), the filters residents narrow by, and the page's place in the site's neutral order. Built at build time
 * from src/lib/site-data/content.ts (src/lib/site-data/search-records.ts).
 */
import { KIND_LIST, KINDS, laterKindLabels, searchKindLabels, type KindKey } from '../kinds.ts';
import { compareYomi } from '../ordering.ts';
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

/** Each kind's name as a result and the 種類 filter show it (from the table of kinds, src/lib/kinds.ts). */
export const KIND_LABELS = Object.fromEntries(KIND_LIST.map((k) => [k.key, k.label])) as { [K in KindKey]: (typeof KINDS)[K]['label'] };

/** The 種類 filter's choices: the places first, then the kinds listed after them. */
export const KIND_CHOICES: readonly string[] = searchKindLabels();

/** Kinds that are not places to go or ask: listed after places, whatever their score. */
export const LATER_KINDS: readonly string[] = laterKindLabels();

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

/**
 * The site's neutral order for the search: places (everything but LATER_KINDS) in 五十音順 of their reading,
 * then local issues and meeting reports, newest first. Returns each record's zero-padded position and the
 * position where the later kinds begin.
 */
export function neutralOrder<T extends { kind: string; yomi: string; date?: string | undefined }>(
	items: readonly T[],
): { order: Map<T, string>; laterFrom: number } {
	const later = (i: T) => LATER_KINDS.includes(i.kind);
	const places = items.filter((i) => !later(i)).sort((a, b) => compareYomi(a.yomi, b.yomi));
	const rest = items.filter(later).sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || compareYomi(a.yomi, b.yomi));
	const width = String(items.length).length + 1;
	return { order: new Map([...places, ...rest].map((item, n) => [item, String(n).padStart(width, '0')])), laterFrom: places.length };
}

/** A record before its place in the order is known. */
export type Draft = Omit<SearchRecord, 'sort'> & { order: { kind: string; yomi: string; date?: string } };

/** A search record with what the keyword index also needs: the page's reading (places only) and kind. */
export interface SiteRecord extends SearchRecord {
	yomi: string;
	kind: string;
}

/** The records in the site's neutral order, each with its zero-padded place in it. */
export function inNeutralOrder(drafts: readonly Draft[]): SiteRecord[] {
	const { order } = neutralOrder(drafts.map((d) => d.order));
	return drafts
		.map(({ order: o, ...record }) => ({ ...record, sort: { order: order.get(o)! }, yomi: o.yomi, kind: o.kind }))
		.sort((a, b) => a.sort.order.localeCompare(b.sort.order));
}

/**
 * The record of an entry of a kind with no search record of its own (a kind just added to the table): its name or
 * title, reading, summary and body, under its kind's label. Its address is given by the caller (src/lib/urls.ts).
 */
export function plainRecord(
	kind: { label: string; search: { later: boolean } },
	url: string,
	data: Record<string, unknown>,
	body = '',
	date?: string,
): Draft {
	const str = (key: string) => (typeof data[key] === 'string' ? (data[key] as string) : undefined);
	const title = str('name') ?? str('title') ?? '';
	const yomi = str('yomi');
	const summary = str('summary');
	return {
		url,
		title: titleText(title, yomi),
		text: searchableText([kind.label, title, yomi, joinedReading(yomi), summary, markdownToText(body)]),
		meta: { title, kind: kind.label, ...(summary ? { summary } : {}) },
		filters: { 種類: [kind.label] },
		order: { kind: kind.label, yomi: kind.search.later ? '' : (yomi ?? title), ...(date ? { date } : {}) },
	};
}
