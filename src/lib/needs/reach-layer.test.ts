import { describe, expect, it } from 'vitest';
import { pointInBoundary } from '../geo.ts';
import { reachLayer } from './reach-layer.ts';

describe('reachLayer', () => {
	it('draws each mesh out of reach as its rectangle, with the words a resident reads', () => {
		const layer = reachLayer([{ mesh: '533946114', center: { lat: 35.6813, lng: 139.7719 }, people: 41.6 }]);
		const f = layer.features[0] as {
			geometry: { type: 'Polygon'; coordinates: [number, number][][] };
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
});
