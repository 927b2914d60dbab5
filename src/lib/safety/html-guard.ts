/**
 * The build's own guard for content bodies (a Sätteri HAST plugin, for Markdown and MDX alike): raw HTML is
 * dropped, links other than http(s), tel, mailto and site-relative ones become plain text, images must be
 * relative, and in MDX every import/export, JavaScript expression and component other than the site's own is
 * removed before compilation, so none of it can be bundled or run. npm run check reports the same things
 * as errors (src/lib/markup-safety.ts); this makes sure a file that skipped the check is harmless anyway.
 */
import { defineHastPlugin } from 'satteri';
import { SAFE_URL, SITE_COMPONENTS } from './markup-safety.ts';

const isRelative = (url: string) => !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('//');

export const safeHtml = defineHastPlugin({
	name: 'sasaeai-safe-html',
	raw(node, ctx) {
		ctx.removeNode(node);
	},
	comment(node, ctx) {
		ctx.removeNode(node);
	},
	element: [
		{
			filter: ['a'],
			visit(node, ctx) {
				const href = String(node.properties?.['href'] ?? '');
				if (!SAFE_URL.test(href)) ctx.replaceNode(node, [...node.children]);
			},
		},
		{
			filter: ['img'],
			visit(node, ctx) {
				const src = String(node.properties?.['src'] ?? '');
				if (!isRelative(src)) ctx.removeNode(node);
			},
		},
		{
			filter: ['script', 'style', 'iframe', 'object', 'embed', 'form', 'input', 'button', 'link', 'meta', 'base', 'svg', 'math'],
			visit(node, ctx) {
				ctx.removeNode(node);
			},
		},
	],
	mdxjsEsm(node, ctx) {
		ctx.removeNode(node);
	},
	mdxFlowExpression(node, ctx) {
		ctx.removeNode(node);
	},
	mdxTextExpression(node, ctx) {
		ctx.removeNode(node);
	},
	/** JSX elements: only the site's components, with plain string attributes, survive. */
	before(root, ctx) {
		const walk = (node: { type: string; children?: unknown[] }) => {
			for (const child of (node.children ?? []) as { type: string; name?: string | null; attributes?: { type: string; value?: unknown }[]; children?: unknown[] }[]) {
				if (child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement') {
					const safe = SITE_COMPONENTS.includes(child.name ?? '') && (child.attributes ?? []).every((a) => a.type === 'mdxJsxAttribute' && (a.value == null || typeof a.value === 'string'));
					if (!safe) {
						ctx.removeNode(child as never);
						continue;
					}
				}
				walk(child);
			}
		};
		walk(root as never);
	},
});
