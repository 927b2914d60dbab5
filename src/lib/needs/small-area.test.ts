import { describe, expect, it } from 'vitest';
import { isSmallArea, publicAge65, publicAreaData, shownAge65, shownCount } from './small-area.ts';

describe('the small-area rule', () => {
	it('is small under 100 residents, or under 100 aged 65+ when only that is known', () => {
		expect(isSmallArea({ total: 99, age65: 40 })).toBe(true);
		expect(isSmallArea({ total: 99.4 })).toBe(true);
		expect(isSmallArea({ total: 99.5 })).toBe(false); // published as 100
		expect(isSmallArea({ total: 100, age65: 60 })).toBe(false);
		expect(isSmallArea({ age65: 80 })).toBe(true);
		expect(isSmallArea({ age65: 2380 })).toBe(false);
		expect(isSmallArea({})).toBe(false);
	});
	it('shows whole people, or a range of ten', () => {
		expect(shownCount(201.5, false)).toBe('202');
		expect(shownCount(9.4, true)).toBe('0〜9');
		expect(shownCount(23, true)).toBe('20〜29');
		expect(shownCount(30, true)).toBe('30〜39');
		expect(shownCount(undefined, false)).toBe('');
	});
});

describe('an area as exported', () => {
	const small = {
		name: '小島地区',
		population: { total: 64, age65: 38, age75: 21, elderly_single: 9, source: '国勢調査', year: 2020, age65_by_mesh: { '523515343': 38 } },
	};
	it('gives a small area ranges, keeps its source and year, and leaves out its per-mesh figures and rate base', () => {
		expect(publicAreaData(small)).toEqual({
			name: '小島地区',
			population: { total: '60〜69', age65: '30〜39', age75: '20〜29', elderly_single: '0〜9', source: '国勢調査', year: 2020 },
		});
		expect(publicAreaData({ name: '小島', population_65: 45 })).toEqual({ name: '小島', population_65: '40〜49' });
		expect(publicAge65(small)).toBeUndefined();
		expect(shownAge65(small)).toBe('30〜39');
	});
	it('leaves a larger area as it is', () => {
		const big = { name: '東山', population_65: 1540 };
		expect(publicAreaData(big)).toBe(big);
		expect(publicAge65(big)).toBe(1540);
		expect(shownAge65(big)).toBe(1540);
		expect(shownAge65({})).toBeNull();
		expect(publicAge65({ population: { total: 6523, age65: 2078 }, population_65: 1 })).toBe(2078);
	});
});
