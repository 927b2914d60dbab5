import { describe, expect, it } from 'vitest';
import { areaSchema } from '../../schemas/areas.ts';
import { parseContentFile } from '../safety/frontmatter.ts';
import { populationBlock, withPopulation } from './population-block.ts';

const FILE = `---
# made by import-areas
name: 西小学校区
level: 校区
parent: hidamari
center: { lat: 35.96, lng: 139.99 }
population_65: 1200
population:
  total: 1
  source: old
boundary:
  type: Polygon
  coordinates: [[[139.98,35.95],[139.99,35.95],[139.99,35.96],[139.98,35.95]]]
---

西の校区です。
`;
const note = { source: '総務省統計局「令和2年国勢調査 地域メッシュ統計」', year: 2020, method: '面積で按分' };

describe('withPopulation', () => {
	it('replaces population_65 and an old block, keeps the rest as written, and the file still passes the area schema', () => {
		const block = populationBlock(
			{ total: 201.5, age65: 86.5, age75: 43.4, age85: 10.6, households: 90, elderlySingle: 16.5, elderlyCouple: 12 },
			[],
			note,
		);
		const out = withPopulation(FILE, block);
		expect(out).toContain('# made by import-areas\nname: 西小学校区');
		expect(out).toContain('coordinates: [[[139.98,35.95]');
		expect(out).not.toContain('population_65');
		expect(out).not.toContain('source: old');
		expect(out.endsWith('---\n\n西の校区です。\n')).toBe(true);
		const parsed = parseContentFile(out);
		expect(parsed.data['population']).toEqual({
			total: 202,
			age65: 87,
			age75: 43,
			age85: 11,
			households: 90,
			elderly_single: 17,
			elderly_couple: 12,
			...note,
		});
		expect(areaSchema.safeParse(parsed.data).success).toBe(true);
	});

	it('leaves out the measures a table does not have', () => {
		const block = populationBlock(
			{ total: 10, age65: 4, age75: 2, age85: 1, households: 0, elderlySingle: 0, elderlyCouple: 0 },
			['households', 'elderlySingle', 'elderlyCouple'],
			note,
		);
		expect(Object.keys(block)).toEqual(['total', 'age65', 'age75', 'age85', 'source', 'year', 'method']);
	});

	it('says so when a file has no front matter', () => {
		expect(() =>
			withPopulation(
				'no front matter',
				populationBlock({ total: 1, age65: 0, age75: 0, age85: 0, households: 0, elderlySingle: 0, elderlyCouple: 0 }, [], note),
			),
		).toThrow('front matter');
	});
});
