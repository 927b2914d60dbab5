import { expect, test } from 'vitest';
import { areaFeatures } from './geo-features.ts';

test('a 校区 becomes its boundary and one point per listing with coordinates, [lng, lat]', () => {
	const boundary = {
		type: 'Polygon' as const,
		coordinates: [
			[
				[135.6, 34.8],
				[135.7, 34.8],
				[135.7, 34.9],
				[135.6, 34.8],
			] as [number, number][],
		],
	};
	const fc = areaFeatures('青葉小学校区', boundary, [
		{ name: 'サロン', url: '/s/', kind: 'サロン・通いの場', place: { name: '集会所', location: { lat: 34.84, lng: 135.62 } } },
		{ name: '訪問サービス', url: '/r/', kind: '地域の資源' },
	]);
	expect(fc.features).toHaveLength(2);
	expect(fc.features[1]!.geometry).toEqual({ type: 'Point', coordinates: [135.62, 34.84] });
	expect(fc.features[1]!.properties).toEqual({ name: 'サロン', url: '/s/', kind: 'サロン・通いの場', place: '集会所' });
});
