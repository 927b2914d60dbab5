/**
 * One Chromium for the whole run: a global setup of the site tests starts it once and hands its address to
 * every test file, which connects to it (a connection takes milliseconds; a launch takes seconds, and many
 * launches at once on a busy machine are what made browser tests time out). Each file still gets its own
 * pages and contexts, and closes them.
 */
import { chromium, type Browser } from 'playwright-core';
import { inject } from 'vitest';
import type { TestProject } from 'vitest/node';
import { launchOptions } from '../../scripts/lib/chromium.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		/** The shared Chromium's WebSocket address, set by tests/browser/shared-chromium.ts. */
		chromiumEndpoint: string;
	}
}

/** Global setup: starts Chromium and returns the teardown that stops it. */
export default async function startChromium(project: TestProject): Promise<() => Promise<void>> {
	const server = await chromium.launchServer(launchOptions());
	project.provide('chromiumEndpoint', server.wsEndpoint());
	return () => server.close();
}

/** In a test file: the run's Chromium. `close()` on it ends this file's connection, not the browser. */
export function sharedChromium(): Promise<Browser> {
	return chromium.connect(inject('chromiumEndpoint'), { timeout: 60_000 });
}
