/** sitemap.xml: every page of the site. */
import type { APIRoute } from 'astro';
import { areas, localIssues, reports, resources, salons, site, volunteers } from '../lib/content.ts';
import { absoluteUrl } from '../lib/urls.ts';
import { ACTIVITY_FIELDS } from '../schemas/taxonomy.ts';

export const GET: APIRoute = () => {
	const paths = [
		'/', '/today/', '/search/', '/areas/', '/salons/', '/resources/', '/volunteers/', '/reports/', '/fields/', '/local-issues/', '/dashboard/', '/data/',
		...[...areas.byId.keys()].map((id) => `/areas/${id}/`),
		...ACTIVITY_FIELDS.map((f) => `/fields/${f.slug}/`),
		...salons.map((e) => `/salons/${e.id}/`),
		...resources.map((e) => `/resources/${e.id}/`),
		...volunteers.map((e) => `/volunteers/${e.id}/`),
		...reports.map((e) => `/reports/${e.id}/`),
		...localIssues.map((e) => `/local-issues/${e.id}/`),
	];
	const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${paths.map((p) => `<url><loc>${absoluteUrl(site.site_url, p)}</loc></url>`).join('\n')}\n</urlset>\n`;
	return new Response(xml, { headers: { 'content-type': 'application/xml' } });
};
