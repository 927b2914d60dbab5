import { describe, expect, test } from 'vitest';
import { clusterPoints, inReadingOrder, separate, type Cluster } from './cluster.ts';

describe('grid clustering', () => {
	test('points in one cell merge; a lone point stays alone; nobody is lost', () => {
		const clusters = clusterPoints(
			[
				{ x: 10, y: 10, item: 'a' },
				{ x: 20, y: 30, item: 'b' },
				{ x: 200, y: 10, item: 'c' },
			],
			60,
		);
		expect(clusters.map((c) => c.members)).toEqual([['a', 'b'], ['c']]);
		expect(clusters[0]).toMatchObject({ x: 15, y: 20 });
	});
	test('2,000 crowded points become a handful of clusters holding all of them', () => {
		const points = Array.from({ length: 2000 }, (_, i) => ({ x: (i * 37) % 400, y: (i * 53) % 300, item: i }));
		const clusters = clusterPoints(points, 60);
		expect(clusters.length).toBeLessThanOrEqual(7 * 5);
		expect(clusters.reduce((n, c) => n + c.members.length, 0)).toBe(2000);
	});
});

describe('markers that never overlap', () => {
	const overlapping = <T>(clusters: Cluster<T>[], gap: number) =>
		clusters.flatMap((a, i) =>
			clusters
				.slice(i + 1)
				.filter((b) => Math.abs(a.x - b.x) < gap && Math.abs(a.y - b.y) < gap)
				.map((b) => [a.members, b.members]),
		);
	test('two neighbours across a cell border merge; far ones stay apart', () => {
		const clusters = separate(
			clusterPoints(
				[
					{ x: 55, y: 10, item: 'a' },
					{ x: 57, y: 12, item: 'b' },
					{ x: 300, y: 10, item: 'c' },
				],
				56,
			),
			48,
		);
		expect(clusters.map((c) => c.members)).toEqual([['a', 'b'], ['c']]);
		expect(clusters[0]).toMatchObject({ x: 56, y: 11 });
	});
	test('a merged centre that moves near a third cluster merges with it too', () => {
		const clusters = separate(
			[
				{ x: 0, y: 0, members: ['a'] },
				{ x: 40, y: 0, members: ['b'] },
				{ x: 62, y: 0, members: ['c'] },
			],
			48,
		);
		expect(clusters.map((c) => c.members)).toEqual([['a', 'b', 'c']]);
	});
	test('2,000 points at any cell size: nobody is lost and no two markers of 48px overlap', () => {
		const points = Array.from({ length: 2000 }, (_, i) => ({ x: (i * 37) % 900, y: (i * 53) % 700, item: i }));
		for (const cell of [1, 20, 56]) {
			const clusters = separate(clusterPoints(points, cell), 48);
			expect(clusters.reduce((n, c) => n + c.members.length, 0)).toBe(2000);
			expect(overlapping(clusters, 48)).toEqual([]);
		}
	});
	test('in reading order: top band first, left to right', () => {
		const order = inReadingOrder(
			[
				{ x: 200, y: 10, members: ['b'] },
				{ x: 10, y: 300, members: ['c'] },
				{ x: 20, y: 20, members: ['a'] },
			],
			48,
		);
		expect(order.map((c) => c.members[0])).toEqual(['a', 'b', 'c']);
	});
});
