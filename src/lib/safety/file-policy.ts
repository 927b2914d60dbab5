/**
 * Which files are content, decided once for the check and the build: content/ and public/ accept regular files
 * only (a symbolic link to a file or a folder is refused wherever it points, and never followed), with names a
 * web address can carry, of the kinds each folder holds, within the size limits.
 *
 * content/  site.yaml and README.md at the top; in each collection's folder, entry files whose names are
 *           lowercase ASCII, digits and hyphens (drafts start with _), portable to every system (no CON, AUX,
 *           NUL, LPT1…, nothing over 100 characters: src/lib/safety/portable-name.ts), one file per page. Nothing else: no dot-files, no `..md`,
 *           no spaces, non-ASCII, leading dashes or control characters, no images (photos go in public/photos/).
 * public/   photos only, in public/photos/: JPEG, PNG, WebP, GIF or AVIF whose bytes are what their name says.
 *           SVG, HTML, XML, PDF and every other format that can carry script are refused: a file in public/ is
 *           published on the site's own address, where its script would run (a <meta> CSP does not cover it).
 */
import { closeSync, lstatSync, openSync, readdirSync, readlinkSync, readSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName } from '../../schemas/index.ts';
import type { Problem } from '../problems.ts';
import { committedFiles } from './git-base.ts';
import { LIMITS, kib } from './limits.ts';
import { portableNameProblem } from './portable-name.ts';
import { describeCharacter, forbiddenCharacter } from './text-policy.ts';

/** A content file the check reads and the build builds. */
export interface ContentFile {
	/** Absolute path. */
	path: string;
	/** Path under the collection folder, with / separators: aoba/aoba-yuuhi-cafe.md */
	rel: string;
	collection: CollectionName;
	/** Its extension without the dot: md or mdx. */
	ext: string;
}

export interface FilePolicyResult {
	entries: ContentFile[];
	/** Drafts (`_…`): kept in the repository, neither checked as entries nor built. */
	drafts: string[];
	problems: Problem[];
}

/** A file or folder name that can be part of a page's address. */
export const NAME = /^[a-z0-9][a-z0-9-]*$/;
const TOP_FILES = new Set(['site.yaml', 'README.md', '.gitkeep']);
const IGNORED = new Set(['.gitkeep']);

/** Photos residents' browsers show as images, with the bytes each format starts with. */
export const IMAGE_FORMATS: Record<string, { label: string; matches: (head: Buffer) => boolean }> = {
	jpg: { label: 'JPEG', matches: (h) => h[0] === 0xff && h[1] === 0xd8 && h[2] === 0xff },
	jpeg: { label: 'JPEG', matches: (h) => h[0] === 0xff && h[1] === 0xd8 && h[2] === 0xff },
	png: { label: 'PNG', matches: (h) => h.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
	gif: { label: 'GIF', matches: (h) => /^GIF8[79]a/.test(h.subarray(0, 6).toString('latin1')) },
	webp: {
		label: 'WebP',
		matches: (h) => h.subarray(0, 4).toString('latin1') === 'RIFF' && h.subarray(8, 12).toString('latin1') === 'WEBP',
	},
	avif: {
		label: 'AVIF',
		matches: (h) => h.subarray(4, 8).toString('latin1') === 'ftyp' && /^avi[fs]$/.test(h.subarray(8, 12).toString('latin1')),
	},
};
export const PHOTO_BYTES = 3 * 1024 * 1024;

const display = (displayRoot: string, path: string) => relative(displayRoot, path).split(sep).join('/');

/** Why a name cannot be a page's address, or undefined. */
export function nameProblem(name: string): string | undefined {
	const hidden = forbiddenCharacter(name, true);
	if (hidden) return `名前に見えない文字・制御文字 ${describeCharacter(hidden)}が入っています`;
	if (name.startsWith('.')) return 'ドット（.）で始まる名前は使えません（隠しファイルになり、確認から漏れます）';
	if (name.startsWith('-')) return 'ハイフン（-）で始まる名前は使えません';
	if (/\s/.test(name)) return '名前に空白は使えません';
	if (/[^\x00-\x7f]/.test(name)) return '名前に日本語などは使えません（英小文字・数字・ハイフンで）';
	return '名前は英小文字・数字・ハイフン（-）だけにしてください（例: aoba-ikiiki-salon.md）';
}

interface Walked {
	path: string;
	/** The entry is not a regular file or folder: a symlink, a device, a socket. */
	special?: string;
	dir: boolean;
	/** Its size in bytes (from the walk's own lstat, so no file is asked twice). */
	size?: number;
}

/** Every file and folder under `dir`, never following a symbolic link. */
function walk(dir: string, out: Walked[] = []): Walked[] {
	let names: string[];
	try {
		names = readdirSync(dir).sort();
	} catch {
		return out;
	}
	for (const name of names) {
		const path = join(dir, name);
		const stat = lstatSync(path);
		if (stat.isSymbolicLink()) {
			let target = '';
			try {
				target = readlinkSync(path);
			} catch {
				target = '?';
			}
			out.push({
				path,
				dir: false,
				special: `シンボリックリンク（リンク先: ${target}）は使えません。リンクではなく、ふつうのファイルを置いてください`,
			});
		} else if (stat.isDirectory()) {
			out.push({ path, dir: true });
			walk(path, out);
		} else if (!stat.isFile()) {
			out.push({ path, dir: false, special: 'ふつうのファイルではありません（デバイス・パイプなど）。置けません' });
		} else {
			out.push({ path, dir: false, size: stat.size });
		}
	}
	return out;
}

const sizeOf = (path: string) => lstatSync(path).size;

/** Reads the first bytes of a file. */
function head(path: string, bytes = 16): Buffer {
	const buffer = Buffer.alloc(bytes);
	const fd = openSync(path, 'r');
	try {
		readSync(fd, buffer, 0, bytes, 0);
	} finally {
		closeSync(fd);
	}
	return buffer;
}

/**
 * An entry's id, as the build makes it (src/lib/safety/content-loader.ts gives Astro's glob loader this very
 * function): the path under the collection folder without its extension, a final `/index` dropped, so
 * `x.md`, `x.mdx`, `x/index.md` and `x/index.mdx` are one page. Compared in Unicode NFC and lower case, so names
 * that differ only there (which the name rule refuses anyway) are one page too.
 */
export function entryId(rel: string): string {
	const stem = rel.replace(/\.[^./]*$/, '');
	return stem.replace(/\/index$/, '');
}

const pageKey = (file: ContentFile) => {
	const id = entryId(file.rel).normalize('NFC').toLowerCase();
	// Reports name local issues by file name alone: two issues with one name in different areas are one id.
	return `${file.collection}:${file.collection === 'localIssues' ? id.split('/').pop() : id}`;
};

/**
 * Files that would make one page (or one local issue id): all but the one already there are refused, naming it.
 * Already there: the file the base commit holds (the pull request's base branch; HEAD elsewhere), then the
 * plainer name (x.md before x.mdx and x/index.md), then the alphabetical first. Git is asked only on a collision.
 */
function samePageProblems(entries: readonly ContentFile[], root: string, displayRoot: string): Problem[] {
	const groups = new Map<string, ContentFile[]>();
	for (const file of entries) groups.set(pageKey(file), [...(groups.get(pageKey(file)) ?? []), file]);
	const clashes = [...groups.values()].filter((group) => group.length > 1);
	if (!clashes.length) return [];
	const committed = committedFiles(root) ?? new Set<string>();
	const problems: Problem[] = [];
	for (const group of clashes) {
		const [first, ...others] = [...group].sort(
			(a, b) => Number(!committed.has(a.path)) - Number(!committed.has(b.path)) || a.rel.length - b.rel.length || (a.rel < b.rel ? -1 : 1),
		);
		const there = display(displayRoot, first!.path);
		for (const file of others) {
			const what =
				file.collection === 'localIssues' && entryId(file.rel) !== entryId(first!.rel)
					? `地域課題の id「${entryId(file.rel).split('/').pop()}」`
					: `ページのアドレス（${COLLECTIONS[file.collection].folder}/${entryId(file.rel)}/）`;
			problems.push({
				severity: 'error',
				file: display(displayRoot, file.path),
				field: '',
				message: `${there} と同じ${what}になるため使えません（すでにあるのは ${there} の方です）。ページを置きかえることはできません。直すときは ${there} を直し、別のページなら、このファイルの名前を変えてください`,
			});
		}
	}
	return problems;
}

/** The content folder under the policy: the entry files to read, and every file that breaks it. */
export function contentFiles(root: string, displayRoot = process.cwd()): FilePolicyResult {
	const result: FilePolicyResult = { entries: [], drafts: [], problems: [] };
	const fail = (path: string, message: string) =>
		result.problems.push({ severity: 'error', file: display(displayRoot, path), field: '', message });
	const folders = new Map(COLLECTION_NAMES.map((c) => [COLLECTIONS[c].folder as string, c]));
	/** Entry files refused for their name, to say which page they would have taken. */
	const misnamed: ContentFile[] = [];

	for (const item of walk(root)) {
		const rel = relative(root, item.path).split(sep);
		const name = rel.at(-1)!;
		if (item.special) {
			fail(item.path, item.special);
			continue;
		}
		if (rel.length === 1) {
			if (item.dir ? !folders.has(name) : !TOP_FILES.has(name)) {
				fail(
					item.path,
					item.dir
						? `「${name}」というフォルダは使われません。使えるフォルダ: ${[...folders.keys()].join('、')}`
						: `content/ の一番上に置けるのは site.yaml と README.md だけです`,
				);
			}
			continue;
		}
		const collection = folders.get(rel[0]!);
		if (!collection) continue; // inside a folder already reported
		if (IGNORED.has(name)) continue;
		if (item.dir) {
			if (!NAME.test(name)) fail(item.path, `フォルダの${nameProblem(name)}`);
			else if (portableNameProblem(name)) fail(item.path, `フォルダの${portableNameProblem(name)}`);
			continue;
		}
		const ext = extname(name).slice(1);
		const stem = name.slice(0, name.length - ext.length - (ext ? 1 : 0));
		const extensions = COLLECTIONS[collection].extensions as readonly string[];
		if (name.startsWith('_') && extensions.includes(ext)) {
			result.drafts.push(item.path);
			continue;
		}
		if (!extensions.includes(ext)) {
			const what = IMAGE_FORMATS[ext.toLowerCase()]
				? '写真は public/photos/ に置いて、/photos/ファイル名 で指してください'
				: `${COLLECTIONS[collection].label}のファイルは .${extensions.join(' か .')} にしてください`;
			fail(item.path, `このファイルは読み込まれません。${what}`);
			continue;
		}
		if (!NAME.test(stem)) {
			fail(item.path, `${nameProblem(stem)}。ページのアドレスになります`);
			misnamed.push({ path: item.path, rel: rel.slice(1).join('/'), collection, ext });
			continue;
		}
		if (portableNameProblem(name)) {
			fail(item.path, portableNameProblem(name)!);
			continue;
		}
		const badFolder = rel.slice(1, -1).find((d) => !NAME.test(d) || portableNameProblem(d));
		if (badFolder !== undefined) continue; // the folder is reported once
		if ((item.size ?? 0) > LIMITS.fileBytes) {
			fail(item.path, `ファイルが大きすぎます（${kib(item.size ?? 0)}、${kib(LIMITS.fileBytes)}まで）。長い文章は分けてください`);
			continue;
		}
		result.entries.push({ path: item.path, rel: rel.slice(1).join('/'), collection, ext });
	}
	// Two files with one address (x.md and x.mdx, x.md and x/index.md), or two local issues with one id in
	// different areas: the build would keep one of them silently, and a pull request could replace a page.
	result.problems.push(...samePageProblems(result.entries, root, displayRoot));
	// A name that differs from an accepted one only by case or Unicode form (Aoba-X.md, a full-width ｘ) is refused
	// for its name above; say also which page it would have taken.
	for (const file of misnamed) {
		const key = (f: ContentFile) => pageKey({ ...f, rel: f.rel.normalize('NFKC') });
		const there = result.entries.find((e) => key(e) === key(file));
		const problem = there && result.problems.find((p) => p.file === display(displayRoot, file.path));
		if (problem)
			problem.message += `。${display(displayRoot, there!.path)} と同じページになります（すでにあるのは ${display(displayRoot, there!.path)} の方です）`;
	}
	result.entries = result.entries.filter((f) => !result.problems.some((p) => p.file === display(displayRoot, f.path)));

	const site = join(root, 'site.yaml');
	const siteStat = lstatSync(site, { throwIfNoEntry: false });
	if (!siteStat) fail(site, 'サイトの設定ファイル site.yaml がありません（npm run init-town で作れます）');
	else if (siteStat.isFile() && siteStat.size > LIMITS.fileBytes) fail(site, `site.yaml が大きすぎます（${kib(LIMITS.fileBytes)}まで）`);
	return result;
}

/** public/ under the policy: photos only, each a real image of the format its name says. */
export function publicFiles(dir: string, displayRoot = process.cwd()): Problem[] {
	const problems: Problem[] = [];
	const fail = (path: string, message: string) =>
		problems.push({ severity: 'error', file: display(displayRoot, path), field: '', message });
	for (const item of walk(dir)) {
		const rel = relative(dir, item.path).split(sep);
		const name = rel.at(-1)!;
		if (item.special) {
			fail(item.path, item.special);
			continue;
		}
		if (name === '.gitkeep') continue;
		if (item.dir) {
			if (rel[0] !== 'photos') fail(item.path, 'public/ に置けるのは photos/ フォルダ（写真）だけです');
			else if (!NAME.test(name)) fail(item.path, `フォルダの${nameProblem(name)}`);
			else if (portableNameProblem(name)) fail(item.path, `フォルダの${portableNameProblem(name)}`);
			continue;
		}
		if (rel.length < 2 || rel[0] !== 'photos') {
			fail(item.path, 'public/ に置けるのは public/photos/ の写真（JPEG・PNG・WebP・GIF・AVIF）だけです');
			continue;
		}
		const ext = extname(name).slice(1);
		const format = IMAGE_FORMATS[ext];
		if (!format) {
			fail(
				item.path,
				`写真は JPEG・PNG・WebP・GIF・AVIF（.jpg .png .webp .gif .avif）にしてください。${/^(svg|html?|xml|xhtml|pdf|js|mjs)$/i.test(ext) ? 'SVG・HTML・XML・PDF などは、開いたときにプログラムが動くことがあるため置けません' : 'この形式は置けません'}`,
			);
			continue;
		}
		const stem = name.slice(0, -ext.length - 1);
		if (!NAME.test(stem)) {
			fail(item.path, `${nameProblem(stem)}`);
			continue;
		}
		if (portableNameProblem(name)) {
			fail(item.path, portableNameProblem(name)!);
			continue;
		}
		if (sizeOf(item.path) > PHOTO_BYTES) {
			fail(item.path, `写真が大きすぎます（${kib(sizeOf(item.path))}、${kib(PHOTO_BYTES)}まで）。小さくしてから置いてください`);
			continue;
		}
		if (!format.matches(head(item.path))) fail(item.path, `中身が${format.label}の画像ではありません（名前と中身が合いません）`);
	}
	return problems;
}
