import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { crsFromEpsg, crsFromPrj, describeCrs, esriWkt, fromWgs84, guessUnits, parseCrsOption, parseZone, toWgs84, ZONES } from './crs.ts';

describe('the zone table', () => {
	test('matches the official origins (告示 平成14年国土交通省告示第九号), typed here independently in degrees and minutes', () => {
		const official: [number, number, number, number][] = [
			[33, 0, 129, 30],
			[33, 0, 131, 0],
			[36, 0, 132, 10],
			[33, 0, 133, 30],
			[36, 0, 134, 20],
			[36, 0, 136, 0],
			[36, 0, 137, 10],
			[36, 0, 138, 30],
			[36, 0, 139, 50],
			[40, 0, 140, 50],
			[44, 0, 140, 15],
			[44, 0, 142, 15],
			[44, 0, 144, 15],
			[26, 0, 142, 0],
			[26, 0, 127, 30],
			[26, 0, 124, 0],
			[26, 0, 131, 0],
			[20, 0, 136, 0],
			[26, 0, 154, 0],
		];
		expect(ZONES).toHaveLength(19);
		official.forEach(([latD, latM, lonD, lonM], i) => {
			expect(ZONES[i]!.zone).toBe(i + 1);
			expect(ZONES[i]!.lat0).toBeCloseTo(latD + latM / 60, 12);
			expect(ZONES[i]!.lon0).toBeCloseTo(lonD + lonM / 60, 12);
		});
	});
	test('the origin of each zone projects to (0, 0)', () => {
		for (const z of ZONES) {
			const [lng, lat] = toWgs84({ kind: 'plane', zone: z.zone, datum: 'jgd2011' })([0, 0]);
			expect(lng).toBeCloseTo(z.lon0, 9);
			expect(lat).toBeCloseTo(z.lat0, 9);
		}
	});
	test('10 km north of the origin on the central meridian is 10 km / 0.9999 of meridian arc away', () => {
		const [lng, lat] = toWgs84({ kind: 'plane', zone: 9, datum: 'jgd2000' })([0, 10_000]);
		expect(lng).toBeCloseTo(139 + 50 / 60, 9);
		// One degree of latitude at 36°N on GRS80 is about 110,950 m.
		expect((lat - 36) * 110_950).toBeCloseTo(10_000 / 0.9999, -1);
	});
	test('to and from WGS84 round-trip to well under a millimetre', () => {
		const crs = { kind: 'plane', zone: 6, datum: 'jgd2011' } as const;
		const [x, y] = fromWgs84(crs)([135.73, 34.58]);
		const [lng, lat] = toWgs84(crs)([x, y]);
		expect(lng).toBeCloseTo(135.73, 10);
		expect(lat).toBeCloseTo(34.58, 10);
	});
	test('the Tokyo datum is shifted by the usual few hundred metres', () => {
		const [lng, lat] = toWgs84({ kind: 'geographic', datum: 'tokyo' })([139.7, 35.7]);
		expect(lng - 139.7).toBeLessThan(-0.002);
		expect(lat - 35.7).toBeGreaterThan(0.002);
	});
});

describe('reading zones and EPSG codes', () => {
	test.each([
		['6', 6],
		['６', 6],
		['VI', 6],
		['vi', 6],
		['Ⅵ', 6],
		['6系', 6],
		['第6系', 6],
		['第IX系', 9],
		['19', 19],
	])('zone %s → %i', (text, zone) => expect(parseZone(text)).toBe(zone));
	test.each(['0', '20', 'XX', 'six', ''])('zone %s is refused', (text) => expect(parseZone(text)).toBeUndefined());
	test('EPSG codes of the three datums and of geographic systems', () => {
		expect(crsFromEpsg(2448)).toEqual({ kind: 'plane', zone: 6, datum: 'jgd2000' });
		expect(crsFromEpsg(6677)).toEqual({ kind: 'plane', zone: 9, datum: 'jgd2011' });
		expect(crsFromEpsg(6687)).toEqual({ kind: 'plane', zone: 19, datum: 'jgd2011' });
		expect(crsFromEpsg(30169)).toEqual({ kind: 'plane', zone: 9, datum: 'tokyo' });
		expect(crsFromEpsg(4612)).toEqual({ kind: 'geographic', datum: 'jgd2000' });
		expect(crsFromEpsg(6668)).toEqual({ kind: 'geographic', datum: 'jgd2011' });
		expect(crsFromEpsg(32653)).toBeUndefined();
	});
	test('--crs and GeoJSON crs names', () => {
		expect(parseCrsOption('EPSG:2448')).toEqual({ kind: 'plane', zone: 6, datum: 'jgd2000' });
		expect(parseCrsOption('epsg:6674')).toEqual({ kind: 'plane', zone: 6, datum: 'jgd2011' });
		expect(parseCrsOption('6677')).toEqual({ kind: 'plane', zone: 9, datum: 'jgd2011' });
		expect(parseCrsOption('urn:ogc:def:crs:EPSG::6668')).toEqual({ kind: 'geographic', datum: 'jgd2011' });
		expect(parseCrsOption('urn:ogc:def:crs:OGC:1.3:CRS84')).toEqual({ kind: 'geographic', datum: 'wgs84' });
		expect(parseCrsOption('EPSG:3857')).toBeUndefined();
		expect(describeCrs({ kind: 'plane', zone: 6, datum: 'jgd2000' })).toBe(
			'JGD2000 平面直角座標系 第VI系（京都府・大阪府・福井県・滋賀県・三重県・奈良県・和歌山県、EPSG:2448）',
		);
	});
});

describe('.prj files', () => {
	test('the real QGIS-written .prj of the Osaka fixture (JGD2011, zone VI, lower-case parameters)', () => {
		const prj = readFileSync('tests/fixtures/areas/osm-osaka-wards/osaka_6kei.prj', 'utf8');
		expect(crsFromPrj(prj)).toMatchObject({ ok: true, crs: { kind: 'plane', zone: 6, datum: 'jgd2011' } });
	});
	test('ArcGIS names: JGD_2000_Japan_Zone_N for every zone', () => {
		for (const z of ZONES) {
			expect(crsFromPrj(esriWkt(z.zone, 'jgd2000'))).toMatchObject({ ok: true, crs: { kind: 'plane', zone: z.zone, datum: 'jgd2000' } });
			expect(crsFromPrj(esriWkt(z.zone, 'jgd2011'))).toMatchObject({ ok: true, crs: { kind: 'plane', zone: z.zone, datum: 'jgd2011' } });
		}
	});
	test('OGC WKT with an EPSG authority', () => {
		const wkt =
			'PROJCS["JGD2011 / Japan Plane Rectangular CS IX",GEOGCS["JGD2011",DATUM["Japanese_Geodetic_Datum_2011",SPHEROID["GRS 1980",6378137,298.257222101,AUTHORITY["EPSG","7019"]],AUTHORITY["EPSG","1128"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","6668"]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",36],PARAMETER["central_meridian",139.833333333333],PARAMETER["scale_factor",0.9999],PARAMETER["false_easting",0],PARAMETER["false_northing",0],UNIT["metre",1,AUTHORITY["EPSG","9001"]],AUTHORITY["EPSG","6677"]]';
		expect(crsFromPrj(wkt)).toMatchObject({ ok: true, crs: { kind: 'plane', zone: 9, datum: 'jgd2011' } });
	});
	test('an unnamed projection is recognised by its origin', () => {
		const wkt =
			'PROJCS["unnamed",GEOGCS["GRS 1980(IUGG, 1980)",DATUM["D_JGD_2000",SPHEROID["GRS80",6378137,298.257222101]],PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",44],PARAMETER["central_meridian",142.25],PARAMETER["scale_factor",0.9999],PARAMETER["false_easting",0],PARAMETER["false_northing",0],UNIT["Meter",1]]';
		expect(crsFromPrj(wkt)).toMatchObject({ ok: true, crs: { kind: 'plane', zone: 12, datum: 'jgd2000' } });
	});
	test('Japanese names: 平面直角座標系 第6系', () => {
		const wkt = esriWkt(6, 'jgd2011').replace('JGD_2011_Japan_Zone_6', 'JGD2011 平面直角座標系 第6系');
		expect(crsFromPrj(wkt)).toMatchObject({ ok: true, crs: { kind: 'plane', zone: 6 } });
	});
	test('geographic systems', () => {
		expect(
			crsFromPrj(
				'GEOGCS["GCS_JGD_2000",DATUM["D_JGD_2000",SPHEROID["GRS_1980",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]',
			),
		).toMatchObject({
			ok: true,
			crs: { kind: 'geographic', datum: 'jgd2000' },
		});
		expect(
			crsFromPrj(
				'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]',
			),
		).toMatchObject({
			ok: true,
			crs: { kind: 'geographic', datum: 'wgs84' },
		});
	});
	test('refuses what is not a plane zone, saying why in Japanese', () => {
		const utm =
			'PROJCS["WGS_1984_UTM_Zone_53N",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",135.0],PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';
		expect(crsFromPrj(utm)).toEqual({ ok: false, reason: expect.stringContaining('平面直角座標系のどの系とも合いません') });
		expect(crsFromPrj(esriWkt(6, 'jgd2000').replace('UNIT["Meter",1.0]]', 'UNIT["Foot_US",0.3048006096012192]]'))).toEqual({
			ok: false,
			reason: expect.stringContaining('Foot_US'),
		});
		expect(crsFromPrj('')).toMatchObject({ ok: false });
		expect(crsFromPrj('not wkt')).toMatchObject({ ok: false });
	});
	test('a name and origin that disagree are refused rather than guessed', () => {
		const wkt = esriWkt(6, 'jgd2000').replace('Japan_Zone_6', 'Japan_Zone_9');
		expect(crsFromPrj(wkt)).toEqual({ ok: false, reason: expect.stringContaining('第IX系ですが、原点は第VI系') });
	});
});

test('guessing units from a bounding box', () => {
	expect(guessUnits([135.7, 34.5, 135.8, 34.6])).toBe('degrees');
	expect(guessUnits([34.5, 135.7, 34.6, 135.8])).toBe('swapped-degrees');
	expect(guessUnits([-26699.97, -160254.19, -22605.82, -155732.03])).toBe('metres');
	expect(guessUnits([0, 0, 1, 1])).toBe('unknown');
});
