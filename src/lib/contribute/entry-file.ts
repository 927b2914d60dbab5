/**
 * An entry file as text: YAML front matter written by a YAML serialiser (js-yaml, the same one `npm run import`
 * uses), then the Markdown body. For a fix to an existing file, only the top-level fields that changed are
 * rewritten; every other line (comments included) stays as it was, so the pull request shows just the change.
 * Pure: runs in the browser (the form) and in Node (the issue workflow, the import).
 */
import { dump } from 'js-yaml';

/** The YAML of some fields, in the order given; strings that YAML would read otherwise are quoted. */
export function yamlOf(data: Record<string, unknown>): string {
	return dump(data, { lineWidth: -1, quotingType: '"', noRefs: true, flowLevel: -1, sortKeys: false });
}

/** A whole new file: optional comment lines (without the #), the front matter and the body. */
export function entryText(data: Record<string, unknown>, body: string, comments: readonly string[] = []): string {
	const head = comments.map((c) => `# ${c.replace(/[\r\n]+/g, ' ')}\n`).join('');
	const text = body.replace(/\r\n?/g, '\n').trim();
	return `---\n${head}${yamlOf(data)}---\n${text ? `\n${text}\n` : ''}`;
}

/** Splits a file into its front matter lines and its body, or undefined when it has no front matter. */
function split(file: string): { matter: string[]; body: string } | undefined {
	const source = file.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	if (!source.startsWith('---\n')) return undefined;
	const end = source.indexOf('\n---', 3);
	if (end === -1) return undefined;
	const after = source.indexOf('\n', end + 1);
	return {
		matter: source
			.slice(4, end + 1)
			.split('\n')
			.slice(0, -1),
		body: after === -1 ? '' : source.slice(after + 1),
	};
}

/** The top-level key a front matter line starts, if it starts one. */
const keyOf = (line: string) => /^([A-Za-z_][A-Za-z0-9_]*)\s*:/.exec(line)?.[1];

/**
 * The blocks of the front matter: each top-level key with the lines that belong to it (its value, nested lines,
 * and the comment lines just above it). Lines before the first key are the head; comment or blank lines after
 * the last field are the tail.
 */
function blocks(lines: string[]): { head: string[]; fields: { key: string; lines: string[] }[]; tail: string[] } {
	const head: string[] = [];
	const fields: { key: string; lines: string[] }[] = [];
	const current = () => fields.at(-1)?.lines ?? head;
	let pending: string[] = [];
	for (const line of lines) {
		const key = keyOf(line);
		if (key) {
			// Comments right above a key introduce it; anything up to the last blank line closes the block above.
			const lastBlank = pending.map((l) => l.trim() === '').lastIndexOf(true);
			current().push(...pending.slice(0, lastBlank + 1));
			fields.push({ key, lines: [...pending.slice(lastBlank + 1), line] });
			pending = [];
		} else if (line.trim() === '' || line.startsWith('#')) pending.push(line);
		else {
			current().push(...pending, line);
			pending = [];
		}
	}
	return { head, fields, tail: pending };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The original file with the changes made: a field whose value differs from `before` is rewritten in place,
 * a field no longer present is removed, a new field is added after the others (in the order of `after`), and
 * the body is replaced when it changed. Untouched fields keep their lines byte for byte.
 */
export function changedText(original: string, before: Record<string, unknown>, after: Record<string, unknown>, body?: string): string {
	const parts = split(original);
	if (!parts) return entryText(after, body ?? '');
	const { head, fields, tail } = blocks(parts.matter);
	const out: string[] = [...head];
	const written = new Set<string>();
	for (const field of fields) {
		written.add(field.key);
		if (!(field.key in after) || after[field.key] === undefined) continue;
		if (field.key in before && same(before[field.key], after[field.key])) {
			out.push(...field.lines);
			continue;
		}
		const keyLine = field.lines.findIndex((l) => keyOf(l) === field.key);
		const loose = (l: string) => l.trim() === '' || l.startsWith('#');
		let end = field.lines.length;
		while (end > keyLine + 1 && loose(field.lines[end - 1]!)) end--;
		const closing = field.lines.slice(end);
		out.push(
			...field.lines.slice(0, keyLine),
			...yamlOf({ [field.key]: after[field.key] })
				.trimEnd()
				.split('\n'),
			...closing,
		);
	}
	for (const [key, value] of Object.entries(after)) {
		if (written.has(key) || value === undefined) continue;
		out.push(
			...yamlOf({ [key]: value })
				.trimEnd()
				.split('\n'),
		);
	}
	out.push(...tail);
	const newBody = body === undefined ? parts.body : body.replace(/\r\n?/g, '\n').trim() ? `\n${body.replace(/\r\n?/g, '\n').trim()}\n` : '';
	return `---\n${out.join('\n')}\n---\n${newBody}`;
}
