/**
 * Where a place lies, in words a resident reads: 「校区の中心から北東へ約 1.2 km」. Eight directions (north is up),
 * the distance rounded to 0.1 km (「約 300 m」 under 1 km, to 50 m). Used for the areas out of walking reach.
 */
import { distanceMetres, type LatLng } from '../geo.ts';

const DIRECTIONS = ['北', '北東', '東', '南東', '南', '南西', '西', '北西'] as const;

/** The compass direction from `from` to `to`, one of eight (east-west scaled by the latitude). */
export function directionWord(from: LatLng, to: LatLng): (typeof DIRECTIONS)[number] {
	const north = to.lat - from.lat;
	const east = (to.lng - from.lng) * Math.cos((from.lat * Math.PI) / 180);
	const degrees = ((Math.atan2(east, north) * 180) / Math.PI + 360) % 360;
	return DIRECTIONS[Math.round(degrees / 45) % 8]!;
}

export function distanceWords(metres: number): string {
	const fifties = Math.max(50, Math.round(metres / 50) * 50);
	if (fifties < 1000) return `約 ${fifties} m`;
	return `約 ${(Math.round(metres / 100) / 10).toFixed(1)} km`;
}

/** 「校区の中心から北東へ約 1.2 km」, or 「校区の中心の近く」 within 150 m. */
export function whereFrom(centre: LatLng, point: LatLng, centreName = '校区の中心'): string {
	const metres = distanceMetres(centre, point);
	if (metres < 150) return `${centreName}の近く`;
	return `${centreName}から${directionWord(centre, point)}へ${distanceWords(metres)}`;
}
