/**
 * Topology-preserving simplification of neighbouring areas to a vertex budget.
 *
 * Nearly identical vertices are snapped together and T-junctions filled in first (snap.ts), and coordinates
 * rounded. The polygons are then turned into a TopoJSON topology (topojson-server), so a border two areas share
 * becomes one arc that both use. Each interior point of an arc gets a Visvalingam weight (topojson-simplify's presimplify)
 * and points below a threshold are removed from the arc, once, for both neighbours: no gap or overlap can open
 * between them, and the junctions where three areas meet are never moved. For each area over the budget, the
 * smallest threshold at which it fits is found by binary search over its arcs' weights; an arc shared by two
 * areas uses the larger of their thresholds. Parts with the same name are dissolved into one (Multi)Polygon
 * with topojson-client's mergeArcs.
 *
 * Every ring that comes out is closed and has at least 4 positions (3 distinct points); a hole or a sliver that
 * simplification reduces to a line is dropped. The outer ring of each area's largest part keeps at least three
 * points, so no area ever disappears.
 */
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, mergeArcs } from 'topojson-client';
import { topology as buildTopology } from 'topojson-server';
import { presimplify } from 'topojson-simplify';
import type {
	GeometryCollection,
	MultiPolygon as TopoMultiPolygon,
	Objects,
	Polygon as TopoPolygon,
	Topology,
} from 'topojson-specification';
import { nodeParts } from './snap.ts';

export type PolygonGeometry = Polygon | MultiPolygon;

export interface AreaShape {
	/** One or more polygons (in [経度, 緯度]) that make up the area; they are rounded here. */
	parts: PolygonGeometry[];
}

export interface SimplifiedArea {
	/** Null only if every part vanished (cannot happen to the largest part, see above). */
	geometry: PolygonGeometry | null;
	/** Positions written (closing positions included) before and after simplification. */
	before: number;
	after: number;
	/** Holes and small parts that simplification reduced to nothing and were dropped. */
	droppedRings: number;
}

export interface SimplifyResult {
	areas: SimplifiedArea[];
	/** Whether every area fits the budget (false only if the junctions alone need more points). */
	withinBudget: boolean;
	/** Each area's weight threshold (0 = nothing removed for its own sake). */
	thresholds: number[];
}

/** Number of positions in a geometry, closing positions included: what the area file holds. */
export function countPositions(geometry: PolygonGeometry | null): number {
	if (!geometry) return 0;
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	return polygons.reduce((sum, rings) => sum + rings.reduce((s, r) => s + r.length, 0), 0);
}

/** Twice the signed area of a ring (positive = counter-clockwise in [x, y]). */
export function ringArea2(ring: readonly Position[]): number {
	let area = 0;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) area += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
	return area;
}

/** Removes repeated consecutive positions and closes the ring; undefined if fewer than 3 distinct points or no area remain. */
export function cleanRing(ring: readonly Position[]): Position[] | undefined {
	const out: Position[] = [];
	for (const p of ring) {
		const last = out.at(-1);
		if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push([p[0]!, p[1]!]);
	}
	while (out.length > 1 && out[0]![0] === out.at(-1)![0] && out[0]![1] === out.at(-1)![1]) out.pop();
	if (new Set(out.map((p) => `${p[0]},${p[1]}`)).size < 3 || ringArea2(out) === 0) return undefined;
	out.push([out[0]![0]!, out[0]![1]!]);
	return out;
}

/**
 * Cleans every ring, drops vanished holes and parts, and orients rings as RFC 7946 asks (outer rings
 * counter-clockwise, holes clockwise). Returns the geometry (a Polygon when one part is left) and how many rings
 * were dropped.
 */
export function cleanGeometry(geometry: PolygonGeometry | null): { geometry: PolygonGeometry | null; dropped: number } {
	if (!geometry) return { geometry: null, dropped: 0 };
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	let dropped = 0;
	const kept: Position[][][] = [];
	for (const rings of polygons) {
		const [outer, ...holes] = rings.map(cleanRing);
		if (!outer) {
			dropped += rings.length;
			continue;
		}
		const polygon = [ringArea2(outer) > 0 ? outer : outer.reverse()];
		for (const hole of holes) {
			if (!hole) dropped++;
			else polygon.push(ringArea2(hole) < 0 ? hole : hole.reverse());
		}
		kept.push(polygon);
	}
	if (kept.length === 0) return { geometry: null, dropped };
	return {
		geometry: kept.length === 1 ? { type: 'Polygon', coordinates: kept[0]! } : { type: 'MultiPolygon', coordinates: kept },
		dropped,
	};
}

/** The polygon with the largest outer ring. */
export function largestPolygon(geometry: PolygonGeometry): Position[][] {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	return polygons.reduce((best, p) => (Math.abs(ringArea2(p[0]!)) > Math.abs(ringArea2(best[0]!)) ? p : best));
}

type Arcs = number[][][];
type WeightedTopology = Topology & { arcs: number[][][] };

/** The points of a ring's arcs in order (arc index ~i = the arc reversed). */
function ringArcPoints(arcs: Arcs, ring: number[]): number[][] {
	return ring.flatMap((i) => (i < 0 ? [...arcs[~i]!].reverse() : arcs[i]!));
}

/** Makes sure the ring keeps at least three distinct points at any threshold, by fixing its heaviest points. */
function pinRing(weighted: WeightedTopology, ring: number[]): void {
	const points = ringArcPoints(weighted.arcs, ring);
	const fixed = new Set(points.filter((p) => p[2] === Infinity).map((p) => `${p[0]},${p[1]}`));
	const candidates = points.filter((p) => p[2] !== Infinity).sort((a, b) => b[2]! - a[2]!);
	for (const p of candidates) {
		if (fixed.size >= 3) break;
		p[2] = Infinity;
		fixed.add(`${p[0]},${p[1]}`);
	}
}

export interface SimplifyOptions {
	/** Decimals kept in the output (5 ≈ 1 m in degrees). */
	decimals?: number;
	/** Vertices of different parts closer than this are one point; a vertex this close to an edge joins it. */
	snapTolerance?: number;
}

/** Keeps the outer ring of every area's largest part alive, whatever the threshold. */
function pinLargestOuterRings(topo: Topology, weighted: WeightedTopology, merged: readonly { arcs: number[][][] }[]): void {
	for (const object of merged) {
		let best: number[] | undefined;
		let bestArea = -1;
		for (const polygon of object.arcs) {
			const outer = polygon[0];
			if (!outer) continue;
			const area = Math.abs(ringArea2(ringArcPoints(topo.arcs as Arcs, outer)));
			if (area > bestArea) [best, bestArea] = [outer, area];
		}
		if (best) pinRing(weighted, best);
	}
}

export function simplifyAreas(
	areas: readonly AreaShape[],
	maxVertices: number,
	{ decimals = 5, snapTolerance = 2e-6 }: SimplifyOptions = {},
): SimplifyResult {
	const owners = areas.flatMap((area, index) => area.parts.map(() => index));
	const noded = nodeParts(
		areas.flatMap((area) => area.parts),
		snapTolerance,
		decimals,
	);
	const features: FeatureCollection<PolygonGeometry, { index: number }> = {
		type: 'FeatureCollection',
		features: noded.map((geometry, i) => ({ type: 'Feature' as const, properties: { index: owners[i]! }, geometry })),
	};
	const topo = buildTopology({ areas: features }) as Topology;
	const collection = topo.objects['areas'] as GeometryCollection<{ index: number }>;
	const byArea: (TopoPolygon | TopoMultiPolygon)[][] = areas.map(() => []);
	for (const g of collection.geometries) {
		if ((g.type === 'Polygon' || g.type === 'MultiPolygon') && g.properties) byArea[g.properties.index]!.push(g);
	}
	const merged = byArea.map((group) => mergeArcs(topo, group));

	const weighted = presimplify(topo as Topology<Objects>) as WeightedTopology;
	pinLargestOuterRings(topo, weighted, merged);

	// Each area gets the smallest threshold at which it fits; an arc is simplified with the largest threshold
	// of the areas that use it, so a shared border is simplified once, the same for both neighbours, and an
	// area that fits keeps its detail on borders it does not share with one that had to give up points.
	const ownArcs = merged.map((object) => [...new Set(object.arcs.flat(2).map((i) => (i < 0 ? ~i : i)))]);
	const arcAreas = new Map<number, number[]>();
	ownArcs.forEach((arcs, index) => {
		for (const arc of arcs) arcAreas.set(arc, [...(arcAreas.get(arc) ?? []), index]);
	});
	const thresholds = merged.map(() => -Infinity);
	const arcThreshold = (arc: number) => Math.max(...arcAreas.get(arc)!.map((a) => thresholds[a]!));
	const geometryOf = (index: number) => {
		// Only this area's arcs are read, so only they are filtered.
		const arcs: number[][][] = new Array(weighted.arcs.length);
		for (const i of ownArcs[index]!) {
			const t = arcThreshold(i);
			arcs[i] = weighted.arcs[i]!.filter((p) => p[2]! >= t).map((p) => [p[0]!, p[1]!]);
		}
		return cleanGeometry(feature({ type: 'Topology', objects: {}, arcs }, merged[index]!).geometry as MultiPolygon);
	};
	const fits = (index: number) => countPositions(geometryOf(index).geometry) <= maxVertices;

	const original = merged.map((_, index) => geometryOf(index));
	let withinBudget = true;
	merged.forEach((_, index) => {
		if (fits(index)) return;
		// Candidates: just above each weight on this area's arcs (so that point goes), then Infinity (only fixed
		// points stay). Removing points only ever lowers every area's count, so one pass is enough.
		const weights = [
			...new Set(ownArcs[index]!.flatMap((arc) => weighted.arcs[arc]!.map((p) => p[2]!)).filter((w) => Number.isFinite(w))),
		].sort((a, b) => a - b);
		const candidates = [...weights.map(nextUp), Infinity];
		const tryThreshold = (t: number) => {
			thresholds[index] = t;
			return fits(index);
		};
		if (!tryThreshold(Infinity)) {
			withinBudget = false;
			return;
		}
		let lo = 0;
		let hi = candidates.length - 1;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (tryThreshold(candidates[mid]!)) hi = mid;
			else lo = mid + 1;
		}
		thresholds[index] = candidates[lo]!;
	});

	const results = merged.map((_, index) => geometryOf(index));
	return {
		thresholds: thresholds.map((t) => Math.max(t, 0)),
		withinBudget,
		areas: results.map((r, i) => ({
			geometry: r.geometry,
			before: countPositions(original[i]!.geometry),
			after: countPositions(r.geometry),
			droppedRings: r.dropped - original[i]!.dropped,
		})),
	};
}

/** The smallest double greater than x. */
function nextUp(x: number): number {
	if (x === 0) return Number.MIN_VALUE;
	const buffer = new DataView(new ArrayBuffer(8));
	buffer.setFloat64(0, x);
	const bits = buffer.getBigUint64(0);
	buffer.setBigUint64(0, x > 0 ? bits + 1n : bits - 1n);
	return buffer.getFloat64(0);
}
