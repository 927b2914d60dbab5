/**
 * The build's guard for content bodies (a Sätteri HAST plugin, for Markdown and MDX alike): every node gets the
 * same verdict as in `npm run check` (src/lib/safety/markup.ts `judge`), and what is refused is removed (raw HTML,
 * comments, MDX code and foreign components, images from outside /photos/) or unwrapped (a link to an unsafe
 * target keeps its words). The content gate stops the build on these before this runs; this makes sure a body
 * that reached the renderer some other way is harmless anyway. Site photos get the base path.
 */
import { defineHastPlugin, defineMdastPlugin } from 'satteri';
import { ACTIVE_ELEMENTS, isPhotoPath, judge, type OwnSite } from './markup.ts';

type Node = Parameters<typeof judge>[0];

/** @param siteUrl site.yaml's site_url: a link to the site's own list, form or search with a query becomes words. */
export function htmlGuard(base: string, siteUrl?: string) {
	const prefix = base.replace(/\/$/, '');
	const site: OwnSite = { host: siteUrl ? new URL(siteUrl).host : undefined };
	const apply = (
		node: unknown,
		ctx: { removeNode: (n: never) => void; replaceNode: (n: never, with_: never[]) => void },
		format: 'md' | 'mdx',
	) => {
		const verdict = judge(node as Node, format, site);
		if (verdict.action === 'remove') ctx.removeNode(node as never);
		else if (verdict.action === 'unwrap') ctx.replaceNode(node as never, [...((node as Node).children ?? [])] as never[]);
		return verdict.action;
	};
	return defineHastPlugin({
		name: 'sasaeai-html-guard',
		raw(node, ctx) {
			ctx.removeNode(node);
		},
		comment(node, ctx) {
			ctx.removeNode(node);
		},
		element: {
			filter: ['a', 'img', ...ACTIVE_ELEMENTS],
			visit(node, ctx) {
				if (apply(node, ctx as never, 'mdx') !== 'keep') return;
				const src = String(node.properties?.['src'] ?? '');
				if (node.tagName === 'img' && prefix && src.startsWith('/photos/'))
					return { ...node, properties: { ...node.properties, src: `${prefix}${src}` } };
				return undefined;
			},
		},
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
			const walk = (node: Node) => {
				for (const child of [...(node.children ?? [])]) {
					if ((child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement') && apply(child, ctx as never, 'mdx') === 'remove')
						continue;
					walk(child);
				}
			};
			walk(root as unknown as Node);
		},
	});
}

/**
 * Before Astro collects a body's images to copy them into the site, every image that is not one of the site's
 * photos (/photos/…) is dropped: a path such as ../../../outside.png would otherwise be read from outside the
 * repository and published. Runs ahead of Astro's own image collection (user plugins come first).
 */
export const imageGuard = defineMdastPlugin({
	name: 'sasaeai-image-guard',
	image(node, ctx) {
		if (!isPhotoPath(String(node.url ?? ''))) ctx.removeNode(node);
	},
});
