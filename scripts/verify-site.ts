/**
 * npm run verify [-- dist]: checks a built site for what residents and open-data users rely on, assuming
 * nothing about which town it is (src/lib/verify/site-check.ts): every entry has its page, every internal link
 * and every export listed on /data/ resolves under the base path, entry pages ship no JavaScript, and axe-core
 * (WCAG 2.2 AA) finds nothing on one page of each template, at phone width in Chromium. Each problem names the
 * page and the element. Exits 1 on any problem. Run it after npm run build, as CI and the Pages workflow do.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir, usingSampleCity, SAMPLE_NOTICE } from '../src/lib/content-dir.ts';
import { loadContent } from '../src/lib/content-files.ts';
import type { KindKey } from '../src/lib/kinds.ts';
import { loadSiteConfig } from '../src/lib/site-config.ts';
import { entryRoute } from '../src/lib/urls.ts';
import { formatSiteProblem, verifySite, type ExpectedPage, type SiteProblem } from '../src/lib/verify/site-check.ts';
import { printUncommanded } from '../src/lib/safety/annotations.ts';
import { launch, PHONE } from './lib/chromium.ts';
import { serve } from './lib/serve-site.ts';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: { 'skip-a11y': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
});
if (values.help) {
	console.log(
		'使い方: npm run verify [-- 作ったサイトのフォルダ（dist）] [--skip-a11y]\nnpm run build のあとに、できたサイトを確かめます（ページ・リンク・ダウンロード・JavaScript・アクセシビリティ）。',
	);
	process.exit(0);
}
const dist = resolve(positionals[0] ?? process.env['SASAEAI_OUT_DIR'] ?? 'dist');
if (!existsSync(join(dist, 'index.html'))) {
	console.error(`${dist} にサイトがありません。先に npm run build を実行してください。`);
	process.exit(1);
}
if (usingSampleCity()) console.log(SAMPLE_NOTICE);
const root = contentDir();
const site = loadSiteConfig(root);
const { entries, problems: contentProblems } = loadContent(root);
if (contentProblems.some((p) => p.severity === 'error')) {
	console.error('内容にエラーがあります。npm run check で直してから、npm run build と npm run verify をやり直してください。');
	process.exit(1);
}

const expectedPages: ExpectedPage[] = entries.map((e) => ({
	path: entryRoute(e.collection as KindKey, e.id),
	title: String(e.data['name'] ?? e.data['title']),
	source: e.file,
}));

const result = verifySite({ dist, base: site.base, siteUrl: site.site_url, expectedPages });
const problems: SiteProblem[] = [...result.problems];

let checkedTemplates = 0;
if (!values['skip-a11y']) {
	const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
	const server = await serve(dist, site.base);
	const browser = await launch();
	try {
		// axe is injected as a script, which the site's Content Security Policy rightly refuses: only this check bypasses it.
		const page = await browser.newPage({ ...PHONE, bypassCSP: true });
		await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
		// Added to each document as it opens: Chromium compiles axe's 500 KB once and takes it from its cache after.
		await page.addInitScript(axeSource);
		for (const [template, path] of result.templates) {
			await page.goto(`${server.origin}${path}`);
			const violations = await page.evaluate(async () => {
				type Axe = {
					run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }>;
				};
				const axe = (window as unknown as { axe: Axe }).axe;
				const found = await axe.run(document, {
					runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
				});
				return found.violations.flatMap((v) =>
					v.nodes.slice(0, 5).map((n) => ({ rule: `${v.id}: ${v.help}`, target: n.target.join(' ') })),
				);
			});
			for (const v of violations)
				problems.push({ page: path, element: v.target, message: `アクセシビリティ（axe-core、${template} の型のページ）: ${v.rule}` });
			checkedTemplates++;
		}
	} finally {
		await browser.close();
		await server.close();
	}
}

printUncommanded(problems.map(formatSiteProblem), process.env['GITHUB_ACTIONS'] === 'true');
console.log(
	`\n${result.pages} ページ、内部リンク・参照 ${result.references} 件、情報のページ ${expectedPages.length} 件を確かめました${values['skip-a11y'] ? '' : `（アクセシビリティは ${checkedTemplates} 種類のページで確認）`}。問題 ${problems.length} 件。`,
);
if (problems.length) {
	console.log('上の問題を直してから、npm run build と npm run verify をやり直してください。');
	process.exit(1);
}
