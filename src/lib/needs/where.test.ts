import { describe, expect, it } from 'vitest';
import { directionWord, distanceWords, whereFrom } from './where.ts';

const centre = { lat: 34.8, lng: 135.7 };

describe('whereFrom', () => {
	it('names the eight directions, north up', () => {
		expect(directionWord(centre, { lat: 34.81, lng: 135.7 })).toBe('北');
		expect(directionWord(centre, { lat: 34.79, lng: 135.7 })).toBe('南');
		expect(directionWord(centre, { lat: 34.8, lng: 135.71 })).toBe('東');
		expect(directionWord(centre, { lat: 34.8, lng: 135.69 })).toBe('西');
		// 0.01° of longitude is 0.82 × 0.01° of latitude on the ground here: still 北東 at 45°.
		expect(directionWord(centre, { lat: 34.8082, lng: 135.71 })).toBe('北東');
		expect(directionWord(centre, { lat: 34.79, lng: 135.69 })).toBe('南西');
	});
	it('says the distance as a resident would: metres to 50 under 1 km, then tenths of a km', () => {
		expect(distanceWords(20)).toBe('約 50 m');
		expect(distanceWords(320)).toBe('約 300 m');
		expect(distanceWords(980)).toBe('約 1.0 km');
		expect(distanceWords(1234)).toBe('約 1.2 km');
	});
	it('puts them together, 1.11 km north of the centre for 0.01° of latitude', () => {
		expect(whereFrom(centre, { lat: 34.81, lng: 135.7 })).toBe('校区の中心から北へ約 1.1 km');
		expect(whereFrom(centre, { lat: 34.8005, lng: 135.7005 })).toBe('校区の中心の近く');
		expect(whereFrom(centre, { lat: 34.8, lng: 135.696 }, '東山小学校区の中心')).toBe('東山小学校区の中心から西へ約 350 m');
	});
});
