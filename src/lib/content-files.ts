/**
 * Reads every content file from disk and validates it with the collection schemas, collecting every problem
 * instead of stopping at the first. This is what `npm run check` runs; the build reads the same files through
 * Astro's loaders with the same schemas.
 */
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { AreaData } from '../schemas/areas.ts';
import { COLLECTIONS, type CollectionName } from '../schemas/index.ts';
import { bodyProblems } from './safety/body.ts';
import { contentFiles, publicFiles } from './safety/file-policy.ts';
import { FrontmatterError, parseContentFile } from './safety/frontmatter.ts';
import { siteConfigProblems } from './site-config.ts';
import { fieldName, type Problem } from './problems.ts';
import { checkLinks, checkReferences, type EntryRef } from './references.ts';
import { contentWarnings } from './content-warnings.ts';
import { explainIssues } from './zod-problems.ts';
import { findPrivateData } from './privacy.ts';
import { lineOfPath } from './yaml-lines.ts';

export interface LoadedEntry extends EntryRef {
	collection: CollectionName;
	body: string;
	/** The raw front matter, for locating a field's line. */
	matter: string;
	/** The whole file as written. */
	text: string;
}

/** Every phone and fax number the content lists for an organisation (contacts of entries and areas). */
function organisationPhones(entries: readonly LoadedEntry[]): Set<string> {
	const phones = new Set<string>();
	const visit = (value: unknown): void => {
		if (Array.isArray(value)) value.forEach(visit);
		else if (value && typeof value === 'object') {
			for (const [k, v] of Object.entries(value)) {
				if ((k === 'tel' || k === 'fax') && typeof v === 'string') phones.add(v);
				else visit(v);
			}
		}
	};
	entries.forEach((e) => visit(e.data));
	return phones;
}

export interface LoadResult {
	entries: LoadedEntry[];
	problems: Problem[];
	/** Files whose front matter reads but fails its schema (a template still being filled in), as written. */
	unvalidated: EntryRef[];
}

export interface LoadOptions {
	/** Paths in messages are shown relative to this (the repository root). */
	displayRoot?: string;
	/** Today's date, for the warnings about old or past dates; without it, no warnings are made. */
	today?: string;
	/** The site's public/ folder, where photos the bodies show must be (default: public/ of the repository). */
	publicDir?: string;
}

/** Reads and validates every content file under `root`, collecting every problem. */
export function loadContent(root: string, { displayRoot = process.cwd(), today, publicDir = join(process.cwd(), 'public') }: LoadOptions = {}): LoadResult {
	const entries: LoadedEntry[] = [];
	const problems: Problem[] = [];
	/** Files that failed their schema: their area references are still checked, so one run lists everything. */
	const unchecked: (EntryRef & { matter: string })[] = [];
	const show = (file: string) => relative(displayRoot, file).split(sep).join('/');

	const policy = contentFiles(root, displayRoot);
	problems.push(...policy.problems, ...publicFiles(publicDir, displayRoot));
	problems.push(...siteConfigProblems(root, show(join(root, 'site.yaml'))));

	for (const { path: file, rel, collection, ext } of policy.entries) {
		const { schema } = COLLECTIONS[collection];
		const id = rel.slice(0, rel.length - ext.length - 1);
		const fail = (message: string, line?: number, path: PropertyKey[] = []) =>
			problems.push({ severity: 'error', file: show(file), line, field: fieldName(path), path, message });
		const text = readFileSync(file, 'utf8');
		let parsed;
		try {
			parsed = parseContentFile(text);
		} catch (error) {
			if (!(error instanceof FrontmatterError)) throw error;
			fail(error.message, error.line);
			continue;
		}
		for (const problem of bodyProblems(parsed.body, ext === 'mdx' ? 'mdx' : 'md', publicDir)) {
			fail(problem.message, problem.line + parsed.bodyLine - 1, ['本文']);
		}
		const result = schema.safeParse(parsed.data);
		if (!result.success) {
			for (const { path, message } of explainIssues(result.error.issues, schema, parsed.data)) {
				problems.push({ severity: 'error', file: show(file), line: lineOfPath(parsed.matter, path), field: fieldName(path), path, message });
			}
			unchecked.push({ collection, id, file: show(file), data: parsed.data, matter: parsed.matter });
			continue;
		}
		entries.push({ collection, id, file: show(file), data: result.data as Record<string, unknown>, body: parsed.body, matter: parsed.matter, text });
	}

	const areas = new Map(entries.filter((e) => e.collection === 'areas').map((e) => [e.id, e.data as unknown as AreaData]));
	const byFile = new Map([...entries, ...unchecked].map((e) => [e.file, e]));
	for (const problem of [...checkReferences([...entries, ...unchecked], areas), ...checkLinks(entries)]) {
		const matter = byFile.get(problem.file)?.matter;
		problems.push({ ...problem, line: matter === undefined ? undefined : lineOfPath(matter, problem.path ?? []) });
	}
	const phones = organisationPhones(entries);
	for (const e of entries.filter((x) => x.collection === 'reports' || x.collection === 'localIssues')) {
		for (const f of findPrivateData(e.text, phones)) problems.push({ severity: 'warning', file: e.file, line: f.line, field: '個人情報', message: f.message });
	}
	if (today) {
		for (const problem of contentWarnings(entries, today)) {
			problems.push({ ...problem, line: lineOfPath(byFile.get(problem.file)!.matter, problem.path ?? []) });
		}
	}
	return { entries, problems, unvalidated: unchecked.map(({ matter: _m, ...ref }) => ref) };
}
