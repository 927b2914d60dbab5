import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { MOST_CHUNKS, SEARCH_PRELOAD_SCRIPT } from './preload-script.ts';
import { SEPARATORS, strictWords } from './phrasing.ts';
import { chunksFor, planQuery, searchedWord } from './query.ts';
import { WORD_GROUPS } from './synonyms.ts';
import { toIndexText, TITLE_SUFFIX } from './terms.ts';

/**
 * Index chunks as Pagefind cuts them: the sorted tokens of some pages in runs of `size`, each [first, last, file],
 * every third range's last word cut short to a prefix (Pagefind does so when it keeps the range unambiguous).
 */
function chunksOf(texts: string[], size: number): [string, string, string][] {
	const tokens = [...new Set(texts.flatMap((t) => [...toIndexText(t).split(' '), ...toIndexText(t, TITLE_SUFFIX).split(' ')]))]
		.filter(Boolean)
		.sort();
	const chunks: [string, string, string][] = [];
	for (let i = 0, n = 0; i < tokens.length; i += size, n++) {
		const run = tokens.slice(i, i + size);
		const last = run.at(-1)!;
		chunks.push([
			run[0]!,
			n % 3 === 2 && last.length > 4 ? last.slice(0, 4) : last,
			`index/und-x-jabigram_${n.toString(16).padStart(7, '0')}`,
		]);
	}
	return chunks;
}

/** What the script asks for on /search/?q=…: every link it adds to <head>. */
function preloaded(
	search: string,
	chunks: unknown,
	files = '/base/pagefind/ META wasm.abc.pagefind names.x.json',
	focus: { target: { closest?: (selector: string) => unknown } }[] = [],
	firstScreens = '{}',
	beforeLoaded: string[] = [],
): string[] {
	const links: { rel: string; href: string; as?: string; crossOrigin?: string }[] = [];
	const listeners: ((event: { target: { closest?: (selector: string) => unknown } }) => void)[] = [];
	const loaded: (() => void)[] = [];
	const document = {
		addEventListener: (type: string, listener: (typeof listeners)[number]) =>
			type === 'focusin' ? listeners.push(listener) : type === 'DOMContentLoaded' && loaded.push(listener as () => void),
		removeEventListener: (_: string, listener: (typeof listeners)[number]) => listeners.splice(listeners.indexOf(listener), 1),
		querySelector: (selector: string) =>
			selector === 'meta[name="search-files"]'
				? { content: files }
				: selector === 'script[data-search-chunks]'
					? { textContent: typeof chunks === 'string' ? chunks : JSON.stringify(chunks) }
					: selector === 'script[data-search-first]'
						? { textContent: firstScreens }
						: null,
		createElement: () => ({}),
		head: { appendChild: (link: (typeof links)[number]) => links.push(link) },
	};
	runInNewContext(SEARCH_PRELOAD_SCRIPT, { document, location: { search }, URLSearchParams });
	beforeLoaded.push(...links.map((l) => `${l.rel} ${l.href}`));
	for (const listener of loaded) listener();
	for (const event of focus) for (const listener of [...listeners]) listener(event);
	for (const link of links) if (link.rel === 'preload') expect([link.as, link.crossOrigin]).toEqual(['fetch', 'anonymous']);
	return links.map((l) => `${l.rel} ${l.href}`);
}
const chunkFiles = (links: string[]) =>
	links.filter((l) => l.includes('/index/')).map((l) => l.replace(/^preload \/base\/pagefind\/(.*)\.pf_index$/, '$1'));
const atQuery = (q: string, chunks: [string, string, string][]) => chunkFiles(preloaded(`?q=${encodeURIComponent(q)}`, chunks));

const PAGES = [
	...WORD_GROUPS.flatMap((g) => [g.word.text, ...g.forms.map((f) => f.text)]),
	'青葉台 いきいき百歳体操 ラジオ体操の会 グラウンド・ゴルフ NPO法人 Wi-Fi カフェ 配食サービス 見守り 新幹線',
];
const CHUNKS = chunksOf(PAGES, 40);

describe("the search page's first script", () => {
	test('asks for Pagefind, its entry, metadata, WebAssembly and names file at once', () => {
		expect(preloaded('?q=x', CHUNKS).slice(0, 5)).toEqual([
			'modulepreload /base/pagefind/pagefind.js',
			'preload /base/pagefind/pagefind-entry.json?ts=META',
			'preload /base/pagefind/pagefind.META.pf_meta',
			'preload /base/pagefind/wasm.abc.pagefind',
			'preload /base/pagefind/names.x.json',
		]);
	});
	test('without a query, asks for the files (no chunk) when the search box is first touched, not before', () => {
		const files = '/base/pagefind/ META wasm.abc.pagefind names.x.json';
		const inSearch = { target: { closest: (selector: string) => (selector === 'site-search' ? {} : null) } };
		const elsewhere = { target: { closest: () => null } };
		expect(preloaded('', CHUNKS)).toEqual([]);
		expect(preloaded('', CHUNKS, files, [elsewhere])).toEqual([]);
		expect(preloaded('', CHUNKS, files, [elsewhere, inSearch, inSearch])).toEqual(preloaded('?q=x', CHUNKS).slice(0, 5));
	});
	test('asks for nothing before the build has filled in the files', () => {
		expect(preloaded('?q=体操', CHUNKS, '/base/pagefind/ @@search-meta@@ @@search-wasm@@ @@search-names@@')).toEqual([]);
	});
	test('without the ranges (or with the placeholder still there) it asks for the files and no chunk', () => {
		expect(chunkFiles(preloaded('?q=体操', '@@search-chunks@@'))).toEqual([]);
		expect(preloaded('?q=体操', '@@search-chunks@@')).toHaveLength(5);
	});

	// Every everyday word, and queries as residents type them: the same chunks as the page's own planner.
	const typed = [
		'いご',
		'かじ',
		'体操',
		'ラジオ体操',
		'グラウンド ゴルフ',
		'ｻﾛﾝ',
		'ＮＰＯ',
		'wi-fi',
		'配食',
		'見守り 青葉台',
		'新幹線',
		'カフェ',
		'x',
	];
	const words = [...new Set([...typed, ...WORD_GROUPS.flatMap((g) => g.forms.map((f) => f.text))])].filter(
		// What the script leaves to the planner: numbers that count something, two or three kana read as a known word.
		(q) => !/[〇零一二三四五六七八九十百千万]/.test(q) && searchedWord(q) === q,
	);
	test(`asks for the index chunks the planner would (${words.length} words), or more where the planner drops an ending`, () => {
		const asPlanned = words.filter((q) => {
			const planned = chunksFor(planQuery(q), CHUNKS);
			if (planned.length > MOST_CHUNKS) return true;
			const asked = atQuery(q, CHUNKS);
			// 役に立ちたい is searched as 役に立ち: the script, which keeps the ending, may ask for a chunk more.
			const dropped = strictWords(q).join(' ') !== q.normalize('NFKC').split(SEPARATORS).filter(Boolean).join(' ');
			return dropped ? planned.every((c) => asked.includes(c)) : JSON.stringify([...asked].sort()) === JSON.stringify([...planned].sort());
		});
		expect(words.filter((q) => !asPlanned.includes(q))).toEqual([]);
		expect(atQuery('体操', CHUNKS).length).toBeGreaterThan(0);
	});
	test(`asks for at most ${MOST_CHUNKS} chunks`, () => {
		const long = WORD_GROUPS.map((g) => g.word.text)
			.filter((w) => !/[〇零一二三四五六七八九十百千万]/.test(w))
			.slice(0, 40)
			.join(' ');
		expect(chunksFor(planQuery(long), CHUNKS).length).toBeGreaterThan(MOST_CHUNKS);
		expect(atQuery(long, CHUNKS)).toHaveLength(MOST_CHUNKS);
	});
	test("a large town's later parts of the index: each part's entry and metadata, and its chunks where it keeps them", () => {
		const parted = CHUNKS.flatMap(([from, to, file]) => [[from, to, file] as const, [from, to, `part-2/${file}`] as const]);
		const links = preloaded(
			`?q=${encodeURIComponent('体操')}`,
			parted,
			'/base/pagefind/ META wasm.abc.pagefind  part-2/:TAG2 part-3/:TAG3',
		);
		expect(links).toEqual(
			expect.arrayContaining([
				'preload /base/pagefind/part-2/pagefind-entry.json?ts=TAG2',
				'preload /base/pagefind/part-2/pagefind.TAG2.pf_meta',
				'preload /base/pagefind/part-3/pagefind-entry.json?ts=TAG3',
				'preload /base/pagefind/part-3/pagefind.TAG3.pf_meta',
			]),
		);
		const asked = chunkFiles(links);
		expect(asked.filter((f) => f.startsWith('part-2/index/'))).toHaveLength(asked.length / 2);
		expect(asked.map((f) => f.replace(/^part-2\//, ''))).toEqual(expect.arrayContaining(atQuery('体操', CHUNKS)));
		expect(links.filter((l) => l.includes('undefined') || l.includes('@@'))).toEqual([]);
	});
	test('leaves numbers that count something to the planner (百歳 is searched as 100歳)', () => {
		expect(atQuery('百歳体操', CHUNKS)).toEqual([]);
	});
});

describe('an everyday word with a first screen (a large town: src/integrations/first-screens.ts)', () => {
	const screens = JSON.stringify({ 体操: 'first/0123456789ab.json' });
	const firstLinks = (search: string, json = screens) =>
		preloaded(search, CHUNKS, undefined, [], json).filter((l) => l.includes('/first/'));
	test('opened with the word alone, its first screen is asked for, alone until the page has run its script', () => {
		const before: string[] = [];
		const all = preloaded(`?q=${encodeURIComponent('体操')}`, CHUNKS, undefined, [], screens, before);
		expect(before).toEqual(['preload /base/pagefind/first/0123456789ab.json']);
		expect(all).toEqual(
			expect.arrayContaining(['modulepreload /base/pagefind/pagefind.js', 'preload /base/pagefind/pagefind.META.pf_meta']),
		);
		expect(all.filter((l) => l.includes('/index/')).length).toBeGreaterThan(0);
		expect(firstLinks(`?q=${encodeURIComponent(' 体操 ')}`)).toEqual(['preload /base/pagefind/first/0123456789ab.json']);
	});
	test('not with a filter, not for another word, not when the page has none (a placeholder or {}): Pagefind at once', () => {
		const before: string[] = [];
		preloaded(`?q=${encodeURIComponent('体操教室')}`, CHUNKS, undefined, [], screens, before);
		expect(before).toContain('modulepreload /base/pagefind/pagefind.js');
		expect(firstLinks(`?q=${encodeURIComponent('体操')}&${encodeURIComponent('曜日')}=${encodeURIComponent('月')}`)).toEqual([]);
		expect(firstLinks(`?q=${encodeURIComponent('体操教室')}`)).toEqual([]);
		expect(firstLinks(`?q=${encodeURIComponent('体操')}`, '@@search-first@@')).toEqual([]);
		expect(firstLinks(`?q=${encodeURIComponent('体操')}`, '{}')).toEqual([]);
	});
	test('the chunks of the word are still asked for beside it', () => {
		expect(chunkFiles(preloaded(`?q=${encodeURIComponent('体操')}`, CHUNKS, undefined, [], screens)).length).toBeGreaterThan(0);
	});
});
