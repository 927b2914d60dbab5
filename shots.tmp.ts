import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { serve } from '/work/wt/needs-2/scripts/lib/serve-site.ts';
const dist = process.argv[2]!;
const s = await serve(dist, '/');
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const width of [390, 320]) {
	const ctx = await b.newContext({ viewport: { width, height: 844 }, deviceScaleFactor: 1, locale: 'ja-JP' });
	await ctx.route('**/*', (r) => (r.request().url().startsWith(s.url) ? r.continue() : r.abort('internetdisconnected')));
	const p = await ctx.newPage();
	await p.goto(`${s.url}/areas/higashiyama/`);
	await p.click('[data-show-reach]');
	await p.waitForSelector('[data-map][data-reach]');
	await p.waitForTimeout(500);
	await p.locator('.map-controls').scrollIntoViewIfNeeded();
	await p.evaluate(() => document.querySelector('.map-controls')!.scrollIntoView());
	await p.screenshot({ path: `/tmp/needs-shots/area-reach-${width}.png` });
	await p.click('.reach-details summary');
	await p.evaluate(() => document.querySelector('.reach')!.scrollIntoView());
	await p.screenshot({ path: `/tmp/needs-shots/area-reach-table-${width}.png` });
	await p.goto(`${s.url}/dashboard/`);
	await p.evaluate(() => document.querySelector('#needs')!.scrollIntoView());
	await p.screenshot({ path: `/tmp/needs-shots/dashboard-needs-${width}.png` });
	const h = await p.evaluate(() => { const el = document.querySelector('[data-needs="higashiyama"]')!; el.scrollIntoView(); return 0; });
	await p.screenshot({ path: `/tmp/needs-shots/dashboard-needs-higashiyama-${width}.png` });
	if (width === 390) {
		await p.goto(`${s.url}/areas/higashiyama/`);
		await p.pdf({ path: '/tmp/needs-shots/area-print.pdf', format: 'A4', printBackground: true });
		execFileSync('pdftoppm', ['-png', '-r', '60', '/tmp/needs-shots/area-print.pdf', '/tmp/needs-shots/area-print']);
	}
	await ctx.close();
}
await b.close(); await s.close();
