/**
 * First screens: for a town too large for a names file, the answer to each everyday word (src/lib/search/
 * synonyms.ts: each group's word as the pages write it, and its reading) is made once at build time and written
 * beside the index (pagefind/first/<hash of its content>.json): how many pages it finds, whether the words were
 * split, and the first screenful of cards. A page opened with such a word (/search/?q=体操, from the header of any
 * page) shows them as soon as that small file comes, instead of after Pagefind's metadata, WebAssembly and
 * fragments (about 245 KB on a slow phone at 10,000 pages: docs/performance.md); Pagefind answers in the
 * background and the page goes on from the same cards (src/scripts/site-search.ts).
 *
 * The answers are the page's own: the built index's pagefind.js, asked from Node through the page's answerQuery
 * (src/lib/search/answer.ts), served from 127.0.0.1 for the moment it takes. They are put in order by every page's
 * place in the neutral order, which the build knows; the page, without a names file, takes each search's own
 * places (orderOf), and both give the same order (tests/search-readings.test.ts asks hundreds of queries both
 * ways), without a sorted search of every word's pages here.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { answerQuery, type Ordering, type SearchIndex } from '../lib/search/answer.ts';
import { planAttempts, type Attempts, type Scored } from '../lib/search/query.ts';
import { WORD_GROUPS } from '../lib/search/synonyms.ts';
import { serve } from '../../scripts/lib/serve-site.ts';
import { nodePagefind } from './node-pagefind.ts';

/** Cards a first screen holds: those a phone shows before scrolling (FIRST_SCREEN in site-search.ts). */
export const FIRST_SCREEN_CARDS = 6;

/** What a result card shows of a page: its address and its fragment's meta (title, kind, when, place, …). */
export interface CardData {
	url: string;
	meta: Record<string, string>;
}

/** A first screen as written: the count, whether the words were split, and the first cards with their page ids. */
export interface FirstScreen {
	count: number;
	loosened: boolean;
	cards: (CardData & { id: string })[];
}

/** The words that get a first screen: each everyday word as the pages write it, and its reading. */
export function firstScreenWords(): string[] {
	return [...new Set(WORD_GROUPS.flatMap((g) => [g.word.text, g.word.yomi].filter((w) => [...w].length >= 2)))];
}

/** A first screen's file in pagefind/first/, named by a hash of what it holds: a new build's answers are new files. */
const fileFor = (json: string) => `first/${createHash('sha256').update(json).digest('hex').slice(0, 12)}.json`;

interface Pagefind extends SearchIndex<Scored> {
	init(): Promise<void>;
}

/** Words answered at once. */
const AT_ONCE = 4;

/** Answers one reading of a word and writes its first screen; its file, or undefined when it finds nothing. */
async function firstScreenOf(
	pagefind: Pagefind,
	attempts: Attempts,
	cards: ReadonlyMap<string, CardData>,
	ordering: Ordering,
	pagefindDir: string,
): Promise<string | undefined> {
	const { results, loosened } = await answerQuery(pagefind, attempts, {}, ordering);
	if (!results.length) return undefined;
	const screen: FirstScreen = {
		count: results.length,
		loosened,
		cards: results.slice(0, FIRST_SCREEN_CARDS).map((r) => ({ id: r.id, ...(cards.get(r.id) ?? { url: '', meta: {} }) })),
	};
	const json = JSON.stringify(screen);
	const file = fileFor(json);
	writeFileSync(join(pagefindDir, file), json);
	return file;
}

/** Where the index is, what each page's card shows, how results are put in order, and the words (all by default). */
export interface FirstScreensJob {
	pagefindDir: string;
	cards: ReadonlyMap<string, CardData>;
	ordering: Ordering;
	words?: readonly string[];
}

/**
 * Answers each word from the index in pagefindDir and writes its first screen; returns word → file (relative to
 * pagefindDir) for the search page, only for words that find something.
 */
export async function writeFirstScreens({
	pagefindDir,
	cards,
	ordering,
	words = firstScreenWords(),
}: FirstScreensJob): Promise<Record<string, string>> {
	const site = await serve(pagefindDir);
	try {
		const pagefind = await nodePagefind<Pagefind>(pagefindDir, `${site.url}/`);
		mkdirSync(join(pagefindDir, 'first'), { recursive: true });
		// Words searched alike (サロン and its reading さろん make the same bigrams) are answered once.
		const answers = new Map<string, Promise<string | undefined>>();
		const answer = (word: string) => {
			const attempts = planAttempts(word);
			if (!attempts.strict.length) return Promise.resolve(undefined);
			const key = JSON.stringify(attempts);
			if (!answers.has(key)) answers.set(key, firstScreenOf(pagefind, attempts, cards, ordering, pagefindDir));
			return answers.get(key)!;
		};
		// A few at a time: each search waits for index chunks from the server as well as working.
		const found: (string | undefined)[] = [];
		for (let at = 0; at < words.length; at += AT_ONCE) found.push(...(await Promise.all(words.slice(at, at + AT_ONCE).map(answer))));
		return Object.fromEntries(words.flatMap((word, i) => (found[i] ? [[word, found[i]]] : [])));
	} finally {
		await site.close();
	}
}

/** Workers that make first screens side by side: the build has two cores and nothing else to do by then. */
const WORKERS = 2;

/**
 * writeFirstScreens in worker threads, the words shared among them: the same files and the same word → file map.
 * The build's own heap is left alone (at 30,000 entries the same work took 90 s in it and 25 s in a fresh one).
 */
export async function writeFirstScreensAside({ words = firstScreenWords(), ...job }: FirstScreensJob): Promise<Record<string, string>> {
	const shares = Array.from({ length: WORKERS }, (_, w) => words.filter((_, i) => i % WORKERS === w));
	const answers = await Promise.all(
		shares.map(
			(share) =>
				new Promise<Record<string, string>>((resolve, reject) => {
					const workerData: FirstScreensJob = { ...job, words: share };
					const worker = new Worker(new URL('./first-screens-worker.ts', import.meta.url), { workerData });
					worker.once('message', resolve);
					worker.once('error', reject);
					worker.once('exit', (code) => reject(new Error(`first screens: a worker stopped (${code})`)));
				}),
		),
	);
	return Object.assign({}, ...answers) as Record<string, string>;
}
