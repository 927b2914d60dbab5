/**
 * The places out of walking reach in one 校区, two ways: a map layer (each census mesh with people aged 65+ out of
 * reach as a GeoJSON shape: the mesh rectangle, cut to the 校区 boundary when there is one; its words in the
 * properties), published as /data/reach/<校区 id>.geojson so that
 * a 校区 map loads it only when someone taps 「歩いて行ける範囲の外（65歳以上）」; and the same places as rows of
 * a table, for the page without JavaScript, without map tiles, and on paper.
 */
import type { Boundary, Position } from '../../schemas/areas.ts';
import type { LatLng } from '../geo.ts';
import { clipRing, ringArea, type Rect } from './clip.ts';
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

const round = (v: number) => Math.round(v * 1e6) / 1e6;
const closed = (pts: readonly (readonly [number, number])[]): Position[] => [...pts, pts[0]!].map(([x, y]) => [round(x), round(y)]);

/** The part of a mesh rectangle inside the boundary (holes kept), or the whole rectangle without a boundary. */
export function meshShape(r: Rect, boundary?: Boundary): { type: 'MultiPolygon'; coordinates: Position[][][] } {
	const whole = closed([
		[r.west, r.south],
		[r.east, r.south],
		[r.east, r.north],
		[r.west, r.north],
	]);
	if (!boundary) return { type: 'MultiPolygon', coordinates: [[whole]] };
	const polygons = boundary.type === 'Polygon' ? [boundary.coordinates] : boundary.coordinates;
	const parts: Position[][][] = [];
	for (const [outer, ...holes] of polygons) {
		const cut = outer ? clipRing(outer, r) : [];
		if (cut.length < 3 || ringArea(cut) === 0) continue;
		const inner = holes.map((h) => clipRing(h, r)).filter((h) => h.length >= 3 && ringArea(h) > 0);
		parts.push([closed(cut), ...inner.map(closed)]);
	}
	return { type: 'MultiPolygon', coordinates: parts.length ? parts : [[whole]] };
}

export function reachLayer(
	outOfReach: readonly OutOfReach[],
	radius = 500,
	centre?: LatLng,
	boundary?: Boundary,
): { type: 'FeatureCollection'; features: unknown[] } {
	const rows = reachTableRows(outOfReach, centre, radius);
	return {
		type: 'FeatureCollection',
		features: outOfReach.map((o, i) => ({
			type: 'Feature',
			id: o.mesh,
			geometry: meshShape(meshRect(o.mesh), boundary),
			properties: {
				mesh: o.mesh,
				people: Math.round(o.people),
				text: rows[i]!.text,
				...(centre ? { where: rows[i]!.where } : {}),
				distance: `直線 ${radius} m`,
			},
		})),
	};
}
