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
import { oneLine } from './safety/annotations.ts';
import { contentFiles, entryId, publicFiles, type ContentFile } from './safety/file-policy.ts';
import type { OwnSite } from './safety/markup.ts';
import { FrontmatterError, parseContentFile } from './safety/frontmatter.ts';
import { siteConfigProblems, siteHost } from './site-config.ts';
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

/** What to say when reading a file threw: never the stack trace, always what to do. */
function unreadable(error: unknown): string {
	if (error instanceof RangeError)
		return 'このファイルは入れ子（引用・箇条書き・強調・かっこ）が深すぎるか長すぎるため、読めません。重なりを減らしてください';
	return `このファイルを読めませんでした（${oneLine(String((error as Error)?.message ?? error)).slice(0, 200)}）。書き方を確かめてください`;
}

export type Unchecked = EntryRef & { matter: string };

/** Reads one entry file: its problems go to `problems`, the entry to `entries` or (failing its schema) `unchecked`. */
function readEntry(
	{ path: file, rel, collection, ext }: ContentFile,
	{ show, publicDir, site }: { show: (file: string) => string; publicDir: string; site: OwnSite },
	problems: Problem[],
	entries: LoadedEntry[],
	unchecked: Unchecked[],
): void {
	const { schema } = COLLECTIONS[collection];
	const id = entryId(rel);
	const fail = (message: string, line?: number, path: PropertyKey[] = []) =>
		problems.push({ severity: 'error', file: show(file), line, field: fieldName(path), path, message });
	const text = readFileSync(file, 'utf8');
	let parsed;
	try {
		parsed = parseContentFile(text);
	} catch (error) {
		if (!(error instanceof FrontmatterError)) throw error;
		fail(error.message, error.line);
		return;
	}
	for (const problem of bodyProblems(parsed.body, ext === 'mdx' ? 'mdx' : 'md', publicDir, site)) {
		fail(problem.message, problem.line + parsed.bodyLine - 1, ['本文']);
	}
	const result = schema.safeParse(parsed.data);
	if (!result.success) {
		for (const { path, message } of explainIssues(result.error.issues, schema, parsed.data)) {
			problems.push({ severity: 'error', file: show(file), line: lineOfPath(parsed.matter, path), field: fieldName(path), path, message });
		}
		unchecked.push({ collection, id, file: show(file), data: parsed.data, matter: parsed.matter });
		return;
	}
	entries.push({
		collection,
		id,
		file: show(file),
		data: result.data as Record<string, unknown>,
		body: parsed.body,
		matter: parsed.matter,
		text,
	});
}

/** What reading a list of entry files gave: their problems, the entries, and those failing their schema. */
export interface ReadFiles {
	entries: LoadedEntry[];
	problems: Problem[];
	/** Files that failed their schema: their area references are still checked, so one run lists everything. */
	unchecked: Unchecked[];
}

/**
 * Reads and validates entry files one by one (the part of the check that grows with the town). `site` is what
 * site.yaml says of the site's address, read once by a caller that reads its files in runs.
 */
export function readEntryFiles(
	files: readonly ContentFile[],
	root: string,
	{ displayRoot = process.cwd(), publicDir = join(process.cwd(), 'public') }: LoadOptions = {},
	site: OwnSite = ownSite(root),
): ReadFiles {
	const read: ReadFiles = { entries: [], problems: [], unchecked: [] };
	const show = (file: string) => relative(displayRoot, file).split(sep).join('/');
	for (const file of files) {
		const found: Problem[] = [];
		// Whatever a reader throws on one file (a stack overflow on input no limit foresaw) is that file's problem:
		// the check still lists every other file's, and the build stops on it like on any error.
		try {
			readEntry(file, { show, publicDir, site }, found, read.entries, read.unchecked);
		} catch (error) {
			found.push({ severity: 'error', file: show(file.path), field: '', message: unreadable(error) });
		}
		read.problems.push(...found);
	}
	return read;
}

/** The files under the policy and the folder-wide problems (names, public/, site.yaml), before any entry is read. */
export function contentPolicy(
	root: string,
	{ displayRoot = process.cwd(), publicDir = join(process.cwd(), 'public') }: LoadOptions = {},
): { files: ContentFile[]; problems: Problem[] } {
	const show = (file: string) => relative(displayRoot, file).split(sep).join('/');
	const policy = contentFiles(root, displayRoot);
	return {
		files: policy.entries,
		problems: [...policy.problems, ...publicFiles(publicDir, displayRoot), ...siteConfigProblems(root, show(join(root, 'site.yaml')))],
	};
}

/** Reads and validates every content file under `root`, collecting every problem. */
export function loadContent(root: string, options: LoadOptions = {}): LoadResult {
	const policy = contentPolicy(root, options);
	return crossFileChecks(policy.problems, readEntryFiles(policy.files, root, options), options);
}

/** What the Markdown judge knows of the site under `root`: the host of its address (site.yaml site_url). */
export function ownSite(root: string): OwnSite {
	return { host: siteHost(root) };
}

/**
 * What needs every file at once, after each was read (in the files' order): references between entries and
 * areas, links, private data in reports and issues, and the warnings.
 */
export function crossFileChecks(policyProblems: readonly Problem[], read: ReadFiles, { today }: LoadOptions = {}): LoadResult {
	const { entries, unchecked } = read;
	const problems: Problem[] = [...policyProblems, ...read.problems];

	const areas = new Map(entries.filter((e) => e.collection === 'areas').map((e) => [e.id, e.data as unknown as AreaData]));
	const byFile = new Map([...entries, ...unchecked].map((e) => [e.file, e]));
	for (const problem of [...checkReferences([...entries, ...unchecked], areas), ...checkLinks(entries)]) {
		const matter = byFile.get(problem.file)?.matter;
		problems.push({ ...problem, line: matter === undefined ? undefined : lineOfPath(matter, problem.path ?? []) });
	}
	// The organisations' numbers are gathered only when a report or an issue holds a phone number (few do).
	let phones: Set<string> | undefined;
	const knownPhones = { has: (phone: string) => (phones ??= organisationPhones(entries)).has(phone) };
	for (const e of entries.filter((x) => x.collection === 'reports' || x.collection === 'localIssues')) {
		for (const f of findPrivateData(e.text, knownPhones))
			problems.push({ severity: 'warning', file: e.file, line: f.line, field: '個人情報', message: f.message });
	}
	if (today) {
		for (const problem of contentWarnings(entries, today)) {
			problems.push({ ...problem, line: lineOfPath(byFile.get(problem.file)!.matter, problem.path ?? []) });
		}
	}
	return { entries, problems, unvalidated: unchecked.map(({ matter: _m, ...ref }) => ref) };
}
