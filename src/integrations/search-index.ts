/**
 * After the build, turns dist/search-records.json into a Pagefind index in dist/pagefind/ and removes the
 * records file. Each record's text is indexed as Japanese bigrams encoded as ASCII tokens
 * (src/lib/search/terms.ts), so Pagefind's own CJK handling never touches it and queries made the same way
 * always match.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { SearchRecord } from '../lib/search/records.ts';
import { TITLE_SUFFIX, toIndexText } from '../lib/search/terms.ts';

/**
 * The index language. Its primary subtag must not be ja, zh or th: for those, Pagefind segments the text at
 * index time (Lindera) and the query in the browser (Intl.Segmenter), and both would split our bigrams again.
 * "und" (undetermined) with a private-use tag is neither stemmed nor segmented; a page in lang="ja" still
 * loads it, as the site's only index.
 */
export const SEARCH_LANGUAGE = 'und-x-jabigram';

export default function searchIndex(): AstroIntegration {
	return {
		name: 'sasaeai-search-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				const recordsFile = join(out, 'search-records.json');
				const records = JSON.parse(readFileSync(recordsFile, 'utf8')) as SearchRecord[];
				const pagefind = await import('pagefind');
				const { index, errors } = await pagefind.createIndex({});
				if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
				for (const r of records) {
					const added = await index.addCustomRecord({ url: r.url, content: `${toIndexText(r.text)} ${toIndexText(r.title, TITLE_SUFFIX)}`, language: SEARCH_LANGUAGE, meta: r.meta, filters: r.filters, sort: r.sort });
					if (added.errors.length) throw new Error(`Pagefind refused ${r.url}: ${added.errors.join('; ')}`);
				}
				const written = await index.writeFiles({ outputPath: join(out, 'pagefind') });
				if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
				await pagefind.close();
				rmSync(recordsFile);
				logger.info(`search index: ${records.length} pages`);
			},
		},
	};
}
