// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { loadSiteConfig } from './src/lib/site-config.ts';

const site = loadSiteConfig();

export default defineConfig({
	site: site.site_url,
	base: site.base,
	trailingSlash: 'always',
	outDir: process.env.SASAEAI_OUT_DIR ?? './dist',
	integrations: [mdx()],
	build: { format: 'directory' },
	devToolbar: { enabled: false },
});
