/**
 * Debian's Chromium through playwright-core (tools that download their own browser cannot work here). On
 * GitHub's runners CHROMIUM_PATH names their Chrome. Flags keep it from calling out to the network.
 *
 * Debian's chromium-headless-shell (the same Chromium without the browser's own window and parts) is used when
 * it is installed: a new page costs it a third of the CPU, axe-core about half, which is most of the test
 * suite's time. Otherwise Debian's chromium.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const BROWSER = '/usr/bin/chromium';
const DEBIAN = ['/usr/bin/chromium-headless-shell', BROWSER];
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? DEBIAN.find((path) => existsSync(path)) ?? BROWSER;

/**
 * How every tool starts Chromium: Debian's (or CHROMIUM_PATH), kept off the network. `asBrowser`: the whole
 * browser even where the headless shell is installed, for the figures the benchmark compares over time.
 */
export function launchOptions(asBrowser = false): { executablePath: string; args: string[] } {
	const executablePath = asBrowser ? (process.env['CHROMIUM_PATH'] ?? BROWSER) : CHROMIUM;
	if (!existsSync(executablePath)) {
		throw new Error(
			`Chromium が見つかりません（${executablePath}）。apt-get install -y chromium chromium-headless-shell fonts-noto-cjk で入れるか、環境変数 CHROMIUM_PATH にブラウザの場所を書いてください`,
		);
	}
	return {
		executablePath,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			// A new renderer for each document (kept for the back button's cache) costs a tool that opens page
			// after page in one tab about a third of its CPU; none of the tools goes back.
			'--disable-back-forward-cache',
			'--disable-features=ProactivelySwapBrowsingInstance,RenderDocument,PaintHolding,Translate,OptimizationHints,MediaRouter',
		],
	};
}

export function launch(asBrowser = false): Promise<Browser> {
	return chromium.launch(launchOptions(asBrowser));
}

/** Phone-sized page, as a resident sees it. */
export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' };
