/**
 * axe-core (WCAG 2.2 AA) on the page as it is now, for the browser tests. axe is injected as an inline script,
 * which the site's Content Security Policy rightly blocks: pages given to this need a context made with
 * `bypassCSP: true`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Pages that load axe into every document they open from now on. */
const preparedPages = new WeakSet<Page>();

/**
 * Each violation as `rule: help — up to three targets`; empty when axe finds nothing.
 * The first call on a page evaluates axe there and has the page add it to every later document as it opens
 * (an init script, which Chromium compiles once and then takes from its cache): a test that sweeps page after
 * page in one tab spends a third less CPU than evaluating axe's 500 KB on each.
 */
export async function axeViolations(page: Page): Promise<string[]> {
	// Once a page has it as an init script, every later document has axe already; this one gets it now.
	if (!preparedPages.has(page)) {
		preparedPages.add(page);
		await page.addInitScript(AXE_SOURCE);
		await page.evaluate(AXE_SOURCE);
	}
	return page.evaluate(async () => {
		const axe = (
			window as unknown as {
				axe: {
					run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }>;
				};
			}
		).axe;
		const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
		return result.violations.map(
			(v) =>
				`${v.id}: ${v.help} — ${v.nodes
					.map((n) => n.target.join(' '))
					.slice(0, 3)
					.join(', ')}`,
		);
	});
}
