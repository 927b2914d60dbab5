/**
 * Measuring helpers for npm run bench and npm run budgets: a command's time and peak memory, a folder's size, the
 * first search's transfer, and the first search's time on a throttled phone (slow 4G, 4× slower CPU).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileFor } from '../../src/lib/verify/paths.ts';
import { launch, PHONE } from '../lib/chromium.ts';
import { CONTENT_TYPES, serve, type ServedSite } from '../lib/serve-site.ts';
import { gz } from '../page-weight.ts';

export interface Measured {
	seconds: number;
	/** Peak resident memory of the largest process, in MB (GNU time); undefined where it is not installed. */
	peakMb?: number | undefined;
	/** User and system CPU seconds of the command and its children (GNU time): steadier than wall time on a busy machine. */
	cpuSeconds?: number | undefined;
	status: number | null;
	output: string;
}

/** Runs a command, timing it and (with GNU time) reading its peak memory. */
export function measureCommand(command: string, args: string[], env: Record<string, string>, cwd = process.cwd()): Measured {
	const gnuTime = existsSync('/usr/bin/time');
	const start = performance.now();
	const result = gnuTime
		? spawnSync('/usr/bin/time', ['-f', 'PEAK_KB=%M CPU_S=%U+%S', command, ...args], {
				env: { ...process.env, ...env },
				cwd,
				encoding: 'utf8',
				maxBuffer: 256 * 1024 * 1024,
			})
		: spawnSync(command, args, { env: { ...process.env, ...env }, cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
	const seconds = (performance.now() - start) / 1000;
	const peak = /PEAK_KB=(\d+)/.exec(result.stderr ?? '');
	const cpu = /CPU_S=([\d.]+)\+([\d.]+)/.exec(result.stderr ?? '');
	return {
		seconds,
		peakMb: peak ? Number(peak[1]) / 1024 : undefined,
		cpuSeconds: cpu ? Number(cpu[1]) + Number(cpu[2]) : undefined,
		status: result.status,
		output: `${result.stdout}\n${result.stderr}`,
	};
}

export function folderStats(dir: string): { bytes: number; files: number } {
	let bytes = 0;
	let files = 0;
	for (const f of readdirSync(dir, { recursive: true }) as string[]) {
		const s = statSync(join(dir, f));
		if (s.isFile()) {
			bytes += s.size;
			files++;
		}
	}
	return { bytes, files };
}

/** Bytes a host would send for a file: gzipped text, binary as it is (Pagefind's index files are compressed already). */
export function transferSize(root: string, path: string): number {
	const body = readFileSync(join(root, decodeURIComponent(path.split('?')[0]!)).replace(/\/$/, '/index.html'));
	return /\.(js|css|html|json|svg)$|\/$/.test(path) ? gz(body) : body.length;
}

/**
 * Everything the search page transfers for its first search, in Chromium, offline; `results` also carries the
 * first search's time on a slow phone (throttledSearch), so npm run bench prints it beside the bytes.
 */
export async function firstSearchBytes(root: string, query: string): Promise<{ bytes: number; results: string; slow?: ThrottledSearch }> {
	const found = await firstSearchTransfer(root, query);
	const slow = await throttledSearch(root, query);
	const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
	return {
		...found,
		slow,
		results: `${found.results} slow 4G + CPU 4×: さがす → first results ${s(slow.press)}, opening /search/?q= ${s(slow.open)}`,
	};
}

async function firstSearchTransfer(root: string, query: string): Promise<{ bytes: number; results: string }> {
	const site = await serve(root);
	const browser = await launch(true);
	try {
		const context = await browser.newContext(PHONE);
		await context.route('**/*', (route) => (route.request().url().startsWith(site.url) ? route.continue() : route.abort()));
		const page = await context.newPage();
		const requested = new Set<string>();
		page.on('request', (r) => r.url().startsWith(site.url) && requested.add(new URL(r.url()).pathname));
		await page.goto(`${site.url}/search/?q=${encodeURIComponent(query)}`);
		await page.waitForSelector('[data-results] .card-title, [data-status]:not(:empty)');
		await page.waitForFunction(() => !(document.querySelector('[data-status]')?.textContent ?? '').includes('さがしています'));
		// The cards on screen fetch their details after the names show: count those too.
		await page.waitForLoadState('networkidle');
		const results = (await page.textContent('[data-status]')) ?? '';
		return { bytes: [...requested].reduce((n, p) => n + transferSize(root, p), 0), results };
	} finally {
		await browser.close();
		await site.close();
	}
}

/**
 * The site served the way a static host serves it to a phone: under its base path, text gzipped
 * (Content-Encoding: gzip) and cacheable for ten minutes, as GitHub Pages does. Pagefind's own files are
 * compressed already and are sent as they are. For the throttled search figure; the shared server
 * (scripts/lib/serve-site.ts) sends files uncompressed.
 */
export async function serveGzipped(root: string, base = '/'): Promise<ServedSite> {
	const cache = new Map<string, Buffer>();
	const server = createServer((req, res) => {
		let path: string;
		try {
			path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		} catch {
			path = '/';
		}
		const file = fileFor(root, base, path) ?? join(root, '404.html');
		const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
		const status = fileFor(root, base, path) ? 200 : 404;
		if (!existsSync(file)) {
			res.writeHead(404).end('404');
			return;
		}
		const text = /^(text\/|application\/(json|javascript|xml|geo\+json)|image\/svg)/.test(type);
		let body = cache.get(file);
		if (!body) {
			body = text ? gzipSync(readFileSync(file), { level: 6 }) : readFileSync(file);
			cache.set(file, body);
		}
		res.writeHead(status, {
			'content-type': type,
			'content-length': body.length,
			'cache-control': 'max-age=600',
			...(text ? { 'content-encoding': 'gzip', vary: 'Accept-Encoding' } : {}),
		});
		res.end(body);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	const origin = `http://127.0.0.1:${port}`;
	return {
		url: `${origin}${base.replace(/\/$/, '')}`,
		origin,
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}

/** Slow 4G as the residents' phones see it (562 ms round trip, 1.47 Mbit/s each way) and a 4× slower CPU. */
export const SLOW_4G = { latency: 562, throughput: (1.47 * 1_000_000) / 8, cpuSlowdown: 4 } as const;

export interface ThrottledSearch {
	/** On /search/, from pressing さがす (after typing the word) to the first result's name on screen, in ms. */
	press: number;
	/** Opening /search/?q=… (a link, or the header form's answer), from navigation to the first result, in ms. */
	open: number;
	/** From pressing さがす in the header form of an entry page to the first result on /search/, in ms. */
	header: number;
	/** The first result's name in each case, to show that something was found. */
	first: string;
}

/** The median of several runs of throttledSearch, each figure on its own (the network and CPU vary a little). */
export async function throttledSearchMedian(root: string, runs = 3, query = '体操', base = '/'): Promise<ThrottledSearch> {
	const all: ThrottledSearch[] = [];
	for (let i = 0; i < runs; i++) all.push(await throttledSearch(root, query, base));
	const median = (key: 'press' | 'open' | 'header') => all.map((r) => r[key]).sort((a, b) => a - b)[Math.floor(all.length / 2)]!;
	return { press: median('press'), open: median('open'), header: median('header'), first: all[0]!.first };
}

/** Records, in the page, when the first result's name appears (performance.now(), ms since navigation). */
const WATCH_FIRST_RESULT = () => {
	const w = window as unknown as { __firstResult?: number; __firstTitle?: string };
	new MutationObserver((_, observer) => {
		const title = document.querySelector('[data-results] .card-title');
		if (title?.textContent) {
			w.__firstResult = performance.now();
			w.__firstTitle = title.textContent;
			observer.disconnect();
		}
	}).observe(document, { childList: true, subtree: true, characterData: true });
};

/**
 * The first search's time on a slow phone: Chromium throttled through the DevTools protocol (network latency and
 * bandwidth, CPU 4× slower), the site gzipped, each case in a fresh browser context (nothing cached).
 * Typing is one character every 300 ms after the page has loaded, as on a phone's keyboard.
 */
export async function throttledSearch(root: string, query = '体操', base = '/'): Promise<ThrottledSearch> {
	const site = await serveGzipped(root, base);
	const browser = await launch(true);
	const entry = (readdirSync(join(root, 'salons'), { recursive: true }) as string[]).find((f) => f.endsWith('index.html'))!;
	const entryPath = `/salons/${entry.replace(/index\.html$/, '')}`;
	async function throttledPage() {
		const context = await browser.newContext(PHONE);
		await context.route('**/*', (route) => (route.request().url().startsWith(site.origin) ? route.continue() : route.abort()));
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Network.enable');
		await cdp.send('Network.emulateNetworkConditions', {
			offline: false,
			latency: SLOW_4G.latency,
			downloadThroughput: SLOW_4G.throughput,
			uploadThroughput: SLOW_4G.throughput,
		});
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_4G.cpuSlowdown });
		await page.addInitScript(WATCH_FIRST_RESULT);
		return { context, page };
	}
	const firstResult = async (page: import('playwright-core').Page) => {
		await page.waitForFunction(() => (window as unknown as { __firstResult?: number }).__firstResult !== undefined, null, {
			timeout: 60_000,
		});
		return page.evaluate(() => {
			const w = window as unknown as { __firstResult: number; __firstTitle: string };
			return { at: performance.timeOrigin + w.__firstResult, title: w.__firstTitle };
		});
	};
	try {
		// 1. On the search page: tap the box, type, press さがす.
		let { context, page } = await throttledPage();
		await page.goto(`${site.url}/search/`, { waitUntil: 'load', timeout: 60_000 });
		await page.click('#q');
		await page.keyboard.type(query, { delay: 300 });
		let pressed = await page.evaluate(() => performance.timeOrigin + performance.now());
		await page.keyboard.press('Enter');
		const press = await firstResult(page);
		const pressMs = press.at - pressed;
		await context.close();

		// 2. Opening the search page with the word in its address.
		({ context, page } = await throttledPage());
		await page.goto(`${site.url}/search/?q=${encodeURIComponent(query)}`, { waitUntil: 'commit', timeout: 60_000 });
		const open = await firstResult(page);
		const openMs = open.at - (await page.evaluate(() => performance.timeOrigin));
		await context.close();

		// 3. The header form of an entry page: type, press, the search page opens and searches.
		({ context, page } = await throttledPage());
		await page.goto(site.url + entryPath, { waitUntil: 'load', timeout: 60_000 });
		await page.click('.header-search input[name="q"]');
		await page.keyboard.type(query, { delay: 300 });
		pressed = await page.evaluate(() => performance.timeOrigin + performance.now());
		await page.keyboard.press('Enter');
		await page.waitForURL(/search\/\?/, { timeout: 60_000 });
		const header = await firstResult(page);
		const headerMs = header.at - pressed;
		await context.close();
		return { press: pressMs, open: openMs, header: headerMs, first: press.title };
	} finally {
		await browser.close();
		await site.close();
	}
}
