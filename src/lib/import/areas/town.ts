/**
 * A prefecture-wide boundary file and the town it is imported into. 国土数値情報 A27 (小学校区) and A32 (中学校区)
 * come one file per prefecture, every feature carrying its municipality's 5-digit 行政区域コード (A27_005 in
 * A27-10/A27-16, A27_001 in A27-21 and later). With the site's 全国地方公共団体コード (site.yaml), the town's
 * own features are found without the coordinator knowing any attribute name. Also: how far the areas' centre is
 * from the town's own point, to catch a wrong 平面直角座標系 zone that still lands in Japan. Pure functions.
 */
import { checkDigit } from '../../municipality-code.ts';
import type { SourceFeature } from './read.ts';

const text = (value: unknown): string => (value === null || value === undefined ? '' : String(value)).normalize('NFKC').trim();

/** Whether a value is a municipality code: 5 digits of a prefecture 01–47, or 6 with the right check digit. */
export function isMunicipalityCode(value: string): boolean {
	if (!/^\d{5}(\d)?$/.test(value)) return false;
	const pref = Number(value.slice(0, 2));
	if (pref < 1 || pref > 47) return false;
	return value.length === 5 || Number(value[5]) === checkDigit(value.slice(0, 5));
}

/**
 * The attribute holding each feature's municipality code: the only one whose every value is a code (A27_005,
 * A27_001, N03_007 …); when several are, the 国土数値情報 one (A27_, A32_) if there is exactly one.
 */
export function codeField(features: readonly SourceFeature[], fields: readonly string[]): string | undefined {
	if (features.length === 0) return undefined;
	const candidates = fields.filter((field) => features.every((f) => isMunicipalityCode(text(f.properties[field]))));
	const ksj = candidates.filter((f) => /^A(27|32)_/.test(f));
	const list = ksj.length ? ksj : candidates;
	return list.length === 1 ? list[0] : undefined;
}

/**
 * Whether a file's code is the town's: the same 5 digits, or a ward (区) of a 政令指定都市 whose code ends in 100,
 * 130, 140 or 150 (大阪市 27100 has 北区 27127; 川崎市 14130 has 川崎区 14131).
 */
export function isTownCode(value: string, siteCode: string): boolean {
	const file = Number(value.slice(0, 5));
	const town = Number(siteCode.slice(0, 5));
	if (file === town) return true;
	const rest = town % 1000;
	const wards = rest === 100 ? 30 : [130, 140, 150].includes(rest) ? 10 : 0;
	return file > town && file < town + wards;
}

export interface TownSelection {
	field: string;
	kept: SourceFeature[];
	/** Every code in the file with its number of features, in code order. */
	codes: [string, number][];
}

/** The town's features of a file that covers several municipalities; undefined when the file has no code attribute. */
export function selectTown(features: readonly SourceFeature[], fields: readonly string[], siteCode: string): TownSelection | undefined {
	const field = codeField(features, fields);
	if (!field) return undefined;
	const counts = new Map<string, number>();
	for (const f of features) counts.set(text(f.properties[field]), (counts.get(text(f.properties[field])) ?? 0) + 1);
	const kept = features.filter((f) => isTownCode(text(f.properties[field]), siteCode));
	return { field, kept, codes: [...counts].sort((a, b) => a[0].localeCompare(b[0])) };
}

/** Great-circle distance in km (spherical Earth, radius 6,371 km: close enough for a 30 km test). */
export function distanceKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
	const rad = Math.PI / 180;
	const dLat = (b.lat - a.lat) * rad;
	const dLng = (b.lng - a.lng) * rad;
	const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
	return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The farthest the areas' centre may be from the town's point (the town's own area file's centre). */
export const MAX_CENTRE_KM = 30;
