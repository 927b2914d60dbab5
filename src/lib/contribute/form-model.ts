/**
 * The contribution form, read from a collection's zod schema: one node per field, in the schema's order, with
 * the schema's own description as the label and its enum values as the choices. A field added to a schema
 * appears in the form (and in the field reference) without a second edit. The form page renders these nodes
 * (src/components/send/FormNode.astro); the browser reads them back into data and validates it with the
 * same schema.
 */
import { COLLECTIONS } from '../../schemas/index.ts';
import { baseOf, enumValues, patternFormat, shapeOf, stringFormatsOf, unwrap, type SchemaNode } from '../../schemas/introspect.ts';
import { formKinds, KIND_LIST, type Kind } from '../kinds.ts';
import type { SendableCollection } from './entry-path.ts';

/** How a line of text is typed: it decides the input's type, keyboard and autocomplete. */
export type TextInput = 'text' | 'date' | 'time' | 'tel' | 'email' | 'url' | 'postal' | 'number' | 'yomi';
/** Fields drawn by a widget of their own, or filled from the town's content (areas, local issues). */
export type WidgetName = 'schedule' | 'location' | 'area' | 'areas' | 'issues';

interface Base {
	/** The key in the file (name, tel, organisation); '' for the item of a list of lines. */
	key: string;
	/** Dotted path from the top: place.name, participants[].count. Used for element ids and tests. */
	path: string;
	label: string;
	/** The rest of the description after its first sentence: examples and what to leave out. */
	help?: string;
	required: boolean;
}
export type FormNode =
	| (Base & { type: 'text'; input: TextInput; max?: number })
	| (Base & { type: 'choice'; choices: string[] })
	| (Base & { type: 'choices'; choices: string[] })
	| (Base & { type: 'boolean' })
	| (Base & { type: 'group'; children: FormNode[] })
	| (Base & { type: 'repeat'; min: number; max: number; item: FormNode })
	| (Base & { type: 'widget'; widget: WidgetName });

/** Fields written by tools, not by people (npm run import's record of the source): kept as they are on a fix. */
const NOT_IN_FORM = new Set(['source']);

/**
 * A description's first sentence is the label; what follows (examples, cautions) is the help under it:
 * 「電話番号。市外局番からハイフンで区切って。例: 072-841-1221」 → 電話番号 / 市外局番から….
 */
export function splitDescription(text: string): [string, string | undefined] {
	const end = text.indexOf('。');
	if (end === -1 || end === text.length - 1) return [text.replace(/。$/, ''), undefined];
	return [text.slice(0, end), text.slice(end + 1).trim() || undefined];
}

/**
 * What a volunteer knows first comes first: the name, the kind, where and when; then the schema's order.
 * (Meeting reports and local issues keep the schema's order, which already follows the meeting.)
 */
const FIRST = ['name', 'title', 'yomi', 'category', 'area', 'areas', 'place', 'schedule'];
const byFirst = (a: FormNode, b: FormNode) => rank(a.key) - rank(b.key);
const rank = (key: string) => (FIRST.includes(key) ? FIRST.indexOf(key) : FIRST.length);

/** Which widget draws a field, if any. */
function widgetFor(collection: string, path: string): WidgetName | undefined {
	if (path === 'schedule') return 'schedule';
	if (path === 'place.location') return 'location';
	if (path === 'area') return 'area';
	if (path === 'areas') return 'areas';
	if (collection === 'reports' && path === 'issues') return 'issues';
	return undefined;
}

/** What kind of line a string schema asks for, from the patterns and formats of src/schemas/common.ts. */
function textInput(node: SchemaNode): TextInput {
	const base = baseOf(node);
	const def = base._zod.def;
	if (def.type === 'number') return 'number';
	if (def.type === 'union') {
		const inputs = (def['options'] as SchemaNode[]).map((o) => textInput(unwrap(o).node));
		return inputs.includes('date') ? 'date' : (inputs[0] ?? 'text');
	}
	const pattern = patternFormat(node);
	if (pattern && pattern !== 'id') return pattern;
	const formats = stringFormatsOf(node);
	if (formats.includes('email')) return 'email';
	if (formats.some((f) => f === 'url')) return 'url';
	return 'text';
}
/** The most characters a line may hold, for the input's maxlength (the schema still says why). */
function maxLength(node: SchemaNode, depth = 0): number | undefined {
	if (depth > 6) return undefined;
	const def = node._zod.def;
	const checks = (def['checks'] as { _zod: { def: { check?: string; maximum?: number } } }[] | undefined) ?? [];
	const max = checks.find((c) => c._zod.def.check === 'max_length')?._zod.def.maximum;
	if (max !== undefined) return max;
	return def.type === 'pipe'
		? (maxLength(def['in'] as SchemaNode, depth + 1) ?? maxLength(def['out'] as SchemaNode, depth + 1))
		: undefined;
}
/** An array's lower and upper bounds. */
function bounds(node: SchemaNode): { min: number; max: number } {
	const checks = (node._zod.def['checks'] as { _zod: { def: { check?: string; minimum?: number; maximum?: number } } }[] | undefined) ?? [];
	return {
		min: checks.find((c) => c._zod.def.check === 'min_length')?._zod.def.minimum ?? 0,
		max: checks.find((c) => c._zod.def.check === 'max_length')?._zod.def.maximum ?? 50,
	};
}

function nodeOf(collection: string, key: string, path: string, schema: SchemaNode, ownLabel = ''): FormNode | undefined {
	const { node, optional, description } = unwrap(schema);
	const [label, help] = splitDescription(ownLabel || description || key);
	const base = { key, path, label, ...(help ? { help } : {}), required: !optional };
	const widget = widgetFor(collection, path);
	if (widget) return { ...base, type: 'widget', widget };
	const inner = baseOf(node);
	const def = inner._zod.def;
	switch (def.type) {
		case 'enum':
			return { ...base, type: 'choice', choices: enumValues(inner) };
		case 'boolean':
			return { ...base, type: 'boolean' };
		case 'object': {
			const children = shapeOf(inner).flatMap(([k, child]) => {
				const childPath = path ? `${path}.${k}` : k;
				if (NOT_IN_FORM.has(childPath)) return [];
				const n = nodeOf(collection, k, childPath, child);
				return n ? [n] : [];
			});
			return { ...base, type: 'group', children };
		}
		case 'array': {
			const element = unwrap(def['element'] as SchemaNode);
			const elementBase = baseOf(element.node);
			const { min, max } = bounds(inner);
			if (elementBase._zod.def.type === 'enum') return { ...base, type: 'choices', choices: enumValues(elementBase) };
			const item = nodeOf(collection, '', `${path}[]`, element.node, element.description || base.label);
			return item ? { ...base, required: base.required && min > 0, type: 'repeat', min, max, item } : undefined;
		}
		default: {
			const max = maxLength(node);
			return { ...base, type: 'text', input: textInput(node), ...(max ? { max } : {}) };
		}
	}
}

/**
 * The form of a collection: its fields in the schema's order (the schema's top level is an object); for the forms
 * everyone may send, what a volunteer knows first comes first. The schema and the table of kinds can be given
 * (a kind being added, in tests); by default they are the collection's own.
 */
export function formModel(collection: string, schema?: unknown, kinds: readonly Kind[] = KIND_LIST): FormNode[] {
	const root = nodeOf(collection, '', '', (schema ?? COLLECTIONS[collection as SendableCollection].schema) as SchemaNode);
	if (!root || root.type !== 'group') throw new Error(`${collection}: the schema is not an object`);
	const audience = formKinds(kinds).find((k) => k.key === collection)?.form.audience;
	return audience === 'everyone' ? [...root.children].sort(byFirst) : root.children;
}

/** Every path of a model, for tests and for the field reference to name. */
export function formPaths(nodes: readonly FormNode[]): string[] {
	return nodes.flatMap((n) => [n.path, ...(n.type === 'group' ? formPaths(n.children) : n.type === 'repeat' ? formPaths([n.item]) : [])]);
}
