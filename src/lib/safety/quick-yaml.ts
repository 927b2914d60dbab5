/**
 * A quick reading of plain front matter. js-yaml (its YAML 1.2 core schema: plain data, nothing that runs) reads
 * the usual file about eight times faster than the `yaml` package, whose full document model the check needs only
 * to refuse a feature or explain a mistake in the file's own lines. The two read plain YAML alike but part ways in
 * corners (binary and signed hexadecimal numbers, `+.5`, a null or collection as a key, a quoted or bracketed
 * value carried on to an unindented line, `#` straight after a value), and js-yaml accepts some text that `yaml`
 * refuses. So only text that holds none of those corners, nor any feature the full reading refuses (anchors,
 * aliases, tags, directives, merge keys, tabs), takes the quick way; everything else, and anything js-yaml
 * cannot read, goes the full way (parseYamlData in frontmatter.ts), which gives every message. quick-yaml.test.ts
 * compares the two ways on every file of the fixture towns and on every short value built from YAML's own
 * indicator characters.
 */
import jsyaml from 'js-yaml';

/** Anywhere in the text: what the full reading refuses or reads otherwise. */
const CORNERS = [
	/[&*!%@`\\\t~]|<<|__proto__/, // anchors, aliases, tags, directives, reserved indicators, escapes, tabs, ~ as a key
	/\?(\s|$)/m, // a complex key
	/[+-]\.|[+-]0[xo]|0b/i, // numbers the two schemas read differently
	/[^\s]#/, // a # that is not a comment's start
	/[[{,]\s*:/, // an empty key in a flow collection
	/[\]}]\s*:|[{,]\s*[[{]/, // a collection as a key (or, to be safe, a collection after a comma)
	/(^|\s)[|>][-+0-9]*\s*$/m, // a block scalar, whose indentation rules the two apply differently at the edges
];
/** A line at the left edge that is not `key:` (a value carried on without indentation, a collection as a key). */
const UNINDENTED_NOT_A_KEY = /^(?![^\s\-[\]{}#,:'"?|>][^:]*:(\s|$))\S/;

/** A flow sequence of numbers (or an empty one) on one line, innermost first. */
const NUMBER_SEQUENCE = /\[[ ]*(?:-?\d+(?:\.\d+)?[ ]*(?:,[ ]*-?\d+(?:\.\d+)?[ ]*)*)?\]/g;
/** A line `key: [...]` whose value is made of brackets, numbers and commas alone (a GeoJSON boundary's coordinates). */
const LIST_VALUE = /^([ ]*[A-Za-z_][\w-]*:[ ]+)(\[[-\d .,[\]]*\])[ ]*$/gm;

/** Whether `text` is sequences of sequences … of numbers and nothing else, as `[[[135.02, 34.0], [135.04, 34.0]]]`. */
export function numbersOnly(text: string): boolean {
	let reduced = text;
	for (let before = ''; before !== reduced;) {
		before = reduced;
		reduced = reduced.replace(NUMBER_SEQUENCE, '0');
	}
	return reduced === '0';
}

/**
 * The text as the corners are looked for in it: a value of nested number sequences (which both readers read alike:
 * its commas and brackets separate numbers, never keys) stands as one number, so a 校区's boundary is read the quick way.
 */
function withNumberListsAsNumbers(source: string): string {
	return source.replace(LIST_VALUE, (line, key: string, list: string) => (numbersOnly(list) ? `${key}0` : line));
}

/** Whether the text may take the quick way: none of the corners, quotes closed on their own line. */
export function quickReadable(text: string): boolean {
	const source = withNumberListsAsNumbers(text);
	if (CORNERS.some((corner) => corner.test(source))) return false;
	for (const line of source.split('\n')) {
		if (UNINDENTED_NOT_A_KEY.test(line)) return false;
		// Indentation in steps of two spaces, as the templates write it; anything else is read the full way.
		if ((line.length - line.trimStart().length) % 2) return false;
		if (occurrences(line, '"') % 2 || occurrences(line, "'") % 2) return false;
	}
	return true;
}

/** How many times `char` occurs in `text`. */
function occurrences(text: string, char: string): number {
	let count = 0;
	for (let at = text.indexOf(char); at !== -1; at = text.indexOf(char, at + 1)) count++;
	return count;
}

/** The data of plain front matter read the quick way, or undefined where the full reading must decide. */
export function quickYaml(source: string): unknown {
	if (!quickReadable(source)) return undefined;
	try {
		return jsyaml.load(source, { schema: jsyaml.CORE_SCHEMA, json: false });
	} catch {
		return undefined;
	}
}
