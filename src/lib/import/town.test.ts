import { describe, expect, test } from 'vitest';
import type { SiteConfig } from '../../schemas/site.ts';
import { inTown } from './town.ts';

const site = (municipality: string, code: string) => ({ municipality, municipality_code: code }) as SiteConfig;
const row = (municipality: string, code = '', prefecture = '') => ({ municipality, code, prefecture });

describe('--only-town', () => {
	test('by 市区町村名 (a ward of the city counts), else by the code’s first five digits (a 政令市’s ward code is known by its name only)', () => {
		const saitama = site('さいたま市', '111007');
		expect(inTown(saitama, row('さいたま市'))).toBe(true);
		expect(inTown(saitama, row('さいたま市大宮区'))).toBe(true);
		expect(inTown(saitama, row('川越市', '11'))).toBe(false);
		expect(inTown(saitama, row('', '111007'))).toBe(true);
		expect(inTown(saitama, row('', '112011'))).toBe(false);
		expect(inTown(saitama, row('', '11'))).toBeUndefined();
	});
	test('a prefecture’s site keeps the prefecture’s rows', () => {
		expect(inTown(site('東京都', '130001'), row('新宿区', '', '東京都'))).toBe(true);
		expect(inTown(site('東京都', '130001'), row('', '141003'))).toBe(false);
	});
});
