/**
 * The place's position as a volunteer types or pastes it into the form's two boxes (緯度, 経度): numbers in
 * full-width or half-width digits, a pair copied from a map app (「34.8412, 135.6183」), 度分秒 as 地理院地図
 * shows it, or a 地理院地図 / Google マップ address. Pure: the form widget (src/scripts/send/location-picker.ts)
 * and the tests use it; the zod schema `coordinates` (src/schemas/common.ts) still decides what is valid.
 */
import type { LatLng } from '../geo.ts';
import { coordinates, normalizeJapaneseInput } from '../../schemas/common.ts';

/** Decimal places kept: 6 is about 10 cm, far finer than a venue's door. */
export const COORDINATE_DECIMALS = 6;

/** A coordinate rounded to COORDINATE_DECIMALS places (never -0). */
export function roundCoordinate(value: number): number {
	const factor = 10 ** COORDINATE_DECIMALS;
	const rounded = Math.round(value * factor) / factor;
	return rounded === 0 ? 0 : rounded;
}

const NUMBER = String.raw`[-+]?\d+(?:\.\d+)?`;
/** Words and letters that may stand beside a number: 北緯, 東経, lat:, N, E, 度, °. */
const LABEL = /北緯|東経|緯度|経度|latitude|longitude|lat|lng|lon|(?<![a-z])[ne](?![a-z])|[:=()（）「」]/gi;

/** A number as typed in one box: 34.8412, ３４．８４１２, 北緯34.8412, 34.8412°. Anything else: undefined. */
export function parseCoordinate(text: string): number | undefined {
	const folded = normalizeJapaneseInput(text)
		.replace(LABEL, ' ')
		.replace(/[°度]\s*$/, '')
		.trim();
	return new RegExp(`^${NUMBER}$`).test(folded) ? Number(folded) : undefined;
}

/** Degrees, minutes and seconds (34度50分28.32秒, 34°50'28.3"N) as decimal degrees; the rest is left alone. */
const DMS = new RegExp(
	String.raw`(${NUMBER})\s*[°度]\s*(?:(\d+(?:\.\d+)?)\s*[分'′’]\s*)?(?:(\d+(?:\.\d+)?)\s*(?:秒|"|″|”|′′|''|’’))?`,
	'g',
);
function decimalDegrees(text: string): string {
	return text.replace(DMS, (_all, d: string, m?: string, s?: string) => {
		const degrees = Number(d);
		const value = Math.abs(degrees) + Number(m ?? 0) / 60 + Number(s ?? 0) / 3600;
		return ` ${degrees < 0 ? -value : value} `;
	});
}

/** A latitude and a longitude in the ranges the earth has (Japan is for the schema to check). */
function onEarth(lat: number, lng: number): LatLng | undefined {
	return Math.abs(lat) <= 90 && Math.abs(lng) <= 180 ? { lat: roundCoordinate(lat), lng: roundCoordinate(lng) } : undefined;
}
/**
 * Two pasted numbers as a position: latitude first, as map apps give them, unless the first cannot be a
 * latitude (over 90) and the second can: then they came longitude first (GeoJSON's order) and are turned round.
 */
function pairOf(a: number, b: number): LatLng | undefined {
	return onEarth(a, b) ?? onEarth(b, a);
}

/** The position in a map address: 地理院地図 (#16/34.8412/135.6183/, ?ll=34.8412,135.6183) or Google マップ (!3d…!4d…, @34.8412,135.6183). */
function fromUrl(text: string): LatLng | undefined {
	if (!/^https?:\/\//i.test(text)) return undefined;
	const patterns = [
		new RegExp(String.raw`#\d+(?:\.\d+)?/(${NUMBER})/(${NUMBER})(?:[/&?]|$)`),
		new RegExp(String.raw`[?&](?:ll|q|query|center)=(${NUMBER})(?:,|%2C)\s*(${NUMBER})`, 'i'),
		new RegExp(String.raw`!3d(${NUMBER})!4d(${NUMBER})`),
		new RegExp(String.raw`@(${NUMBER}),(${NUMBER})`),
	];
	for (const pattern of patterns) {
		const m = pattern.exec(text);
		if (m) return onEarth(Number(m[1]), Number(m[2]));
	}
	return undefined;
}

/**
 * Both coordinates from one pasted text, latitude first (as 地理院地図 and Google マップ give them), or
 * undefined when the text is not a pair: 「34.8412, 135.6183」, 「北緯34.8412 東経135.6183」,
 * 「北緯34度50分28.32秒 東経135度37分5.88秒」, 「34.8412,135.6183」, or a map address. A single number is not a pair.
 */
export function parsePosition(text: string): LatLng | undefined {
	const folded = normalizeJapaneseInput(text);
	if (!folded) return undefined;
	const url = fromUrl(folded);
	if (url || /^https?:\/\//i.test(folded)) return url;
	const plain = decimalDegrees(folded).replace(LABEL, ' ').replace(/[°度]/g, ' ');
	const m = new RegExp(String.raw`^\s*(${NUMBER})\s*(?:[,、，/;]\s*|\s+)(${NUMBER})\s*$`).exec(plain);
	return m ? pairOf(Number(m[1]), Number(m[2])) : undefined;
}

/** What the two boxes hold, as the schema will read it: numbers where they are numbers, the text as typed where not. */
export type TypedPosition = LatLng | { lat?: number | string; lng?: number | string };

/**
 * The value of the two boxes: undefined when both are empty; the rounded numbers when both are numbers (or
 * one box holds a whole pair and the other is empty); otherwise what was typed, so that the schema names the
 * box to fix (an empty box is left out, and the schema says it is missing).
 */
export function readTyped(latText: string, lngText: string): TypedPosition | undefined {
	const lat = latText.trim();
	const lng = lngText.trim();
	if (!lat && !lng) return undefined;
	if (!lat || !lng) {
		const pair = parsePosition(lat || lng);
		if (pair) return pair;
	}
	const value: { lat?: number | string; lng?: number | string } = {};
	if (lat) {
		const n = parseCoordinate(lat);
		value.lat = n === undefined ? lat : roundCoordinate(n);
	}
	if (lng) {
		const n = parseCoordinate(lng);
		value.lng = n === undefined ? lng : roundCoordinate(n);
	}
	return value;
}

/** The two boxes' text for a value from an entry file (any shape: what is not a coordinate is shown as it is). */
export function textOf(value: unknown): { lat: string; lng: string } {
	if (value === null || typeof value !== 'object') return { lat: '', lng: '' };
	const show = (v: unknown) => (typeof v === 'number' || typeof v === 'string' ? String(v) : '');
	const { lat, lng } = value as { lat?: unknown; lng?: unknown };
	return { lat: show(lat), lng: show(lng) };
}

/** A position the map can show: both numbers, in the schema's range (Japan). */
export function validPosition(value: unknown): LatLng | undefined {
	const result = coordinates.safeParse(value);
	return result.success ? { lat: roundCoordinate(result.data.lat), lng: roundCoordinate(result.data.lng) } : undefined;
}

/** Both numbers, anywhere on earth: a marker can stand there even while the schema says it is outside Japan. */
export function markerPosition(value: TypedPosition | undefined): LatLng | undefined {
	if (!value || typeof value.lat !== 'number' || typeof value.lng !== 'number') return undefined;
	return onEarth(value.lat, value.lng);
}

/** The status line under the field's name: 「位置: 北緯34.8412 東経135.6183（地図に出ます）」. */
export function describePosition(value: TypedPosition | undefined): string {
	if (value === undefined) return '位置: なし（この場所は地図に出ません）';
	const valid = validPosition(value);
	if (valid) return `位置: 北緯${valid.lat} 東経${valid.lng}（地図に出ます）`;
	if (value.lat === undefined || value.lat === '') return '位置: 緯度（北緯）が空いています';
	if (value.lng === undefined || value.lng === '') return '位置: 経度（東経）が空いています';
	return '位置: 緯度・経度を確かめてください（このままでは地図に出ません）';
}

/** The note after 「現在地にする」: how far off the phone's position may be, when that matters for a door. */
export function accuracyNote(metres: number): string {
	if (!Number.isFinite(metres) || metres <= 50) return '現在地を入れました。';
	const rough = metres < 1000 ? `約${Math.round(metres / 10) * 10}m` : `約${(metres / 1000).toFixed(1)}km`;
	return `現在地を入れました。ずれが${rough}あるかもしれません。地図で場所を確かめてください。`;
}
