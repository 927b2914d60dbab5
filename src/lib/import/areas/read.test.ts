import { copyFileSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { bboxOf, detectDbfEncoding, encodingLabel, InputError, readBoundaryFile, readGeoJson, readShapefile } from './read.ts';

const NARA = 'tests/fixtures/areas/a27-nara-kitakatsuragi/A27-10_29-g_SchoolDistrict';
const OSAKA = 'tests/fixtures/areas/osm-osaka-wards/osaka_6kei';
const SAPPORO = 'tests/fixtures/areas/a27-sapporo-chuo/Elementary.geojson';
const tmp = mkdtempSync(join(tmpdir(), 'sasaeai-read-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('attribute encodings', () => {
	test('the A27 .dbf (no .cpg) is detected as Shift_JIS and read correctly', async () => {
		expect(detectDbfEncoding(new Uint8Array(readFileSync(`${NARA}.dbf`)))).toBe('shift_jis');
		const data = await readShapefile(`${NARA}.shp`);
		expect(data.encoding).toEqual({ label: 'shift_jis', how: 'detected' });
		expect(data.fields).toEqual(['A27_005', 'A27_006', 'A27_007', 'A27_008']);
		expect(data.features).toHaveLength(15);
		expect(data.features[0]!.properties).toEqual({
			A27_005: '29424',
			A27_006: '上牧町立',
			A27_007: '上牧第三小学校',
			A27_008: '北葛城郡上牧町上牧3100',
		});
		expect(data.prj).toBeUndefined();
	});
	test('a UTF-8 .dbf is detected as UTF-8 even without its .cpg', () => {
		expect(detectDbfEncoding(new Uint8Array(readFileSync(`${OSAKA}.dbf`)))).toBe('utf-8');
	});
	test('the .cpg is followed; --encoding overrides it', async () => {
		const withCpg = await readShapefile(`${OSAKA}.shp`);
		expect(withCpg.encoding).toEqual({ label: 'utf-8', how: 'cpg' });
		expect(withCpg.features[0]!.properties['name_ja']).toBe('淀川区');
		expect(withCpg.prj).toContain('JGD2011_Japan_Plane_Rectangular_CS_VI');
		const forced = await readShapefile(`${NARA}.shp`, { encoding: 'cp932' });
		expect(forced.encoding).toEqual({ label: 'shift_jis', how: 'option' });
		await expect(readShapefile(`${NARA}.shp`, { encoding: 'latin-9' })).rejects.toThrow('--encoding「latin-9」はわかりません');
	});
	test.each([
		['UTF-8', 'utf-8'],
		['utf8', 'utf-8'],
		['65001', 'utf-8'],
		['SJIS', 'shift_jis'],
		['CP932', 'shift_jis'],
		['932', 'shift_jis'],
		['Shift_JIS', 'shift_jis'],
		['windows-31j', 'shift_jis'],
		['EUC-JP', 'euc-jp'],
	])('.cpg %s → %s', (text, label) => expect(encodingLabel(`${text}\r\n`)).toBe(label));
});

describe('finding the parts of a Shapefile', () => {
	test('the .dbf may be named instead of the .shp', async () => {
		expect((await readBoundaryFile(`${NARA}.dbf`)).features).toHaveLength(15);
	});
	test('a missing .dbf is a Japanese error naming the file', async () => {
		copyFileSync(`${NARA}.shp`, join(tmp, 'only.shp'));
		const error = await readShapefile(join(tmp, 'only.shp')).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(InputError);
		expect((error as Error).message).toContain('only.dbf が見つかりません');
	});
	test('a zip or another kind of file is refused with advice', async () => {
		await expect(readBoundaryFile('x.zip')).rejects.toThrow('展開して');
		await expect(readBoundaryFile('x.kml')).rejects.toThrow('シェープファイル（.shp）か GeoJSON');
	});
});

describe('GeoJSON', () => {
	test('the A27-derived GeoJSON of Code for Sapporo', () => {
		const data = readGeoJson(SAPPORO);
		expect(data.features).toHaveLength(16);
		expect(data.fields).toEqual(['A27_005', 'A27_006', 'A27_007', 'A27_008']);
		const [minX, minY, maxX, maxY] = bboxOf(data.features);
		expect([minX > 141.1, maxX < 141.45, minY > 42.95, maxY < 43.1]).toEqual([true, true, true, true]);
	});
	test('a single Feature, a bare geometry, non-polygons skipped, and the crs member', () => {
		const polygon = {
			type: 'Polygon',
			coordinates: [
				[
					[135, 34],
					[135.1, 34],
					[135.1, 34.1],
					[135, 34],
				],
			],
		};
		const file = join(tmp, 'mixed.geojson');
		writeFileSync(
			file,
			JSON.stringify({
				type: 'FeatureCollection',
				crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::6668' } },
				features: [
					{ type: 'Feature', properties: { 名称: '青葉' }, geometry: polygon },
					{ type: 'Feature', properties: { 名称: '駅' }, geometry: { type: 'Point', coordinates: [135, 34] } },
					{ type: 'Feature', properties: null, geometry: null },
				],
			}),
		);
		const data = readGeoJson(file);
		expect(data.features.map((f) => f.number)).toEqual([1]);
		expect(data.skipped).toBe(2);
		expect(data.declaredCrs).toBe('urn:ogc:def:crs:EPSG::6668');
		writeFileSync(file, `\uFEFF${JSON.stringify({ type: 'Feature', properties: { a: 1 }, geometry: polygon })}`);
		expect(readGeoJson(file).features).toHaveLength(1);
		writeFileSync(file, JSON.stringify(polygon));
		expect(readGeoJson(file).features).toHaveLength(1);
		writeFileSync(file, '{"type": "Topology"}');
		expect(() => readGeoJson(file)).toThrow('FeatureCollection・Feature・図形のどれでもありません');
		writeFileSync(file, '{');
		expect(() => readGeoJson(file)).toThrow('GeoJSON（JSON）として読めません');
	});
});

describe('a boundary file over the size limit', () => {
	test('is refused by its size, before it is read', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'sasaeai-big-'));
		const file = join(dir, 'huge.geojson');
		writeFileSync(file, '{');
		// A sparse file: 201 MB on paper, nothing on disk.
		truncateSync(file, 201 * 1024 * 1024);
		await expect(readBoundaryFile(file)).rejects.toThrow('huge.geojson は 201 MB あります。境界のファイルは 200 MB までです');
		rmSync(dir, { recursive: true, force: true });
	});
});
