/**
 * Browser tests against a built fixture town: the site served on 127.0.0.1 under its base path and Debian's
 * Chromium through playwright-core (nothing leaves the machine). The run shares one Chromium
 * (tests/browser/shared-chromium.ts); each file connects to it.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { serve } from '../../scripts/lib/serve-site.ts';
import { sharedChromium } from './shared-chromium.ts';

export { CHROMIUM, PHONE } from '../../scripts/lib/chromium.ts';
export { sharedChromium } from './shared-chromium.ts';
export { serve } from '../../scripts/lib/serve-site.ts';

/**
 * For a test file: serves the built site and connects to the run's Chromium before its tests; after them, closes
 * the connection (and with it the file's pages) and the server.
 * Read `site.url` (origin + base path) and `site.browser` inside tests (set once beforeAll has run).
 */
export function builtSiteInBrowser(root: string, base = '/'): { url: string; browser: Browser } {
	const handles = {} as { url: string; browser: Browser; close?: () => Promise<void> };
	beforeAll(async () => {
		const server = await serve(root, base);
		handles.url = server.url;
		handles.close = server.close;
		handles.browser = await sharedChromium();
	});
	afterAll(async () => {
		await handles.browser?.close();
		await handles.close?.();
	});
	return handles;
}
