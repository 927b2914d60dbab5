/**
 * The towns the project's own tests run on. They are fixtures the tests own; content/ (the town's folder) is
 * never read by a test.
 * - the sample city (ひだまり市: 市, two 圏域, six 校区, MDX reports, local issues), also the default site;
 * - 川波町: a 町 whose 地区 hang directly off the town, one 地区 with no entries, no local issues, no MDX,
 *   published under a base path (/kawanami-guide/), its search built as a large town's is: no names file (results
 *   wait for their fragments), first screens for the everyday words and the index in parts of ten pages
 *   (src/integrations/search-index.ts, first-screens.ts, src/lib/search/parts.ts).
 */
import { join } from 'node:path';
import { SAMPLE_CITY } from '../src/lib/content-dir.ts';

export const TOWNS = {
	hidamari: join(process.cwd(), SAMPLE_CITY),
	kawanami: join(process.cwd(), 'tests/fixtures/towns/kawanami-cho'),
} as const;
export type TownName = keyof typeof TOWNS;

/** What a town's build is given besides its content and output folders. */
export const TOWN_BUILD_ENV: Partial<Record<TownName, Record<string, string>>> = {
	kawanami: { SASAEAI_NAMES_FILE: 'never', SASAEAI_SEARCH_PART_PAGES: '10' },
};

/** Each town is built once, before the site tests, into test-dist/<town>/. */
export const TEST_DIST_ROOT = join(process.cwd(), 'test-dist');
export const distOf = (town: TownName) => join(TEST_DIST_ROOT, town);

/** The sample city: most site tests read its built pages. */
export const SAMPLE = TOWNS.hidamari;
export const TEST_DIST = distOf('hidamari');
