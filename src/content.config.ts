/**
 * Wires each collection's folder to its schema (src/schemas/). Nothing else happens here:
 * pages read the collections through src/lib/content.ts.
 */
import { defineCollection } from 'astro:content';
import { contentDir } from './lib/content-dir.ts';
import { contentLoader } from './lib/safety/content-loader.ts';
import { areaSchema } from './schemas/areas.ts';
import { localIssueSchema } from './schemas/local-issues.ts';
import { reportSchema } from './schemas/reports.ts';
import { resourceSchema } from './schemas/resources.ts';
import { salonSchema } from './schemas/salons.ts';
import { volunteerSchema } from './schemas/volunteers.ts';

const root = contentDir();

export const collections = {
	areas: defineCollection({ loader: contentLoader(root, 'areas'), schema: areaSchema }),
	salons: defineCollection({ loader: contentLoader(root, 'salons'), schema: salonSchema }),
	resources: defineCollection({ loader: contentLoader(root, 'resources'), schema: resourceSchema }),
	volunteers: defineCollection({ loader: contentLoader(root, 'volunteers'), schema: volunteerSchema }),
	reports: defineCollection({ loader: contentLoader(root, 'reports'), schema: reportSchema }),
	localIssues: defineCollection({ loader: contentLoader(root, 'localIssues'), schema: localIssueSchema }),
};
