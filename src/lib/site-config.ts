/**
 * Loads and validates content/site.yaml (the one site config). Used by astro.config.mjs and the pages;
 * a mistake stops the build with the file, line and field.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import { siteSchema, type SiteConfig } from '../schemas/site.ts';
import { contentDir } from './content-dir.ts';
import { explainIssues } from './issues.ts';
import { formatProblem } from './problems.ts';
import { lineOfPath } from './yaml-lines.ts';

export function loadSiteConfig(dir: string = contentDir()): SiteConfig {
	const file = join(dir, 'site.yaml');
	const shown = relative(process.cwd(), file);
	let text: string;
	try {
		text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
	} catch {
		throw new Error(`${shown} が見つかりません。サイトの設定ファイル（site.yaml）を content フォルダに置いてください。`);
	}
	const result = siteSchema.safeParse(yaml.load(text));
	if (result.success) return result.data;
	const lines = explainIssues(result.error.issues, siteSchema).map(({ path, message }) =>
		formatProblem({ severity: 'error', file: shown, line: lineOfPath(text, path, 1), field: path.map(String).join('.'), message }),
	);
	throw new Error(`サイトの設定に誤りがあります:\n${lines.join('\n')}`);
}
