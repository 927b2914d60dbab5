/**
 * Turns zod issues into messages an author can act on. Zod already speaks Japanese (src/schemas/zod.ts);
 * this adds what it cannot know: for an unknown key, the line of that key and the nearest valid name.
 */
import type { z } from '../schemas/zod.ts';
import { scheduleSuggestion } from './schedule/suggest.ts';

interface Explained {
	path: PropertyKey[];
	message: string;
}

type AnySchema = z.ZodType;

/** The keys an object schema accepts at a path, following optional, array, pipe and default wrappers. */
export function keysAt(schema: AnySchema, path: readonly PropertyKey[]): string[] {
	let node = schema as unknown as { _zod: { def: Record<string, unknown> } };
	const unwrap = () => {
		for (let i = 0; i < 10; i++) {
			const def = node._zod.def;
			if (def['type'] === 'optional' || def['type'] === 'nullable' || def['type'] === 'default' || def['type'] === 'prefault')
				node = def['innerType'] as typeof node;
			else if (def['type'] === 'pipe') node = def['in'] as typeof node;
			else return;
		}
	};
	unwrap();
	for (const segment of path) {
		const def = node._zod.def;
		if (def['type'] === 'object') {
			const next = (def['shape'] as Record<string, typeof node>)[String(segment)];
			if (!next) return [];
			node = next;
		} else if (def['type'] === 'array') {
			node = def['element'] as typeof node;
		} else {
			return [];
		}
		unwrap();
	}
	const def = node._zod.def;
	return def['type'] === 'object' ? Object.keys(def['shape'] as object) : [];
}

/** Levenshtein distance, for suggesting the key an author probably meant. */
export function editDistance(a: string, b: string): number {
	const row = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		let prev = row[0]!;
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const saved = row[j]!;
			row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
			prev = saved;
		}
	}
	return row[b.length]!;
}

/** The value at a path of the data, if any. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	let value = data;
	for (const key of path) value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
	return value;
}

/**
 * @param data the front matter as written, to teach from it: a schedule written as text gets the YAML to paste
 */
export function explainIssues(issues: readonly z.core.$ZodIssue[], schema: AnySchema, data?: unknown): Explained[] {
	return issues.flatMap((issue): Explained[] => {
		const path = issue.path as PropertyKey[];
		if (issue.code === 'invalid_type' && path.at(-1) === 'schedule' && typeof valueAt(data, path) === 'string') {
			const suggestion = scheduleSuggestion(valueAt(data, path) as string);
			return [
				{
					path,
					message: suggestion
						? `日時は文章ではなく、きまりの形で書きます。この行を次の1行に置きかえてください: ${suggestion}`
						: '日時は文章ではなく、きまりの形（rules）で書きます。書き方は docs/fields.md の schedule を見てください。文章のままにするなら schedule: { rules: [], note: "…" } と書きます',
				},
			];
		}
		if (issue.code !== 'unrecognized_keys') return [{ path, message: issue.message }];
		const known = keysAt(schema, path);
		return issue.keys.map((key) => {
			const near = known.filter((k) => editDistance(k, key) <= Math.max(1, Math.floor(key.length / 3)));
			const hint = near.length ? `「${near[0]}」のまちがいではありませんか。` : '';
			return { path: [...path, key], message: `「${key}」という項目はありません。${hint}書ける項目: ${known.join(', ')}` };
		});
	});
}
