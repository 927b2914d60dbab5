/**
 * Wires each collection's folder to its schema (src/schemas/). Nothing else happens here:
 * pages read the collections through src/lib/content.ts.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { join } from 'node:path';
import { COLLECTIONS, collectionPattern, type CollectionName } from './schemas/index.ts';
import { contentDir } from './lib/content-dir.ts';

const root = contentDir();

function collection<N extends CollectionName>(name: N) {
	return defineCollection({
		loader: glob({ base: join(root, COLLECTIONS[name].folder), pattern: collectionPattern(name) }),
		schema: COLLECTIONS[name].schema as (typeof COLLECTIONS)[N]['schema'],
	});
}

export const collections = {
	areas: collection('areas'),
	salons: collection('salons'),
	resources: collection('resources'),
	volunteers: collection('volunteers'),
	reports: collection('reports'),
};
