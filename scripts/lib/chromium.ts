/**
 * Debian's Chromium through playwright-core (tools that download their own browser cannot work here). On
 * GitHub's runners CHROMIUM_PATH names their Chrome. Flags keep it from calling out to the network.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** How every tool starts Chromium: Debian's (or CHROMIUM_PATH), kept off the network. */
export function launchOptions(): { executablePath: string; args: string[] } {
	if (!existsSync(CHROMIUM)) {
		throw new Error(
			`Chromium が見つかりません（${CHROMIUM}）。apt-get install -y chromium fonts-noto-cjk で入れるか、環境変数 CHROMIUM_PATH にブラウザの場所を書いてください`,
		);
	}
	return {
		executablePath: CHROMIUM,
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

export function launch(): Promise<Browser> {
	return chromium.launch(launchOptions());
}

/** Phone-sized page, as a resident sees it. */
export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' };
