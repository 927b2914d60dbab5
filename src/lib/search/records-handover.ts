/**
 * How the search records reach the search index while `astro build` is still making pages.
 *
 * The records exist as soon as the site's data is read (src/lib/site-data/search-records.ts, when the first route
 * that needs them asks for its paths, before any page is made). During a build the search index integration
 * (src/integrations/search-index.ts) waits for them here and starts Pagefind at once, so Pagefind's service
 * indexes in its own process beside Astro's page rendering instead of after it (docs/performance.md). Outside a
 * build (astro dev, the tests) nobody waits and handing them over does nothing.
 */
import type { SearchRecord } from './records.ts';

export type RecordsReceiver = (records: SearchRecord[]) => void;

/** One slot shared by the integration (loaded with the config) and the pages' bundle: both run in the build's process. */
const SLOT = Symbol.for('sasaeai.search-records-receiver');
const slots = globalThis as { [SLOT]?: RecordsReceiver };

/** Waits for the records (the integration, at the start of a build); returns how to stop waiting. */
export function awaitSearchRecords(receiver: RecordsReceiver): () => void {
	slots[SLOT] = receiver;
	return () => {
		if (slots[SLOT] === receiver) delete slots[SLOT];
	};
}

/** Hands the records to whoever waits for them (the pages' data, once per build); nothing if nobody waits. */
export function handOverSearchRecords(records: SearchRecord[]): void {
	slots[SLOT]?.(records);
}
