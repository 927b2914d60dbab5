/**
 * The search page's first script, in <head> (src/pages/search.astro): a classic script that runs before the
 * stylesheet has arrived (a script after a stylesheet waits for it, which cost a slow phone half a second). When
 * the page opens with a query, it asks at once, side by side, for everything the first search needs: Pagefind's
 * script, entry, metadata and WebAssembly, the names file, and the index chunks the query's words are in. The
 * page's own script would find those chunks too, but only once it has arrived and run (about 1.4 s later on a slow
 * phone: issue 19's waterfall in docs/performance.md). Opened without a query, it asks for the same files (not
 * the chunks: the page's script asks for those as the words are typed) when the search box is first touched.
 *
 * It reads three elements before it: <meta name="search-files"> (Pagefind's folder, the metadata's tag, the
 * WebAssembly, the names file, and in a large town the later parts of the index: src/lib/search/parts.ts), <script type="application/json" data-search-chunks> (the index chunks'
 * [first word, last word, file] ranges) and <script type="application/json" data-search-first> (in a large town,
 * everyday word → its first screen's file: src/integrations/first-screens.ts), all filled in after the build by
 * src/integrations/search-index.ts. Opened with such a word alone, it asks for that small file first.
 *
 * Its words are made as src/lib/search/terms.ts makes them (NFKC, lower case, katakana as hiragana, bigrams of
 * Japanese, each as a short ASCII token), and a chunk is chosen as chunksFor in src/lib/search/query.ts chooses it.
 * What it leaves to the page's script: numbers that count something (百歳 → 100歳: it asks for no chunk), two or
 * three kana read as a known word (いご → 囲碁: it asks for the chunk of いご as typed, the page's script then for
 * 囲碁's) and the endings the planner drops (〜したい: it may ask for a chunk more than needed). Its character
 * classes, separators and title suffix are those of terms.ts and phrasing.ts, written in when the page is built;
 * preload-script.test.ts runs it beside the planner.
 */

import { SEPARATORS } from './phrasing.ts';
import { JAPANESE_CHARS, RUN, TITLE_SUFFIX } from './terms.ts';

/** At most this many index chunks are asked for: a long query should not hold up the ones it needs. */
export const MOST_CHUNKS = 6;

export const SEARCH_PRELOAD_SCRIPT = `(function () {
	var q = new URLSearchParams(location.search).get('q');
	var f = document.querySelector('meta[name="search-files"]').content.split(' ');
	var base = f[0];
	var meta = f[1];
	if (!meta || meta.indexOf('@@') === 0) return;
	function add(rel, href, low) {
		var link = document.createElement('link');
		link.rel = rel;
		link.href = base + href;
		if (rel === 'preload') {
			link.as = 'fetch';
			link.crossOrigin = 'anonymous';
		}
		if (low) link.fetchPriority = 'low';
		document.head.appendChild(link);
	}
	function files() {
		add('modulepreload', 'pagefind.js');
		var all = ['pagefind-entry.json?ts=' + meta, 'pagefind.' + meta + '.pf_meta', f[2], f[3]];
		for (var j = 0; j < all.length; j++) if (all[j]) add('preload', all[j]);
		// A large town's later parts of the index (src/lib/search/parts.ts), each folder:tag: at a low priority, so
		// that a first screen asked for meanwhile (a few KB) does not wait behind them on a slow link.
		for (var p = 4; p < f.length; p++) {
			var part = f[p].split(':');
			if (part.length !== 2) continue;
			add('preload', part[0] + 'pagefind-entry.json?ts=' + part[1], true);
			add('preload', part[0] + 'pagefind.' + part[1] + '.pf_meta', true);
		}
	}
	if (!location.search) {
		// Opened without a query: the files are asked for when the resident first touches the search box, all at
		// once (Pagefind alone would ask for its entry, then for the rest: three round trips before a search).
		var touched = function (event) {
			if (!event.target.closest || !event.target.closest('site-search')) return;
			document.removeEventListener('focusin', touched, true);
			files();
		};
		document.addEventListener('focusin', touched, true);
		return;
	}
	// An everyday word of a large town: its first screen, made at build time (src/integrations/first-screens.ts), is
	// asked for at once, alone with the page's own files; Pagefind's (about 245 KB at 10,000 pages) follow once the
	// page's script has run, so that they do not share a slow link with it.
	var first;
	try {
		first = q && JSON.parse(document.querySelector('script[data-search-first]').textContent)[q.trim()];
		new URLSearchParams(location.search).forEach(function (value, key) {
			if (key !== 'q' && value) first = undefined;
		});
	} catch (e) {}
	if (first) {
		add('preload', first);
		document.addEventListener('DOMContentLoaded', index);
	} else index();
	function index() {
		files();
		if (!q) return;
		var chunks;
		try {
			chunks = JSON.parse(document.querySelector('script[data-search-chunks]').textContent);
		} catch (e) {
			return;
		}
		function encode(term) {
			var codes = Array.from(term).map(function (c) {
				return c.codePointAt(0);
			});
			var width = codes.every(function (n) {
				return n < ${36 ** 3};
			})
				? 3
				: 4;
			return (
				(width === 3 ? 'j' : 'k') +
				codes
					.map(function (n) {
						return ('0000' + n.toString(36)).slice(-width);
					})
					.join('')
			);
		}
		var text = q
			.normalize('NFKC')
			.toLowerCase()
			.replace(/[\\u30a1-\\u30f6]/g, function (c) {
				return String.fromCharCode(c.charCodeAt(0) - 0x60);
			});
		if (/[〇零一二三四五六七八九十百千万]/.test(text)) return;
		var words = [];
		var typed = text.split(new RegExp(${JSON.stringify(SEPARATORS.source)}, 'u'));
		for (var t = 0; t < typed.length; t++) {
			if (!typed[t]) continue;
			var runs = typed[t].match(new RegExp(${JSON.stringify(RUN.source)}, 'gu')) || [];
			for (var r = 0; r < runs.length; r++) {
				var chars = Array.from(runs[r]);
				if (!new RegExp(${JSON.stringify(`[${JAPANESE_CHARS}]`)}, 'u').test(chars[0])) words.push([runs[r], chars.length === 1]);
				else if (chars.length === 1) words.push([encode(chars[0]), true]);
				else for (var i = 0; i + 1 < chars.length; i++) words.push([encode(chars[i] + chars[i + 1]), false]);
			}
		}
		var wanted = [];
		for (var w = 0; w < words.length; w++) {
			for (var s = 0; s < 2; s++) {
				var word = words[w][0] + (s ? ${JSON.stringify(TITLE_SUFFIX)} : '');
				var last = words[w][1] ? word + '\\uffff' : word;
				for (var c = 0; c < chunks.length; c++) {
					var chunk = chunks[c];
					if (chunk[0] <= last && (chunk[1] >= word || word.indexOf(chunk[1]) === 0) && wanted.indexOf(chunk[2]) < 0) wanted.push(chunk[2]);
				}
			}
		}
		for (var k = 0; k < wanted.length && k < ${MOST_CHUNKS}; k++) add('preload', wanted[k] + '.pf_index');
	}
})();`;
