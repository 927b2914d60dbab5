/**
 * Census mesh counts to 校区: every mesh's counts are shared among the 校区 by the share of the mesh's area
 * inside each (`area`, the default), or given whole to the 校区 that holds the mesh's centre (`center`).
 * What lies outside every 校区 is kept as 「どの校区にも入らない人」, never dropped: the totals of the 校区 and
 * of `outside` add up to the total of the meshes read. Where 校区 overlap, a mesh's shares are scaled to 1, so
 * no one is counted twice.
 */
import type { Boundary } from '../../schemas/areas.ts';
import { pointInBoundary } from '../geo.ts';
import { shareInside } from './clip.ts';
import { MEASURES, type Counts, type MeshRow } from './estat-table.ts';
import { meshRect } from './mesh-code.ts';

export type Method = 'area' | 'center';

export interface District {
	id: string;
	name: string;
	boundary: Boundary;
}

export interface Apportioned {
	/** Counts per 校区 id (fractions: round only when showing). */
	byDistrict: Map<string, Counts>;
	/** Counts of the meshes' parts outside every 校区. */
	outside: Counts;
	/** Counts of all meshes read. */
	all: Counts;
	/** Meshes with some part inside some 校区. */
	meshesUsed: number;
}

export const zeroCounts = (): Counts => Object.fromEntries(MEASURES.map((m) => [m, 0])) as Counts;

function addScaled(into: Counts, from: Counts, k: number): void {
	for (const m of MEASURES) into[m] += from[m] * k;
}

/** Each 校区's share (0–1) of one mesh, by method. Shares add up to 1 or less. */
export function meshShares(code: string, districts: readonly District[], method: Method): Map<string, number> {
	const rect = meshRect(code);
	const shares = new Map<string, number>();
	if (method === 'center') {
		const centre = { lat: (rect.south + rect.north) / 2, lng: (rect.west + rect.east) / 2 };
		const home = districts.find((d) => pointInBoundary(centre, d.boundary));
		if (home) shares.set(home.id, 1);
		return shares;
	}
	let sum = 0;
	for (const d of districts) {
		const s = shareInside(d.boundary, rect);
		if (s > 1e-12) {
			shares.set(d.id, s);
			sum += s;
		}
	}
	if (sum > 1) for (const [id, s] of shares) shares.set(id, s / sum);
	return shares;
}

export function apportion(rows: readonly MeshRow[], districts: readonly District[], method: Method = 'area'): Apportioned {
	const byDistrict = new Map(districts.map((d) => [d.id, zeroCounts()]));
	const outside = zeroCounts();
	const all = zeroCounts();
	let meshesUsed = 0;
	for (const row of rows) {
		addScaled(all, row.counts, 1);
		const shares = meshShares(row.code, districts, method);
		let inside = 0;
		for (const [id, s] of shares) {
			addScaled(byDistrict.get(id)!, row.counts, s);
			inside += s;
		}
		if (shares.size) meshesUsed++;
		addScaled(outside, row.counts, 1 - inside);
	}
	return { byDistrict, outside, all, meshesUsed };
}
