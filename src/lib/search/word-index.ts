/**
 * The keyword index (/words/): the search without JavaScript. Every place's name under its reading, and every
 * everyday word of src/lib/search/synonyms.ts under its reading, each leading to the pages it finds, in 五十音順
 * and grouped by the rows of the kana table (あ か さ た な は ま や ら わ). A resident who typed 体操, たいそう
 * or 草むしり finds the word under た or く and, from it, the places: the same pages the search finds, because
 * a word leads to the pages whose search text holds it.
 *
 * Pure (no content reading): src/pages/words/ gives it the site's search records.
 */
import { groupScanner, WORD_GROUPS, type WordGroup } from './synonyms.ts';
import { compareYomi } from '../ordering.ts';
import { LATER_KINDS } from './records.ts';
import { foldKana, normalizeForSearch } from './terms.ts';

export interface KanaRow {
	/** For addresses: /words/ka/. */
	id: string;
	/** あ, か … */
	label: string;
	/** The kana of the row. */
	kana: string;
}

export const KANA_ROWS: readonly KanaRow[] = [
	{ id: 'a', label: 'あ', kana: 'あいうえお' },
	{ id: 'ka', label: 'か', kana: 'かきくけこ' },
	{ id: 'sa', label: 'さ', kana: 'さしすせそ' },
	{ id: 'ta', label: 'た', kana: 'たちつてと' },
	{ id: 'na', label: 'な', kana: 'なにぬねの' },
	{ id: 'ha', label: 'は', kana: 'はひふへほ' },
	{ id: 'ma', label: 'ま', kana: 'まみむめも' },
	{ id: 'ya', label: 'や', kana: 'やゆよ' },
	{ id: 'ra', label: 'ら', kana: 'らりるれろ' },
	{ id: 'wa', label: 'わ', kana: 'わをん' },
	{ id: 'others', label: '英数', kana: '' },
];

/** Voiced, half-voiced and small kana under the kana they are listed with (が → か, ぱ → は, っ → つ). */
const PLAIN = new Map(
	'ぁあ ぃい ぅう ぇえ ぉお ゔう がか ぎき ぐく げけ ごこ ゕか ゖけ ざさ じし ずす ぜせ ぞそ だた ぢち づつ でて どと っつ ばは びひ ぶふ べへ ぼほ ぱは ぴひ ぷふ ぺへ ぽほ ゃや ゅゆ ょよ ゎわ ゐい ゑえ'
		.split(' ')
		.map((pair) => [pair[0]!, pair[1]!]),
);

/** Which kana a reading starts under (が → か, ぁ → あ), or '' for a digit, a letter or anything else. */
export function headKana(yomi: string): string {
	const first = foldKana(yomi.normalize('NFKC').trim())[0] ?? '';
	const plain = PLAIN.get(first) ?? first;
	return KANA_ROWS.some((r) => r.kana.includes(plain)) ? plain : '';
}

/** The row a reading belongs to: 'ta' for たいそう and だんち, 'others' for 119. */
export function rowOf(yomi: string): string {
	const head = headKana(yomi);
	return KANA_ROWS.find((r) => head && r.kana.includes(head))?.id ?? 'others';
}

/** A page the index can lead to (a search record). */
export interface IndexedPage {
	title: string;
	url: string;
	kind: string;
	/** The page's reading: places only; a page without one is not listed by its name. */
	yomi: string;
	/** Its search text, everyday words included (src/lib/search/records.ts). */
	text: string;
}
export interface IndexLink {
	title: string;
	url: string;
	kind: string;
}
export interface IndexEntry {
	/** Anchor: stable for the same word. */
	id: string;
	/** The word as written (several writings of one reading: ゴミ出し・ごみ出し). */
	words: string[];
	yomi: string;
	/** A place's own name: the entry is the link. */
	name?: IndexLink;
	/** Another way to say a word listed elsewhere: leads there. */
	see?: { word: string; row: string; id: string };
	/** The pages the word leads to, at most PER_WORD. */
	pages: IndexLink[];
	/** How many more pages the word finds than are listed. */
	more: number;
	/** Those more pages, in the same order: the word's full list (/words/all/<id>/) shows them. */
	rest?: IndexLink[];
}
export interface IndexRow extends KanaRow {
	entries: IndexEntry[];
	/** The first entry under each kana of the row that has any. */
	heads: { kana: string; id: string }[];
}

/** A word lists at most this many pages (its names first); the search shows the rest. */
export const PER_WORD = 12;
/** Up to this many entries the index is one page; beyond it, one page per row. */
export const SINGLE_PAGE_ENTRIES = 150;

/** A short stable anchor for a word (FNV-1a, base 36). */
export function anchorOf(key: string): string {
	let h = 0x811c9dc5;
	for (const c of key) {
		h ^= c.codePointAt(0)!;
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return `w-${h.toString(36)}`;
}

const isLater = (p: IndexedPage) => LATER_KINDS.includes(p.kind);

/**
 * Orders a word's pages: places whose name holds the word first, then other places, both in 五十音順, then
 * local issues and meeting reports (in the given order, newest first).
 */
function orderPages(pages: IndexedPage[], inName: (p: IndexedPage) => boolean): IndexedPage[] {
	const places = pages.filter((p) => !isLater(p));
	const named = places.filter(inName).sort((a, b) => compareYomi(a.yomi, b.yomi));
	const other = places.filter((p) => !inName(p)).sort((a, b) => compareYomi(a.yomi, b.yomi));
	return [...named, ...other, ...pages.filter(isLater)];
}

const link = (p: IndexedPage): IndexLink => ({ title: p.title, url: p.url, kind: p.kind });

/** Builds the index from the site's search records and the word groups. */
export function buildWordIndex(pages: readonly IndexedPage[], groups: readonly WordGroup[] = WORD_GROUPS): IndexRow[] {
	const entries: (IndexEntry & { row: string })[] = [];
	const add = (entry: IndexEntry) => entries.push({ ...entry, row: rowOf(entry.yomi) });

	// Each place under its own reading.
	for (const p of pages)
		if (p.yomi && !isLater(p)) add({ id: anchorOf(`name:${p.url}`), words: [p.title], yomi: p.yomi, name: link(p), pages: [], more: 0 });

	// Each everyday word: the group's word with its pages; its other readings lead to it. Each page's text and
	// name are normalised once here, not once per word (at 10,000 pages that had been most of the index's time).
	const scan = groupScanner(groups);
	const groupsOfPage = new Map(pages.map((p) => [p, new Set(scan(p.text))]));
	const normalText = new Map(pages.map((p) => [p, normalizeForSearch(p.text)]));
	const normalTitle = new Map(pages.map((p) => [p, normalizeForSearch(p.title)]));
	const listed = new Set<string>();
	for (const g of groups) {
		const found = pages.filter((p) => groupsOfPage.get(p)!.has(g));
		if (!found.length) continue;
		const forms = g.forms.map((f) => normalizeForSearch(f.text));
		const ordered = orderPages(found, (p) => forms.some((f) => normalTitle.get(p)!.includes(f)));
		const byReading = new Map<string, string[]>();
		for (const f of g.forms) byReading.set(f.yomi, [...new Set([...(byReading.get(f.yomi) ?? []), f.text])]);
		const main = { id: anchorOf(`word:${g.word.text}`), row: rowOf(g.word.yomi) };
		add({
			id: main.id,
			words: byReading.get(g.word.yomi)!,
			yomi: g.word.yomi,
			pages: ordered.slice(0, PER_WORD).map(link),
			more: Math.max(0, ordered.length - PER_WORD),
			rest: ordered.slice(PER_WORD).map(link),
		});
		listed.add(normalizeForSearch(g.word.text));
		for (const [yomi, words] of byReading) {
			if (yomi === g.word.yomi) continue;
			add({ id: anchorOf(`see:${g.word.text}:${yomi}`), words, yomi, see: { word: g.word.text, ...main }, pages: [], more: 0 });
		}
		for (const w of words(g)) listed.add(w);
	}
	// Words that only find other groups' pages (歌, 花, 会議): each with the pages whose text holds it.
	for (const g of groups) {
		for (const f of g.foundBy) {
			const key = normalizeForSearch(f.text);
			if (listed.has(key)) continue;
			listed.add(key);
			const found = pages.filter((p) => normalText.get(p)!.includes(key));
			if (!found.length) continue;
			const ordered = orderPages(found, (p) => normalTitle.get(p)!.includes(key));
			add({
				id: anchorOf(`word:${f.text}`),
				words: [f.text],
				yomi: f.yomi,
				pages: ordered.slice(0, PER_WORD).map(link),
				more: Math.max(0, ordered.length - PER_WORD),
				rest: ordered.slice(PER_WORD).map(link),
			});
		}
	}

	return KANA_ROWS.map((row) => {
		const mine = entries
			.filter((e) => e.row === row.id)
			.sort((a, b) => compareYomi(a.yomi, b.yomi) || compareYomi(a.words[0]!, b.words[0]!))
			.map(({ row: _row, ...e }) => e);
		const heads: { kana: string; id: string }[] = [];
		for (const e of mine) {
			const kana = headKana(e.yomi);
			if (kana && !heads.some((h) => h.kana === kana)) heads.push({ kana, id: e.id });
		}
		return { ...row, entries: mine, heads };
	});
}

/** The normalised forms of a group (to leave them out of the plain word list). */
function words(g: WordGroup): string[] {
	return g.forms.map((f) => normalizeForSearch(f.text));
}

/** One page for a small index, one page per row beyond SINGLE_PAGE_ENTRIES entries. */
export function isSplit(rows: readonly IndexRow[]): boolean {
	return rows.reduce((n, r) => n + r.entries.length, 0) > SINGLE_PAGE_ENTRIES;
}

/** A page of a split index: a row (path 'ka') or, for a long row, one kana of it ('ka/2' for く). */
export interface WordPage {
	path: string;
	row: IndexRow;
	/** The kana of a page of one kana. */
	kana?: string;
	entries: IndexEntry[];
}

/**
 * The pages of a split index: a page per row with words, and for a row of more than `rowLimit` words a page per
 * kana instead (its row page then only lists the kana).
 */
export function planWordPages(rows: readonly IndexRow[], rowLimit: number): { pages: WordPage[]; longRows: Set<string> } {
	const withWords = rows.filter((r) => r.entries.length > 0);
	const longRows = new Set(withWords.filter((r) => r.entries.length > rowLimit).map((r) => r.id));
	const pages = withWords.flatMap((row): WordPage[] =>
		longRows.has(row.id) && row.heads.length
			? row.heads.map((h) => ({
					path: `${row.id}/${[...row.kana].indexOf(h.kana)}`,
					row,
					kana: h.kana,
					entries: row.entries.filter((e) => headKana(e.yomi) === h.kana),
				}))
			: [{ path: row.id, row, entries: row.entries }],
	);
	return { pages, longRows: new Set([...longRows].filter((id) => withWords.find((r) => r.id === id)!.heads.length)) };
}
