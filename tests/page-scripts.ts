/**
 * The scripts a built page ships, as the site verification reads them: `<script src>` and inline scripts, without
 * JSON data and without the frame guard every page carries (src/layouts/Layout.astro).
 */
import { readPage } from '../src/lib/verify/html.ts';
import { FRAME_GUARD } from '../src/lib/verify/site-check.ts';

export function scriptsShipped(html: string): string[] {
	const facts = readPage(html);
	const external = facts.scripts.filter((s) => s.startsWith('<script src='));
	const inline = facts.inlineScripts.filter((text) => !FRAME_GUARD.test(text)).map((text) => `<script>${text.slice(0, 60)}`);
	return [...external, ...inline];
}
