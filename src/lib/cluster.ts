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

/**
 * Merges clusters whose centres are closer than `gap` pixels on both axes, until none are: markers of `gap`
 * pixels then never overlap, so every one stays a whole touch target. Members keep their order; a merged
 * cluster sits at the mean of all its members.
 */
export function separate<T>(clusters: readonly Cluster<T>[], gap: number): Cluster<T>[] {
	let current = clusters.map((c) => ({ x: c.x, y: c.y, members: [...c.members] }));
	for (let merged = true; merged;) {
		merged = false;
		const kept: Cluster<T>[] = [];
		const grid = new Map<string, Cluster<T>[]>();
		const key = (x: number, y: number) => `${x}:${y}`;
		for (const c of current) {
			const gx = Math.floor(c.x / gap);
			const gy = Math.floor(c.y / gap);
			let near: Cluster<T> | undefined;
			for (let dx = -1; dx <= 1 && !near; dx++) {
				for (let dy = -1; dy <= 1 && !near; dy++)
					near = grid.get(key(gx + dx, gy + dy))?.find((k) => Math.abs(k.x - c.x) < gap && Math.abs(k.y - c.y) < gap);
			}
			if (near) {
				const n = near.members.length + c.members.length;
				near.x = (near.x * near.members.length + c.x * c.members.length) / n;
				near.y = (near.y * near.members.length + c.y * c.members.length) / n;
				near.members.push(...c.members);
				merged = true;
			} else {
				kept.push(c);
				const cell = grid.get(key(gx, gy));
				if (cell) cell.push(c);
				else grid.set(key(gx, gy), [c]);
			}
		}
		current = kept;
	}
	return current;
}

/** Clusters as a reader scans the screen: in bands `band` pixels tall from the top, left to right in each. */
export function inReadingOrder<T>(clusters: readonly Cluster<T>[], band: number): Cluster<T>[] {
	return [...clusters].sort((a, b) => Math.floor(a.y / band) - Math.floor(b.y / band) || a.x - b.x);
}
