/**
 * Turns the search records into a Pagefind index in dist/pagefind/, starting the moment the records exist
 * (src/lib/search/records-handover.ts) so that Pagefind indexes while Astro makes the pages. Each record's text
 * is indexed as Japanese bigrams encoded as ASCII tokens (src/lib/search/terms.ts), so Pagefind's own CJK
 * handling never touches it and queries made the same way always match.
 * Past PART_PAGES pages it is written in parts, one Pagefind service after another (src/lib/search/parts.ts), so that
 * no service holds more than a part in memory.
 *
 * For a fast first search on a slow phone it also writes, beside the index:
 * - a names file (pagefind/names.<hash>.json): each page's name, address, kind and status by Pagefind's page id,
 *   in the site's neutral order (the page takes each result's place in that order from it), so results show
 *   their names as soon as the index answers, before any fragment loads. Written only while it
 *   stays small (NAMES_LIMIT gzipped); a larger town's results wait for their fragments instead.
 * - into the search page (search/index.html), the index's file names and its chunks' word ranges: the page
 *   preloads them, and the index chunks its query's words are in, the moment it opens with a query
 *   (src/lib/search/preload-script.ts), so the browser's requests run side by side instead of one after another.
 * - without a names file, each everyday word's first screen of results (pagefind/first/, src/integrations/
 *   first-screens.ts), and into the search page which words have one.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { gunzip, gunzipSync, gzip, gzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { LATER_KINDS, type SearchRecord } from '../lib/search/records.ts';
import { awaitSearchRecords } from '../lib/search/records-handover.ts';
import { PART_PAGES, partFolder, partsAttribute, readPartsAttribute, splitIntoParts } from '../lib/search/parts.ts';
import { TITLE_SUFFIX, toIndexText } from '../lib/search/terms.ts';
import { writeFirstScreensAside, type CardData } from './first-screens.ts';
import { withModulePreloads } from './module-preloads.ts';

/**
 * The index language. Its primary subtag must not be ja, zh or th: for those, Pagefind segments the text at
 * index time (Lindera) and the query in the browser (Intl.Segmenter), and both would split our bigrams again.
 * "und" (undetermined) with a private-use tag is neither stemmed nor segmented; a page in lang="ja" still
 * loads it, as the site's only index.
 */
export const SEARCH_LANGUAGE = 'und-x-jabigram';

/**
 * The names file is written while it is at most this size gzipped (about 1,500 pages). SASAEAI_NAMES_FILE=never
 * leaves it out of any town: the tests build a small town as a large one is built.
 */
export const NAMES_LIMIT = 48 * 1024;

/** Files Pagefind writes for its own ready-made search interfaces, which the site never loads. */
export const UNUSED_FILES = [
	'pagefind-ui.js',
	'pagefind-ui.css',
	'pagefind-modular-ui.js',
	'pagefind-modular-ui.css',
	'pagefind-component-ui.js',
	'pagefind-component-ui.css',
	'pagefind-highlight.js',
] as const;

/** Placeholders in src/pages/search.astro, filled in here once the index exists. */
export const PLACEHOLDERS = {
	meta: '@@search-meta@@',
	wasm: '@@search-wasm@@',
	names: '@@search-names@@',
	later: '@@search-later@@',
	laterIds: '@@search-later-ids@@',
	chunks: '@@search-chunks@@',
	firstScreens: '@@search-first@@',
	parts: '@@search-parts@@',
} as const;

/** Pagefind's files are gzip around a 12-byte signature ("pagefind_dcd") and the content. */
const SIGNATURE_BYTES = 12;

const gunzipAsync = promisify(gunzip);
const gzipAsync = promisify(gzip);

/** The little CBOR that Pagefind's metadata file uses (unsigned and negative integers, bytes, text, arrays, maps). */
export function decodeCbor(bytes: Uint8Array): unknown {
	let at = 0;
	const argument = (info: number): number => {
		if (info < 24) return info;
		const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : 8;
		let value = 0;
		for (let k = 0; k < size; k++) value = value * 256 + bytes[at++]!;
		return value;
	};
	const item = (): unknown => {
		const head = bytes[at++]!;
		const major = head >> 5;
		const info = head & 31;
		if (major === 7) return info === 20 ? false : info === 21 ? true : null;
		const n = argument(info);
		if (major === 0) return n;
		if (major === 1) return -1 - n;
		if (major === 2 || major === 3) {
			const slice = bytes.subarray(at, at + n);
			at += n;
			return major === 2 ? slice : new TextDecoder().decode(slice);
		}
		if (major === 4) return Array.from({ length: n }, item);
		if (major === 5) return Object.fromEntries(Array.from({ length: n }, () => [String(item()), item()]));
		throw new Error(`Pagefind metadata: unexpected CBOR type ${major}`);
	};
	return item();
}

/**
 * The index chunks (first word, last word, file) from Pagefind's metadata file: the search page finds the chunk
 * a query's words are in and asks for it while Pagefind itself is still loading.
 */
export function indexChunks(metaFile: string): [string, string, string][] {
	const meta = decodeCbor(gunzipSync(readFileSync(metaFile)).subarray(SIGNATURE_BYTES)) as unknown[];
	const chunks = meta[2] as unknown[];
	if (!Array.isArray(chunks) || !chunks.every((c) => Array.isArray(c) && c.length === 3 && c.every((x) => typeof x === 'string'))) {
		throw new Error('Pagefind metadata: index chunks not found (has its format changed?)');
	}
	return chunks as [string, string, string][];
}

/** A page's fragment as Pagefind writes it. */
interface Fragment {
	url: string;
	content: string;
	meta: Record<string, string>;
}
/** A page in the names file: [name, address, kind, status?]. */
const cardOf = (fragment: CardData): string[] => [
	fragment.meta['title'] ?? fragment.url,
	fragment.url,
	fragment.meta['kind'] ?? '',
	...(fragment.meta['status'] ? [fragment.meta['status']] : []),
];

/**
 * Past this many pages, Pagefind bundles the pages' fragments into this many shared files (its `maxFragments`)
 * instead of one file per page: a town of 10,000 entries would otherwise publish 10,000 fragment files, half of
 * what a static host such as Cloudflare Pages takes in all (docs/performance.md). Our fragments are a few hundred
 * bytes (their text is emptied below), so a result that loads a bundle of a few pages costs little more.
 */
export const FRAGMENT_FILES = 2000;

/** Records sent to Pagefind's service before their replies come. */
const ADDING_AT_ONCE = 64;

/** Fragment files slimmed at once. */
const SLIM_BATCH = 64;

/**
 * Reads every fragment once: returns page id → its address and meta (what a result card shows) for every indexed page,
 * and writes each fragment back without its `content`. Pagefind keeps a page's whole indexed text in its fragment for
 * excerpts; ours is the encoded bigrams, which no result ever shows (results show metadata: src/scripts/site-search.ts
 * reads url and meta only). Matching uses the index chunks, which stay as Pagefind wrote them, so the search finds
 * exactly what it found before, from an index about a third of the size (the fragments had been three quarters of it:
 * docs/performance.md). A fragment file holds one page, or (past FRAGMENT_FILES pages) a bundle of pages keyed by their
 * ids.
 */
export async function slimFragments(pagefindDir: string): Promise<Map<string, CardData>> {
	const cards = new Map<string, CardData>();
	const slim = async (file: string) => {
		const path = join(pagefindDir, 'fragment', file);
		const raw = await gunzipAsync(await readFile(path));
		const parsed = JSON.parse(raw.subarray(SIGNATURE_BYTES).toString('utf8')) as Fragment | Record<string, Fragment>;
		const pages: [string, Fragment][] =
			typeof parsed['url'] === 'string'
				? [[file.replace(/\.pf_fragment$/, ''), parsed as Fragment]]
				: Object.entries(parsed as Record<string, Fragment>);
		for (const [id, fragment] of pages) {
			cards.set(id, { url: fragment.url, meta: fragment.meta });
			fragment.content = '';
		}
		await writeFile(path, await gzipAsync(Buffer.concat([raw.subarray(0, SIGNATURE_BYTES), Buffer.from(JSON.stringify(parsed))])));
	};
	// Some files at a time, read, unpacked and packed off the main thread: during a build the pages are being made
	// on it (a town's 2,000 fragment files at once would also run out of open files).
	const files = await readdir(join(pagefindDir, 'fragment'));
	for (let at = 0; at < files.length; at += SLIM_BATCH) await Promise.all(files.slice(at, at + SLIM_BATCH).map(slim));
	return cards;
}

/** What the search page needs to know of the index once it is written (filled into its placeholders). */
export interface WrittenIndex {
	pages: number;
	metaHash: string;
	wasm: string;
	/** The parts after the first with their metadata's tags (partsAttribute: src/lib/search/parts.ts); '' for one. */
	parts: string;
	/** The names file's name, or '' when it would be too large. */
	namesFile: string;
	namesGz: number;
	/** The index chunks' word ranges, as JSON: [first word, last word, file from pagefind/ without .pf_index]. */
	chunks: string;
	/** How many pages come before the later kinds (local issues, meeting reports). */
	laterFrom: number;
	/** The ends of the later kinds' page ids. */
	laterIds: string;
	/** Everyday word → its first screen's file (src/integrations/first-screens.ts), as JSON; {} when none were made. */
	firstScreens: string;
	/** How many words have one, and the seconds it took to make them. */
	firstScreenWords: number;
	firstScreensSeconds: number;
}

/**
 * Whether to write first screens: by default only without a names file (a town of more than about 1,500 pages,
 * where the first search waits for Pagefind's metadata and fragments); SASAEAI_FIRST_SCREENS=always or never
 * decides for any town (the tests make them for a small one).
 */
export function wantFirstScreens(namesFile: string, setting = process.env['SASAEAI_FIRST_SCREENS']): boolean {
	if (setting === 'always') return true;
	if (setting === 'never') return false;
	return namesFile === '';
}

/** Pagefind's files a part after the first needs no copy of: the search page loads them from the first part. */
const FIRST_PART_ONLY = ['pagefind.js', 'pagefind-worker.js'] as const;

/** A part of the index as written: its folder inside pagefindDir ('' for the first) and its metadata's tag. */
interface WrittenPart {
	folder: string;
	metaHash: string;
	wasm: string;
	/** Its index chunks' word ranges, each file as a path from pagefindDir without its extension. */
	chunks: [string, string, string][];
}

/**
 * Writes one part of the index (all of it, for a town under PART_PAGES) into `folder` of pagefindDir ('' for the
 * first) with a Pagefind service of its own, closed once the part is written: the memory it took is the system's
 * again before the next part starts.
 */
async function writePart(records: readonly SearchRecord[], pagefindDir: string, folder: string, parts: number): Promise<WrittenPart> {
	const dir = join(pagefindDir, folder);
	const pagefind = await import('pagefind');
	const { index, errors } = await pagefind.createIndex({ maxFragments: Math.ceil(FRAGMENT_FILES / parts) });
	if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	// ADDING_AT_ONCE records on their way at any moment: the service always has the next one to take (one at a
	// time cost 0.8 s at 1,000 pages in round trips), and the build does not hold every record's message at once
	// while it makes the pages (all at once, about 200 MB of encoded messages at 30,000 pages). The same index,
	// file for file.
	let next = 0;
	const adding = async () => {
		for (let at = next++; at < records.length; at = next++) {
			const r = records[at]!;
			const added = await index.addCustomRecord({
				url: r.url,
				content: `${toIndexText(r.text)} ${toIndexText(r.title, TITLE_SUFFIX)}`,
				language: SEARCH_LANGUAGE,
				meta: r.meta,
				filters: r.filters,
				sort: r.sort,
			});
			if (added.errors.length) throw new Error(`Pagefind refused ${r.url}: ${added.errors.join('; ')}`);
		}
	};
	await Promise.all(Array.from({ length: ADDING_AT_ONCE }, adding));
	const written = await index.writeFiles({ outputPath: dir });
	if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
	await pagefind.close();
	// Pagefind's ready-made interfaces: the search page has its own (src/scripts/site-search.ts).
	for (const file of [...UNUSED_FILES, ...(folder ? FIRST_PART_ONLY : [])]) rmSync(join(dir, file), { force: true });
	const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as {
		languages: Record<string, { hash: string; wasm: string | null }>;
	};
	const language = entry.languages[SEARCH_LANGUAGE]!;
	const wasm = `wasm.${language.wasm ?? 'unknown'}.pagefind`;
	// A later part is merged into the first, whose WebAssembly it shares.
	if (folder) rmSync(join(dir, wasm), { force: true });
	return {
		folder,
		metaHash: language.hash,
		wasm,
		chunks: indexChunks(join(dir, `pagefind.${language.hash}.pf_meta`)).map(([from, to, file]) => [from, to, `${folder}index/${file}`]),
	};
}

/** Pages per part of the index: PART_PAGES, or SASAEAI_SEARCH_PART_PAGES (the tests split a small town with it). */
export function pagesPerPart(setting = process.env['SASAEAI_SEARCH_PART_PAGES']): number {
	const n = Number(setting);
	return setting && Number.isInteger(n) && n > 0 ? n : PART_PAGES;
}

/**
 * Writes the Pagefind index of the records into pagefindDir (in parts past PART_PAGES pages: src/lib/search/parts.ts),
 * slims its fragments and writes the names file.
 * Started the moment the records exist, while Astro is still making pages: Pagefind's service indexes in its own
 * process, so on two cores the index costs the build little more than the making of the pages.
 */
export async function writeSearchIndex(records: SearchRecord[], pagefindDir: string): Promise<WrittenIndex> {
	const split = splitIntoParts(records, pagesPerPart());
	const parts: WrittenPart[] = [];
	for (const [i, part] of split.entries()) parts.push(await writePart(part, pagefindDir, i ? partFolder(i + 1) : '', split.length));
	const first = parts[0]!;
	// In the site's neutral order (the records' order): the search page reads each page's place in it from
	// the names file instead of asking Pagefind for every page at once.
	const place = new Map(records.map((r, i) => [r.url, i]));
	const cards = new Map<string, CardData>();
	for (const part of parts) for (const [id, card] of await slimFragments(join(pagefindDir, part.folder))) cards.set(id, card);
	const byOrder = [...cards]
		.map(([id, card]) => [id, cardOf(card)] as const)
		.sort(([, a], [, b]) => (place.get(a[1]!) ?? Infinity) - (place.get(b[1]!) ?? Infinity));
	const names = JSON.stringify(Object.fromEntries(byOrder));
	const namesGz = gzipSync(names).length;
	let namesFile = '';
	if (namesGz <= NAMES_LIMIT && process.env['SASAEAI_NAMES_FILE'] !== 'never') {
		namesFile = `names.${createHash('sha256').update(names).digest('hex').slice(0, 12)}.json`;
		writeFileSync(join(pagefindDir, namesFile), names);
	}
	// Without a names file, the search page learns which pages are local issues and meeting reports from
	// the end of their ids (a few bytes each; every page's place would cost a slow phone seconds). Written
	// with one too, so that the tests compare both ways of ordering on the same site.
	const laterIds = byOrder.filter(([, card]) => LATER_KINDS.includes(card[2]!)).map(([id]) => id.slice(id.lastIndexOf('_') + 1));
	const laterFrom = records.filter((r) => !LATER_KINDS.includes(r.meta['kind']!)).length;
	const started = performance.now();
	const firstScreens = wantFirstScreens(namesFile)
		? await writeFirstScreensAside({
				pagefindDir,
				cards,
				ordering: { order: { position: new Map(byOrder.map(([id], i) => [id, i])), laterFrom }, laterIds: new Set(laterIds) },
			})
		: {};
	const firstScreensSeconds = (performance.now() - started) / 1000;
	return {
		pages: records.length,
		metaHash: first.metaHash,
		wasm: first.wasm,
		parts: partsAttribute(parts.slice(1).map((p) => ({ folder: p.folder, tag: p.metaHash }))),
		namesFile,
		namesGz,
		chunks: JSON.stringify(parts.flatMap((p) => p.chunks)),
		laterFrom,
		laterIds: laterIds.join(' '),
		firstScreens: JSON.stringify(firstScreens),
		firstScreenWords: Object.keys(firstScreens).length,
		firstScreensSeconds,
	};
}

/** Fills the search page's placeholders with what it needs to know of the index, and preloads its own script. */
function completeSearchPage(out: string, written: WrittenIndex): void {
	const searchPage = join(out, 'search', 'index.html');
	const html = readFileSync(searchPage, 'utf8');
	// The page's own script and its imports, asked for beside Pagefind's files instead of after the stylesheet.
	const script = (href: string) => {
		const file = /\/_astro\/([\w.-]+\.js)$/.exec(href)?.[1];
		return file && existsSync(join(out, '_astro', file)) ? readFileSync(join(out, '_astro', file), 'utf8') : undefined;
	};
	writeFileSync(
		searchPage,
		withModulePreloads(html, script)
			.replaceAll(PLACEHOLDERS.meta, written.metaHash)
			.replaceAll(PLACEHOLDERS.wasm, written.wasm)
			.replaceAll(PLACEHOLDERS.names, written.namesFile)
			.replaceAll(PLACEHOLDERS.parts, written.parts)
			.replaceAll(PLACEHOLDERS.later, String(written.laterFrom))
			.replaceAll(PLACEHOLDERS.laterIds, written.laterIds)
			.replaceAll(PLACEHOLDERS.chunks, () => written.chunks.replace(/</g, '\\u003c'))
			.replaceAll(PLACEHOLDERS.firstScreens, () => written.firstScreens.replace(/</g, '\\u003c')),
	);
}

export default function searchIndex(): AstroIntegration {
	let outDir = '';
	let writing: Promise<WrittenIndex> | undefined;
	let stopWaiting = () => {};
	return {
		name: 'sasaeai-search-index',
		hooks: {
			'astro:config:done': ({ config }) => {
				outDir = fileURLToPath(config.outDir);
			},
			'astro:build:start': () => {
				writing = undefined;
				stopWaiting = awaitSearchRecords((records) => {
					writing ??= writeSearchIndex(records, join(outDir, 'pagefind'));
					// Awaited when the pages are made; until then a failure must not count as unhandled.
					writing.catch(() => {});
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				stopWaiting();
				if (!writing) throw new Error('The search records never reached the search index (src/lib/search/records-handover.ts)');
				const written = await writing;
				completeSearchPage(fileURLToPath(dir), written);
				logger.info(
					`search index: ${written.pages} pages${written.parts ? ` in ${readPartsAttribute(written.parts).length + 1} parts` : ''}${written.namesFile ? `, names ${(written.namesGz / 1024).toFixed(1)} KB gzipped` : ` (names file left out: ${(written.namesGz / 1024).toFixed(0)} KB gzipped)`}` +
						(written.firstScreenWords
							? `; first screens for ${written.firstScreenWords} everyday words (${written.firstScreensSeconds.toFixed(1)} s)`
							: ''),
				);
			},
		},
	};
}
