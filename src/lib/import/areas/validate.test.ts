import { describe, expect, test } from 'vitest';
import { geometryProblem, selfCrossing } from './validate.ts';

const show = (p: number[]) => `${p[0]!.toFixed(2)}, ${p[1]!.toFixed(2)}`;

describe('rings that cross themselves', () => {
	test('a figure-eight (bow tie) crosses at its middle; a square and a ring touching itself at a vertex do not', () => {
		expect(
			selfCrossing([
				[0, 0],
				[2, 2],
				[2, 0],
				[0, 2],
				[0, 0],
			]),
		).toEqual([1, 1]);
		expect(
			selfCrossing([
				[0, 0],
				[1, 0],
				[1, 1],
				[0, 1],
				[0, 0],
			]),
		).toBeUndefined();
		// Two triangles sharing the point (1,1): touching, not crossing.
		expect(
			selfCrossing([
				[0, 0],
				[1, 1],
				[2, 0],
				[2, 2],
				[1, 1],
				[0, 2],
				[0, 0],
			]),
		).toBeUndefined();
	});
	test('a long ring with one slip far from its start is found (the grid does not miss it)', () => {
		const circle = Array.from({ length: 2000 }, (_, i) => [Math.cos((i / 2000) * 2 * Math.PI), Math.sin((i / 2000) * 2 * Math.PI)]);
		expect(selfCrossing([...circle, circle[0]!])).toBeUndefined();
		const slipped = circle.map((p) => [...p]);
		[slipped[1000], slipped[1001]] = [slipped[1001]!, slipped[1000]!];
		expect(selfCrossing([...slipped, slipped[0]!])).toBeDefined();
	});
	test('the problem names the ring and the place', () => {
		expect(
			geometryProblem(
				{
					type: 'Polygon',
					coordinates: [
						[
							[135, 34],
							[135.02, 34.02],
							[135.02, 34],
							[135, 34.02],
							[135, 34],
						],
					],
				},
				show,
			),
		).toBe('外側の線が自分と交差しています（135.01, 34.01 のあたり）');
	});
	test('holes, degenerate rings and numbers that are not numbers', () => {
		const square = [
			[0, 0],
			[4, 0],
			[4, 4],
			[0, 4],
			[0, 0],
		];
		expect(
			geometryProblem(
				{
					type: 'Polygon',
					coordinates: [
						square,
						[
							[1, 1],
							[3, 3],
							[3, 1],
							[1, 3],
							[1, 1],
						],
					],
				},
				show,
			),
		).toBe('1 番目の穴の線が自分と交差しています（2.00, 2.00 のあたり）');
		expect(
			geometryProblem(
				{
					type: 'MultiPolygon',
					coordinates: [
						[square],
						[
							[
								[5, 5],
								[6, 6],
								[5, 5],
							],
						],
					],
				},
				show,
			),
		).toBe('外側の線の点が 3 つ未満で、面になりません');
		expect(
			geometryProblem(
				{
					type: 'Polygon',
					coordinates: [
						[
							[0, 0],
							[NaN, 1],
							[1, 1],
							[0, 0],
						],
					],
				},
				show,
			),
		).toBe('外側の線に数でない座標があります');
		expect(geometryProblem({ type: 'Polygon', coordinates: [square] }, show)).toBeUndefined();
	});
});
