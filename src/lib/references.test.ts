import { describe, expect, test } from 'vitest';
import type { AreaData } from '../schemas/areas.ts';
import { checkReferences } from './references.ts';

const square = (w: number, s: number, e: number, n: number) => ({
	type: 'Polygon' as const,
	coordinates: [
		[
			[w, s],
			[e, s],
			[e, n],
			[w, n],
			[w, s],
		] as [number, number][],
	],
});
const area = (name: string, level: AreaData['level'], parent?: string, boundary?: AreaData['boundary']): AreaData =>
	({ name, yomi: 'あ', level, parent, center: { lat: 34.8, lng: 135.6 }, boundary }) as AreaData;

const areas = new Map<string, AreaData>([
	['city', area('ひだまり市', '市')],
	['north', area('北部圏域', '圏域', 'city')],
	['aoba', area('青葉小学校区', '校区', 'north', square(135.6, 34.82, 135.64, 34.86))],
	['kawahara', area('川原小学校区', '校区', 'north', square(135.68, 34.82, 135.72, 34.86))],
]);
const salon = (data: object) => ({ collection: 'salons', id: 's', file: 'content/salons/s.md', data: { place: {}, ...data } });

describe('area references', () => {
	test('a salon in an existing 校区 with its point inside passes', () => {
		expect(checkReferences([salon({ area: 'aoba', place: { location: { lat: 34.84, lng: 135.62 } } })], areas)).toEqual([]);
	});
	test('a wrong area id stops the build, naming the file, the field and the valid ids', () => {
		const [p] = checkReferences([salon({ area: 'aobaa' })], areas);
		expect(p).toMatchObject({ severity: 'error', file: 'content/salons/s.md', field: 'area' });
		expect(p!.message).toContain('「aobaa」という校区はありません');
		expect(p!.message).toContain('aoba（青葉小学校区）、kawahara（川原小学校区）');
		expect(p!.message).not.toContain('north');
	});
	test('a salon must name a 校区, not a 圏域', () => {
		const [p] = checkReferences([salon({ area: 'north' })], areas);
		expect(p!.message).toContain('「north」は圏域です');
	});
	test('a resource may serve a 圏域 or the whole city; each listed id is checked', () => {
		const problems = checkReferences(
			[{ collection: 'resources', id: 'r', file: 'r.md', data: { areas: ['city', 'north', 'nowhere'] } }],
			areas,
		);
		expect(problems.map((p) => p.field)).toEqual(['areas.2']);
	});
	test('a point outside its 校区 is a warning naming the 校区', () => {
		const [p] = checkReferences([salon({ area: 'aoba', place: { location: { lat: 34.84, lng: 135.7 } } })], areas);
		expect(p).toMatchObject({ severity: 'warning', field: 'place.location' });
		expect(p!.message).toContain('青葉小学校区の境界の外');
	});
	test('a 校区 whose parent does not exist', () => {
		const [p] = checkReferences(
			[{ collection: 'areas', id: 'x', file: 'x.md', data: area('x', '校区', 'south') as unknown as Record<string, unknown> }],
			areas,
		);
		expect(p).toMatchObject({ field: 'parent' });
		expect(p!.message).toContain('north（北部圏域）');
	});
});
