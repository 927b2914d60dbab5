/**
 * Module preloads for a page's own scripts, written into its <head>: the browser otherwise finds a module script
 * at the end of the body only after the stylesheet, and each module it imports only once that module has
 * arrived (on slow 4G a round trip each, about 0.6 s). Used on the search page, whose first results wait for
 * its script.
 */

/** Static imports of a built module (`import … from "./x.js"`, `import "./x.js"`), relative ones only. */
export function staticImports(code: string): string[] {
	return [...code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)].map((m) => m[1]!);
}

/**
 * The page with a `<link rel="modulepreload">` for each of its module scripts and everything they import
 * statically, at the end of its <head> (after the stylesheet, which the first paint needs first; the parser still
 * finds them at once). `read` gives a script's code by its address, or undefined when it is not the site's.
 */
export function withModulePreloads(html: string, read: (href: string) => string | undefined): string {
	const head = html.indexOf('</head>');
	if (head < 0) return html;
	const wanted: string[] = [];
	const visit = (href: string, depth: number) => {
		if (wanted.includes(href) || depth > 4) return;
		const code = read(href);
		if (code === undefined) return;
		wanted.push(href);
		for (const path of staticImports(code)) visit(new URL(path, `http://site${href}`).pathname, depth + 1);
	};
	for (const m of html.matchAll(/<script type="module" src="([^"]+)"/g)) visit(m[1]!, 0);
	const already = (href: string) => html.slice(0, head).includes(`href="${href}"`);
	const links = wanted.filter((href) => !already(href)).map((href) => `<link rel="modulepreload" href="${href}">`);
	return html.slice(0, head) + links.join('') + html.slice(head);
}
