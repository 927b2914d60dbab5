/**
 * npm run budgets [dist]: the Find budgets, measured on a built site. Prints each figure beside its target:
 * page weight and JavaScript per page, the bytes the first search transfers (in Chromium, gzipped as a host
 * serves them), the first search's time on a slow phone (Chromium throttled to slow 4G and a 4× slower CPU
 * through the DevTools protocol, the site served gzipped; median of three runs), the map's JavaScript (loaded
 * only on the tap), the contribution form's JavaScript and the today view's script.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, PHONE } from './lib/chromium.ts';
import { serve } from './lib/serve-site.ts';
import { SLOW_4G, throttledSearchMedian, transferSize as measuredTransfer } from './bench/measure.ts';
import { budgetFor, FORM_JS_BUDGET, gz, kb, PAGE_BUDGET, reportPageWeights } from './page-weight.ts';

const dist = process.argv[2] ?? 'dist';
const root = join(process.cwd(), dist);
const pages = reportPageWeights(dist);

const transferSize = (path: string) => measuredTransfer(root, path);

const site = await serve(root);
const browser = await launch(true);
const context = await browser.newContext(PHONE);
const page = await context.newPage();
const requested: string[] = [];
const external: string[] = [];
// Offline, like this machine: only the site's own files load; map tiles fail.
await context.route('**/*', (route) => (route.request().url().startsWith(site.url) ? route.continue() : route.abort()));
page.on('request', (r) => (r.url().startsWith(site.url) ? requested.push(new URL(r.url()).pathname) : external.push(r.url())));

await page.goto(`${site.url}/search/?q=${encodeURIComponent('体操')}`);
await page.waitForSelector('[data-results] .card-title');
// The cards on screen fetch their details after the names show: count those too.
await page.waitForLoadState('networkidle');
const searchBytes = [...new Set(requested)].reduce((n, p) => n + transferSize(p), 0);

requested.length = 0;
await page.goto(`${site.url}/areas/aoba/`);
await page.waitForLoadState('networkidle');
const beforeTap = [...requested];
requested.length = 0;
await page.click('[data-show-map]');
await page.waitForSelector('[data-map][data-points]');
const mapJs = [...new Set(requested)].filter((p) => p.endsWith('.js')).reduce((n, p) => n + transferSize(p), 0);
const mapAll = [...new Set(requested)].reduce((n, p) => n + transferSize(p), 0);

// The contribution form: everything it loads while a resident fills it in (the map, on its own tap, aside).
requested.length = 0;
await page.goto(`${site.url}/send/salons/`);
await page.waitForLoadState('networkidle');
await page.locator('[data-form] input').first().fill('あ');
await page.waitForLoadState('networkidle');
const formJs = [...new Set(requested)].filter((p) => p.endsWith('.js') && !/leaflet-src/.test(p)).reduce((n, p) => n + transferSize(p), 0);
await browser.close();
await site.close();

const slow = await throttledSearchMedian(root);

const todayScript = readdirSync(join(root, '_astro')).filter((f) => f.startsWith('TodayView') && f.endsWith('.js'));
const todayBytes = todayScript.reduce((n, f) => n + gz(readFileSync(join(root, '_astro', f))), 0);
const entryPages = pages.filter((p) => /^\/(salons|resources|volunteers|reports)\/.+/.test(p.page));
const row = (what: string, measured: string, target: string, ok: boolean) =>
	console.log(`${ok ? 'ok  ' : 'OVER'} ${what.padEnd(44)} ${measured.padStart(10)}   target ${target}`);

console.log('\nFind budgets');
row('first search 「体操」, everything transferred', kb(searchBytes), '≤ 150 KB', searchBytes <= 150 * 1024);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
console.log(
	`  on a slow phone: ${SLOW_4G.latency} ms round trip, ${((SLOW_4G.throughput * 8) / 1e6).toFixed(2)} Mbit/s, CPU ${SLOW_4G.cpuSlowdown}× slower, gzip; first result 「${slow.first}」`,
);
row('  pressing さがす on /search/ → first results', seconds(slow.press), '≤ 3.0 s', slow.press <= 3000);
row('  opening /search/?q=体操 → first results', seconds(slow.open), '(reported)', true);
row("  さがす in an entry page's header → first results", seconds(slow.header), '(reported)', true);
row('map JavaScript, loaded on the tap (gzip)', kb(mapJs), '≤ 60 KB', mapJs <= 60 * 1024);
row('map, everything on the tap (JS, CSS, GeoJSON)', kb(mapAll), '(reported)', true);
row(
	'map requests before the tap',
	String(beforeTap.filter((p) => /leaflet|map\.json/.test(p)).length),
	'0',
	!beforeTap.some((p) => /leaflet|map\.json/.test(p)),
);
row('contribution form JavaScript, all but the map (gzip)', kb(formJs), `≤ ${kb(FORM_JS_BUDGET)}`, formJs <= FORM_JS_BUDGET);
row('today view script (gzip)', kb(todayBytes), '≤ 15 KB', todayBytes <= 15 * 1024);
row(
	'entry pages with JavaScript beyond next dates',
	String(entryPages.filter((p) => p.unexpectedScripts > 0).length),
	`0 of ${entryPages.length} (${entryPages.filter((p) => p.scripts > 0).length} carry the next-dates script, ≤ 2 KB)`,
	entryPages.every((p) => p.unexpectedScripts === 0),
);
const content = pages.filter((p) => budgetFor(p.page) === PAGE_BUDGET);
row(
	'largest page (HTML + CSS + JS, gzip)',
	kb(Math.max(...content.map((p) => p.total))),
	`≤ ${kb(PAGE_BUDGET)}`,
	content.every((p) => p.total <= PAGE_BUDGET),
);
row(
	'largest form page, its script included (gzip)',
	kb(Math.max(0, ...pages.filter((p) => !content.includes(p)).map((p) => p.total))),
	`≤ ${kb(PAGE_BUDGET + FORM_JS_BUDGET)}`,
	pages.every((p) => p.total <= budgetFor(p.page)),
);
