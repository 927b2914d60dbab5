/**
 * Where a contributed entry goes: `<collection folder>/<area id>/<name>.md`, and nothing else. Shared by the form
 * page (which proposes the path), the issue-to-pull-request workflow (which refuses any other path) and the tests.
 * Pure: runs in the browser and in Node.
 */
import { formKinds, KINDS, type SendableKey } from '../kinds.ts';

export { proposedName } from './file-name.ts';

/** The collections a form can send, with their folders (from the table of kinds, src/lib/kinds.ts). */
export const SENDABLE = Object.fromEntries(formKinds().map((k) => [k.key, k.folder])) as {
	[K in SendableKey]: (typeof KINDS)[K]['folder'];
};
export type SendableCollection = SendableKey;

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

/**
 * Where the form reads the current text of the entries of one area and kind (send/files/salons/aoba.json, keyed by
 * each entry's name): one file per area, not per entry, which in a town of 10,000 entries would be 10,000 files of
 * the 20,000 a static host such as Cloudflare Pages takes.
 */
export const entryFilesOf = (path: Pick<EntryPath, 'collection' | 'area'>): string => `${SENDABLE[path.collection]}/${path.area}.json`;

/** Reads a path such as salons/aoba/aoba-yuuhi-cafe.md; undefined for anything else (../, .mdx, other folders). */
export function parseEntryPath(path: string): EntryPath | undefined {
	const match = PATH.exec(path);
	if (!match) return undefined;
	const collection = (Object.keys(SENDABLE) as SendableCollection[]).find((c) => SENDABLE[c] === match[1])!;
	return entryPath(collection, match[2]!, match[3]!);
}
