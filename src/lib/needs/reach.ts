/**
 * Walking reach: for each 校区, how many residents aged 65+ live within a straight-line distance (500 m by
 * default) of an active place to go with a schedule, and where those out of reach live.
 *
 * Each census mesh is split into a fine grid (10 × 10 cells by default, about 50 m for a 500 m mesh), its 65+
 * spread evenly over the cells (a mesh says nothing finer about where people live); a cell counts as reached
 * when its centre is within the distance of a place, and belongs to the 校区 that holds its centre. A mesh wholly
 * inside one circle, or far from every place, is decided without splitting. Distances are straight lines
 * (great-circle), not walking routes: said so beside every figure.
 */
import { distanceMetres, pointInBoundary, type LatLng } from '../geo.ts';
import { meshShares, type District } from './apportion.ts';
import type { MeshRow } from './estat-table.ts';
import { meshRect, type MeshRect } from './mesh-code.ts';

export interface Place extends LatLng {
	id: string;
	name: string;
}

export interface ReachOptions {
	/** Straight-line distance in metres (default 500). */
	radius?: number;
	/** Cells per side of each mesh (default 10). */
	split?: number;
}

export interface OutOfReach {
	mesh: string;
	/** The centre of the mesh, for the map and the table. */
	center: LatLng;
	/** 65+ in the part of this mesh in this 校区 with no place within the distance. */
	people: number;
}

export interface DistrictReach {
	id: string;
	name: string;
	age65: number;
	reached: number;
	/** reached / age65, or undefined when no one aged 65+ lives there. */
	share: number | undefined;
	/** Meshes with people out of reach, most people first. */
	outOfReach: OutOfReach[];
}

const centreOf = (r: MeshRect): LatLng => ({ lat: (r.south + r.north) / 2, lng: (r.west + r.east) / 2 });
const corners = (r: MeshRect): LatLng[] => [
	{ lat: r.south, lng: r.west },
	{ lat: r.south, lng: r.east },
	{ lat: r.north, lng: r.west },
	{ lat: r.north, lng: r.east },
];

/** Per district id: the 65+ of one mesh reached and not reached. */
function meshReach(
	row: MeshRow,
	districts: readonly District[],
	places: readonly Place[],
	radius: number,
	split: number,
): Map<string, { reached: number; missed: number }> {
	const rect = meshRect(row.code);
	const out = new Map<string, { reached: number; missed: number }>();
	const shares = meshShares(row.code, districts, 'area');
	if (!shares.size || row.counts.age65 === 0) return out;
	const centre = centreOf(rect);
	const halfDiagonal = distanceMetres(centre, corners(rect)[0]!);
	const near = places.filter((p) => distanceMetres(p, centre) <= radius + halfDiagonal);
	const whole = near.some((p) => corners(rect).every((c) => distanceMetres(p, c) <= radius));
	const single = shares.size === 1 && [...shares.values()][0]! > 1 - 1e-9;
	if (single && (whole || !near.length)) {
		const people = row.counts.age65;
		out.set([...shares.keys()][0]!, whole ? { reached: people, missed: 0 } : { reached: 0, missed: people });
		return out;
	}
	const candidates = districts.filter((d) => shares.has(d.id));
	const perCell = row.counts.age65 / split ** 2;
	for (let i = 0; i < split; i++) {
		for (let j = 0; j < split; j++) {
			const cell = {
				lat: rect.south + ((i + 0.5) / split) * (rect.north - rect.south),
				lng: rect.west + ((j + 0.5) / split) * (rect.east - rect.west),
			};
			const home = single ? candidates[0] : candidates.find((d) => pointInBoundary(cell, d.boundary));
			if (!home) continue;
			const tally = out.get(home.id) ?? { reached: 0, missed: 0 };
			if (whole || near.some((p) => distanceMetres(p, cell) <= radius)) tally.reached += perCell;
			else tally.missed += perCell;
			out.set(home.id, tally);
		}
	}
	return out;
}

export function walkingReach(
	rows: readonly MeshRow[],
	districts: readonly District[],
	places: readonly Place[],
	options: ReachOptions = {},
): DistrictReach[] {
	const radius = options.radius ?? 500;
	const split = options.split ?? 10;
	const result = new Map(
		districts.map((d) => [
			d.id,
			{ id: d.id, name: d.name, age65: 0, reached: 0, share: undefined as number | undefined, outOfReach: [] as OutOfReach[] },
		]),
	);
	for (const row of rows) {
		for (const [id, { reached, missed }] of meshReach(row, districts, places, radius, split)) {
			const r = result.get(id)!;
			r.age65 += reached + missed;
			r.reached += reached;
			if (missed > 1e-9) r.outOfReach.push({ mesh: row.code, center: centreOf(meshRect(row.code)), people: missed });
		}
	}
	for (const r of result.values()) {
		r.share = r.age65 > 0 ? r.reached / r.age65 : undefined;
		r.outOfReach.sort((a, b) => b.people - a.people || a.mesh.localeCompare(b.mesh));
	}
	return [...result.values()];
}

/** 「ここから 500 m 以内に通いの場がない 65歳以上 約 12 人」 (fewer than 1 is said as 「1 人未満」). */
export function outOfReachText(o: OutOfReach, radius = 500): string {
	const people = o.people < 0.5 ? '1 人未満' : `約 ${Math.round(o.people)} 人`;
	return `ここから ${radius} m 以内に通いの場がない 65歳以上 ${people}`;
}

export const REACH_METHOD = (radius = 500) =>
	`65歳以上の人が、通いの場（活動中で日時の決まった場所）から直線で ${radius} m 以内に住んでいるかを、国勢調査のメッシュを細かく分けて（メッシュの中では一様に住んでいるとみなして）数えました。道のりではなく直線の距離です。`;

/** The places that count: active, with a schedule and a position on the map. */
export function reachPlaces(
	items: readonly {
		id: string;
		data: {
			name?: string | undefined;
			status?: string | undefined;
			schedule?: unknown;
			place?: { location?: LatLng | undefined } | undefined;
		};
	}[],
): Place[] {
	return items.flatMap((s) => {
		const at = s.data.place?.location;
		const active = !s.data.status || s.data.status === '活動中';
		return at && active && s.data.schedule ? [{ id: s.id, name: s.data.name ?? s.id, lat: at.lat, lng: at.lng }] : [];
	});
}
