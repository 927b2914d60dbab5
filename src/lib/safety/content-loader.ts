/**
 * Astro's glob loader, plus a stop: an MDX file with import/export, a JavaScript expression or a component
 * that is not the site's ends the build here, at content sync, before any bundler or renderer sees it.
 * (Markdown files need no stop: the build's HAST plugin removes raw HTML from them.)
 */
import { existsSync, readFileSync } from 'node:fs';
import { glob, type Loader } from 'astro/loaders';
import { parseContentFile } from './frontmatter.ts';
import { findUnsafeMarkup } from './markup-safety.ts';

export function safeGlob(options: Parameters<typeof glob>[0]): Loader {
	const inner = glob(options);
	return {
		name: 'sasaeai-safe-glob',
		load: async (context) => {
			// A town may have no local issues or reports yet: an absent folder is an empty collection, said quietly.
			if (typeof options.base === 'string' && !existsSync(options.base)) {
				context.store.clear();
				return;
			}
			await inner.load(context);
			const problems: string[] = [];
			for (const entry of context.store.values()) {
				if (!entry.filePath?.endsWith('.mdx')) continue;
				const offset = parseContentFile(readFileSync(entry.filePath, 'utf8')).bodyLine - 1;
				for (const p of findUnsafeMarkup(entry.body ?? '', 'mdx')) problems.push(`${entry.filePath}:${p.line + offset} [エラー] ${p.message}`);
			}
			if (problems.length) {
				throw new Error(`MDX に使えないものがあります。ビルドを止めました（何も実行していません）:\n${problems.join('\n')}`);
			}
		},
	};
}
