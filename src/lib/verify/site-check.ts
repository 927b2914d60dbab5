/**
 * Verifies a built site folder as a resident, a search engine and an open-data user would meet it, assuming
 * nothing about which town it is: every entry has its page, every internal link and reference resolves (under
 * the base path, fragments included), every export the /data/ page lists is there and not empty, and entry
 * pages ship no JavaScript. Also picks one page of each template for the accessibility check (done in a
 * browser by scripts/verify-site.ts). Every problem names the page and the element, in Japanese.
 */
import { KIND_LIST } from '../kinds.ts';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readPage, type PageFacts } from './html.ts';
import { fileFor, publicPath } from './paths.ts';

export interface ExpectedPage {
	/** Path under the base: /salons/aoba/x/ */
	path: string;
	/** Text the page must show (the entry's name). */
	title: string;
	/** The content file it comes from, for the message. */
	source: string;
}

export interface SiteProblem {
	/** The page's public path (base included), or the content file for a missing page. */
	page: string;
	/** The element, e.g. <a href="/feeds/x.xml">; empty for the page as a whole. */
	element: string;
	message: string;
}

export interface VerifyInput {
	dist: string;
	/** / or /<repository>/ */
	base: string;
	/** https://example.github.io: absolute links to it are internal. */
	siteUrl: string;
	expectedPages: ExpectedPage[];
}

export interface VerifyResult {
	problems: SiteProblem[];
	pages: number;
	references: number;
	/** One page of each template (public paths, base included), for the accessibility check. */
	templates: Map<string, string>;
}

/**
 * Pages of one entry each (every kind placed in an area, src/lib/kinds.ts): they must ship no JavaScript but the
 * next-dates script.
 */
const ENTRY_PAGE = new RegExp(
	`/(${KIND_LIST.filter((k) => 'areas' in k)
		.map((k) => k.folder)
		.join('|')})/.+/$`,
);
/**
 * The one script an entry page may load: 「次は …」 recomputed on the day the page is read
 * (src/components/NextDates.astro), which Astro inlines (and hashes into the page's CSP). It is allowed once, only
 * on a page that shows next dates, when it is that script: it touches the next-dates box, loads and fetches
 * nothing, evaluates no text, and stays within 2 KB gzipped.
 */
const NEXT_DATES_BUDGET = 2048;
const NEXT_DATES_MARK = '[data-next-dates]';
const NEVER_IN_NEXT_DATES =
	/\bimport\b|\bfetch\b|XMLHttpRequest|\beval\b|\bFunction\b|innerHTML|outerHTML|insertAdjacentHTML|document\.write|localStorage|sendBeacon|WebSocket|\.src\b|setAttribute/;

export function isNextDatesScript(text: string): boolean {
	return text.includes(NEXT_DATES_MARK) && !NEVER_IN_NEXT_DATES.test(text) && gzipSync(text).length <= NEXT_DATES_BUDGET;
}

/** The scripts an entry page loads that it must not (each as PageFacts.scripts names it). */
export function forbiddenEntryScripts(facts: Pick<PageFacts, 'scripts' | 'inlineScripts'>, html: string): string[] {
	const showsNextDates = html.includes('data-next-dates=');
	// The frame guard every page carries (src/layouts/Layout.astro) is not the page's JavaScript.
	const inline = facts.inlineScripts.filter((text) => !FRAME_GUARD.test(text));
	const allowedInline = showsNextDates && inline.length === 1 && isNextDatesScript(inline[0]!);
	const external = facts.scripts.filter((s) => s !== INLINE_SCRIPT);
	return [...external, ...(allowedInline ? [] : inline.map(() => INLINE_SCRIPT))];
}

/**
 * The few bytes every page carries to refuse being shown inside another site's frame (src/layouts/Layout.astro).
 */
export const FRAME_GUARD = /^\s*if\s*\(\s*window\.top\s*!==\s*window\.self\s*\)/;
const INLINE_SCRIPT = '<script>（ページの中に書かれたスクリプト）';

function htmlFiles(dir: string): string[] {
	return (readdirSync(dir, { recursive: true }) as string[])
		.filter((f) => f.endsWith('.html'))
		.map((f) => join(dir, f))
		.filter((f) => statSync(f).isFile())
		.sort();
}

/** A template's key: the page's own data-template marker, else its path with every part after the first as *. */
export function templateKey(path: string, html: string): string {
	const marker = /<body[^>]*\sdata-template="([^"]+)"/.exec(html)?.[1];
	if (marker) return marker;
	const parts = path.split('/').filter(Boolean);
	return parts.length <= 1
		? `/${parts.join('/')}`
		: `/${parts[0]}/${parts
				.slice(1)
				.map(() => '*')
				.join('/')}`;
}

export function verifySite({ dist, base, siteUrl, expectedPages }: VerifyInput): VerifyResult {
	const problems: SiteProblem[] = [];
	const prefix = base.replace(/\/$/, '');
	const ownOrigin = new URL(siteUrl).origin;
	const factsCache = new Map<string, PageFacts>();
	const factsOf = (file: string) => {
		let facts = factsCache.get(file);
		if (!facts) factsCache.set(file, (facts = readPage(readFileSync(file, 'utf8'))));
		return facts;
	};
	const files = htmlFiles(dist);
	const templates = new Map<string, string>();
	let references = 0;

	for (const expected of expectedPages) {
		const file = fileFor(dist, base, `${prefix}${expected.path}`);
		const page = `${prefix}${expected.path}`;
		if (!file) {
			problems.push({ page, element: '', message: `${expected.source} のページがありません` });
		} else if (!shows(readFileSync(file, 'utf8'), expected.title)) {
			problems.push({ page, element: '<h1>', message: `${expected.source} の名前「${expected.title}」がページにありません` });
		}
	}

	for (const file of files) {
		const page = publicPath(dist, base, file);
		const html = readFileSync(file, 'utf8');
		const facts = factsOf(file);
		const key = templateKey(page.slice(prefix.length), html);
		if (!templates.has(key) && !page.endsWith('404.html')) templates.set(key, page);
		if (ENTRY_PAGE.test(page.slice(prefix.length))) {
			for (const script of forbiddenEntryScripts(facts, html))
				problems.push({
					page,
					element: script,
					message:
						'このページは JavaScript を読み込まないはずです（ひとつの情報のページには、次の日にちを出すスクリプトのほかは JavaScript を使いません）',
				});
		}
		for (const ref of facts.references) {
			const target = resolveReference(ref.value, page, ownOrigin);
			if (target.kind === 'external') continue;
			references++;
			const element = `${ref.element.replace(/>$/, '')}="${ref.value}">`;
			if (target.kind === 'unsafe') {
				problems.push({ page, element, message: 'このリンク先は使えません（javascript: などは、サイトに出してはいけません）' });
				continue;
			}
			if (prefix && target.path !== prefix && !target.path.startsWith(`${prefix}/`)) {
				problems.push({ page, element, message: `サイトの公開パス（${base}）の外を指しています。GitHub Pages などでは開けません` });
				continue;
			}
			const targetFile = fileFor(dist, base, target.path);
			if (!targetFile) {
				problems.push({ page, element, message: 'リンク先のページ・ファイルがありません' });
				continue;
			}
			if (ref.download && statSync(targetFile).size === 0) problems.push({ page, element, message: 'ダウンロードするファイルが空です' });
			if (target.fragment && targetFile.endsWith('.html') && !factsOf(targetFile).ids.has(target.fragment)) {
				problems.push({ page, element, message: `リンク先のページに「#${target.fragment}」の場所がありません` });
			}
		}
	}

	const dataPage = fileFor(dist, base, `${prefix}/data/`);
	if (!dataPage) problems.push({ page: `${prefix}/data/`, element: '', message: 'オープンデータのページがありません' });
	else if (!factsOf(dataPage).references.some((r) => r.download))
		problems.push({ page: `${prefix}/data/`, element: '', message: 'ダウンロードできるファイルが1つも載っていません' });

	return { problems, pages: files.length, references, templates };
}

/** Whether a page shows a text, written as Astro escapes it (& < > " and ' as entities) or as it is. */
function shows(html: string, text: string): boolean {
	const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
	return [text, escaped, escaped.replace(/'/g, '&#39;'), escaped.replace(/'/g, '&#x27;')].some((t) => html.includes(t));
}

type Resolved = { kind: 'external' } | { kind: 'unsafe' } | { kind: 'internal'; path: string; fragment: string };

/** Where a reference on `page` leads: outside (skipped), unsafe, or a path on this site with its fragment. */
export function resolveReference(value: string, page: string, ownOrigin: string): Resolved {
	const trimmed = value.trim();
	if (/^(mailto|tel|data):/i.test(trimmed)) return { kind: 'external' };
	if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed) && !/^https?:/i.test(trimmed)) return { kind: 'unsafe' };
	let url: URL;
	try {
		url = new URL(trimmed, `${ownOrigin}${page}`);
	} catch {
		return { kind: 'unsafe' };
	}
	if (url.origin !== ownOrigin) return { kind: 'external' };
	let path: string;
	try {
		path = decodeURIComponent(url.pathname);
	} catch {
		path = url.pathname;
	}
	let fragment = '';
	try {
		fragment = decodeURIComponent(url.hash.slice(1));
	} catch {
		fragment = url.hash.slice(1);
	}
	return { kind: 'internal', path, fragment };
}

export function formatSiteProblem(p: SiteProblem): string {
	return `${p.page}${p.element ? ` ${p.element}` : ''}: ${p.message}`;
}
