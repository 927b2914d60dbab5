import { describe, expect, it } from 'vitest';
import { meshCodeProblem, meshRect, parentCodes } from './mesh-code.ts';

describe('meshRect', () => {
	it('puts 東京駅 (35.681236 N, 139.767125 E) in the 500 m mesh 533946114 and the 1 km mesh 53394611', () => {
		// Expected corners written out by hand from the definition: 53 × 2/3 = 35°20′, 139°; 2次 (4, 6) → +20′, +45′;
		// 3次 (1, 1) → +30″, +45″; 4次 4 = NE → +15″, +22.5″.
		const r = meshRect('533946114');
		expect(r.level).toBe(4);
		expect(r.south).toBeCloseTo(35 + 20 / 60 + 20 / 60 + 30 / 3600 + 15 / 3600, 12);
		expect(r.west).toBeCloseTo(139 + 45 / 60 + 45 / 3600 + 22.5 / 3600, 12);
		expect(r.north - r.south).toBeCloseTo(15 / 3600, 12);
		expect(r.east - r.west).toBeCloseTo(22.5 / 3600, 12);
		const third = meshRect('53394611');
		expect(35.681236).toBeGreaterThan(third.south);
		expect(35.681236).toBeLessThan(third.north);
		expect(139.767125).toBeGreaterThan(third.west);
		expect(139.767125).toBeLessThan(third.east);
	});

	it('splits a 4次 mesh into its four 5次 quarters: 1 SW, 2 SE, 3 NW, 4 NE', () => {
		const m = meshRect('533946114');
		const sw = meshRect('5339461141');
		const ne = meshRect('5339461144');
		expect([sw.south, sw.west]).toEqual([m.south, m.west]);
		expect(ne.north).toBeCloseTo(m.north, 12);
		expect(ne.east).toBeCloseTo(m.east, 12);
		expect(meshRect('5339461142').west).toBeCloseTo((m.west + m.east) / 2, 12);
		expect(meshRect('5339461143').south).toBeCloseTo((m.south + m.north) / 2, 12);
	});

	it('makes neighbouring 1次 meshes touch: the east edge of 5339 is the west edge of 5340', () => {
		expect(meshRect('5339').east).toBe(meshRect('5340').west);
		expect(meshRect('5339').north).toBeCloseTo(meshRect('5439').south, 12);
		expect(meshRect('533977994').east).toBeCloseTo(meshRect('534070903').west, 12);
	});

	it('refuses what is not a mesh code, in Japanese', () => {
		expect(meshCodeProblem('53394611')).toBeUndefined();
		expect(meshCodeProblem('5339461')).toContain('桁数');
		expect(meshCodeProblem('533986114')).toContain('0〜7');
		expect(meshCodeProblem('533946115')).toContain('1〜4');
		expect(() => meshRect('abc')).toThrow('数字');
	});

	it('lists the coarser meshes a code lies in', () => {
		expect(parentCodes('5339461141')).toEqual(['533946114', '53394611', '533946', '5339']);
	});
});
