/**
 * Wires each collection's folder to its schema (src/schemas/). Nothing else happens here:
 * pages read the collections through src/lib/content.ts.
 */
import { defineCollection } from 'astro:content';
import { join } from 'node:path';
import { contentDir } from './lib/content-dir.ts';
import { safeGlob } from './lib/safe-glob.ts';
import { areaSchema } from './schemas/areas.ts';
import { localIssueSchema } from './schemas/local-issues.ts';
import { COLLECTIONS, collectionPattern, type CollectionName } from './schemas/index.ts';
import { reportSchema } from './schemas/reports.ts';
import { resourceSchema } from './schemas/resources.ts';
import { salonSchema } from './schemas/salons.ts';
import { volunteerSchema } from './schemas/volunteers.ts';

const root = contentDir();
const loader = (name: CollectionName) => safeGlob({ base: join(root, COLLECTIONS[name].folder), pattern: collectionPattern(name) });

export const collections = {
	areas: defineCollection({ loader: loader('areas'), schema: areaSchema }),
	salons: defineCollection({ loader: loader('salons'), schema: salonSchema }),
	resources: defineCollection({ loader: loader('resources'), schema: resourceSchema }),
	volunteers: defineCollection({ loader: loader('volunteers'), schema: volunteerSchema }),
	reports: defineCollection({ loader: loader('reports'), schema: reportSchema }),
	localIssues: defineCollection({ loader: loader('localIssues'), schema: localIssueSchema }),
};
