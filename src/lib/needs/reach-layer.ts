/**
 * The map layer of the places out of walking reach in one 校区: each census mesh with people aged 65+ out of
 * reach as a GeoJSON rectangle, its words in the properties. Published as /data/reach/<校区 id>.geojson so that
 * a 校区 map loads it only when someone taps 「通いの場まで遠いところ」 (no cost to the page otherwise).
 */
import { meshRect } from './mesh-code.ts';
import { outOfReachText, type OutOfReach } from './reach.ts';

export function reachLayer(outOfReach: readonly OutOfReach[], radius = 500): { type: 'FeatureCollection'; features: unknown[] } {
	const round = (v: number) => Math.round(v * 1e6) / 1e6;
	return {
		type: 'FeatureCollection',
		features: outOfReach.map((o) => {
			const r = meshRect(o.mesh);
			const ring = [
				[r.west, r.south],
				[r.east, r.south],
				[r.east, r.north],
				[r.west, r.north],
				[r.west, r.south],
			].map(([x, y]) => [round(x!), round(y!)]);
			return {
				type: 'Feature',
				id: o.mesh,
				geometry: { type: 'Polygon', coordinates: [ring] },
				properties: { mesh: o.mesh, people: Math.round(o.people), text: outOfReachText(o, radius), distance: `直線 ${radius} m` },
			};
		}),
	};
}
