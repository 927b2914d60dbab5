import type { APIRoute } from 'astro';
import { feedAreas, reportsFeed } from '../../../lib/site-data/feeds.ts';

export function getStaticPaths() {
	return feedAreas().map((a) => ({ params: { area: a.id } }));
}
export const GET: APIRoute = ({ params }) =>
	new Response(reportsFeed(params['area']!), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
