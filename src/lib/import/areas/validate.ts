/**
 * Whether a boundary can be drawn and tested as it stands. A ring that crosses itself (a figure-eight, a
 * digitising slip) makes "is this salon inside the 校区" answer differently depending on the method, so it is
 * refused with the place where it crosses; the coordinator fixes it in a GIS (QGIS 「ジオメトリを修復」). What
 * can be repaired without guessing is repaired later by `cleanRing` (simplify.ts): an unclosed ring is closed,
 * repeated points are removed. A ring of fewer than 3 distinct points, or with coordinates that are not
 * numbers, is refused. Pure functions; positions are [経度, 緯度] (or any x, y).
 */
import type { Position } from 'geojson';
import type { PolygonGeometry } from './read.ts';

const cross = (o: Position, a: Position, b: Position) => (a[0]! - o[0]!) * (b[1]! - o[1]!) - (a[1]! - o[1]!) * (b[0]! - o[0]!);

/** Where segments ab and cd cross at a point inside both (touching at an end, or overlapping in line, is not crossing). */
function properCrossing(a: Position, b: Position, c: Position, d: Position): Position | undefined {
	const d1 = cross(c, d, a);
	const d2 = cross(c, d, b);
	const d3 = cross(a, b, c);
	const d4 = cross(a, b, d);
	if (!(((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0)))) return undefined;
	const t = d1 / (d1 - d2);
	return [a[0]! + t * (b[0]! - a[0]!), a[1]! + t * (b[1]! - a[1]!)];
}

/**
 * The first point where a ring crosses itself, or undefined. Segments are put in a grid of about √n × √n cells
 * so a ring of thousands of points is checked in a few milliseconds, not n² pairs.
 */
export function selfCrossing(ring: readonly Position[]): Position | undefined {
	const points = ring.length > 1 && ring[0]![0] === ring.at(-1)![0] && ring[0]![1] === ring.at(-1)![1] ? ring.slice(0, -1) : [...ring];
	const n = points.length;
	if (n < 4) return undefined;
	const xs = points.map((p) => p[0]!);
	const ys = points.map((p) => p[1]!);
	const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
	const side = Math.max(1, Math.ceil(Math.sqrt(n)));
	const cellW = (maxX - minX) / side || 1;
	const cellH = (maxY - minY) / side || 1;
	const cell = (v: number, min: number, size: number) => Math.min(side - 1, Math.floor((v - min) / size));
	const grid = new Map<number, number[]>();
	for (let i = 0; i < n; i++) {
		const a = points[i]!;
		const b = points[(i + 1) % n]!;
		for (let cx = cell(Math.min(a[0]!, b[0]!), minX, cellW); cx <= cell(Math.max(a[0]!, b[0]!), minX, cellW); cx++) {
			for (let cy = cell(Math.min(a[1]!, b[1]!), minY, cellH); cy <= cell(Math.max(a[1]!, b[1]!), minY, cellH); cy++) {
				const key = cx * side + cy;
				const list = grid.get(key);
				if (list) list.push(i);
				else grid.set(key, [i]);
			}
		}
	}
	for (const list of grid.values()) {
		for (let x = 0; x < list.length; x++) {
			for (let y = x + 1; y < list.length; y++) {
				const i = list[x]!;
				const j = list[y]!;
				if (Math.abs(i - j) === 1 || Math.abs(i - j) === n - 1) continue;
				const at = properCrossing(points[i]!, points[(i + 1) % n]!, points[j]!, points[(j + 1) % n]!);
				if (at) return at;
			}
		}
	}
	return undefined;
}

/** What is wrong with a geometry, in Japanese, or undefined. `show` formats a position for the message. */
export function geometryProblem(geometry: PolygonGeometry, show: (p: Position) => string): string | undefined {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	for (const rings of polygons) {
		for (const [index, ring] of rings.entries()) {
			const which = index === 0 ? '外側の線' : `${index} 番目の穴の線`;
			if (ring.some((p) => !Number.isFinite(p[0]) || !Number.isFinite(p[1]))) return `${which}に数でない座標があります`;
			if (new Set(ring.map((p) => `${p[0]},${p[1]}`)).size < 3) return `${which}の点が 3 つ未満で、面になりません`;
			const at = selfCrossing(ring);
			if (at) return `${which}が自分と交差しています（${show(at)} のあたり）`;
		}
	}
	return undefined;
}
