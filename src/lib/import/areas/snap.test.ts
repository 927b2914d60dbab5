import type { Polygon, Position } from 'geojson';
import { describe, expect, test } from 'vitest';
import { nodeParts } from './snap.ts';

const ring = (g: Polygon) => g.coordinates[0]!;
const has = (r: Position[], p: Position) => r.some((q) => q[0] === p[0] && q[1] === p[1]);

describe('nodeParts', () => {
	test('a vertex on the neighbour’s edge (a T-junction) is added to that edge, in order', () => {
		// Left square has an extra vertex at (1, 0.5) on the shared edge x = 1; the right square has none.
		const left: Polygon = {
			type: 'Polygon',
			coordinates: [
				[
					[0, 0],
					[1, 0],
					[1, 0.5],
					[1, 1],
					[0, 1],
					[0, 0],
				],
			],
		};
		const right: Polygon = {
			type: 'Polygon',
			coordinates: [
				[
					[1, 0],
					[2, 0],
					[2, 1],
					[1, 1],
					[1, 0],
				],
			],
		};
		const [, r] = nodeParts([left, right], 1e-6, 5) as Polygon[];
		expect(ring(r!)).toEqual([
			[1, 0],
			[2, 0],
			[2, 1],
			[1, 1],
			[1, 0.5],
			[1, 0],
		]);
	});
	test('a vertex a hair off the edge still joins it; one farther off does not', () => {
		const left: Polygon = {
			type: 'Polygon',
			coordinates: [
				[
					[0, 0],
					[1, 0],
					[1.0000004, 0.3],
					[0.999, 0.6],
					[1, 1],
					[0, 1],
					[0, 0],
				],
			],
		};
		const right: Polygon = {
			type: 'Polygon',
			coordinates: [
				[
					[1, 0],
					[2, 0],
					[2, 1],
					[1, 1],
					[1, 0],
				],
			],
		};
		const [l, r] = nodeParts([left, right], 2e-6, 5) as Polygon[];
		expect(has(ring(r!), [1, 0.3])).toBe(true);
		expect(has(ring(l!), [1, 0.3])).toBe(true);
		expect(ring(r!).some((p) => p[1] === 0.6)).toBe(false);
	});
	test('copies of a vertex that differ in the last digits become one point before rounding', () => {
		// 0.000004999 and 0.000005001 would round to different 5th decimals.
		const a: Polygon = {
			type: 'Polygon',
			coordinates: [
				[
					[0, 0],
					[0.000004999, 1],
					[-1, 1],
					[0, 0],
				],
			],
		};
		const b: Polygon = {
			type: 'Polygon',
			coordinates: [
				[
					[0, 0],
					[1, 1],
					[0.000005001, 1],
					[0, 0],
				],
			],
		};
		const [na, nb] = nodeParts([a, b], 2e-6, 5) as Polygon[];
		expect(ring(na!)[1]).toEqual(ring(nb!)[2]);
	});
	test('rounds to the decimals asked for and drops repeated points', () => {
		const a: Polygon = {
			type: 'Polygon',
			coordinates: [
				[
					[135.123454, 34.1],
					[135.123451, 34.1],
					[135.2, 34.1],
					[135.2, 34.2],
					[135.123454, 34.1],
				],
			],
		};
		expect(ring(nodeParts([a], 1e-9, 5)[0] as Polygon)).toEqual([
			[135.12345, 34.1],
			[135.2, 34.1],
			[135.2, 34.2],
			[135.12345, 34.1],
		]);
	});
	test('keeps MultiPolygons and holes', () => {
		const multi = nodeParts(
			[
				{
					type: 'MultiPolygon',
					coordinates: [
						[
							[
								[0, 0],
								[1, 0],
								[1, 1],
								[0, 0],
							],
						],
						[
							[
								[2, 2],
								[3, 2],
								[3, 3],
								[2, 2],
							],
						],
					],
				},
			],
			1e-6,
			5,
		)[0]!;
		expect(multi.type).toBe('MultiPolygon');
		expect(multi.coordinates).toHaveLength(2);
	});
});
