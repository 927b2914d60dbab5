/** Measuring helpers for npm run bench and npm run budgets: a command's time and peak memory, a folder's size, the first search's transfer. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { launch, PHONE } from '../lib/chromium.ts';
import { serve } from '../lib/serve-site.ts';
import { gz } from '../page-weight.ts';

export interface Measured {
	seconds: number;
	/** Peak resident memory of the largest process, in MB (GNU time); undefined where it is not installed. */
	peakMb?: number | undefined;
	status: number | null;
	output: string;
}

/** Runs a command, timing it and (with GNU time) reading its peak memory. */
export function measureCommand(command: string, args: string[], env: Record<string, string>, cwd = process.cwd()): Measured {
	const gnuTime = existsSync('/usr/bin/time');
	const start = performance.now();
	const result = gnuTime
		? spawnSync('/usr/bin/time', ['-f', 'PEAK_KB=%M', command, ...args], { env: { ...process.env, ...env }, cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
		: spawnSync(command, args, { env: { ...process.env, ...env }, cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
	const seconds = (performance.now() - start) / 1000;
	const peak = /PEAK_KB=(\d+)/.exec(result.stderr ?? '');
	return { seconds, peakMb: peak ? Number(peak[1]) / 1024 : undefined, status: result.status, output: `${result.stdout}\n${result.stderr}` };
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

/** Everything the search page transfers for its first search, in Chromium, offline. */
export async function firstSearchBytes(root: string, query: string): Promise<{ bytes: number; results: string }> {
	const site = await serve(root);
	const browser = await launch();
	try {
		const context = await browser.newContext(PHONE);
		await context.route('**/*', (route) => (route.request().url().startsWith(site.url) ? route.continue() : route.abort()));
		const page = await context.newPage();
		const requested = new Set<string>();
		page.on('request', (r) => r.url().startsWith(site.url) && requested.add(new URL(r.url()).pathname));
		await page.goto(`${site.url}/search/?q=${encodeURIComponent(query)}`);
		await page.waitForSelector('[data-results] .card-title, [data-status]:not(:empty)');
		await page.waitForFunction(() => !(document.querySelector('[data-status]')?.textContent ?? '').includes('さがしています'));
		const results = (await page.textContent('[data-status]')) ?? '';
		return { bytes: [...requested].reduce((n, p) => n + transferSize(root, p), 0), results };
	} finally {
		await browser.close();
		await site.close();
	}
}
