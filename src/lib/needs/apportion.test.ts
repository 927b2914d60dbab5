import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Boundary } from '../../schemas/areas.ts';
import { pointInBoundary } from '../geo.ts';
import { apportion, type District } from './apportion.ts';
import { MEASURES, parseMeshTable, type MeshRow } from './estat-table.ts';
import { HIGASHI, NISHI } from './fixture-town.ts';
import { meshRect } from './mesh-code.ts';
import { meshFileTexts } from './mesh-file.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../../tests/fixtures/needs/${name}`, import.meta.url)));
const rows = ['tblT001141H5339.txt', 'tblT001141H5340.zip'].flatMap((f) =>
	meshFileTexts(fixture(f), f).flatMap((p) => parseMeshTable(p.text, p.name).rows),
);

describe('apportion (area-weighted)', () => {
	const result = apportion(rows, [NISHI, HIGASHI]);

	it('gives each 校区 the figures worked out by hand, across two 1次メッシュ, with a cut mesh and a secret mesh', () => {
		// 西 = A + C + ½B + ½D; 東 = ½B + ½D + E + F + G + ½H (see fixture-town.ts and the fixture rows).
		// D (533977594) is secret: its 65+ are inside B's 33, so they are halved with B, never counted twice.
		const nishi = result.byDistrict.get('nishi')!;
		const higashi = result.byDistrict.get('higashi')!;
		expect(nishi.total).toBeCloseTo(100 + 60 + 80 / 2 + 3 / 2, 9);
		expect(nishi.age65).toBeCloseTo(40 + 30 + 33 / 2, 9);
		expect(nishi.elderlySingle).toBeCloseTo(8 + 5 + 7 / 2, 9);
		expect(higashi.total).toBeCloseTo(80 / 2 + 3 / 2 + 120 + 90 + 70 + 50 / 2, 9);
		expect(higashi.age65).toBeCloseTo(33 / 2 + 50 + 36 + 28 + 22 / 2, 9);
		expect(higashi.age75).toBeCloseTo(17 / 2 + 26 + 18 + 14 + 12 / 2, 9);
	});

	it('keeps the people outside every 校区 (a whole mesh and half of another) instead of dropping them', () => {
		expect(result.outside.total).toBeCloseTo(40 + 50 / 2, 9);
		expect(result.outside.age65).toBeCloseTo(18 + 22 / 2, 9);
		for (const m of MEASURES) {
			const sum = result.byDistrict.get('nishi')![m] + result.byDistrict.get('higashi')![m] + result.outside[m];
			expect(sum).toBeCloseTo(result.all[m], 9);
		}
		expect(result.all.total).toBe(613);
	});

	it('assigns whole meshes by their centre with --method center, still losing no one', () => {
		const c = apportion(rows, [NISHI, HIGASHI], 'center');
		expect(c.byDistrict.get('higashi')!.total + c.byDistrict.get('nishi')!.total + c.outside.total).toBe(613);
		// Whole meshes only: A and C to 西, E, F and G to 東, X outside (B, D and H have their centres on a border line).
		expect(c.byDistrict.get('nishi')!.total).toBeGreaterThanOrEqual(160);
		expect(c.byDistrict.get('higashi')!.total).toBeGreaterThanOrEqual(280);
		expect(c.outside.total).toBeGreaterThanOrEqual(40);
		expect(Number.isInteger(c.byDistrict.get('higashi')!.age65)).toBe(true);
	});
});

/** A second method, independent of the clipping: count a fine grid of points in each mesh with pointInBoundary. */
function sampled(meshes: readonly MeshRow[], districts: readonly District[], n: number): Map<string, number> {
	const out = new Map(districts.map((d) => [d.id, 0]));
	for (const row of meshes) {
		const r = meshRect(row.code);
		for (let i = 0; i < n; i++) {
			for (let j = 0; j < n; j++) {
				const p = { lat: r.south + ((i + 0.5) / n) * (r.north - r.south), lng: r.west + ((j + 0.5) / n) * (r.east - r.west) };
				const home = districts.find((d) => pointInBoundary(p, d.boundary));
				if (home) out.set(home.id, out.get(home.id)! + row.counts.age65 / n ** 2);
			}
		}
	}
	return out;
}

describe('apportion against fine point sampling', () => {
	it('agrees within a tenth of a person on slanted boundaries with a hole, cutting meshes in both 1次メッシュ', () => {
		const a = meshRect('533977591');
		const h = meshRect('534070504');
		const mid = 140;
		const slanted: Boundary = {
			type: 'Polygon',
			coordinates: [
				[
					[a.west + 0.001, a.south - 0.0005],
					[mid + 0.002, a.south + 0.001],
					[h.east - 0.0007, h.north - 0.001],
					[a.west + 0.003, h.north + 0.0004],
					[a.west + 0.001, a.south - 0.0005],
				],
				[
					[mid - 0.001, a.south + 0.003],
					[mid + 0.001, a.south + 0.003],
					[mid, a.south + 0.005],
					[mid - 0.001, a.south + 0.003],
				],
			],
		};
		const rest: Boundary = {
			type: 'MultiPolygon',
			coordinates: [
				[
					[
						[mid - 0.001, a.south + 0.003],
						[mid + 0.001, a.south + 0.003],
						[mid, a.south + 0.005],
						[mid - 0.001, a.south + 0.003],
					],
				],
			],
		};
		const districts = [
			{ id: 's', name: 'S', boundary: slanted },
			{ id: 'h', name: 'H', boundary: rest },
		];
		const exact = apportion(rows, districts);
		const reference = sampled(rows, districts, 400);
		for (const d of districts) expect(Math.abs(exact.byDistrict.get(d.id)!.age65 - reference.get(d.id)!)).toBeLessThan(0.1);
		expect(exact.byDistrict.get('h')!.age65).toBeGreaterThan(0);
	});
});
