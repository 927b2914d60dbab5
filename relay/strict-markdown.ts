/**
 * Stands in for the Markdown processor (Sätteri, a native module that cannot run in Cloudflare Workers) when the
 * relay is bundled for Workers: relay/wrangler.toml and relay/bundle.ts alias the `satteri` import of
 * src/lib/safety/markup.ts to this file. It does not render Markdown. It returns a tree of the nodes that
 * markup.ts's `judge` reads, one for every place in the body where the check MIGHT find markup, so the same
 * judge gives the same Japanese messages, and refuses more than the check does, never less:
 * - every `<` outside a fenced code block is raw HTML (so are autolinks `<https://…>` and `3 < 5`);
 * - every `{` or `}` outside a fenced code block is an MDX expression; a line starting with import or export is
 *   MDX import/export;
 * - every link destination (`](…)`, and `]: …` of a reference definition) is a link, judged by its first
 *   characters as written (an entity or a backslash at the start is not a safe address);
 * - every image must be `![text](/photos/….jpg)` written in one piece; any other `![` is an image that is refused;
 * - `javascript:`, `data:` and `vbscript:` anywhere outside a fenced code block are refused links;
 * - every `[ ]` or `[x]` is a task list's checkbox, which the processor renders as an <input> the check refuses.
 * Only fenced code blocks opened at the start of a line (``` or ~~~, no indent) count as code: there CommonMark
 * cannot be inside a list or a quote, so the scanner never takes for code what the processor renders. A fence is
 * taken as closed at any line that might close it. Inline code spans are read as text (stricter).
 * Pure: no I/O. Only `markdownToHast` and `mdxToHast`, the two functions markup.ts calls, are provided.
 */

interface Node {
	type: string;
	tagName?: string;
	value?: string;
	properties?: Record<string, unknown>;
	position: { start: { line: number } };
	children?: Node[];
}

/** The body with every fenced code block blanked out (same length, same lines), so offsets still give lines. */
export function proseOf(body: string): string {
	const lines = body.split('\n');
	let fence: { char: string; length: number } | undefined;
	return lines
		.map((line) => {
			if (fence) {
				const close = /^\s*(`{3,}|~{3,})\s*$/.exec(line);
				if (close && close[1]![0] === fence.char && close[1]!.length >= fence.length) fence = undefined;
				return fence ? ' '.repeat(line.length) : line;
			}
			const open = /^(`{3,})[^`]*$/.exec(line) ?? /^(~{3,}).*$/.exec(line);
			if (open) {
				fence = { char: open[1]![0]!, length: open[1]!.length };
				return line;
			}
			return line;
		})
		.join('\n');
}

const at = (line: number) => ({ start: { line } });

/** The nodes of a body that the judge must see, with their lines. */
export function suspectNodes(body: string): Node[] {
	let prose = proseOf(body);
	const lineAt = (index: number) => prose.slice(0, index).split('\n').length;
	const nodes: Node[] = [];
	const element = (tagName: string, key: 'href' | 'src', value: string, index: number) =>
		nodes.push({ type: 'element', tagName, properties: { [key]: value }, position: at(lineAt(index)), children: [] });
	const blank = (start: number, end: number) => {
		prose = prose.slice(0, start) + prose.slice(start, end).replace(/[^\n]/g, ' ') + prose.slice(end);
	};

	// Images written in one piece first: their destinations are photos, not links.
	for (const m of [...prose.matchAll(/!\[[^[\]]*\]\(\s*([^\s)]*)[^)\n]*\)/g)]) {
		element('img', 'src', m[1]!, m.index);
		blank(m.index, m.index + m[0].length);
	}
	for (const m of prose.matchAll(/!\[[^\n]{0,40}/g)) element('img', 'src', m[0], m.index);
	for (const m of prose.matchAll(/\]\(\s*([^\s)]*)/g)) element('a', 'href', m[1]!, m.index);
	for (const m of prose.matchAll(/\]:\s*(\S*)/g)) element('a', 'href', m[1]!, m.index);
	for (const m of prose.matchAll(/(?:javascript|data|vbscript)\s*:[^\s)]{0,40}/gi)) element('a', 'href', m[0], m.index);
	for (const m of prose.matchAll(/\[[ \txX]\]/g))
		nodes.push({ type: 'element', tagName: 'input', properties: { type: 'checkbox' }, position: at(lineAt(m.index)), children: [] });
	for (const m of prose.matchAll(/<[^\n>]{0,60}>?/g)) nodes.push({ type: 'raw', value: m[0], position: at(lineAt(m.index)) });
	const expressionLines = new Set([...prose.matchAll(/[{}]/g)].map((m) => lineAt(m.index)));
	for (const line of expressionLines) nodes.push({ type: 'mdxTextExpression', position: at(line) });
	for (const m of prose.matchAll(/^[ \t]*(?:import|export)\b/gm)) nodes.push({ type: 'mdxjsEsm', position: at(lineAt(m.index)) });
	return nodes.sort((a, b) => a.position.start.line - b.position.start.line);
}

/** The tree markup.ts walks: a root holding the suspect nodes. */
export function markdownToHast(body: string, _options?: unknown): Node {
	return { type: 'root', position: at(1), children: suspectNodes(body) };
}

export const mdxToHast = markdownToHast;
