/** Writes every open-data file of the registry (src/lib/site-data/downloads.ts) at build time. */
import type { APIRoute } from 'astro';
import { DOWNLOADS, SALON_CALENDARS } from '../../lib/site-data/downloads.ts';

export function getStaticPaths() {
	return [...DOWNLOADS, ...SALON_CALENDARS].map((d) => ({ params: { file: d.path.replace(/^\/data\//, '') }, props: { download: d } }));
}

export const GET: APIRoute = ({ props }) => {
	const d = props['download'] as (typeof DOWNLOADS)[number];
	return new Response(d.build(), { headers: { 'content-type': d.contentType } });
};
