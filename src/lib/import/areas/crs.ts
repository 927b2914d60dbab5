/**
 * Coordinate systems of the boundary files Japanese offices publish, and reprojection to WGS84 [経度, 緯度].
 *
 * - 平面直角座標系 (Japan Plane Rectangular CS) zones I–XIX on JGD2000 (EPSG:2443–2461) or JGD2011
 *   (EPSG:6669–6687): Gauss–Krüger (tmerc) on GRS80, scale 0.9999, no false easting/northing, with the origins of
 *   the official table (国土交通省告示「平面直角座標系」, 平成14年).
 * - Geographic JGD2000 (EPSG:4612), JGD2011 (EPSG:6668), WGS84 (EPSG:4326).
 * - The old Tokyo datum (旧日本測地系, EPSG:4301 and zones EPSG:30161–30179), shifted with the usual
 *   three-parameter transformation (a few metres off; fine for a 校区 map).
 *
 * JGD2000 and JGD2011 differ from WGS84 by centimetres, far below the 1 m (5 decimals) the area files keep, so
 * they are treated as WGS84. A .prj (ESRI WKT) is read by its projection name (`JGD_2000_Japan_Zone_6`,
 * `JGD2011 / Japan Plane Rectangular CS VI`), by an EPSG AUTHORITY, or by its latitude_of_origin and
 * central_meridian matched against the zone table.
 */
import proj4 from 'proj4';
import { inJapan as inJapanLatLng } from '../../japanese.ts';

export type Datum = 'jgd2000' | 'jgd2011' | 'wgs84' | 'tokyo';
/** The datums a plane zone is defined on. */
export type PlaneDatum = 'jgd2000' | 'jgd2011' | 'tokyo';

export type Crs = { kind: 'geographic'; datum: Datum } | { kind: 'plane'; zone: number; datum: PlaneDatum };

export interface Zone {
	zone: number;
	roman: string;
	/** Latitude of origin, degrees. */
	lat0: number;
	/** Central meridian, degrees. */
	lon0: number;
	/** Where the zone is used (for messages). */
	region: string;
}

const dms = (d: number, m: number) => d + m / 60;

/** The 19 zones of 平面直角座標系 (origins from the official table). */
export const ZONES: readonly Zone[] = [
	{ zone: 1, roman: 'I', lat0: 33, lon0: dms(129, 30), region: '長崎県・鹿児島県の一部' },
	{ zone: 2, roman: 'II', lat0: 33, lon0: 131, region: '福岡県・佐賀県・熊本県・大分県・宮崎県・鹿児島県の一部' },
	{ zone: 3, roman: 'III', lat0: 36, lon0: dms(132, 10), region: '山口県・島根県・広島県' },
	{ zone: 4, roman: 'IV', lat0: 33, lon0: dms(133, 30), region: '香川県・愛媛県・徳島県・高知県' },
	{ zone: 5, roman: 'V', lat0: 36, lon0: dms(134, 20), region: '兵庫県・鳥取県・岡山県' },
	{ zone: 6, roman: 'VI', lat0: 36, lon0: 136, region: '京都府・大阪府・福井県・滋賀県・三重県・奈良県・和歌山県' },
	{ zone: 7, roman: 'VII', lat0: 36, lon0: dms(137, 10), region: '石川県・富山県・岐阜県・愛知県' },
	{ zone: 8, roman: 'VIII', lat0: 36, lon0: dms(138, 30), region: '新潟県・長野県・山梨県・静岡県' },
	{ zone: 9, roman: 'IX', lat0: 36, lon0: dms(139, 50), region: '東京都・福島県・栃木県・茨城県・埼玉県・千葉県・群馬県・神奈川県' },
	{ zone: 10, roman: 'X', lat0: 40, lon0: dms(140, 50), region: '青森県・秋田県・山形県・岩手県・宮城県' },
	{ zone: 11, roman: 'XI', lat0: 44, lon0: dms(140, 15), region: '北海道（西部）' },
	{ zone: 12, roman: 'XII', lat0: 44, lon0: dms(142, 15), region: '北海道（中部）' },
	{ zone: 13, roman: 'XIII', lat0: 44, lon0: dms(144, 15), region: '北海道（東部）' },
	{ zone: 14, roman: 'XIV', lat0: 26, lon0: 142, region: '東京都（小笠原）' },
	{ zone: 15, roman: 'XV', lat0: 26, lon0: dms(127, 30), region: '沖縄県（本島周辺）' },
	{ zone: 16, roman: 'XVI', lat0: 26, lon0: 124, region: '沖縄県（先島）' },
	{ zone: 17, roman: 'XVII', lat0: 26, lon0: 131, region: '沖縄県（大東島）' },
	{ zone: 18, roman: 'XVIII', lat0: 20, lon0: 136, region: '東京都（沖ノ鳥島）' },
	{ zone: 19, roman: 'XIX', lat0: 26, lon0: 154, region: '東京都（南鳥島）' },
];

const ROMAN = new Map(ZONES.map((z) => [z.roman, z.zone]));

/** EPSG codes: the first zone of each datum (zones are consecutive) and the geographic systems. */
const FIRST_ZONE_EPSG: Record<'jgd2000' | 'jgd2011' | 'tokyo', number> = { jgd2000: 2443, jgd2011: 6669, tokyo: 30161 };
const GEOGRAPHIC_EPSG: Record<Datum, number> = { jgd2000: 4612, jgd2011: 6668, wgs84: 4326, tokyo: 4301 };

export const DATUM_LABEL: Record<Datum, string> = {
	jgd2000: 'JGD2000',
	jgd2011: 'JGD2011',
	wgs84: 'WGS84',
	tokyo: '旧日本測地系（Tokyo）',
};

/** A zone number from what people type: 6, ６, VI, Ⅵ, 6系, 第6系, 第VI系. */
export function parseZone(text: string): number | undefined {
	const t = text.normalize('NFKC').trim().toUpperCase().replace(/^第/, '').replace(/系$/, '').trim();
	const n = /^\d+$/.test(t) ? Number(t) : ROMAN.get(t);
	return n !== undefined && n >= 1 && n <= 19 ? n : undefined;
}

/** --datum: jgd2000, JGD2011, jgd-2011, tokyo. */
export function parseDatum(text: string): PlaneDatum | undefined {
	const t = text
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[\s_-]/g, '');
	if (t === 'jgd2000') return 'jgd2000';
	if (t === 'jgd2011') return 'jgd2011';
	if (t === 'tokyo') return 'tokyo';
	return undefined;
}

/** The coordinate system of an EPSG code (EPSG:2448, 6674, 4326 …), or undefined for codes we do not know. */
export function crsFromEpsg(code: number): Crs | undefined {
	for (const datum of ['jgd2000', 'jgd2011', 'tokyo'] as const) {
		const zone = code - FIRST_ZONE_EPSG[datum] + 1;
		if (zone >= 1 && zone <= 19) return { kind: 'plane', zone, datum };
	}
	const geographic = (Object.keys(GEOGRAPHIC_EPSG) as Datum[]).find((d) => GEOGRAPHIC_EPSG[d] === code);
	return geographic ? { kind: 'geographic', datum: geographic } : undefined;
}

/** Reads `EPSG:2448`, `epsg:6674`, `2448`, `urn:ogc:def:crs:EPSG::6668`, `CRS84`. */
export function parseCrsOption(text: string): Crs | undefined {
	const t = text.normalize('NFKC').trim();
	if (/CRS:?84$/i.test(t)) return { kind: 'geographic', datum: 'wgs84' };
	const m = /(?:^|EPSG:+(?:[\d.]*:)?)(\d{4,5})$/i.exec(t);
	return m ? crsFromEpsg(Number(m[1])) : undefined;
}

export function epsgOf(crs: Crs): number {
	return crs.kind === 'geographic' ? GEOGRAPHIC_EPSG[crs.datum] : FIRST_ZONE_EPSG[crs.datum] + crs.zone - 1;
}

/** 「JGD2000 平面直角座標系 第VI系（EPSG:2448）」: how the tool names a system in its messages. */
export function describeCrs(crs: Crs): string {
	if (crs.kind === 'geographic') return `${DATUM_LABEL[crs.datum]} の経度・緯度（EPSG:${epsgOf(crs)}）`;
	const zone = ZONES[crs.zone - 1]!;
	const epsg = epsgOf(crs);
	return `${DATUM_LABEL[crs.datum]} 平面直角座標系 第${zone.roman}系（${zone.region}、EPSG:${epsg}）`;
}

function datumFromText(text: string): Datum | undefined {
	const t = text.toUpperCase().replace(/[\s_]/g, '');
	if (/JGD2011|JAPANESEGEODETICDATUM2011/.test(t)) return 'jgd2011';
	if (/JGD2000|JAPANESEGEODETICDATUM2000/.test(t)) return 'jgd2000';
	if (/TOKYO/.test(t)) return 'tokyo';
	if (/WGS1984|WGS84|WORLDGEODETICSYSTEM1984/.test(t)) return 'wgs84';
	return undefined;
}

/** The value of PARAMETER["name", value] in a WKT, whatever the case and spelling of the name. */
function wktParameter(wkt: string, ...names: string[]): number | undefined {
	for (const m of wkt.matchAll(/PARAMETER\s*\[\s*"([^"]+)"\s*,\s*(-?[\d.eE+-]+)\s*\]/g)) {
		const key = m[1]!.toLowerCase().replace(/[\s_]/g, '');
		if (names.includes(key)) return Number(m[2]);
	}
	return undefined;
}

export type PrjResult = { ok: true; crs: Crs; how: string } | { ok: false; reason: string };

const near = (a: number | undefined, b: number, tolerance = 1e-6) => a !== undefined && Math.abs(a - b) < tolerance;

/**
 * Reads an ESRI .prj (WKT 1, as ArcGIS and QGIS write it). Returns the system and how it was recognised, or why
 * not (in Japanese).
 */
export function crsFromPrj(wkt: string): PrjResult {
	const text = wkt.replace(/^\uFEFF/, '').trim();
	if (!text) return { ok: false, reason: '.prj が空です' };
	const projcs = /^\s*PROJCS\s*\[\s*"([^"]*)"/i.exec(text);
	const geogcs = /GEOGCS\s*\[\s*"([^"]*)"/i.exec(text);
	const datumName = /DATUM\s*\[\s*"([^"]*)"/i.exec(text)?.[1] ?? '';
	const datum = datumFromText(`${datumName} ${geogcs?.[1] ?? ''} ${projcs?.[1] ?? ''}`);
	// The outermost AUTHORITY is the last one in the text.
	const authority = [...text.matchAll(/AUTHORITY\s*\[\s*"EPSG"\s*,\s*"?(\d+)"?\s*\]/gi)].at(-1)?.[1];

	if (!projcs) {
		if (!/^\s*GEOGCS/i.test(text)) return { ok: false, reason: '.prj の形（WKT）が読めません' };
		if (!datum) return { ok: false, reason: `.prj の測地系「${datumName || geogcs?.[1] || '?'}」がわかりません` };
		return { ok: true, crs: { kind: 'geographic', datum }, how: `.prj（${geogcs?.[1] ?? datumName}）` };
	}

	const name = projcs[1]!;
	const unit = [...text.matchAll(/UNIT\s*\[\s*"([^"]+)"\s*,\s*([\d.eE+-]+)/gi)].at(-1);
	if (unit && !near(Number(unit[2]), 1, 1e-9))
		return { ok: false, reason: `.prj の長さの単位が「${unit[1]}」です（メートルの平面直角座標系だけ読めます）` };

	if (authority) {
		const fromCode = crsFromEpsg(Number(authority));
		if (fromCode?.kind === 'plane') return { ok: true, crs: fromCode, how: `.prj（${name}、EPSG:${authority}）` };
	}
	const byName =
		/Japan_Zone_(\d{1,2})\b/i.exec(name)?.[1] ??
		/Plane[\s_]+Rectangular[\s_]+CS[\s_]+([IVX]+)\b/i.exec(name)?.[1] ??
		/平面直角座標系\s*第?\s*([0-9０-９IVXⅠ-Ⅻ]+)\s*系?/.exec(name)?.[1];
	const zoneFromName = byName ? parseZone(byName) : undefined;

	const projection = /PROJECTION\s*\[\s*"([^"]+)"/i.exec(text)?.[1] ?? '';
	const lat0 = wktParameter(text, 'latitudeoforigin', 'latitudeofcenter');
	const lon0 = wktParameter(text, 'centralmeridian', 'longitudeofcenter', 'longitudeoforigin');
	const scale = wktParameter(text, 'scalefactor');
	const falseEasting = wktParameter(text, 'falseeasting') ?? 0;
	const falseNorthing = wktParameter(text, 'falsenorthing') ?? 0;
	const tmerc = /transverse[\s_]*mercator|gauss/i.test(projection);
	const zoneFromParameters =
		tmerc && near(scale, 0.9999) && near(falseEasting, 0, 1e-3) && near(falseNorthing, 0, 1e-3)
			? ZONES.find((z) => near(lat0, z.lat0, 1e-4) && near(lon0, z.lon0, 1e-4))?.zone
			: undefined;

	if (zoneFromName && zoneFromParameters && zoneFromName !== zoneFromParameters) {
		return {
			ok: false,
			reason: `.prj の名前（${name}）は第${ZONES[zoneFromName - 1]!.roman}系ですが、原点は第${ZONES[zoneFromParameters - 1]!.roman}系のものです`,
		};
	}
	const zone = zoneFromParameters ?? zoneFromName;
	if (!zone) {
		const what = lat0 !== undefined && lon0 !== undefined ? `（原点 北緯${lat0}度・東経${lon0}度）` : '';
		return { ok: false, reason: `.prj の座標系「${name}」${what}は、平面直角座標系のどの系とも合いません` };
	}
	if (!datum || datum === 'wgs84')
		return {
			ok: false,
			reason: `.prj の測地系「${datumName || geogcs?.[1] || '?'}」がわかりません（JGD2000 か JGD2011 なら --zone と --datum で指定してください）`,
		};
	return { ok: true, crs: { kind: 'plane', zone, datum }, how: `.prj（${name}）` };
}

/** The ESRI WKT of a zone, as ArcGIS writes it (used for tests and documentation). */
export function esriWkt(zone: number, datum: 'jgd2000' | 'jgd2011'): string {
	const z = ZONES[zone - 1]!;
	const degrees = (x: number) => (Number.isInteger(x) ? x.toFixed(1) : String(Number(x.toFixed(13))));
	const d =
		datum === 'jgd2000'
			? { gcs: 'GCS_JGD_2000', datum: 'D_JGD_2000', name: 'JGD_2000' }
			: { gcs: 'GCS_JGD_2011', datum: 'D_JGD_2011', name: 'JGD_2011' };
	return (
		`PROJCS["${d.name}_Japan_Zone_${zone}",GEOGCS["${d.gcs}",DATUM["${d.datum}",SPHEROID["GRS_1980",6378137.0,298.257222101]],` +
		`PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",0.0],` +
		`PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",${degrees(z.lon0)}],PARAMETER["Scale_Factor",0.9999],` +
		`PARAMETER["Latitude_Of_Origin",${degrees(z.lat0)}],UNIT["Meter",1.0]]`
	);
}

/** A proj4 definition of the system. */
export function proj4Definition(crs: Crs): string {
	const datum =
		crs.datum === 'tokyo'
			? '+ellps=bessel +towgs84=-146.414,507.337,680.507,0,0,0,0'
			: crs.datum === 'wgs84'
				? '+datum=WGS84'
				: '+ellps=GRS80 +towgs84=0,0,0,0,0,0,0';
	if (crs.kind === 'geographic') return `+proj=longlat ${datum} +no_defs`;
	const z = ZONES[crs.zone - 1]!;
	return `+proj=tmerc +lat_0=${z.lat0} +lon_0=${z.lon0} +k=0.9999 +x_0=0 +y_0=0 ${datum} +units=m +no_defs`;
}

const WGS84 = '+proj=longlat +datum=WGS84 +no_defs';

/** A function from the system's [x, y] to WGS84 [経度, 緯度]. Geographic JGD is returned unchanged. */
export function toWgs84(crs: Crs): (p: readonly number[]) => [number, number] {
	if (crs.kind === 'geographic' && crs.datum !== 'tokyo') return (p) => [p[0]!, p[1]!];
	const converter = proj4(proj4Definition(crs), WGS84);
	return (p) => {
		const [x, y] = converter.forward([p[0]!, p[1]!]);
		return [x!, y!];
	};
}

/** A function from WGS84 [経度, 緯度] to the system's [x, y] (the inverse of toWgs84). */
export function fromWgs84(crs: Crs): (p: readonly number[]) => [number, number] {
	if (crs.kind === 'geographic' && crs.datum !== 'tokyo') return (p) => [p[0]!, p[1]!];
	const converter = proj4(WGS84, proj4Definition(crs));
	return (p) => {
		const [x, y] = converter.forward([p[0]!, p[1]!]);
		return [x!, y!];
	};
}

/** Whether [経度, 緯度] lies in the box around Japan the area schema accepts. */
export function inJapan([lng, lat]: readonly number[]): boolean {
	return inJapanLatLng(lat!, lng!);
}

/**
 * What raw coordinates look like, from their bounding box: degrees in Japan, degrees in [緯度, 経度] order, or
 * metres (a plane system). Used when there is no .prj, and to check a GeoJSON that claims to be WGS84.
 */
export function guessUnits(bbox: readonly [number, number, number, number]): 'degrees' | 'swapped-degrees' | 'metres' | 'unknown' {
	const [minX, minY, maxX, maxY] = bbox;
	if (inJapan([minX, minY]) && inJapan([maxX, maxY])) return 'degrees';
	if (inJapan([minY, minX]) && inJapan([maxY, maxX])) return 'swapped-degrees';
	if (Math.max(Math.abs(minX), Math.abs(maxX), Math.abs(minY), Math.abs(maxY)) > 360) return 'metres';
	return 'unknown';
}
