// @ts-check
import mdx from '@astrojs/mdx';
import { createHash } from 'node:crypto';
import { defineConfig } from 'astro/config';
import searchIndex from './src/integrations/search-index.ts';
import { contentDir } from './src/lib/content-dir.ts';
import { loadSiteConfig } from './src/lib/site-config.ts';

const site = loadSiteConfig();
// Astro caches the content store in cacheDir. Each content folder gets its own, so building another folder
// (the tests' broken copies, the benchmark) can never show entries left over from a previous build.
const contentKey = createHash('sha256').update(contentDir()).digest('hex').slice(0, 12);

export default defineConfig({
	site: site.site_url,
	base: site.base,
	trailingSlash: 'always',
	outDir: process.env.SASAEAI_OUT_DIR ?? './dist',
	cacheDir: `./node_modules/.astro/content-${contentKey}`,
	integrations: [mdx(), searchIndex()],
	build: { format: 'directory' },
	devToolbar: { enabled: false },
});
