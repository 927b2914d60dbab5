/**
 * Where the content lives. In order:
 * 1. the folder named by SASAEAI_CONTENT (the tests, the benchmark, a second town on one machine);
 * 2. content/, the town's own folder, as soon as it holds anything besides its README;
 * 3. otherwise the embedded sample city (src/sample-city/), so a fresh clone builds a complete site.
 * The project's own tests never read content/: they name their fixture towns through SASAEAI_CONTENT.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';

/** The fictional sample city, ひだまり市: the default site and the tests' main fixture (one copy, used by both). */
export const SAMPLE_CITY = 'src/sample-city';

/** Files that may sit in an otherwise empty content/ without making it a town. */
const PLACEHOLDERS = new Set(['README.md', '.gitkeep']);

export function townFolderIsEmpty(dir: string): boolean {
	return !existsSync(dir) || readdirSync(dir).every((f) => PLACEHOLDERS.has(f));
}

export function contentDir(env: Record<string, string | undefined> = process.env, cwd: string = process.cwd()): string {
	if (env['SASAEAI_CONTENT']) return resolve(cwd, env['SASAEAI_CONTENT']);
	const town = join(cwd, 'content');
	return townFolderIsEmpty(town) ? resolve(cwd, SAMPLE_CITY) : town;
}

/**
 * Where a build of `content` from the project at `root` keeps Astro's content store and Vite's cache (relative to
 * `root`). Each pair of project root and content folder gets its own, so building another folder (the tests'
 * fixture towns and broken copies, side by side; the benchmark) can never show entries left over from another
 * build, nor rewrite a cache another build is reading. Those builds remove theirs afterwards
 * (removeBuildCaches in scripts/lib/astro-build.ts): a checkout's node_modules is the project's own, linked.
 */
export function buildCacheDirs(root: string, content: string): { astro: string; vite: string } {
	const key = createHash('sha256').update(`${root}\n${content}`).digest('hex').slice(0, 12);
	return { astro: `node_modules/.astro/content-${key}`, vite: `node_modules/.vite/sasaeai-${key}` };
}

/** The content folder as it sits in a town's repository: content, or the sample city's src/sample-city. */
export function repositoryContentFolder(env: Record<string, string | undefined> = process.env, cwd: string = process.cwd()): string {
	return contentDir(env, cwd).endsWith(SAMPLE_CITY) ? SAMPLE_CITY : 'content';
}

/** A file's path inside the content folder (salons/aoba/x.md), or undefined for a file outside it. */
export function contentPath(
	filePath: string,
	env: Record<string, string | undefined> = process.env,
	cwd: string = process.cwd(),
): string | undefined {
	const inContent = relative(contentDir(env, cwd), resolve(cwd, filePath));
	return inContent.startsWith('..') || isAbsolute(inContent) ? undefined : inContent.split(sep).join('/');
}

/**
 * Where a content file sits in the town's repository, for the 「この情報を直す」 edit link: its path under the
 * project when it is inside it, otherwise the path it has in a town's repository (content/… or the sample's
 * src/sample-city/…), whichever folder the build was pointed at.
 */
export function repositoryPath(
	filePath: string,
	env: Record<string, string | undefined> = process.env,
	cwd: string = process.cwd(),
): string {
	const inContent = contentPath(filePath, env, cwd);
	return inContent !== undefined
		? `${repositoryContentFolder(env, cwd)}/${inContent}`
		: relative(cwd, resolve(cwd, filePath)).split(sep).join('/');
}

/** True when the build or check is about to use the sample city because content/ is empty. */
export function usingSampleCity(env: Record<string, string | undefined> = process.env, cwd: string = process.cwd()): boolean {
	return contentDir(env, cwd) === resolve(cwd, SAMPLE_CITY);
}

export const SAMPLE_NOTICE =
	'content/ にまだ町の内容がないため、サンプルの市（src/sample-city/、架空のひだまり市）を使います。自分の町のサイトにする手順は docs/town-setup.md（自分の市町村で使う）にあります。';
