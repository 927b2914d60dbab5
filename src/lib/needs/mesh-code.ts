/**
 * 地域メッシュ (JIS X 0410 標準地域メッシュ and its 分割地域メッシュ) codes to the rectangles they name, in
 * latitude and longitude degrees on the census's datum (the 2020 census files are JGD2011).
 *
 *   1次メッシュ  4 digits  AABB      40′ × 1°        (south = AA × 2/3°, west = 100 + BB°)
 *   2次メッシュ  6 digits  + C D     1/8 of the 1次   (5′ × 7′30″; C row 0–7, D column 0–7)
 *   3次メッシュ  8 digits  + E F     1/10 of the 2次  (30″ × 45″, "1 km"; E row, F column 0–9)
 *   4次メッシュ  9 digits  + G       1/2 of the 3次   (15″ × 22.5″, "500 m"; 1 SW, 2 SE, 3 NW, 4 NE)
 *   5次メッシュ 10 digits  + H       1/2 of the 4次   (7.5″ × 11.25″, "250 m"; same quadrants)
 *
 * Computed in seconds of arc (exact in binary floating point for every level), then turned into degrees.
 */

export interface MeshRect {
	code: string;
	/** 1 (1次) … 5 (5次). */
	level: 1 | 2 | 3 | 4 | 5;
	south: number;
	west: number;
	north: number;
	east: number;
}

const LEVEL_BY_LENGTH: Record<number, MeshRect['level']> = { 4: 1, 6: 2, 8: 3, 9: 4, 10: 5 };
/** Height and width in seconds of arc, per level. */
const SIZE: Record<MeshRect['level'], [number, number]> = { 1: [2400, 3600], 2: [300, 450], 3: [30, 45], 4: [15, 22.5], 5: [7.5, 11.25] };

/** Why a string is not a mesh code, in Japanese, or undefined. */
export function meshCodeProblem(code: string): string | undefined {
	if (!/^\d+$/.test(code)) return `メッシュコード「${code.slice(0, 20)}」は数字だけで書かれていません`;
	if (!LEVEL_BY_LENGTH[code.length]) return `メッシュコード「${code}」の桁数（${code.length} 桁）は 4・6・8・9・10 桁のどれでもありません`;
	if (code.length >= 6 && (Number(code[4]) > 7 || Number(code[5]) > 7))
		return `メッシュコード「${code}」の 2次メッシュの番号（5・6 桁目）は 0〜7 です`;
	for (const at of [8, 9]) {
		if (code.length > at && (code[at]! < '1' || code[at]! > '4'))
			return `メッシュコード「${code}」の ${at + 1} 桁目（分割メッシュの番号）は 1〜4 です`;
	}
	return undefined;
}

/** The rectangle a mesh code names. Throws with a Japanese message when the code is not one. */
export function meshRect(code: string): MeshRect {
	const problem = meshCodeProblem(code);
	if (problem) throw new Error(problem);
	const level = LEVEL_BY_LENGTH[code.length]!;
	const d = (i: number) => Number(code[i]);
	let south = Number(code.slice(0, 2)) * 2400;
	let west = (100 + Number(code.slice(2, 4))) * 3600;
	if (level >= 2) {
		south += d(4) * 300;
		west += d(5) * 450;
	}
	if (level >= 3) {
		south += d(6) * 30;
		west += d(7) * 45;
	}
	for (const [at, quarterLevel] of [
		[8, 4],
		[9, 5],
	] as const) {
		if (level < quarterLevel) break;
		const [h, w] = SIZE[quarterLevel];
		if (d(at) >= 3) south += h;
		if (d(at) % 2 === 0) west += w;
	}
	const [h, w] = SIZE[level];
	return { code, level, south: south / 3600, west: west / 3600, north: (south + h) / 3600, east: (west + w) / 3600 };
}

/** The codes of the coarser meshes a code lies in (3次 and 2次 and 1次 for a 4次 code). */
export function parentCodes(code: string): string[] {
	return [9, 8, 6, 4].filter((n) => n < code.length).map((n) => code.slice(0, n));
}

export const LEVEL_NAMES: Record<MeshRect['level'], string> = {
	1: '1次メッシュ（約 80 km）',
	2: '2次メッシュ（約 10 km）',
	3: '3次メッシュ（約 1 km）',
	4: '4次メッシュ（約 500 m）',
	5: '5次メッシュ（約 250 m）',
};
