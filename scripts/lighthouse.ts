/**
 * npm run lighthouse [dist]: Lighthouse (mobile settings: simulated slow 4G and a mid-range phone) on the home
 * page, a 校区 page, an entry page, the search page, today and the contribution form of the built site, served locally and offline, in
 * Debian's Chromium. Prints performance, accessibility and best-practices scores beside their targets.
 */
import { launch as launchChrome } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { join } from 'node:path';
import { serve } from './lib/serve-site.ts';

const root = join(process.cwd(), process.argv[2] ?? 'dist');
const PAGES = ['/', '/areas/aoba/', '/salons/aoba/aoba-danchi-ikiiki-salon/', '/search/?q=%E4%BD%93%E6%93%8D', '/today/', '/send/salons/'];
const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 95 } as const;

const site = await serve(root);
const chrome = await launchChrome({
	chromePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
	chromeFlags: [
		'--headless=new',
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--no-first-run',
	],
});
let failed = false;
try {
	console.log(
		`${'page'.padEnd(42)} ${Object.keys(TARGETS)
			.map((k) => k.padStart(15))
			.join('')}`,
	);
	for (const path of PAGES) {
		const result = await lighthouse(site.url + path, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: Object.keys(TARGETS),
		});
		const categories = result!.lhr.categories;
		const scores = Object.entries(TARGETS).map(([k, target]) => {
			const score = Math.round((categories[k]?.score ?? 0) * 100);
			if (score < target) failed = true;
			return `${score}${score < target ? ` (<${target})` : ''}`.padStart(15);
		});
		console.log(`${decodeURIComponent(path).padEnd(42)} ${scores.join('')}`);
	}
	console.log(
		`\ntargets: performance ≥ ${TARGETS.performance}, accessibility ${TARGETS.accessibility}, best practices ≥ ${TARGETS['best-practices']}`,
	);
} finally {
	chrome.kill();
	await site.close();
}
process.exitCode = failed ? 1 : 0;
