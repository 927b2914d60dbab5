/**
 * The town's area files as the needs commands read them (`npm run import-population`, `npm run import-indicators`):
 * every non-draft `areas/*.md` in file order, with its text (kept so a command can rewrite one block of it) and its
 * front matter read by the project's safe reader. Undefined when the folder is not there, so each command says
 * what to run first in its own words.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseContentFile } from '../../src/lib/safety/frontmatter.ts';

export interface AreaFileText {
	id: string;
	file: string;
	text: string;
	data: Record<string, unknown>;
}

export function readAreaFiles(dir: string): AreaFileText[] | undefined {
	let names: string[];
	try {
		names = readdirSync(dir)
			.filter((n) => n.endsWith('.md') && !n.startsWith('_'))
			.sort();
	} catch {
		return undefined;
	}
	return names.map((name) => {
		const file = join(dir, name);
		const text = readFileSync(file, 'utf8');
		return { id: name.slice(0, -3), file, text, data: parseContentFile(text).data };
	});
}
