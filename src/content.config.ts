/**
 * Wires each collection's folder to its schema (src/schemas/index.ts, read from the table of kinds in
 * src/lib/kinds.ts). Nothing else happens here: pages read the collections through src/lib/site-data/content.ts.
 */
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { contentDir } from './lib/content-dir.ts';
import { contentLoader } from './lib/safety/content-loader.ts';
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName } from './schemas/index.ts';

const root = contentDir();

export const collections = Object.fromEntries(
	COLLECTION_NAMES.map((name) => [name, defineCollection({ loader: contentLoader(root, name), schema: COLLECTIONS[name].schema })]),
) as { [K in CollectionName]: { loader: Loader; schema: (typeof COLLECTIONS)[K]['schema'] } };
