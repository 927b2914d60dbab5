/**
 * Where a contributed entry goes: `<collection folder>/<area id>/<name>.md`, and nothing else. Shared by the form
 * page (which proposes the path), the issue-to-pull-request workflow (which refuses any other path) and the tests.
 * Pure: runs in the browser and in Node.
 */
import { slugify, romanize } from '../import/areas/romanize.ts';

/** The collections a form can send, with their folders: the same folders as src/schemas/index.ts. */
export const SENDABLE = {
	salons: 'salons',
	resources: 'resources',
	volunteers: 'volunteers',
	reports: 'reports',
	localIssues: 'local-issues',
} as const;
export type SendableCollection = keyof typeof SENDABLE;

const NAME = /^[a-z0-9][a-z0-9-]{0,79}$/;
const FOLDERS = Object.values(SENDABLE).join('|');
/** Exactly three parts, each from a closed alphabet: no `..`, no leading dot or dash, no MDX, no other folder. */
const PATH = new RegExp(`^(${FOLDERS})/([a-z0-9][a-z0-9-]{0,79})/([a-z0-9][a-z0-9-]{0,79})\\.md$`);

export interface EntryPath {
	collection: SendableCollection;
	area: string;
	/** The file name without .md. */
	name: string;
	/** salons/aoba/aoba-yuuhi-cafe.md, relative to the content folder. */
	path: string;
}

/** The path of an entry, or undefined when the area or the name is not a safe id. */
export function entryPath(collection: SendableCollection, area: string, name: string): EntryPath | undefined {
	if (!NAME.test(area) || !NAME.test(name) || name.includes('--')) return undefined;
	return { collection, area, name, path: `${SENDABLE[collection]}/${area}/${name}.md` };
}

/** Reads a path such as salons/aoba/aoba-yuuhi-cafe.md; undefined for anything else (../, .mdx, other folders). */
export function parseEntryPath(path: string): EntryPath | undefined {
	const match = PATH.exec(path);
	if (!match) return undefined;
	const collection = (Object.keys(SENDABLE) as SendableCollection[]).find((c) => SENDABLE[c] === match[1])!;
	return entryPath(collection, match[2]!, match[3]!);
}

/**
 * A file name from what the entry is called: the reading in romaji (いきいきさろん → ikiikisaron), else the ASCII
 * letters of the name, else `fallback`. Prefixed with the area id once (aoba-…), as `npm run new` names files.
 */
export function proposedName(area: string, yomi: string | undefined, name: string | undefined, fallback: string): string {
	const fromYomi = yomi ? slugify(romanize(yomi.replace(/[\s　・]+/g, ' ').trim())) : '';
	const fromName = name ? slugify(name) : '';
	let stem = (fromYomi || fromName || fallback).slice(0, 60).replace(/-+$/, '') || fallback;
	stem = stem.replace(/-{2,}/g, '-');
	return stem.startsWith(`${area}-`) || stem === area ? stem : `${area}-${stem}`;
}
