/**
 * npm run weight [dist]: what each built page costs a phone: its HTML plus the CSS, JavaScript and fonts it
 * references, gzipped. Prints the median and largest page per kind and the pages over the 50 KB budget.
 */
import { readPage } from '../src/lib/verify/html.ts';
import { forbiddenEntryScripts, FRAME_GUARD } from '../src/lib/verify/site-check.ts';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export const PAGE_BUDGET = 50 * 1024;
/** The contribution form's own JavaScript budget (schemas, schedule builder and YAML writer included). */
export const FORM_JS_BUDGET = 80 * 1024;
/** A page's budget: 50 KB, and for the contribution form pages (/send/<kind>/) also their own 80 KB of JavaScript. */
export const budgetFor = (page: string) => (/^\/send\/[a-z-]+\/$/.test(page) ? PAGE_BUDGET + FORM_JS_BUDGET : PAGE_BUDGET);
export const gz = (buf: Buffer) => gzipSync(buf, { level: 9 }).length;
const assetCache = new Map<string, number>();
let dist = 'dist';

function assetSize(url: string): number {
	const file = join(dist, url.replace(/^\/+/, '').split(/[?#]/)[0]!);
	if (!assetCache.has(file)) assetCache.set(file, statSync(file, { throwIfNoEntry: false }) ? gz(readFileSync(file)) : 0);
	return assetCache.get(file)!;
}

export interface PageWeight {
	page: string;
	html: number;
	assets: number;
	scripts: number;
	/** Scripts an entry page must not carry: all but the few bytes of its next dates (npm run verify's own rule). */
	unexpectedScripts: number;
	total: number;
}

export function weighPage(file: string, root: string = dist): PageWeight {
	dist = root;
	const html = readFileSync(file);
	const text = html.toString('utf8');
	const refs = [...text.matchAll(/<(?:link[^>]+rel="(?:stylesheet|preload)"[^>]+href|script[^>]+src)="([^"]+)"/g)].map((m) => m[1]!);
	const fonts = [...text.matchAll(/url\(([^)]+\.woff2?)\)/g)].map((m) => m[1]!);
	// The frame guard every page carries (src/layouts/Layout.astro) is weighed with the HTML, not counted as a script.
	const facts = readPage(text);
	const inlineScripts = facts.inlineScripts.filter((t) => !FRAME_GUARD.test(t)).length;
	const assets = [...new Set([...refs, ...fonts])].filter((u) => u.startsWith('/')).reduce((n, u) => n + assetSize(u), 0);
	const scripts = refs.filter((u) => u.endsWith('.js')).length + inlineScripts;
	const h = gz(html);
	const unexpectedScripts = forbiddenEntryScripts(facts, text).length;
	return { page: `/${relative(root, file).replace(/index\.html$/, '')}`, html: h, assets, scripts, unexpectedScripts, total: h + assets };
}

function htmlFiles(dir: string): string[] {
	return (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).map((f) => join(dir, f));
}

export const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** Weighs every page of a built site and prints the summary. */
export function reportPageWeights(siteDir: string): PageWeight[] {
	dist = siteDir;
	assetCache.clear();
	const pages = htmlFiles(dist).map((f) => weighPage(f, siteDir));
	const kinds = new Map<string, PageWeight[]>();
	for (const p of pages) {
		const kind = p.page.split('/')[1] || '(home)';
		const list = kinds.get(kind);
		if (list) list.push(p);
		else kinds.set(kind, [p]);
	}
	console.log(
		`${pages.length} pages in ${dist}/ — gzipped HTML + CSS + JS + fonts (budget ${kb(PAGE_BUDGET)}; the form pages /send/…/ ${kb(FORM_JS_BUDGET)} more for their script; no JavaScript on content pages)\n`,
	);
	console.log('kind'.padEnd(14), 'pages'.padStart(5), 'median'.padStart(10), 'largest'.padStart(10), ' largest page');
	for (const [kind, list] of [...kinds].sort()) {
		const sorted = [...list].sort((a, b) => a.total - b.total);
		const median = sorted[Math.floor(sorted.length / 2)]!;
		const max = sorted.at(-1)!;
		console.log(
			kind.padEnd(14),
			String(list.length).padStart(5),
			kb(median.total).padStart(10),
			kb(max.total).padStart(10),
			` ${max.page}`,
		);
	}
	const over = pages.filter((p) => p.total > budgetFor(p.page));
	const withJs = pages.filter((p) => p.scripts > 0);
	console.log(`\nover budget: ${over.length ? over.map((p) => `${p.page} ${kb(p.total)}`).join(', ') : 'none'}`);
	// The next dates' few bytes (allowed on every page that shows dates) are counted, not listed page by page.
	const onlyNextDates = withJs.filter((p) => p.unexpectedScripts === 0 && p.scripts === 1);
	const others = withJs.filter((p) => !onlyNextDates.includes(p));
	console.log(`pages with only the next-dates script: ${onlyNextDates.length}`);
	console.log(`pages with other JavaScript: ${others.length ? others.map((p) => p.page).join(', ') : 'none'}`);
	return pages;
}

if (import.meta.main) reportPageWeights(process.argv[2] ?? 'dist');
