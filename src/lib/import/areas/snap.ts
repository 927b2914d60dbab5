/**
 * Making neighbours' shared borders identical before the topology is built.
 *
 * Boundary files rarely store a shared border twice with exactly the same points: one 校区 may have a vertex
 * where its neighbour has none (a "T-junction": the vertex lies on the neighbour's edge), or the two copies of
 * a vertex differ in the last digit, and rounding to 5 decimals can then put them 1 m apart. TopoJSON only
 * shares arcs whose points are identical, so such borders would be simplified separately and could open
 * slivers. Here, within a tolerance far below the output's 1 m: vertices of different parts that nearly
 * coincide take one position, and a vertex that lies on another part's edge is inserted into that edge. Then
 * the coordinates are rounded.
 */
import type { Position } from 'geojson';
import type { PolygonGeometry } from './simplify.ts';

interface Point {
	x: number;
	y: number;
	/** The parts (indexes) that have this point as a vertex. */
	parts: Set<number>;
}

const polygonsOf = (g: PolygonGeometry): Position[][][] => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);
const rebuild = (g: PolygonGeometry, polygons: Position[][][]): PolygonGeometry =>
	g.type === 'Polygon' ? { type: 'Polygon', coordinates: polygons[0]! } : { type: 'MultiPolygon', coordinates: polygons };

/** Grid cells: about a thousandth of the data's extent, and never finer than 50 tolerances. */
function gridCellSize(parts: readonly PolygonGeometry[], tolerance: number): number {
	let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const g of parts) {
		for (const [x, y] of polygonsOf(g).flat(2)) {
			[minX, maxX] = [Math.min(minX, x!), Math.max(maxX, x!)];
			[minY, maxY] = [Math.min(minY, y!), Math.max(maxY, y!)];
		}
	}
	const extent = Math.max(maxX - minX, maxY - minY, 0);
	return Math.max(tolerance * 50, extent / 1000, 1e-12);
}

/**
 * Snaps near-identical vertices of different parts together and inserts each vertex that lies on another part's
 * edge into that edge (tolerance in coordinate units), then rounds every coordinate to `decimals` places and
 * removes repeated points.
 */
export function nodeParts(parts: readonly PolygonGeometry[], tolerance: number, decimals: number): PolygonGeometry[] {
	const cell = gridCellSize(parts, tolerance);
	const grid = new Map<string, Point[]>();
	const cellKey = (cx: number, cy: number) => `${cx},${cy}`;
	const canonical = (x: number, y: number, part: number): Point => {
		const cx = Math.floor(x / cell);
		const cy = Math.floor(y / cell);
		for (let dx = -1; dx <= 1; dx++) {
			for (let dy = -1; dy <= 1; dy++) {
				for (const p of grid.get(cellKey(cx + dx, cy + dy)) ?? []) {
					if (Math.abs(p.x - x) <= tolerance && Math.abs(p.y - y) <= tolerance) {
						p.parts.add(part);
						return p;
					}
				}
			}
		}
		const p: Point = { x, y, parts: new Set([part]) };
		const key = cellKey(cx, cy);
		grid.set(key, [...(grid.get(key) ?? []), p]);
		return p;
	};

	// 1. One position for vertices that nearly coincide.
	const snapped = parts.map((g, part) => polygonsOf(g).map((rings) => rings.map((ring) => ring.map((q) => canonical(q[0]!, q[1]!, part)))));

	// 2. Vertices of other parts lying on an edge are inserted into it, in order along the edge.
	const onEdge = (a: Point, b: Point, part: number): Point[] => {
		const [minX, maxX] = [Math.min(a.x, b.x) - tolerance, Math.max(a.x, b.x) + tolerance];
		const [minY, maxY] = [Math.min(a.y, b.y) - tolerance, Math.max(a.y, b.y) + tolerance];
		const dx = b.x - a.x;
		const dy = b.y - a.y;
		const length2 = dx * dx + dy * dy;
		if (length2 === 0) return [];
		const found: { p: Point; t: number }[] = [];
		// The cells along the edge and their neighbours (the tolerance is far smaller than a cell).
		const cells = new Set<string>();
		const steps = Math.ceil(Math.sqrt(length2) / (cell / 2)) + 1;
		for (let i = 0; i <= steps; i++) {
			const cx = Math.floor((a.x + (dx * i) / steps) / cell);
			const cy = Math.floor((a.y + (dy * i) / steps) / cell);
			for (let ox = -1; ox <= 1; ox++) for (let oy = -1; oy <= 1; oy++) cells.add(cellKey(cx + ox, cy + oy));
		}
		for (const key of cells) {
			for (const p of grid.get(key) ?? []) {
				if (p === a || p === b || p.x < minX || p.x > maxX || p.y < minY || p.y > maxY) continue;
				if (![...p.parts].some((other) => other !== part)) continue;
				const t = ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2;
				if (t <= 0 || t >= 1) continue;
				const distance = Math.abs((p.x - a.x) * dy - (p.y - a.y) * dx) / Math.sqrt(length2);
				if (distance <= tolerance) found.push({ p, t });
			}
		}
		return found.sort((u, v) => u.t - v.t).map((f) => f.p);
	};
	const factor = 10 ** decimals;
	const round = (v: number) => Math.round(v * factor) / factor;
	return parts.map((g, part) =>
		rebuild(
			g,
			snapped[part]!.map((rings) =>
				rings.map((ring) => {
					const out: Position[] = [];
					const push = (p: Point) => {
						const q = [round(p.x), round(p.y)];
						const last = out.at(-1);
						if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
					};
					ring.forEach((p, i) => {
						push(p);
						const next = ring[i + 1];
						if (next) onEdge(p, next, part).forEach(push);
					});
					return out;
				}),
			),
		),
	);
}
