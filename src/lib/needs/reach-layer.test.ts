import { describe, expect, it } from 'vitest';
import { pointInBoundary } from '../geo.ts';
import { ringArea } from './clip.ts';
import { BORDER_LNG, HIGASHI } from './fixture-town.ts';
import { meshRect } from './mesh-code.ts';
import { meshShape, reachLayer, reachTableRows } from './reach-layer.ts';

describe('reachLayer', () => {
	it('draws each mesh out of reach as its rectangle, with the words a resident reads', () => {
		const layer = reachLayer([{ mesh: '533946114', center: { lat: 35.6813, lng: 139.7719 }, people: 41.6 }]);
		const f = layer.features[0] as {
			geometry: { type: 'MultiPolygon'; coordinates: [number, number][][][] };
			properties: Record<string, unknown>;
		};
		expect(f.properties).toEqual({
			mesh: '533946114',
			people: 42,
			text: 'ここから 500 m 以内に通いの場がない 65歳以上 約 42 人',
			distance: '直線 500 m',
		});
		expect(pointInBoundary({ lat: 35.6813, lng: 139.7719 }, f.geometry)).toBe(true); // 東京駅 lies in 533946114
		expect(pointInBoundary({ lat: 35.6813, lng: 139.766 }, f.geometry)).toBe(false);
	});
	it('cuts a mesh to the 校区 boundary: of mesh B, only the east half lies in 東', () => {
		const b = meshRect('533977592');
		const shape = meshShape(b, HIGASHI.boundary);
		const area = shape.coordinates.reduce((sum, [outer]) => sum + ringArea(outer as [number, number][]), 0);
		const half = ((b.east - b.west) * (b.north - b.south)) / 2;
		expect(area / half).toBeCloseTo(1, 3); // corners rounded to 1e-6°
		const middle = (b.south + b.north) / 2;
		expect(pointInBoundary({ lat: middle, lng: (BORDER_LNG + b.east) / 2 }, shape)).toBe(true);
		expect(pointInBoundary({ lat: middle, lng: (b.west + BORDER_LNG) / 2 }, shape)).toBe(false);
	});
});

describe('reachTableRows', () => {
	it('says where each place out of reach lies, from the 校区 centre, and how many live there', () => {
		const rows = reachTableRows(
			[
				{ mesh: '523515464', center: { lat: 34.8115, lng: 135.7094 }, people: 31.4 },
				{ mesh: '523515371', center: { lat: 34.7865, lng: 135.6844 }, people: 0.3 },
			],
			{ lat: 34.8, lng: 135.7 },
		);
		expect(rows).toEqual([
			{
				mesh: '523515464',
				where: '校区の中心から北東へ約 1.5 km',
				people: '約 31 人',
				text: 'ここから 500 m 以内に通いの場がない 65歳以上 約 31 人',
				position: '北緯 34.8115・東経 135.7094',
			},
			{
				mesh: '523515371',
				where: '校区の中心から南西へ約 2.1 km',
				people: '1 人未満',
				text: 'ここから 500 m 以内に通いの場がない 65歳以上 1 人未満',
				position: '北緯 34.7865・東経 135.6844',
			},
		]);
	});
	it('puts the same words on the map layer', () => {
		const layer = reachLayer([{ mesh: '523515464', center: { lat: 34.8115, lng: 135.7094 }, people: 31.4 }], 500, {
			lat: 34.8,
			lng: 135.7,
		});
		expect((layer.features[0] as { properties: { where: string } }).properties.where).toBe('校区の中心から北東へ約 1.5 km');
	});
});
