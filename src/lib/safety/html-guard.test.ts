/**
 * The second line: a body that reached the renderer without the content gate (astro dev, a plugin) is rendered
 * harmless by the same verdicts. Rendered here with Sätteri and the site's own plugins, as the build renders.
 */
import { markdownToHtml } from 'satteri';
import { describe, expect, test } from 'vitest';
import { htmlGuard, imageGuard } from './html-guard.ts';
import { FEATURES } from './markup.ts';

const render = async (body: string, base = '/') =>
	(await markdownToHtml(body, { features: FEATURES, mdastPlugins: [imageGuard], hastPlugins: [htmlGuard(base)] })).html;

describe("the build's HTML guard", () => {
	test('raw HTML, comments and event handlers are removed', async () => {
		const html = await render(
			'本文\n\n<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n<!-- hidden -->\n\n<iframe src="https://evil.example"></iframe>',
		);
		expect(html).toContain('本文');
		expect(html).not.toMatch(/<script|onerror|<iframe|<!--/i);
	});
	test('unsafe links keep their words and lose their target, inline and reference-style', async () => {
		const html = await render('[押して](javascript:alert(1)) と [こちら][x]\n\n[x]: JaVaScRiPt:alert(2)\n\n<vbscript:msgbox>');
		expect(html).toContain('押して');
		expect(html).toContain('こちら');
		expect(html).not.toMatch(/href="\s*(javascript|vbscript):/i);
		expect(html).not.toContain('<a');
	});
	test('safe links stay', async () => {
		expect(await render('[市](https://example.jp) [電話](tel:0001) [メール](mailto:a@example.jp)')).toMatch(
			/href="https:\/\/example\.jp"[\s\S]*href="tel:0001"[\s\S]*href="mailto:a@example\.jp"/,
		);
	});
	test('images from outside /photos/ are dropped; photos get the base path', async () => {
		const html = await render(
			'![a](../../../outside/secret.png) ![b](/photos/x.svg) ![c](https://tracker.example/p.gif) ![会議](/photos/meeting.jpg)',
			'/town/',
		);
		expect(html).not.toMatch(/secret|x\.svg|tracker/);
		expect(html).toContain('src="/town/photos/meeting.jpg"');
	});
});
