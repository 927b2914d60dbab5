/**
 * A checkout as a town has it, made in a folder of its own: the project's files, the installed node_modules
 * (linked), and the town's content as content/. Used by the tests that swap in another town or commit hostile
 * files, and by npm run bench -- --ci.
 */
import { cpSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

const PROJECT_FILES = ['package.json', 'astro.config.mjs', 'tsconfig.json', 'src', 'scripts', 'public'];

/**
 * @param content the town's content folder, copied as content/; none for a checkout that builds a folder named by
 *   SASAEAI_CONTENT (each build then has a root, and so an Astro `.astro/` folder, of its own)
 */
export function townCheckout(root: string, content?: string, project = process.cwd()): string {
	mkdirSync(root, { recursive: true });
	for (const f of PROJECT_FILES) cpSync(join(project, f), join(root, f), { recursive: true });
	symlinkSync(join(project, 'node_modules'), join(root, 'node_modules'), 'dir');
	if (content) cpSync(content, join(root, 'content'), { recursive: true });
	return root;
}
