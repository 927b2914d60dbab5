import type { APIRoute } from 'astro';
import { reportsFeed } from '../../lib/site-data/feeds.ts';

export const GET: APIRoute = () => new Response(reportsFeed(), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
