import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { distanceMetres } from '../geo.ts';
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
