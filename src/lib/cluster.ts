/**
 * Grid clustering of points in screen space: points whose pixels fall in the same cell become one cluster.
 * Pure (no map): the map calls it with projected positions on every zoom; tests call it with numbers.
 */
export interface ScreenPoint<T> {
	x: number;
	y: number;
	item: T;
}

export interface Cluster<T> {
	/** Mean position of the members, in the same screen space. */
	x: number;
	y: number;
	members: T[];
}

/** Clusters points into cells of `cellSize` pixels; a cell with one point stays a single point. */
export function clusterPoints<T>(points: readonly ScreenPoint<T>[], cellSize: number): Cluster<T>[] {
	const cells = new Map<string, ScreenPoint<T>[]>();
	for (const p of points) {
		const key = `${Math.floor(p.x / cellSize)}:${Math.floor(p.y / cellSize)}`;
		const cell = cells.get(key);
		if (cell) cell.push(p);
		else cells.set(key, [p]);
	}
	return [...cells.values()].map((members) => ({
		x: members.reduce((s, m) => s + m.x, 0) / members.length,
		y: members.reduce((s, m) => s + m.y, 0) / members.length,
		members: members.map((m) => m.item),
	}));
}
