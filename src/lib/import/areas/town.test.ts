import { describe, expect, test } from 'vitest';
import type { SourceFeature } from './read.ts';
import { codeField, distanceKm, isMunicipalityCode, isTownCode, selectTown } from './town.ts';

const square = {
	type: 'Polygon',
	coordinates: [
		[
			[0, 0],
			[1, 0],
			[1, 1],
			[0, 0],
		],
	],
} as const;
const feature = (number: number, properties: Record<string, unknown>): SourceFeature => ({ number, properties, geometry: square as never });

describe('the town in a file of several municipalities', () => {
	const a27 = [
		feature(1, { A27_005: '29424', A27_006: '上牧町', A27_007: '上牧小学校', A27_008: '上牧町上牧1' }),
		feature(2, { A27_005: '29427', A27_006: '河合町', A27_007: '河合第一小学校', A27_008: '河合町池部1' }),
		feature(3, { A27_005: '29427', A27_006: '河合町', A27_007: '河合第三小学校', A27_008: '河合町西穴闇1' }),
	];
	const fields = ['A27_005', 'A27_006', 'A27_007', 'A27_008'];
	test('codes: 5 digits of a prefecture, or 6 with the right check digit', () => {
		expect(['29427', '294276', '294275', '00000', '99999', '2942'].map(isMunicipalityCode)).toEqual([
			true,
			true,
			false,
			false,
			false,
			false,
		]);
	});
	test("the code attribute is found; the town's features kept; every code counted", () => {
		expect(codeField(a27, fields)).toBe('A27_005');
		const s = selectTown(a27, fields, '294276')!;
		expect(s.kept.map((f) => f.number)).toEqual([2, 3]);
		expect(s.codes).toEqual([
			['29424', 1],
			['29427', 2],
		]);
		expect(selectTown([feature(1, { name: 'x' })], ['name'], '294276')).toBeUndefined();
	});
	test("the wards of a 政令指定都市 are the city's; a neighbouring city is not", () => {
		expect(isTownCode('27127', '271004')).toBe(true); // 大阪市北区
		expect(isTownCode('14131', '141305')).toBe(true); // 川崎市川崎区
		expect(isTownCode('14151', '141305')).toBe(false); // 相模原市緑区 is not 川崎市
		expect(isTownCode('29428', '294276')).toBe(false);
	});
	test('distance: 1° of latitude is about 111 km; 河合町 to the 第IX系 misreading about 351 km', () => {
		expect(distanceKm({ lat: 34, lng: 135 }, { lat: 35, lng: 135 })).toBeCloseTo(111.2, 0);
		expect(Math.round(distanceKm({ lat: 34.58, lng: 135.74 }, { lat: 34.55, lng: 139.57 }))).toBe(351);
	});
});
