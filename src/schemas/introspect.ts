/**
 * Reading a zod schema's shape: what each field is, whether it is optional, its description and the patterns
 * it checks. Shared by the field reference (src/lib/help/field-reference.ts) and the contribution form
 * (src/lib/contribute/form-model.ts), so a field added to a schema appears in both without a second edit.
 */

export type Def = Record<string, unknown> & { type: string };
export type SchemaNode = { _zod: { def: Def }; description?: string };

export const descriptionOf = (node: SchemaNode) => node.description ?? '';

/** The side of a pipe that says what is written: the input, unless it is only a transform. */
export function unwrapPipe(node: SchemaNode): SchemaNode {
	const input = node._zod.def['in'] as SchemaNode;
	return input._zod.def.type === 'transform' ? (node._zod.def['out'] as SchemaNode) : input;
}

/** Unwraps optional, default and nullable, noting optionality and the first description found on the way. */
export function unwrap(node: SchemaNode): { node: SchemaNode; optional: boolean; description: string } {
	let optional = false;
	let text = descriptionOf(node);
	for (let i = 0; i < 12; i++) {
		const def = node._zod.def;
		if (def.type === 'optional' || def.type === 'default' || def.type === 'prefault' || def.type === 'nullable') {
			if (def.type !== 'nullable') optional = true;
			node = def['innerType'] as SchemaNode;
		} else break;
		text ||= descriptionOf(node);
	}
	return { node, optional, description: text };
}

/** Looks through pipes (to the side that is written) to the schema's own kind: string, number, enum, object… */
export function baseOf(node: SchemaNode): SchemaNode {
	for (let i = 0; i < 12 && node._zod.def.type === 'pipe'; i++) node = unwrapPipe(node);
	return node;
}

/** The patterns a string schema checks, looking through pipes (input, then output). */
export function patternsOf(node: SchemaNode, depth = 0): string[] {
	if (depth > 6) return [];
	const def = node._zod.def;
	const own = ((def['checks'] as { _zod: { def: { pattern?: RegExp } } }[] | undefined) ?? []).flatMap((c) =>
		c._zod.def.pattern ? [c._zod.def.pattern.source] : [],
	);
	const inner =
		def.type === 'pipe' ? [...patternsOf(def['in'] as SchemaNode, depth + 1), ...patternsOf(def['out'] as SchemaNode, depth + 1)] : [];
	return [...own, ...inner];
}

/** The kinds of line the patterns of src/schemas/common.ts ask for, each recognised by its pattern's source. */
export type PatternFormat = 'date' | 'time' | 'tel' | 'postal' | 'id' | 'yomi';
const PATTERN_FORMATS: [RegExp, PatternFormat][] = [
	[/\\d\{4\}-\\d\{2\}-\\d\{2\}/, 'date'],
	[/\[0-5\]\\d\$/, 'time'],
	[/\^0\\d\{1,4\}-/, 'tel'],
	[/\^\\d\{3\}-\\d\{4\}\$/, 'postal'],
	[/\^\[a-z0-9-\]\+\$/, 'id'],
	[/ぁ-ゖ/, 'yomi'],
];
/** What a string schema's first recognised pattern asks for: a date, a time, a phone number… (through pipes). */
export function patternFormat(node: SchemaNode): PatternFormat | undefined {
	for (const pattern of patternsOf(node)) {
		const found = PATTERN_FORMATS.find(([re]) => re.test(pattern));
		if (found) return found[1];
	}
	return undefined;
}

/** The string formats (email, url) a schema checks, looking through pipes. */
export function stringFormatsOf(node: SchemaNode, depth = 0): string[] {
	if (depth > 6) return [];
	const def = node._zod.def;
	const own = typeof def['format'] === 'string' ? [def['format'] as string] : [];
	return def.type === 'pipe'
		? [...own, ...stringFormatsOf(def['in'] as SchemaNode, depth + 1), ...stringFormatsOf(def['out'] as SchemaNode, depth + 1)]
		: own;
}

/** The fields of an object schema, in declared order. */
export const shapeOf = (node: SchemaNode) => Object.entries(node._zod.def['shape'] as Record<string, SchemaNode>);
/** The values of an enum schema. */
export const enumValues = (node: SchemaNode) => Object.values(node._zod.def['entries'] as Record<string, string>);
