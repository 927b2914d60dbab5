import type { MultiPolygon, Polygon } from 'geojson';
import { describe, expect, test } from 'vitest';
import { parseContentFile } from '../../safety/frontmatter.ts';
import { pointInBoundary } from '../../geo.ts';
import { boundary as boundarySchema, type Boundary } from '../../../schemas/areas.ts';
import { coordinates } from '../../../schemas/common.ts';
import { areaFileText, centerOf } from './area-file.ts';

const within = (p: { lat: number; lng: number }, g: Polygon | MultiPolygon) => pointInBoundary(p, g as unknown as Boundary);

/** A U shape: its bounding-box centre and its vertex average both fall outside it. */
const U: Polygon = {
	type: 'Polygon',
	coordinates: [
		[
			[135, 34],
			[135.03, 34],
			[135.03, 34.03],
			[135.02, 34.03],
			[135.02, 34.01],
			[135.01, 34.01],
			[135.01, 34.03],
			[135, 34.03],
			[135, 34],
		],
	],
};

describe('centerOf', () => {
	test('is inside the shape, even a U, and rounded to 5 decimals', () => {
		const c = centerOf(U);
		expect(within(c, U)).toBe(true);
		expect(within({ lat: 34.015, lng: 135.015 }, U)).toBe(false); // the naive centre
		expect(String(c.lat).split('.')[1]!.length).toBeLessThanOrEqual(5);
		expect(String(c.lng).split('.')[1]!.length).toBeLessThanOrEqual(5);
	});
	test('uses the largest part of a MultiPolygon', () => {
		const small: Polygon['coordinates'] = [
			[
				[136, 35],
				[136.001, 35],
				[136.001, 35.001],
				[136, 35],
			],
		];
		const c = centerOf({ type: 'MultiPolygon', coordinates: [small, U.coordinates] });
		expect(within(c, U)).toBe(true);
	});
	test('stays inside a shape thinner than the rounding', () => {
		const thin: Polygon = {
			type: 'Polygon',
			coordinates: [
				[
					[135, 34],
					[135.1, 34],
					[135.1, 34.000004],
					[135, 34.000004],
					[135, 34],
				],
			],
		};
		expect(within(centerOf(thin), thin)).toBe(true);
	});
});

describe('areaFileText', () => {
	const data = {
		name: '河合第一小学校区',
		yomi: 'かわいだいいちしょうがっこうく',
		level: '校区',
		parent: 'kawai',
		center: centerOf(U),
		boundary: U,
	};

	test('front matter that the build reads back exactly, boundary in flow style, source line in the body', () => {
		const text = areaFileText(data, {
			file: 'A27-10_29-g_SchoolDistrict.shp',
			source: '国土数値情報（小学校区データ）国土交通省',
			comment: 'npm run import-areas で作りました',
		});
		const parsed = parseContentFile(text);
		expect(parsed.data).toEqual({ name: data.name, yomi: data.yomi, level: '校区', parent: 'kawai', center: data.center, boundary: U });
		expect(Object.keys(parsed.data)).toEqual(['name', 'yomi', 'level', 'parent', 'center', 'boundary']);
		expect(boundarySchema.safeParse(parsed.data['boundary']).success).toBe(true);
		expect(coordinates.safeParse(parsed.data['center']).success).toBe(true);
		expect(text).toContain('center: {lat: ');
		expect(text).toContain('  type: Polygon\n  coordinates: [[[135, 34], [135.03, 34], ');
		expect(text.startsWith('---\n# npm run import-areas で作りました\n')).toBe(true);
		expect(parsed.body.trim()).toBe('（出典: 国土数値情報（小学校区データ）国土交通省。元のファイル: A27-10_29-g_SchoolDistrict.shp）');
	});
	test('no yomi or parent keys when there are none', () => {
		const parsed = parseContentFile(areaFileText({ name: '河合町', level: '町', center: data.center, boundary: U }, { file: 'x.geojson' }));
		expect(Object.keys(parsed.data)).toEqual(['name', 'level', 'center', 'boundary']);
		expect(parsed.body.trim()).toBe('（出典: x.geojson）');
	});
	test('values from the file cannot break out of YAML or into HTML', () => {
		const hostile = '青葉\n---\nlevel: 市\n<script>alert(1)</script>: yes # 1';
		const text = areaFileText(
			{ ...data, name: hostile, yomi: 'あおば' },
			{ file: 'a\n---\n<b>.shp', source: '出典\n<img src=x onerror=alert(1)>', comment: 'x\nlevel: 市' },
		);
		const parsed = parseContentFile(text);
		expect(parsed.data['name']).toBe(hostile);
		expect(parsed.data['level']).toBe('校区');
		expect(parsed.body).not.toMatch(/<|>/);
		expect(parsed.body.trim().split('\n')).toHaveLength(1);
		expect(text.split('\n').filter((l) => l === '---')).toHaveLength(2);
	});
});
