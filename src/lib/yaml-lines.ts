/**
 * Finds the line of a field in YAML front matter, so a message can say `file.md:12`.
 * Uses the `yaml` package only for source positions (data is parsed with js-yaml 4, as the build does).
 * For a path that does not fully exist (a missing field), the line of the deepest part that does is returned.
 */
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

/**
 * @param matter the YAML text: front matter without its --- lines, or a whole YAML file
 * @param path the field path of a validation issue, e.g. ['schedule', 'rules', 0, 'start']
 * @param firstLine the file's line number of the YAML's first line: 2 for front matter, 1 for a YAML file
 * @returns a 1-based line number in the file, or undefined
 */
export function lineOfPath(matter: string, path: readonly PropertyKey[], firstLine = 2): number | undefined {
	const lineCounter = new LineCounter();
	const doc = parseDocument(matter, { lineCounter, uniqueKeys: false });
	let node: unknown = doc.contents;
	let offset: number | undefined;
	for (const segment of path) {
		if (isMap(node)) {
			const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === segment);
			if (!pair) break;
			offset = (pair.key as Node).range?.[0];
			node = pair.value;
		} else if (isSeq(node) && typeof segment === 'number') {
			const item = node.items[segment] as Node | undefined;
			if (!item) break;
			offset = item.range?.[0];
			node = item;
		} else {
			break;
		}
	}
	if (offset === undefined) return undefined;
	return lineCounter.linePos(offset).line + firstLine - 1;
}
