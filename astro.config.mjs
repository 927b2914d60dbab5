// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import contentGate from './src/integrations/content-gate.ts';
import headersFile from './src/integrations/headers-file.ts';
import searchIndex from './src/integrations/search-index.ts';
import { buildCacheDirs, contentDir, SAMPLE_NOTICE, usingSampleCity } from './src/lib/content-dir.ts';
import { htmlGuard, imageGuard } from './src/lib/safety/html-guard.ts';
import { loadSiteConfig } from './src/lib/site-config.ts';

const site = loadSiteConfig();
if (usingSampleCity() && process.argv.includes('build')) console.log(SAMPLE_NOTICE);
// Astro caches the content store in cacheDir, and Vite its optimised dependencies in its own cacheDir: one pair for
// each project root and content folder (buildCacheDirs).
const caches = buildCacheDirs(process.cwd(), contentDir());

export default defineConfig({
	site: site.site_url,
	base: site.base,
	trailingSlash: 'always',
	outDir: process.env.SASAEAI_OUT_DIR ?? './dist',
	cacheDir: `./${caches.astro}`,
	integrations: [contentGate(), mdx(), searchIndex(), headersFile()],
	// Content arrives by pull request from anyone: raw HTML, unsafe links and MDX code are removed (see the plugin).
	markdown: {
		processor: satteri({ mdastPlugins: [imageGuard], hastPlugins: [htmlGuard(site.base, site.site_url)] }),
		syntaxHighlight: false,
	},
	security: {
		// A Content Security Policy in every page: scripts only from this site (Astro hashes its own inline ones),
		// WebAssembly for Pagefind's search, map tiles from the configured tile host, nothing else from elsewhere.
		csp: {
			directives: [
				"default-src 'self'",
				`img-src 'self' data: ${new URL(site.map.tiles.replace(/\{[a-z]\}/g, '0')).origin}`,
				// The form's relay (contribute.relay_url), when the town has one, is the only other address a page may call.
				`connect-src 'self'${site.contribute?.relay_url ? ` ${new URL(site.contribute.relay_url).origin}` : ''}`,
				"worker-src 'self' blob:",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
		},
	},
	// Four pages at a time: while one page's file is being written, the next is made (one at a time, the build
	// waited for every write; about 1 s of 11 at 1,000 entries: docs/performance.md).
	build: { format: 'directory', concurrency: 4 },
	vite: {
		cacheDir: `./${caches.vite}`,
		build: {
			rollupOptions: {
				// MDX reports compile with a "use astro:head-inject" directive that the bundler reports in English on every
				// build. It is Astro's own and harmless; a coordinator can do nothing about it, so it is not shown.
				onwarn(warning, warn) {
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
					warn(warning);
				},
			},
		},
	},
	devToolbar: { enabled: false },
});
