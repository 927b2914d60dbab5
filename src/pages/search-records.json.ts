/**
 * The search index's input, written at build time and turned into a Pagefind index by
 * src/integrations/search-index.ts (which then deletes this file from the site).
 */
import type { APIRoute } from 'astro';
import type { SearchRecord } from '../lib/search/records.ts';
import { siteRecords } from '../lib/site-data/search-records.ts';

export const GET: APIRoute = () => {
	const records: SearchRecord[] = siteRecords.map(({ url, title, text, meta, filters, sort }) => ({
		url,
		title,
		text,
		meta,
		filters,
		sort,
	}));
	return new Response(JSON.stringify(records));
};
