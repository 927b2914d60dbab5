/** GeoJSON for one 校区's map: its boundary and its places. Fetched only when a resident opens the map. */
import type { APIRoute } from 'astro';
import { areas, mappableIn } from '../../../lib/site-data/content.ts';
import { areaFeatures } from '../../../lib/geo-features.ts';

export function getStaticPaths() {
	return areas.districts.map((area) => ({ params: { id: area.id }, props: { area } }));
}

export const GET: APIRoute = ({ props }) => {
	const area = props['area'] as (typeof areas.districts)[number];
	return new Response(JSON.stringify(areaFeatures(area.data.name, area.data.boundary, mappableIn(area.id))), {
		headers: { 'content-type': 'application/geo+json' },
	});
};
