import type { Polygon, Position } from 'geojson';
import { describe, expect, test } from 'vitest';
import { cleanGeometry, cleanRing, countPositions, ringArea2, simplifyAreas, type PolygonGeometry } from './simplify.ts';

const r5 = (v: number) => Math.round(v * 1e5) / 1e5;

/** A wiggly line from (x0, y0) to (x1, y1) with n points, the same for whoever draws it. */
function wiggle(from: Position, to: Position, n: number, amplitude = 0.001): Position[] {
	return Array.from({ length: n }, (_, i) => {
		const t = i / (n - 1);
		const off = i === 0 || i === n - 1 ? 0 : Math.sin(i * 1.7) * amplitude;
		return [r5(from[0]! + (to[0]! - from[0]!) * t + off), r5(from[1]! + (to[1]! - from[1]!) * t + off)];
	});
}

/** Two areas side by side: left [135.0, 135.1], right [135.1, 135.2], sharing a wiggly border x ≈ 135.1. */
function twoNeighbours(n = 200): { left: Polygon; right: Polygon; border: Position[] } {
	const border = wiggle([135.1, 34.5], [135.1, 34.6], n);
	const left: Polygon = { type: 'Polygon', coordinates: [[...wiggle([135.0, 34.6], [135.0, 34.5], n), ...border, [135.0, 34.6]]] };
	const right: Polygon = { type: 'Polygon', coordinates: [[...border, ...wiggle([135.2, 34.6], [135.2, 34.5], n), [135.1, 34.5]]] };
	return { left, right, border };
}

const positions = (g: PolygonGeometry | null) => (g ? (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).flat(2) : []);
const key = (p: Position) => `${p[0]},${p[1]}`;

function expectValidRings(g: PolygonGeometry | null) {
	expect(g).not.toBeNull();
	for (const ring of (g!.type === 'Polygon' ? [g!.coordinates] : g!.coordinates).flat()) {
		expect(ring.length).toBeGreaterThanOrEqual(4);
		expect(ring[0]).toEqual(ring.at(-1));
	}
}

describe('simplifyAreas', () => {
	test('neighbours keep exactly the same points on their shared border, and every area fits the budget', () => {
		const { left, right, border } = twoNeighbours();
		const result = simplifyAreas([{ parts: [left] }, { parts: [right] }], 60);
		expect(result.withinBudget).toBe(true);
		const [a, b] = result.areas;
		expect(a!.before).toBe(2 * 200 + 1);
		expect(a!.after).toBeLessThanOrEqual(60);
		expect(b!.after).toBeLessThanOrEqual(60);
		expect(a!.after).toBeGreaterThan(40); // it used its budget rather than throwing detail away
		expectValidRings(a!.geometry);
		expectValidRings(b!.geometry);
		const onBorder = new Set(border.map(key));
		const leftBorder = positions(a!.geometry)
			.map(key)
			.filter((k) => onBorder.has(k));
		const rightBorder = positions(b!.geometry)
			.map(key)
			.filter((k) => onBorder.has(k));
		expect(new Set(leftBorder)).toEqual(new Set(rightBorder));
		expect(new Set(leftBorder).size).toBeGreaterThan(5);
		// The corners where the border meets the outline are never moved.
		expect(leftBorder).toContain('135.1,34.5');
		expect(leftBorder).toContain('135.1,34.6');
	});

	test('an area that fits keeps the detail of the borders it does not share', () => {
		const { left, right } = twoNeighbours();
		// A third area far away: alone, already within budget.
		const alone: Polygon = { type: 'Polygon', coordinates: [[...wiggle([136, 35], [136.1, 35], 50), [136.05, 35.1], [136, 35]]] };
		const result = simplifyAreas([{ parts: [left] }, { parts: [right] }, { parts: [alone] }], 100);
		expect(result.areas[2]!.after).toBe(result.areas[2]!.before);
		expect(result.thresholds[2]).toBe(0);
	});

	test('parts with the same name are dissolved into one polygon without the border between them', () => {
		const { left, right, border } = twoNeighbours(20);
		const result = simplifyAreas([{ parts: [left, right] }], 1000);
		const g = result.areas[0]!.geometry!;
		expect(g.type).toBe('Polygon');
		const inner = border.slice(1, -1).map(key);
		expect(
			positions(g)
				.map(key)
				.filter((k) => inner.includes(k)),
		).toEqual([]);
	});

	test('separate parts stay separate: a MultiPolygon', () => {
		const square = (x: number): Polygon => ({
			type: 'Polygon',
			coordinates: [
				[
					[x, 34],
					[x + 0.01, 34],
					[x + 0.01, 34.01],
					[x, 34.01],
					[x, 34],
				],
			],
		});
		const result = simplifyAreas([{ parts: [square(135), square(135.5)] }], 300);
		expect(result.areas[0]!.geometry!.type).toBe('MultiPolygon');
	});

	test('a hole that simplification reduces to a line is dropped; the outer ring stays', () => {
		const outer = wiggle([135, 34], [135.1, 34], 100).concat([
			[135.1, 34.1],
			[135, 34.1],
			[135, 34],
		]);
		const hole: Position[] = [
			[135.05, 34.05],
			[135.05001, 34.05],
			[135.05001, 34.05001],
			[135.05, 34.05001],
			[135.05, 34.05],
		];
		const result = simplifyAreas([{ parts: [{ type: 'Polygon', coordinates: [outer, hole] }] }], 8);
		const area = result.areas[0]!;
		expectValidRings(area.geometry);
		expect(area.after).toBeLessThanOrEqual(8);
		expect(area.geometry!.type === 'Polygon' && area.geometry!.coordinates.length).toBe(1);
		expect(area.droppedRings).toBe(1);
	});

	test('a budget smaller than the junctions need is reported, not silently broken', () => {
		// A 3 × 3 grid: the middle square's four corners are all junctions, so it needs 5 positions.
		const square = (i: number, j: number): Polygon => {
			const [x, y] = [135 + i * 0.01, 34 + j * 0.01];
			return {
				type: 'Polygon',
				coordinates: [
					[
						[x, y],
						[r5(x + 0.01), y],
						[r5(x + 0.01), r5(y + 0.01)],
						[x, r5(y + 0.01)],
						[x, y],
					],
				],
			};
		};
		const grid = [0, 1, 2].flatMap((i) => [0, 1, 2].map((j) => ({ parts: [square(i, j)] })));
		const result = simplifyAreas(grid, 4);
		expect(result.withinBudget).toBe(false);
		expect(result.areas[4]!.after).toBe(5);
		for (const a of result.areas) expectValidRings(a.geometry);
	});

	test('an island with no neighbours keeps at least a triangle', () => {
		const island: Polygon = { type: 'Polygon', coordinates: [[...wiggle([135, 34], [135.1, 34.05], 80), [135.02, 34.1], [135, 34]]] };
		const result = simplifyAreas([{ parts: [island] }], 4);
		expect(result.areas[0]!.after).toBe(4);
		expectValidRings(result.areas[0]!.geometry);
	});
});

describe('ring cleaning', () => {
	test('repeated points go, the ring is closed, degenerate rings are dropped', () => {
		expect(
			cleanRing([
				[0, 0],
				[1, 0],
				[1, 0],
				[1, 1],
				[0, 0],
			]),
		).toEqual([
			[0, 0],
			[1, 0],
			[1, 1],
			[0, 0],
		]);
		expect(
			cleanRing([
				[0, 0],
				[1, 0],
				[1, 1],
			]),
		).toEqual([
			[0, 0],
			[1, 0],
			[1, 1],
			[0, 0],
		]);
		expect(
			cleanRing([
				[0, 0],
				[1, 0],
				[0, 0],
				[0, 0],
			]),
		).toBeUndefined();
		expect(
			cleanRing([
				[0, 0],
				[1, 1],
				[2, 2],
				[0, 0],
			]),
		).toBeUndefined();
	});
	test('outer rings counter-clockwise and holes clockwise (RFC 7946)', () => {
		const cw: Position[] = [
			[0, 0],
			[0, 2],
			[2, 2],
			[2, 0],
			[0, 0],
		];
		const ccwHole: Position[] = [
			[0.5, 0.5],
			[1.5, 0.5],
			[1.5, 1.5],
			[0.5, 1.5],
			[0.5, 0.5],
		];
		const { geometry } = cleanGeometry({ type: 'Polygon', coordinates: [cw, ccwHole] });
		const [outer, hole] = (geometry as Polygon).coordinates;
		expect(ringArea2(outer!)).toBeGreaterThan(0);
		expect(ringArea2(hole!)).toBeLessThan(0);
		expect(countPositions(geometry)).toBe(10);
	});
});
