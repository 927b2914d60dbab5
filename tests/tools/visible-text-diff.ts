/**
 * Compares the visible text (text nodes, alt and aria-label; scripts and styles left out) of every HTML page of
 * two built sites, and says where each page differs. Used to prove that reformatting the .astro files with
 * Prettier changes nothing a reader sees (Astro's compressHTML drops whitespace between elements on separate
 * lines, so a line break can remove a space):
 *
 *   npm run build && mv dist /tmp/dist-before && npm run format && npm run build
 *   node_modules/.bin/node tests/tools/visible-text-diff.ts /tmp/dist-before dist
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'htmlparser2';

type Nodes = ReturnType<typeof parseDocument>['children'];
const [a, b] = process.argv.slice(2) as [string, string];
const pages = (root: string) => (readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).sort();
/** A page's text as a reader meets it: text nodes, alt and aria-label, without scripts and styles. */
function text(file: string): string {
	const parts: string[] = [];
	const walk = (nodes: Nodes): void => {
		for (const n of nodes) {
			if (n.type === 'text') parts.push((n as { data: string }).data);
			else if (n.type === 'tag' && !['script', 'style'].includes((n as { name: string }).name)) {
				const element = n as { attribs: Record<string, string>; children: Nodes };
				if (element.attribs['alt']) parts.push(`[alt:${element.attribs['alt']}]`);
				if (element.attribs['aria-label']) parts.push(`[aria:${element.attribs['aria-label']}]`);
				walk(element.children);
			}
		}
	};
	walk(parseDocument(readFileSync(file, 'utf8')).children);
	return parts.join('');
}
let differ = 0,
	same = 0,
	attrDiffer = 0;
const onlyA = pages(a).filter((p) => !existsSync(join(b, p)));
const onlyB = pages(b).filter((p) => !existsSync(join(a, p)));
for (const p of pages(a).filter((p) => existsSync(join(b, p)))) {
	const ta = text(join(a, p)),
		tb = text(join(b, p));
	if (ta === tb) same++;
	else {
		differ++;
		let i = 0;
		while (ta[i] === tb[i]) i++;
		console.log(
			`DIFF ${p} at ${i}:\n  before: ${JSON.stringify(ta.slice(Math.max(0, i - 60), i + 60))}\n  after:  ${JSON.stringify(tb.slice(Math.max(0, i - 60), i + 60))}`,
		);
	}
	if (readFileSync(join(a, p), 'utf8') !== readFileSync(join(b, p), 'utf8')) attrDiffer++;
}
console.log(
	`${same + differ} pages compared: ${same} same text, ${differ} differ; ${attrDiffer} differ in markup bytes; only before: ${onlyA.length}, only after: ${onlyB.length}`,
);
