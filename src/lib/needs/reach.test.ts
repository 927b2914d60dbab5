import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { distanceMetres, pointInBoundary } from '../geo.ts';
import { parseMeshTable } from './estat-table.ts';
import { BORDER_LNG, HIGASHI, NISHI } from './fixture-town.ts';
import { meshRect } from './mesh-code.ts';
import { meshFileTexts } from './mesh-file.ts';
import { outOfReachText, reachPlaces, walkingReach } from './reach.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../../tests/fixtures/needs/${name}`, import.meta.url)));
const rows = ['tblT001141H5339.txt', 'tblT001141H5340.zip'].flatMap((f) =>
	meshFileTexts(fixture(f), f).flatMap((p) => parseMeshTable(p.text, p.name).rows),
);
const districts = [NISHI, HIGASHI];
const byId = (list: ReturnType<typeof walkingReach>, id: string) => list.find((d) => d.id === id)!;

/** A mesh's area in square metres, from its edge lengths (a rectangle this small is flat to well under 0.1 %). */
function meshArea(code: string): number {
	const r = meshRect(code);
	const mid = (r.south + r.north) / 2;
	return (
		distanceMetres({ lat: r.south, lng: r.west }, { lat: r.north, lng: r.west }) *
		distanceMetres({ lat: mid, lng: r.west }, { lat: mid, lng: r.east })
	);
}

describe('walkingReach', () => {
	it('counts the 65+ inside a circle as the circle’s share of the mesh (π r² / mesh area), cut finer than the mesh', () => {
		const e = meshRect('534070501');
		const place = { id: 'p', name: '東サロン', lat: (e.south + e.north) / 2, lng: (e.west + e.east) / 2 };
		const r = walkingReach(rows, districts, [place], { radius: 150, split: 60 });
		const expected = (50 * Math.PI * 150 ** 2) / meshArea('534070501');
		const higashi = byId(r, 'higashi');
		expect(Math.abs(higashi.reached - expected)).toBeLessThan(0.3);
		expect(higashi.age65).toBeCloseTo(141.5, 6); // the same 65+ as the area-weighted figures (apportion.test.ts)
		expect(byId(r, 'nishi').reached).toBe(0);
	});

	it('splits a circle on the 校区 border between the two 校区', () => {
		const b = meshRect('533977592');
		const place = { id: 'p', name: '境のサロン', lat: (b.south + b.north) / 2, lng: BORDER_LNG };
		const r = walkingReach(rows, districts, [place], { radius: 120, split: 80 });
		const half = (33 * Math.PI * 120 ** 2) / meshArea('533977592') / 2;
		expect(Math.abs(byId(r, 'nishi').reached - half)).toBeLessThan(0.3);
		expect(Math.abs(byId(r, 'higashi').reached - half)).toBeLessThan(0.3);
	});

	it('reaches everyone within a wide circle, and no one outside every 校区 is counted', () => {
		const r = walkingReach(rows, districts, [{ id: 'p', name: 'p', lat: 35.9625, lng: 140 }], { radius: 3000 });
		expect(byId(r, 'nishi')).toMatchObject({ share: 1, outOfReach: [] });
		expect(byId(r, 'higashi').age65).toBeCloseTo(141.5, 6);
		expect(byId(r, 'higashi').share).toBe(1);
	});

	it('with no place, lists where the 65+ live, most first, in words', () => {
		const r = walkingReach(rows, districts, []);
		const higashi = byId(r, 'higashi');
		expect(higashi.share).toBe(0);
		expect(higashi.outOfReach.map((o) => o.mesh).slice(0, 2)).toEqual(['534070501', '534070502']);
		expect(outOfReachText(higashi.outOfReach[0]!)).toBe('ここから 500 m 以内に通いの場がない 65歳以上 約 50 人');
		expect(outOfReachText({ ...higashi.outOfReach[0]!, people: 0.3 }, 800)).toBe('ここから 800 m 以内に通いの場がない 65歳以上 1 人未満');
	});
});

describe('reachPlaces', () => {
	it('keeps active places with a schedule and a position, leaves out paused ones and ones without a map position', () => {
		const at = { location: { lat: 35.96, lng: 140 } };
		const places = reachPlaces([
			{ id: 'a', data: { name: 'A', status: '活動中', schedule: {}, place: at } },
			{ id: 'b', data: { name: 'B', status: '休止中', schedule: {}, place: at } },
			{ id: 'c', data: { name: 'C', schedule: {}, place: {} } },
		]);
		expect(places.map((p) => p.id)).toEqual(['a']);
	});
});

describe('walkingReach against fine point sampling', () => {
	// An irregular 校区 (the sample city's 東山 outline) over 96 meshes of 500 m, with made-up 65+ counts, and
	// three places to go: one near the middle, one on the east edge, one just outside the 校区.
	const boundary = {
		type: 'Polygon' as const,
		coordinates: [
			[
				[135.68, 34.78],
				[135.69, 34.78052],
				[135.7, 34.78018],
				[135.71, 34.78263],
				[135.72, 34.78],
				[135.72161, 34.79],
				[135.71852, 34.8],
				[135.72336, 34.81],
				[135.72, 34.82],
				[135.71, 34.81853],
				[135.7, 34.82251],
				[135.69, 34.81683],
				[135.68, 34.82],
				[135.67821, 34.81],
				[135.68139, 34.8],
				[135.68206, 34.79],
				[135.68, 34.78],
			] as [number, number][],
		],
	};
	const district = { id: 'higashiyama', name: '東山', boundary };
	const places = [
		{ id: 'a', name: 'A', lat: 34.7954, lng: 135.6902 },
		{ id: 'b', name: 'B', lat: 34.8098, lng: 135.7181 },
		{ id: 'c', name: 'C', lat: 34.8262, lng: 135.7011 },
	];
	// The 500 m meshes over it: 3次 rows 3–8 and columns 4–7 of the 2次 mesh 523515, each in four.
	const codes = [3, 4, 5, 6, 7, 8].flatMap((r) => [4, 5, 6, 7].flatMap((w) => [1, 2, 3, 4].map((q) => `523515${r}${w}${q}`)));
	const meshes = codes.map((code, i) => ({
		code,
		line: i + 3,
		counts: { ...rows[0]!.counts, age65: 10 + ((i * 37) % 50) },
		secret: [],
		absorbs: [],
	}));

	/** The reference: 100 × 100 points per mesh, each carrying an equal part of its 65+. */
	function sampled(): { age65: number; reached: number } {
		let age65 = 0;
		let reached = 0;
		const n = 100;
		for (const m of meshes) {
			const r = meshRect(m.code);
			for (let i = 0; i < n; i++)
				for (let j = 0; j < n; j++) {
					const p = { lat: r.south + ((i + 0.5) / n) * (r.north - r.south), lng: r.west + ((j + 0.5) / n) * (r.east - r.west) };
					if (!pointInBoundary(p, boundary)) continue;
					const w = m.counts.age65 / n ** 2;
					age65 += w;
					if (places.some((q) => distanceMetres(q, p) <= 500)) reached += w;
				}
		}
		return { age65, reached };
	}

	it('gives the 65+ within ±1 person and the share within ±1 point of the reference', () => {
		const [got] = walkingReach(meshes, [district], places);
		const want = sampled();
		expect(want.reached).toBeGreaterThan(50); // the circles do reach people, and not everyone
		expect(want.reached / want.age65).toBeLessThan(0.8);
		expect(Math.abs(got!.age65 - want.age65)).toBeLessThan(1);
		expect(Math.abs(got!.share! - want.reached / want.age65) * 100).toBeLessThan(1);
	});
});
