/**
 * How much of a rectangle (a census mesh) lies inside a 校区 boundary: the boundary's rings clipped to the
 * rectangle (Sutherland–Hodgman against its four sides; exact for any polygon, as the rectangle is convex), the
 * clipped areas by the shoelace formula, holes subtracted. Areas are in squared degrees: the share is a ratio
 * within one small rectangle, where a degree of longitude has one length, so the units cancel.
 */
import type { Boundary, Position } from '../../schemas/areas.ts';

export interface Rect {
	south: number;
	west: number;
	north: number;
	east: number;
}

type Pt = readonly [number, number];

function clipSide(points: Pt[], inside: (p: Pt) => boolean, cross: (a: Pt, b: Pt) => Pt): Pt[] {
	const out: Pt[] = [];
	for (let i = 0; i < points.length; i++) {
		const cur = points[i]!;
		const prev = points[(i + points.length - 1) % points.length]!;
		if (inside(cur)) {
			if (!inside(prev)) out.push(cross(prev, cur));
			out.push(cur);
		} else if (inside(prev)) out.push(cross(prev, cur));
	}
	return out;
}

const atX =
	(x: number) =>
	(a: Pt, b: Pt): Pt => [x, a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0])];
const atY =
	(y: number) =>
	(a: Pt, b: Pt): Pt => [a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]), y];

/** The part of a ring inside the rectangle (possibly with zero-width seams, which add no area). */
export function clipRing(ring: readonly Position[], r: Rect): Pt[] {
	let pts: Pt[] = ring.slice(0, -1).map(([x, y]) => [x, y] as const);
	pts = clipSide(pts, (p) => p[0] >= r.west, atX(r.west));
	pts = clipSide(pts, (p) => p[0] <= r.east, atX(r.east));
	pts = clipSide(pts, (p) => p[1] >= r.south, atY(r.south));
	pts = clipSide(pts, (p) => p[1] <= r.north, atY(r.north));
	return pts;
}

/** Unsigned area of a closed or open ring by the shoelace formula. */
export function ringArea(points: readonly Pt[]): number {
	let twice = 0;
	for (let i = 0, j = points.length - 1; i < points.length; j = i++)
		twice += (points[j]![0] - points[i]![0]) * (points[j]![1] + points[i]![1]);
	return Math.abs(twice) / 2;
}

function ringBox(ring: readonly Position[]): Rect {
	let south = Infinity,
		west = Infinity,
		north = -Infinity,
		east = -Infinity;
	for (const [x, y] of ring) {
		if (x < west) west = x;
		if (x > east) east = x;
		if (y < south) south = y;
		if (y > north) north = y;
	}
	return { south, west, north, east };
}

const disjoint = (a: Rect, b: Rect) => a.east <= b.west || b.east <= a.west || a.north <= b.south || b.north <= a.south;

/** The share (0–1) of the rectangle's area that lies inside the boundary. */
export function shareInside(boundary: Boundary, r: Rect): number {
	const polygons = boundary.type === 'Polygon' ? [boundary.coordinates] : boundary.coordinates;
	const rectArea = (r.east - r.west) * (r.north - r.south);
	let area = 0;
	for (const [outer, ...holes] of polygons) {
		if (!outer || disjoint(ringBox(outer), r)) continue;
		area += ringArea(clipRing(outer, r));
		for (const hole of holes) if (!disjoint(ringBox(hole), r)) area -= ringArea(clipRing(hole, r));
	}
	return Math.min(1, Math.max(0, area / rectArea));
}
