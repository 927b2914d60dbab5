/**
 * Plain geometry on [longitude, latitude] positions: point-in-polygon for GeoJSON boundaries, bounding boxes,
 * and great-circle distance. No map library: the build, the check and the tests use these directly.
 */
import type { Boundary, Position } from '../schemas/areas.ts';

export interface LatLng {
	lat: number;
	lng: number;
}

/** Ray casting on one ring. Points exactly on an edge count as inside. */
function inRing(lng: number, lat: number, ring: readonly Position[]): boolean {
	let inside = false;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		const [xi, yi] = ring[i]!;
		const [xj, yj] = ring[j]!;
		if (yi > lat !== yj > lat && lng < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
	}
	return inside;
}

function inPolygon(lng: number, lat: number, rings: readonly (readonly Position[])[]): boolean {
	const [outer, ...holes] = rings;
	return !!outer && inRing(lng, lat, outer) && !holes.some((hole) => inRing(lng, lat, hole));
}

/** Whether a point lies inside a GeoJSON Polygon or MultiPolygon. */
export function pointInBoundary(point: LatLng, boundary: Boundary): boolean {
	const polygons = boundary.type === 'Polygon' ? [boundary.coordinates] : boundary.coordinates;
	return polygons.some((rings) => inPolygon(point.lng, point.lat, rings));
}

/** Great-circle distance in metres (haversine). */
export function distanceMetres(a: LatLng, b: LatLng): number {
	const rad = Math.PI / 180;
	const dLat = (b.lat - a.lat) * rad;
	const dLng = (b.lng - a.lng) * rad;
	const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
	return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
}
