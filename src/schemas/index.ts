/**
 * The collections: each kind of entry (src/lib/kinds.ts: its folder, file types and label) with its zod schema.
 * src/content.config.ts wires these into Astro; scripts/check-content.ts validates the same files with them.
 * A new kind is a row in src/lib/kinds.ts and its schema here.
 */
import { KINDS, type KindKey } from '../lib/kinds.ts';
import { areaSchema } from './areas.ts';
import { localIssueSchema } from './local-issues.ts';
import { reportSchema } from './reports.ts';
import { resourceSchema } from './resources.ts';
import { salonSchema } from './salons.ts';
import { volunteerSchema } from './volunteers.ts';

/** Each kind's schema: one line per kind. */
export const SCHEMAS = {
	areas: areaSchema,
	salons: salonSchema,
	resources: resourceSchema,
	volunteers: volunteerSchema,
	reports: reportSchema,
	localIssues: localIssueSchema,
} as const satisfies Record<KindKey, unknown>;

type Collections = {
	[K in KindKey]: {
		folder: (typeof KINDS)[K]['folder'];
		extensions: (typeof KINDS)[K]['extensions'];
		label: string;
		schema: (typeof SCHEMAS)[K];
	};
};

export const COLLECTIONS = Object.fromEntries(
	(Object.keys(SCHEMAS) as KindKey[]).map((key) => [
		key,
		{ folder: KINDS[key].folder, extensions: KINDS[key].extensions, label: KINDS[key].label, schema: SCHEMAS[key] },
	]),
) as Collections;

export type CollectionName = KindKey;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/** Files whose name starts with _ are drafts and templates: not built, not checked as entries. */
export function collectionPattern(name: CollectionName): string {
	const exts: readonly string[] = COLLECTIONS[name].extensions;
	return `**/[^_]*.${exts.length === 1 ? exts[0] : `{${exts.join(',')}}`}`;
}
