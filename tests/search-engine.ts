/**
 * The site's search without a browser, for the tests that ask hundreds of questions: the built site's own
 * Pagefind (its pagefind.js and WebAssembly, run in Node against the built index, served on 127.0.0.1) asked
 * through the search page's own answerQuery (src/lib/search/answer.ts: the words as typed, then the looser
 * readings, put in order by src/lib/search/query.ts), and each result named from the names file, as the page names
 * its cards (from their fragments in a town without one). A search takes milliseconds instead of a page load in
 * Chromium.
 *
 * tests/search.test.ts compares this with the page in Chromium on a sample of queries, so the two cannot drift
 * apart unnoticed; what only a browser shows (loading, retries, the form, filters) stays in the browser tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { laterPartFolders, nodePagefind } from '../src/integrations/node-pagefind.ts';
import { answerQuery, type Ordering } from '../src/lib/search/answer.ts';
import { partedIndex } from '../src/lib/search/parts.ts';
import { planAttempts } from '../src/lib/search/query.ts';
import { serve } from '../scripts/lib/serve-site.ts';

interface PagefindResult {
	id: string;
	score: number;
	data(): Promise<{ meta: Record<string, string> }>;
}
interface Pagefind {
	init(): Promise<void>;
	search(term: string | null, options?: object): Promise<{ results: PagefindResult[] }>;
	destroy?(): Promise<void>;
}

export interface Answer {
	/** The result cards' names, in the order the page lists them. */
	titles: string[];
	/** The page's status line: 「N件 見つかりました。」 or 「見つかりませんでした。…」. */
	status: string;
}

export interface SearchEngine {
	search(query: string): Promise<Answer>;
	close(): Promise<void>;
}

/** An attribute of the search page's <site-search> element, as the build filled it in. */
function attribute(html: string, name: string): string {
	const value = html.match(new RegExp(`<site-search[^>]*\\s${name}="([^"]*)"`))?.[1];
	if (value === undefined) throw new Error(`search/index.html: <site-search> has no ${name}`);
	return value
		.replace(/&quot;/g, '"')
		.replace(/&lt;/g, '<')
		.replace(/&amp;/g, '&');
}

/**
 * The search of a built site in `dist`, published under `base`. `perSearchOrder`: put results in order as the page
 * does in a town too large for a names file (each search sorts its first word's pages; src/lib/search/query.ts
 * orderOf), instead of by the names file's order of every page.
 */
export async function searchEngine(dist: string, base = '/', { perSearchOrder = false } = {}): Promise<SearchEngine> {
	const page = readFileSync(join(dist, 'search/index.html'), 'utf8');
	// A large town has no names file: each result is named from its fragment, as the page names it.
	const namesFile = attribute(page, 'data-names');
	const names = namesFile
		? (JSON.parse(readFileSync(join(dist, 'pagefind', namesFile), 'utf8')) as Record<string, [string, ...string[]]>)
		: undefined;
	const laterFrom = Number(attribute(page, 'data-later'));
	const laterIds = new Set(attribute(page, 'data-later-ids').split(' ').filter(Boolean));
	const server = await serve(dist, base);
	const pagefind = await nodePagefind<Pagefind>(join(dist, 'pagefind'), `${server.url}/pagefind/`);
	// Asked as the page asks it: a sorted search part by part (src/lib/search/parts.ts).
	const index = partedIndex(pagefind, laterPartFolders(join(dist, 'pagefind')).length + 1);
	// The names file's order (every page's place), or (perSearchOrder) each search's own, as a large town's page has it.
	const everyPage = perSearchOrder ? undefined : (await index.search(null, { sort: { order: 'asc' } })).results;
	const ordering: Ordering = { order: everyPage && { position: new Map(everyPage.map((r, i) => [r.id, i])), laterFrom }, laterIds };

	async function search(query: string): Promise<Answer> {
		const attempts = planAttempts(query.trim());
		if (!attempts.strict.length) throw new Error(`「${query}」 has no word to search for`);
		const { results, loosened } = await answerQuery(index, attempts, {}, ordering);
		const titles = await Promise.all(
			results.map(async (r) => (names ? names[r.id]?.[0] : (await r.data()).meta['title']) ?? `(no name for ${r.id})`),
		);
		const status = results.length
			? `${results.length}件 見つかりました。${loosened ? 'ことばを分けてさがしました。' : ''}`
			: '見つかりませんでした。ことばを短くするか、ひらがなで入れてみてください。下の「ことばの索引」からも探せます。';
		return { titles, status };
	}

	return { search, close: () => server.close() };
}
