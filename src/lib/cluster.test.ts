import { describe, expect, test } from 'vitest';
import { clusterPoints } from './cluster.ts';

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
