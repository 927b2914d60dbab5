/**
 * The collections: where each lives under the content folder, which file types it accepts and its schema.
 * src/content.config.ts wires these into Astro; scripts/check-content.ts validates the same files with them.
 */
import { areaSchema } from './areas.ts';
import { localIssueSchema } from './local-issues.ts';
import { reportSchema } from './reports.ts';
import { resourceSchema } from './resources.ts';
import { salonSchema } from './salons.ts';
import { volunteerSchema } from './volunteers.ts';

export const COLLECTIONS = {
	areas: { folder: 'areas', extensions: ['md'], schema: areaSchema, label: '地域' },
	salons: { folder: 'salons', extensions: ['md'], schema: salonSchema, label: 'サロン・通いの場' },
	resources: { folder: 'resources', extensions: ['md'], schema: resourceSchema, label: '地域の資源' },
	volunteers: { folder: 'volunteers', extensions: ['md'], schema: volunteerSchema, label: 'ボランティア募集' },
	reports: { folder: 'reports', extensions: ['md', 'mdx'], schema: reportSchema, label: '協議体の会議録' },
	localIssues: { folder: 'local-issues', extensions: ['md'], schema: localIssueSchema, label: '地域課題' },
} as const;

export type CollectionName = keyof typeof COLLECTIONS;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/** Files whose name starts with _ are drafts and templates: not built, not checked as entries. */
export function collectionPattern(name: CollectionName): string {
	const exts = COLLECTIONS[name].extensions;
	return `**/[^_]*.${exts.length === 1 ? exts[0] : `{${exts.join(',')}}`}`;
}
