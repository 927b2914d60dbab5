/** robots.txt: the sample city asks not to be indexed; a real municipality's site lists its sitemap. */
import type { APIRoute } from 'astro';
import { site } from '../lib/site-data/content.ts';
import { absoluteUrl } from '../lib/urls.ts';

export const GET: APIRoute = () =>
	new Response(`User-agent: *\n${site.sample ? 'Disallow: /\n' : 'Allow: /\n'}\nSitemap: ${absoluteUrl(site.site_url, '/sitemap.xml')}\n`, {
		headers: { 'content-type': 'text/plain; charset=utf-8' },
	});
