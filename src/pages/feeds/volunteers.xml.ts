import type { APIRoute } from 'astro';
import { volunteersFeed } from '../../lib/site-data/feeds.ts';

export const GET: APIRoute = () => new Response(volunteersFeed(), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
