/**
 * The places out of walking reach in one 校区, two ways: a map layer (each census mesh with people aged 65+ out of
 * reach as a GeoJSON rectangle, its words in the properties), published as /data/reach/<校区 id>.geojson so that
 * a 校区 map loads it only when someone taps 「歩いて行ける範囲の外（65歳以上）」; and the same places as rows of
 * a table, for the page without JavaScript, without map tiles, and on paper.
 */
import type { LatLng } from '../geo.ts';
import { meshRect } from './mesh-code.ts';
import { outOfReachText, type OutOfReach } from './reach.ts';
import { whereFrom } from './where.ts';

export interface ReachTableRow {
	mesh: string;
	/** 「校区の中心から北東へ約 1.2 km」 (empty when the 校区 has no centre). */
	where: string;
	/** 「約 12 人」 or 「1 人未満」. */
	people: string;
	/** 「ここから 500 m 以内に通いの場がない 65歳以上 約 12 人」 */
	text: string;
	/** 「北緯 34.8021・東経 135.6906」 */
	position: string;
}

export function reachTableRows(outOfReach: readonly OutOfReach[], centre: LatLng | undefined, radius = 500): ReachTableRow[] {
	return outOfReach.map((o) => ({
		mesh: o.mesh,
		where: centre ? whereFrom(centre, o.center) : '',
		people: o.people < 0.5 ? '1 人未満' : `約 ${Math.round(o.people)} 人`,
		text: outOfReachText(o, radius),
		position: `北緯 ${o.center.lat.toFixed(4)}・東経 ${o.center.lng.toFixed(4)}`,
	}));
}

export function reachLayer(
	outOfReach: readonly OutOfReach[],
	radius = 500,
	centre?: LatLng,
): { type: 'FeatureCollection'; features: unknown[] } {
	const round = (v: number) => Math.round(v * 1e6) / 1e6;
	const rows = reachTableRows(outOfReach, centre, radius);
	return {
		type: 'FeatureCollection',
		features: outOfReach.map((o, i) => {
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
				properties: {
					mesh: o.mesh,
					people: Math.round(o.people),
					text: rows[i]!.text,
					...(centre ? { where: rows[i]!.where } : {}),
					distance: `直線 ${radius} m`,
				},
			};
		}),
	};
}
