/**
 * Loads and validates content/site.yaml (the one site config). Used by astro.config.mjs, the pages and the
 * check; a mistake stops the build with the file, line and field. Read like every content file
 * (src/lib/safety/frontmatter.ts: YAML 1.2 core, no anchors, aliases or tags).
 */
import { lstatSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { siteSchema, type SiteConfig } from '../schemas/site.ts';
import { contentDir } from './content-dir.ts';
import { explainIssues } from './zod-problems.ts';
import { formatProblem, type Problem } from './problems.ts';
import { FrontmatterError, parseYamlData } from './safety/frontmatter.ts';
import { lineOfPath } from './yaml-lines.ts';

type Read = { ok: true; config: SiteConfig } | { ok: false; problems: Problem[] };

function readSiteConfig(dir: string, shown: string): Read {
	const file = join(dir, 'site.yaml');
	const fail = (message: string, line?: number, field = ''): Read => ({
		ok: false,
		problems: [{ severity: 'error', file: shown, line, field, message }],
	});
	const stat = lstatSync(file, { throwIfNoEntry: false });
	// A missing or linked site.yaml is reported by the file policy (src/lib/safety/file-policy.ts).
	if (!stat?.isFile())
		return fail(
			`${shown} が見つかりません。サイトの設定ファイル（site.yaml）を content フォルダに置いてください（npm run init-town で作れます）`,
		);
	const text = readFileSync(file, 'utf8')
		.replace(/^\uFEFF/, '')
		.replace(/\r\n?/g, '\n');
	let data: unknown;
	try {
		data = parseYamlData(text);
	} catch (error) {
		if (error instanceof FrontmatterError) return fail(error.message, error.line);
		throw error;
	}
	const result = siteSchema.safeParse(data);
	if (result.success) return { ok: true, config: result.data };
	return {
		ok: false,
		problems: explainIssues(result.error.issues, siteSchema).map(({ path, message }) => ({
			severity: 'error' as const,
			file: shown,
			line: lineOfPath(text, path, 1),
			field: path.map(String).join('.'),
			path,
			message,
		})),
	};
}

/** The site config's problems, for npm run check (nothing when it is valid or missing: the file policy says so). */
export function siteConfigProblems(dir: string, shown: string): Problem[] {
	if (!lstatSync(join(dir, 'site.yaml'), { throwIfNoEntry: false })?.isFile()) return [];
	const read = readSiteConfig(dir, shown);
	return read.ok ? [] : read.problems;
}

/** The host of the site's address (site_url), for telling its own links from others; undefined when site.yaml does not read. */
export function siteHost(dir: string): string | undefined {
	if (!lstatSync(join(dir, 'site.yaml'), { throwIfNoEntry: false })?.isFile()) return undefined;
	const read = readSiteConfig(dir, 'site.yaml');
	return read.ok ? new URL(read.config.site_url).host : undefined;
}

export function loadSiteConfig(dir: string = contentDir()): SiteConfig {
	const read = readSiteConfig(dir, relative(process.cwd(), join(dir, 'site.yaml')));
	if (read.ok) return read.config;
	throw new Error(`サイトの設定に誤りがあります:\n${read.problems.map(formatProblem).join('\n')}`);
}
