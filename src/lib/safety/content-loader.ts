/**
 * Astro's glob loader, held to the one list of which files are content (src/lib/safety/file-policy.ts): after
 * it loads, any entry whose file the policy does not accept (a dot-file, `..md`, a name with spaces or control
 * characters, a symbolic link) is dropped, so the build can never publish a file the check did not read. The
 * content gate (src/integrations/content-gate.ts) has already stopped the build on such files; this is the
 * second line. Each entry's id is made from its path as the check makes it (no `slug:` can take another page).
 * Then a stop: an MDX body nested too deeply for the processor, or with import/export, a JavaScript expression
 * or a foreign component, ends the build here, at content sync, before any bundler or renderer sees it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { glob, type Loader } from 'astro/loaders';
import { COLLECTIONS, collectionPattern, type CollectionName } from '../../schemas/index.ts';
import { contentFiles, entryId } from './file-policy.ts';
import { parseContentFile } from './frontmatter.ts';
import { findUnsafeMarkup } from './markup.ts';
import { bodyNestingProblem } from './nesting.ts';

export function contentLoader(root: string, collection: CollectionName): Loader {
	const base = join(root, COLLECTIONS[collection].folder);
	// The id is the check's (file-policy.ts entryId): from the path alone, never from a `slug:` in the front matter,
	// so no file can take another's page by naming it.
	const inner = glob({ base, pattern: collectionPattern(collection), generateId: ({ entry }) => entryId(entry) });
	return {
		name: 'sasaeai-content-loader',
		load: async (context) => {
			// A town may have no local issues or reports yet: an absent folder is an empty collection, said quietly.
			if (!existsSync(base)) {
				context.store.clear();
				return;
			}
			await inner.load(context);
			const allowed = new Set(
				contentFiles(root)
					.entries.filter((f) => f.collection === collection)
					.map((f) => resolve(f.path)),
			);
			const problems: string[] = [];
			for (const entry of [...context.store.values()]) {
				const file = entry.filePath ? resolve(entry.filePath) : undefined;
				if (!file || !allowed.has(file)) {
					context.store.delete(entry.id);
					continue;
				}
				if (!file.endsWith('.mdx')) continue;
				const offset = parseContentFile(readFileSync(file, 'utf8')).bodyLine - 1;
				const deep = bodyNestingProblem(entry.body ?? '', 'mdx');
				if (deep) {
					problems.push(`${entry.filePath}:${deep.line + offset} [エラー] ${deep.message}`);
					continue;
				}
				for (const p of findUnsafeMarkup(entry.body ?? '', 'mdx'))
					problems.push(`${entry.filePath}:${p.line + offset} [エラー] ${p.message}`);
			}
			if (problems.length) {
				throw new Error(`MDX に使えないものがあります。ビルドを止めました（何も実行していません）:\n${problems.join('\n')}`);
			}
		},
	};
}
