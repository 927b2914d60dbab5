/** The issue forms on disk against the town's areas, for npm run issue-forms and the check's warning. */
import { compareYomi } from './ordering.ts';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { townTerms } from './town-terms.ts';
import { loadContent, type LoadedEntry } from './content-files.ts';
import { withAreaDropdown, type FormArea } from './issue-forms.ts';
import { areaKind, type AreaLevel } from '../schemas/taxonomy.ts';

/**
 * The 第2層 areas as the forms list them, in 五十音順 of their reading, and the town's word for them. A caller that
 * has already read the content (npm run check) passes its entries, so the files are not read a second time.
 */
export function formAreas(root: string, entries: readonly LoadedEntry[] = loadContent(root).entries): { areas: FormArea[]; word: string } {
	const areas = entries.filter((e) => e.collection === 'areas');
	const districts = areas
		.filter((a) => areaKind(a.data['level'] as AreaLevel) === 'district')
		.sort((a, b) => compareYomi(String(a.data['yomi'] ?? a.data['name']), String(b.data['yomi'] ?? b.data['name'])))
		.map((a) => ({ name: String(a.data['name']) }));
	const word = townTerms(
		'',
		areas.map((a) => a.data['level'] as AreaLevel),
	).district;
	return { areas: districts, word };
}

/** The forms whose area field does not match the areas (empty when all match or there are no forms). */
export function issueFormsDrift(folder: string, root: string, entries?: readonly LoadedEntry[]): string[] {
	if (!existsSync(folder)) return [];
	const { areas, word } = formAreas(root, entries);
	return readdirSync(folder)
		.filter((f) => f.endsWith('.yml') && f !== 'config.yml')
		.map((f) => join(folder, f))
		.filter((path) => {
			const text = readFileSync(path, 'utf8');
			return withAreaDropdown(text, areas, word) !== text;
		});
}
