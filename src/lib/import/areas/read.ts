/**
 * Reading boundary files: an ESRI Shapefile (.shp with its .dbf, .prj and .cpg) or a GeoJSON file. Attribute
 * tables come in Shift_JIS (cp932) or UTF-8: the .cpg says which when there is one; otherwise the text fields
 * are tried as UTF-8 and read as Shift_JIS if they are not valid UTF-8. Only polygons are kept; every other
 * shape is counted so the summary can say what was left out.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { GeoJsonProperties, Geometry, MultiPolygon, Polygon } from 'geojson';
import * as shapefile from 'shapefile';
import { IMPORT_LIMITS, mib } from '../../safety/limits.ts';
import { visibleText } from '../../safety/visible-text.ts';

export type PolygonGeometry = Polygon | MultiPolygon;

export interface SourceFeature {
	/** 1-based position in the file. */
	number: number;
	properties: Record<string, unknown>;
	geometry: PolygonGeometry;
}

export interface SourceData {
	format: 'shapefile' | 'geojson';
	/** The file the coordinator named, as they named it. */
	file: string;
	features: SourceFeature[];
	/** Attribute names in file order. */
	fields: string[];
	/** Features that are not polygons (points, lines, empty shapes), left out. */
	skipped: number;
	/** The .prj text of a Shapefile, if it has one. */
	prj?: string;
	/** A GeoJSON file's `crs` member (the 2008 GeoJSON spec), e.g. urn:ogc:def:crs:EPSG::6668. */
	declaredCrs?: string;
	/** The encoding used for the attribute table, and how it was chosen. */
	encoding?: { label: string; how: 'cpg' | 'detected' | 'option' | 'ascii' };
}

/** A mistake in the input the coordinator can fix; the message is in Japanese and names the file. */
export class InputError extends Error {}

/** TextDecoder labels for what .cpg files and people write: UTF-8, 65001, SJIS, CP932, 932, Shift_JIS. */
export function encodingLabel(text: string): string | undefined {
	const t = text
		.normalize('NFKC')
		.trim()
		.toLowerCase()
		.replace(/[\s_-]/g, '');
	if (['utf8', '65001', 'utf8bom'].includes(t)) return 'utf-8';
	if (['sjis', 'shiftjis', 'cp932', '932', 'ms932', 'windows31j', 'ansi932', 'xsjis'].includes(t)) return 'shift_jis';
	if (['eucjp', '20932', '51932'].includes(t)) return 'euc-jp';
	if (['ascii', 'usascii', '20127'].includes(t)) return 'utf-8';
	return undefined;
}

const ENCODING_NAME: Record<string, string> = { 'utf-8': 'UTF-8', shift_jis: 'Shift_JIS', 'euc-jp': 'EUC-JP' };
export const encodingName = (label: string) => ENCODING_NAME[label] ?? label;

interface DbfField {
	name: Uint8Array;
	type: string;
	offset: number;
	length: number;
}

function dbfLayout(dbf: Uint8Array): { fields: DbfField[]; headerLength: number; recordLength: number; records: number } {
	const view = new DataView(dbf.buffer, dbf.byteOffset, dbf.byteLength);
	if (dbf.byteLength < 33) throw new InputError('.dbf が短すぎて読めません');
	const records = view.getUint32(4, true);
	const headerLength = view.getUint16(8, true);
	const recordLength = view.getUint16(10, true);
	const fields: DbfField[] = [];
	let offset = 1; // the deletion flag
	for (let n = 32; n + 32 <= headerLength && dbf[n] !== 0x0d; n += 32) {
		let end = n;
		while (end < n + 11 && dbf[end] !== 0) end++;
		const length = dbf[n + 16]!;
		fields.push({ name: dbf.subarray(n, end), type: String.fromCharCode(dbf[n + 11]!), offset, length });
		offset += length;
	}
	return { fields, headerLength, recordLength, records };
}

/** Strips the padding (spaces and NULs) DBF text fields carry. */
function trimPadding(bytes: Uint8Array): Uint8Array {
	let end = bytes.length;
	while (end > 0 && (bytes[end - 1] === 0x20 || bytes[end - 1] === 0)) end--;
	let start = 0;
	while (start < end && bytes[start] === 0x20) start++;
	return bytes.subarray(start, end);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
function isUtf8(bytes: Uint8Array): boolean {
	// A field may cut a multi-byte character at its end; allow up to 3 bytes of an unfinished character.
	for (let cut = 0; cut <= Math.min(3, bytes.length); cut++) {
		try {
			utf8.decode(bytes.subarray(0, bytes.length - cut));
			return true;
		} catch {
			// try a shorter slice
		}
	}
	return false;
}

/**
 * Which encoding a .dbf's text is in: 'ascii' when every byte is 7-bit, 'utf-8' when the text fields and field
 * names are valid UTF-8, 'shift_jis' otherwise.
 */
export function detectDbfEncoding(dbf: Uint8Array): 'ascii' | 'utf-8' | 'shift_jis' {
	const { fields, headerLength, recordLength, records } = dbfLayout(dbf);
	const texts: Uint8Array[] = fields.map((f) => f.name);
	for (let r = 0; r < records; r++) {
		const start = headerLength + r * recordLength;
		if (start + recordLength > dbf.byteLength) break;
		for (const f of fields) if (f.type === 'C') texts.push(trimPadding(dbf.subarray(start + f.offset, start + f.offset + f.length)));
	}
	if (texts.every((t) => t.every((b) => b < 0x80))) return 'ascii';
	return texts.every(isUtf8) ? 'utf-8' : 'shift_jis';
}

function isPolygon(geometry: Geometry | null | undefined): geometry is PolygonGeometry {
	return !!geometry && (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') && geometry.coordinates.length > 0;
}

/** The .shp, .dbf, .prj and .cpg beside each other, whichever of them the coordinator named. */
export function shapefileParts(file: string): { shp: string; dbf: string; prj: string; cpg: string } {
	const stem = file.slice(0, file.length - extname(file).length);
	const find = (ext: string) => [ext, ext.toUpperCase()].map((e) => `${stem}.${e}`).find(existsSync) ?? `${stem}.${ext}`;
	return { shp: find('shp'), dbf: find('dbf'), prj: find('prj'), cpg: find('cpg') };
}

export async function readShapefile(file: string, { encoding }: { encoding?: string } = {}): Promise<SourceData> {
	const parts = shapefileParts(file);
	const name = basename(parts.shp);
	if (!existsSync(parts.shp)) throw new InputError(`${name} が見つかりません（${basename(file)} と同じ場所に .shp が必要です）`);
	if (!existsSync(parts.dbf)) {
		throw new InputError(
			`${basename(parts.dbf)} が見つかりません。シェープファイルは .shp と .dbf（属性）をセットで同じフォルダに置いてください（ダウンロードした zip を展開すると入っています）`,
		);
	}
	const dbf = new Uint8Array(readFileSync(parts.dbf));
	let chosen: NonNullable<SourceData['encoding']>;
	if (encoding) {
		const label = encodingLabel(encoding);
		if (!label) throw new InputError(`--encoding「${encoding}」はわかりません。utf-8 か shift_jis を指定してください`);
		chosen = { label, how: 'option' };
	} else if (existsSync(parts.cpg) && encodingLabel(readFileSync(parts.cpg, 'latin1'))) {
		chosen = { label: encodingLabel(readFileSync(parts.cpg, 'latin1'))!, how: 'cpg' };
	} else {
		const detected = detectDbfEncoding(dbf);
		chosen = detected === 'ascii' ? { label: 'utf-8', how: 'ascii' } : { label: detected, how: 'detected' };
	}
	const decoder = new TextDecoder(chosen.label);
	const fields = dbfLayout(dbf).fields.map((f) => decoder.decode(f.name));

	let source;
	try {
		source = await shapefile.open(new Uint8Array(readFileSync(parts.shp)), dbf, { encoding: chosen.label });
	} catch (error) {
		throw new InputError(`${name} をシェープファイルとして読めません（${visibleText((error as Error).message)}）`);
	}
	const features: SourceFeature[] = [];
	let skipped = 0;
	for (let number = 1; ; number++) {
		let next;
		try {
			next = await source.read();
		} catch (error) {
			throw new InputError(
				`${name} の ${number} 番目の図形が読めません（${visibleText((error as Error).message)}）。ファイルが壊れていないか確かめてください`,
			);
		}
		if (next.done) break;
		const { geometry, properties } = next.value;
		if (isPolygon(geometry)) features.push({ number, properties: { ...(properties as GeoJsonProperties) }, geometry });
		else skipped++;
	}
	const prj = existsSync(parts.prj) ? readFileSync(parts.prj, 'utf8') : undefined;
	return { format: 'shapefile', file, features, fields, skipped, encoding: chosen, ...(prj === undefined ? {} : { prj }) };
}

export function readGeoJson(file: string): SourceData {
	const name = basename(file);
	let data: unknown;
	try {
		data = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
	} catch (error) {
		throw new InputError(`${name} を GeoJSON（JSON）として読めません: ${visibleText((error as Error).message)}`);
	}
	const root = data as { type?: unknown; features?: unknown; crs?: { properties?: { name?: unknown } } };
	let raw: { properties?: unknown; geometry?: Geometry | null }[];
	if (root?.type === 'FeatureCollection' && Array.isArray(root.features)) raw = root.features as typeof raw;
	else if (root?.type === 'Feature') raw = [root as (typeof raw)[number]];
	else if (typeof root?.type === 'string' && 'coordinates' in (root as object)) raw = [{ properties: {}, geometry: root as Geometry }];
	else throw new InputError(`${name} は GeoJSON の FeatureCollection・Feature・図形のどれでもありません`);

	const features: SourceFeature[] = [];
	const fields: string[] = [];
	let skipped = 0;
	raw.forEach((f, index) => {
		if (!isPolygon(f?.geometry)) {
			skipped++;
			return;
		}
		const properties = f.properties && typeof f.properties === 'object' ? { ...(f.properties as Record<string, unknown>) } : {};
		for (const key of Object.keys(properties)) if (!fields.includes(key)) fields.push(key);
		features.push({ number: index + 1, properties, geometry: f.geometry });
	});
	const declared = root?.crs?.properties?.name;
	return { format: 'geojson', file, features, fields, skipped, ...(typeof declared === 'string' ? { declaredCrs: declared } : {}) };
}

/** Refuses a file over IMPORT_LIMITS.boundaryFileBytes before reading it. */
function checkSize(file: string): void {
	if (!existsSync(file)) return;
	const size = statSync(file).size;
	if (size > IMPORT_LIMITS.boundaryFileBytes) {
		throw new InputError(
			`${basename(file)} は ${mib(size)} あります。境界のファイルは ${mib(IMPORT_LIMITS.boundaryFileBytes)} までです。GIS ソフトで町のあたりだけを切りだしてから読みこんでください`,
		);
	}
}

/** Reads a .shp (or its .dbf) or a .geojson/.json file; each over IMPORT_LIMITS.boundaryFileBytes is refused unread. */
export async function readBoundaryFile(file: string, options: { encoding?: string } = {}): Promise<SourceData> {
	const ext = extname(file).toLowerCase();
	if (ext === '.geojson' || ext === '.json') checkSize(file);
	else for (const part of Object.values(shapefileParts(file))) checkSize(part);
	if (ext === '.zip') throw new InputError(`${basename(file)} は zip です。展開して、中の .shp を指定してください`);
	if (ext === '.geojson' || ext === '.json') return readGeoJson(file);
	if (ext === '.shp' || ext === '.dbf' || ext === '.shx' || ext === '.prj' || ext === '') return readShapefile(file, options);
	throw new InputError(`${basename(file)} は読めない種類のファイルです。シェープファイル（.shp）か GeoJSON（.geojson）を指定してください`);
}

/** The bounding box [minX, minY, maxX, maxY] of every position in the features. */
export function bboxOf(features: readonly SourceFeature[]): [number, number, number, number] {
	let minX = Infinity;
	let minY = Infinity;
	let maxX = -Infinity;
	let maxY = -Infinity;
	for (const f of features) {
		const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
		for (const ring of polygons.flat()) {
			for (const [x, y] of ring as number[][]) {
				if (x! < minX) minX = x!;
				if (x! > maxX) maxX = x!;
				if (y! < minY) minY = y!;
				if (y! > maxY) maxY = y!;
			}
		}
	}
	return [minX, minY, maxX, maxY];
}

/**
 * A short, one-line text of an attribute value for listings, with control and escape characters made visible
 * (visibleText): a value from a file can never clear or recolour the coordinator's terminal.
 */
export function showValue(value: unknown, max = 24): string {
	if (value === null || value === undefined || value === '') return '（空）';
	const text = value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'object' ? JSON.stringify(value) : String(value);
	const line = visibleText(text.replace(/[ \t\r\n]+/g, ' ').trim(), Number.MAX_SAFE_INTEGER);
	return [...line].length > max ? `${[...line].slice(0, max - 1).join('')}…` : line;
}

/** Any text from the file (a name, an attribute's name) as it may be printed. */
export const shown = (text: string, max = 60): string => visibleText(text, max);
