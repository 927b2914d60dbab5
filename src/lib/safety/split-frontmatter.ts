/**
 * Where a content file's front matter ends and its body starts: the `---` fences, cut exactly where gray-matter
 * (which did this before, for about a fifth of `npm run check`'s time: it also copied every file into a Buffer
 * and looked it up in a cache) cut them, so every line number and every message stays the same.
 *
 * - The file opens with `---`; what follows on that line is its "language" (parseContentFile refuses any).
 * - The front matter ends at the first `\n---` after the opening `---`, even where more follows on that line
 *   (`----`, `---x`): the body is then the rest of that line and the lines after.
 * - The front matter is the text from the end of the opening `---` up to that line break, so its first line is
 *   the rest of the opening line (usually empty) and line N of it is line N of the file.
 * - The body starts after the closing `---`, one line break dropped.
 */

export interface SplitFile {
	/** The text from the end of the opening `---` to the line break before the closing one. */
	matter: string;
	/** Everything after the closing `---` and the line break that follows it. */
	body: string;
}

/** The front matter and body of a file that starts with `---` (BOM and CR already removed), or undefined without a closing `---`. */
export function splitFrontmatter(source: string): SplitFile | undefined {
	if (!source.startsWith('---')) return undefined;
	const close = source.indexOf('\n---', 3);
	if (close === -1) return undefined;
	let body = source.slice(close + 4);
	if (body.startsWith('\r')) body = body.slice(1);
	if (body.startsWith('\n')) body = body.slice(1);
	return { matter: source.slice(3, close), body };
}

/** Front matter of nothing but blank lines and `#` comments, which reads as no data at all (`{}`), as gray-matter had it. */
export function blankFrontmatter(matter: string): boolean {
	return matter.replace(/^\s*#[^\n]+/gm, '').trim() === '';
}
