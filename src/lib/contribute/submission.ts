/**
 * From what was typed in the form to the data of the entry file. Pure: used by the form script and its tests.
 * - The schema's output is written (full-width digits, 午後1時半, ０７２－… come out as the check reads them),
 *   except for a field left as it was in an existing entry, which keeps its original value and so its lines.
 * - Fields the form does not show (npm run import's `source`) are carried over from the original.
 * - A required field left empty gets a plain 「入れてください」 instead of zod's type message.
 */

export interface FieldIssue {
	path: PropertyKey[];
	message: string;
	/** The field was left empty (the form words it by what the field is: 入れてください or 選んでください). */
	missing?: boolean;
}

/**
 * Whether two values say the same: objects whatever the order of their keys, lists of words or numbers whatever
 * their order (a form lists checkboxes in its own order), and a number the same as its digits.
 */
export function equivalent(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if ((typeof a === 'number' && typeof b === 'string') || (typeof a === 'string' && typeof b === 'number')) return String(a) === String(b);
	if (Array.isArray(a) && Array.isArray(b)) {
		if (a.length !== b.length) return false;
		const plain = (v: unknown[]) => v.every((x) => typeof x === 'string' || typeof x === 'number');
		if (plain(a) && plain(b)) {
			const key = (v: unknown[]) => JSON.stringify(v.map(String).sort());
			return key(a) === key(b);
		}
		return a.every((x, i) => equivalent(x, b[i]));
	}
	if (a && b && typeof a === 'object' && typeof b === 'object') {
		const defined = (o: object) => Object.entries(o).filter(([, v]) => v !== undefined);
		const ea = defined(a);
		const eb = new Map(defined(b));
		return ea.length === eb.size && ea.every(([k, v]) => eb.has(k) && equivalent(v, eb.get(k)));
	}
	return false;
}
const same = equivalent;

/** The original's fields the form cannot show, added to what was typed, so the schema sees the whole entry. */
export function withHiddenFields(
	typed: Record<string, unknown>,
	original: Record<string, unknown> | undefined,
	shown: readonly string[],
): Record<string, unknown> {
	if (!original) return typed;
	const hidden = Object.fromEntries(Object.entries(original).filter(([k]) => !shown.includes(k)));
	return { ...hidden, ...typed };
}

/** The data to write: the schema's output, with each unchanged field of an existing entry as it was written. */
export function fileData(
	typed: Record<string, unknown>,
	output: Record<string, unknown>,
	original?: Record<string, unknown>,
): Record<string, unknown> {
	const data: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(output)) {
		if (value === undefined) continue;
		data[key] = original && key in original && same(typed[key], original[key]) ? original[key] : value;
	}
	return data;
}

const valueAt = (data: unknown, path: readonly PropertyKey[]) =>
	path.reduce<unknown>((v, k) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), data);

/** zod's issues as the form shows them: an empty required field says so plainly. */
export function formIssues(
	issues: readonly { path: PropertyKey[]; message: string; code?: string }[],
	typed: Record<string, unknown>,
): FieldIssue[] {
	return issues.map((i) => {
		const missing =
			(i.code === 'invalid_type' || i.code === 'invalid_value' || i.code === 'invalid_union') && valueAt(typed, i.path) === undefined;
		return missing ? { path: i.path, message: '入れてください', missing } : { path: i.path, message: i.message };
	});
}

/** Which top-level fields differ from the original: for the 「直したところ」 line. */
export function changedKeys(original: Record<string, unknown>, data: Record<string, unknown>): string[] {
	const keys = new Set([...Object.keys(original), ...Object.keys(data)]);
	return [...keys].filter((k) => !same(original[k], data[k]));
}
