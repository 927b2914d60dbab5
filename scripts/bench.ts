/**
 * npm run bench [-- --n 10000] [--keep]: builds N synthetic entries (default 1,000) in a temporary folder and
 * prints wall time, peak memory, pages built, page weights, the Pagefind index, the first search's transfer
 * and the time of npm run check; then builds a bare Astro site of N plain Markdown pages (the framework's own
 * limit) and prints our build time as a ratio of it.
 *
 * The build ÷ bare Astro ratio is the median of --pairs pairs of builds from cold caches (3 up to 2,000 entries, 1
 * above), since one build of each varies by about ±20 % on a small town.
 *
 * npm run bench -- --n 2000 --compare: the same, then each figure beside the last recorded one
 * (docs/performance-baseline.json) with any that grew by more than 10 % flagged (scripts/bench/compare.ts); in
 * GitHub Actions the table also goes to the step summary. --record writes this run's figures there instead.
 *
 * npm run bench -- --ci [--n 1000]: what CI costs a town of N entries: the workflow's own commands (npm run
 * check, build and verify) timed in a checkout whose content/ is the generated town, plus npm test (the
 * project's suite, the same for every town), and their total against the 10-minute target.
 */
import { appendFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateBareSite, generateContent } from './bench/generate.ts';
import { firstSearchBytes, folderStats, measureCommand } from './bench/measure.ts';
import { compareFigures, comparisonMarkdown, comparisonText, recordFigures, type Baseline, type Figure } from './bench/compare.ts';
import { kb, PAGE_BUDGET, weighPage } from './page-weight.ts';
import { clusterPoints } from '../src/lib/cluster.ts';
import { SAMPLE_CITY } from '../src/lib/content-dir.ts';
import { astroBuildArgs, removeBuildCaches } from './lib/astro-build.ts';
import { townCheckout } from './lib/town-checkout.ts';

const { values } = parseArgs({
	options: {
		n: { type: 'string', default: '1000' },
		keep: { type: 'boolean' },
		ci: { type: 'boolean' },
		compare: { type: 'boolean' },
		record: { type: 'string' },
		pairs: { type: 'string' },
	},
});
const BASELINE_FILE = 'docs/performance-baseline.json';
/** The figures of this run, for --compare and --record. */
const figures: Figure[] = [];
const figure = (key: string, label: string, unit: string, value: number | undefined) =>
	value !== undefined && Number.isFinite(value) && figures.push({ key, label, unit, value });
const n = Number(values.n);
if (!Number.isInteger(n) || n < 10) throw new Error('--n は 10 以上の整数にしてください');
const work = mkdtempSync(join(tmpdir(), `sasaeai-bench-${n}-`));
const astro = join(process.cwd(), 'node_modules/astro/bin/astro.mjs');
const env = { ASTRO_TELEMETRY_DISABLED: '1' };
const row = (what: string, value: string, target = '') => console.log(`${what.padEnd(46)} ${value.padStart(14)}  ${target}`);

console.log(`sasaeai bench: ${n} entries, in ${work}\n`);
const content = join(work, 'content');
const counts = generateContent(content, n, readFileSync(join(SAMPLE_CITY, 'site.yaml'), 'utf8'));
row(
	'generated',
	`${counts.salons + counts.resources + counts.volunteers + counts.reports + counts.issues} files`,
	`${counts.districts} 校区, ${counts.salons} salons, ${counts.resources} resources, ${counts.volunteers} openings, ${counts.reports} reports, ${counts.issues} issues`,
);

const checkoutRoot = join(work, 'checkout');
if (values.ci) {
	// A checkout as the town has it: the project's files, node_modules, and the generated town as content/.
	const checkout = townCheckout(checkoutRoot, content);
	const npm = (script: string, cwd: string) => {
		const m = measureCommand('npm', ['run', '--silent', ...script.split(' ')], env, cwd);
		if (m.status !== 0) throw new Error(`npm run ${script} failed:\n${m.output.slice(-3000)}`);
		return m.seconds;
	};
	const times = {
		check: npm('check', checkout),
		build: npm('build', checkout),
		verify: npm('verify', checkout),
		test: npm('test', process.cwd()),
	};
	row('CI: npm run check (the town)', `${times.check.toFixed(1)} s`);
	row('CI: npm run build (the town)', `${times.build.toFixed(1)} s`);
	row('CI: npm run verify (the town)', `${times.verify.toFixed(1)} s`);
	row("CI: npm test (the project's own suite)", `${times.test.toFixed(1)} s`);
	const total = times.check + times.build + times.verify + times.test;
	row('CI total, without npm install', `${(total / 60).toFixed(1)} min`, 'target < 10 min (npm install adds about 0.5 min on a runner)');
	if (values.keep) console.log(`\nkept: ${work}`);
	else rmSync(work, { recursive: true, force: true });
	process.exit(0);
}

const check = measureCommand(process.execPath, ['scripts/check-content.ts'], { ...env, SASAEAI_CONTENT: content });
if (check.status !== 0) throw new Error(`npm run check failed on the generated content:\n${check.output.slice(-3000)}`);
row('npm run check', `${check.seconds.toFixed(1)} s`, `target ≤ 3 s at 10,000 (CPU ${check.cpuSeconds?.toFixed(1) ?? 'n/a'} s)`);
figure('check_s', 'npm run check, wall', 's', check.seconds);
figure('check_cpu_s', 'npm run check, CPU (user + sys)', 's', check.cpuSeconds);

const out = join(work, 'dist');
const buildOurs = () => measureCommand(process.execPath, astroBuildArgs(), { ...env, SASAEAI_CONTENT: content, SASAEAI_OUT_DIR: out });
const build = buildOurs();
if (build.status !== 0) throw new Error(`the build failed:\n${build.output.slice(-3000)}`);
row('build wall time', `${build.seconds.toFixed(1)} s`, `CPU ${build.cpuSeconds?.toFixed(1) ?? 'n/a'} s (user + sys)`);
row(
	'build peak memory (largest process)',
	build.peakMb ? `${build.peakMb.toFixed(0)} MB` : 'n/a',
	"target ≤ 2,048 MB (Pagefind's indexing service included: the largest from a few thousand entries up)",
);
figure('build_s', 'build, wall', 's', build.seconds);
figure('build_cpu_s', 'build, CPU (user + sys)', 's', build.cpuSeconds);
figure('build_peak_mb', 'build peak memory', 'MB', build.peakMb);

const html = (readdirSync(out, { recursive: true }) as string[]).filter((f) => f.endsWith('.html'));
row('pages built', String(html.length));
const dist = folderStats(out);
row(
	'files in dist/',
	dist.files.toLocaleString('en-US'),
	`${(dist.bytes / 1024 / 1024).toFixed(0)} MB; hosts: Cloudflare Pages 20,000 files (free), 100,000 (paid); GitHub Pages 1 GB`,
);
figure('dist_files', 'files in dist/', 'files', dist.files);
figure('dist_mb', 'dist/ size', 'MB', dist.bytes / 1024 / 1024);
const ENTRY = /^(salons|resources|volunteers|reports|local-issues)\/.+\/.+\/index\.html$/;
const entryPages = html.filter((f) => ENTRY.test(f)).map((f) => weighPage(join(out, f), out));
const sorted = [...entryPages].sort((a, b) => a.total - b.total);
row('entry page weight, median (gzip, HTML + CSS)', kb(sorted[Math.floor(sorted.length / 2)]!.total), `target ≤ ${kb(PAGE_BUDGET)}`);
row('entry page weight, largest', kb(sorted.at(-1)!.total), sorted.at(-1)!.page);
row(
	'entry pages with JavaScript beyond next dates',
	String(entryPages.filter((p) => p.unexpectedScripts > 0).length),
	`target 0 (${entryPages.filter((p) => p.scripts > 0).length} carry the next-dates script)`,
);
figure('entry_median_kb', 'entry page weight, median', 'KB', sorted[Math.floor(sorted.length / 2)]!.total / 1024);
figure('entry_largest_kb', 'entry page weight, largest', 'KB', sorted.at(-1)!.total / 1024);
const others = html
	.filter((f) => !ENTRY.test(f))
	.map((f) => weighPage(join(out, f), out))
	.sort((a, b) => b.total - a.total);
row('largest other page', kb(others[0]!.total), others[0]!.page);
const index = folderStats(join(out, 'pagefind'));
row('Pagefind index', `${(index.bytes / 1024 / 1024).toFixed(1)} MB`, `${index.files} files`);
figure('largest_other_kb', 'largest other page', 'KB', others[0]!.total / 1024);
figure('pagefind_mb', 'Pagefind index', 'MB', index.bytes / 1024 / 1024);
figure('pagefind_files', 'Pagefind index files', 'files', index.files);
const search = await firstSearchBytes(out, '体操');
row('first search 「体操」, transferred', kb(search.bytes), `target ≤ 250 KB at 10,000 (${search.results})`);
figure('first_search_kb', 'first search 「体操」, transferred', 'KB', search.bytes / 1024);
figure('search_press_s', 'first results after さがす (slow 4G, CPU 4×)', 's', search.slow ? search.slow.press / 1000 : undefined);
figure('search_open_s', 'first results opening /search/?q= (slow 4G, CPU 4×)', 's', search.slow ? search.slow.open / 1000 : undefined);

// The 校区 map with 2,000 markers: what one redraw (on every zoom) costs, and how many markers reach the DOM.
const points = Array.from({ length: 2000 }, (_, i) => ({
	x: ((i * 7919) % 390) + (i % 7) / 10,
	y: ((i * 104729) % 600) + (i % 5) / 10,
	item: i,
}));
const t0 = performance.now();
let drawn = 0;
for (let i = 0; i < 100; i++) drawn = clusterPoints(points, 56).length;
row(
	'map: clustering 2,000 markers, per redraw',
	`${((performance.now() - t0) / 100).toFixed(2)} ms`,
	`${drawn} markers in the DOM at phone width`,
);

const bare = join(work, 'bare');
generateBareSite(bare, n);
symlinkSync(join(process.cwd(), 'node_modules'), join(bare, 'node_modules'), 'dir');
const buildBare = () => measureCommand(process.execPath, [astro, 'build'], env, bare);
const baseline = buildBare();
if (baseline.status !== 0) throw new Error(`the bare baseline failed:\n${baseline.output.slice(-3000)}`);
row(
	'bare Astro, same number of Markdown pages',
	`${baseline.seconds.toFixed(1)} s`,
	baseline.peakMb ? `${baseline.peakMb.toFixed(0)} MB` : '',
);
// One build of each varies by ±20 % on a small town (the machine's speed drifts): more pairs, each ours then bare
// from cold caches, and the median of their ratios. Three by default up to 2,000 entries (about 15 s a pair at 1,000).
const pairs = Number(values.pairs ?? (n <= 2000 ? 3 : 1));
const ratios = [build.seconds / baseline.seconds];
for (let i = 1; i < pairs; i++) {
	rmSync(out, { recursive: true, force: true });
	removeBuildCaches(process.cwd(), content);
	const ours = buildOurs();
	for (const dir of ['dist', '.astro']) rmSync(join(bare, dir), { recursive: true, force: true });
	const theirs = buildBare();
	if (ours.status !== 0 || theirs.status !== 0) throw new Error(`a paired build failed:\n${(ours.output + theirs.output).slice(-3000)}`);
	ratios.push(ours.seconds / theirs.seconds);
}
const sortedRatios = [...ratios].sort((a, b) => a - b);
const ratio = sortedRatios[Math.floor(sortedRatios.length / 2)]!;
row(
	'our build ÷ bare baseline',
	`${ratio.toFixed(2)}×`,
	`target ≤ 1.2× at 10,000, ≤ 1.5× at 1,000${ratios.length > 1 ? ` (median of ${ratios.length} pairs: ${ratios.map((r) => r.toFixed(2)).join(', ')})` : ''}`,
);
figure('bare_s', 'bare Astro, wall', 's', baseline.seconds);
figure('ratio', 'build ÷ bare Astro, wall', '×', ratio);
if (build.cpuSeconds && baseline.cpuSeconds) {
	row(
		'our build ÷ bare baseline, CPU time',
		`${(build.cpuSeconds / baseline.cpuSeconds).toFixed(2)}×`,
		`bare ${baseline.cpuSeconds.toFixed(1)} s CPU (steadier than wall time on a busy machine)`,
	);
	figure('ratio_cpu', 'build ÷ bare Astro, CPU', '×', build.cpuSeconds / baseline.cpuSeconds);
}

const baselineData: Baseline = existsSync(BASELINE_FILE) ? (JSON.parse(readFileSync(BASELINE_FILE, 'utf8')) as Baseline) : {};
if (values.compare) {
	const recorded = baselineData[String(n)];
	const rows = compareFigures(figures, recorded);
	console.log(`\n${comparisonText(rows, recorded?.measured)}`);
	const summary = process.env['GITHUB_STEP_SUMMARY'];
	if (summary) appendFileSync(summary, comparisonMarkdown(rows, n, recorded?.measured));
}
if (values.record) {
	writeFileSync(BASELINE_FILE, `${JSON.stringify(recordFigures(baselineData, n, figures, values.record), null, '\t')}\n`);
	console.log(`\nrecorded in ${BASELINE_FILE} (${values.record})`);
}

if (values.keep) console.log(`\nkept: ${work}`);
else {
	rmSync(work, { recursive: true, force: true });
	removeBuildCaches(process.cwd(), content);
	removeBuildCaches(checkoutRoot, join(checkoutRoot, 'content'));
}
