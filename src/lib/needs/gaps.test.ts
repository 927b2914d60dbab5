import { describe, expect, it } from 'vitest';
import { needsGaps } from './gaps.ts';

describe('needsGaps', () => {
	it('flags, in words, low walking reach, many 高齢単身世帯 with low reach, and thin supply, against the town’s median', () => {
		const gaps = needsGaps([
			{ id: 'a', reachShare: 0.9, singleRate: 0.1, per1000: 10 },
			{ id: 'b', reachShare: 0.4, singleRate: 0.3, per1000: 8 },
			{ id: 'c', reachShare: 0.45, singleRate: 0.05, per1000: 2 },
			{ id: 'd', reachShare: 0.8, singleRate: 0.2, per1000: 9 },
			{ id: 'e' },
		]);
		expect(gaps.get('a')).toEqual([]);
		expect(gaps.get('b')!.map((g) => g.kind)).toEqual(['single-and-reach']);
		expect(gaps.get('b')![0]!.words).toBe('高齢単身世帯が町の中ほどより多く、通いの場まで 500 m 以内の 65歳以上が町の中ほどより少ない');
		expect(gaps.get('c')!.map((g) => g.words)).toEqual([
			'通いの場まで 500 m 以内に住む 65歳以上が半分に届かない',
			'65歳以上 1,000人あたりの場所の数が、町の中ほどの半分に届かない',
		]);
		expect(gaps.get('e')).toEqual([]);
	});
});
