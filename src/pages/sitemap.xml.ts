/** sitemap.xml: every page of the site. */
import type { APIRoute } from 'astro';
import { KIND_LIST } from '../lib/kinds.ts';
import { areas, entriesOf, site } from '../lib/site-data/content.ts';
import { absoluteUrl, entryRoute } from '../lib/urls.ts';
import { ACTIVITY_FIELDS } from '../schemas/taxonomy.ts';

export const GET: APIRoute = () => {
	const paths = [
		'/',
		'/today/',
		'/search/',
		'/areas/',
		'/salons/',
		'/resources/',
		'/volunteers/',
		'/reports/',
		'/fields/',
		'/local-issues/',
		'/dashboard/',
		'/data/',
		...[...areas.byId.keys()].map((id) => entryRoute('areas', id)),
		...ACTIVITY_FIELDS.map((f) => `/fields/${f.slug}/`),
		// Every entry of every other kind of the table (src/lib/kinds.ts), in its order.
		...KIND_LIST.filter((k) => k.key !== 'areas').flatMap((k) => entriesOf[k.key].map((e) => entryRoute(k.key, e.id))),
	];
	const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${paths.map((p) => `<url><loc>${absoluteUrl(site.site_url, p)}</loc></url>`).join('\n')}\n</urlset>\n`;
	return new Response(xml, { headers: { 'content-type': 'application/xml' } });
};
