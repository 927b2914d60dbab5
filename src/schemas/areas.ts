/**
 * Areas: the municipality (市・町・村・区, 第1層), an optional middle level (圏域) and the 第2層 areas under the town's
 * own word (校区, 地区, 小学校区, 中学校区, 日常生活圏域). One Markdown file per area in content/areas/; the file
 * name is the id other entries use in `area:`. The body describes the area in a few sentences.
 * Read by the area pages, the home page and the map. `npm run import-areas` writes these files from a Shapefile.
 */
import { z } from './zod.ts';
import { inJapan } from '../lib/japanese.ts';
import { areaId, choice, contact, coordinates, line, wholeNumber, yomi } from './common.ts';
import { AREA_LEVELS, areaKind, TOP_LEVELS } from './taxonomy.ts';

type Position = [number, number];
const IMPORT_HINT = '境界は npm run import-areas で Shapefile や GeoJSON から作れます（平面直角座標系も緯度・経度に直します）';
/** Why a position is not [longitude, latitude] in Japan, in words a coordinator can act on. */
function positionProblem([x, y]: [number, number]): string | undefined {
	if (inJapan(y, x)) return undefined;
	if (Math.abs(x) > 180 || Math.abs(y) > 90) {
		return `座標 [${x}, ${y}] はメートル単位（平面直角座標系など）のようです。地図には緯度・経度が必要です。${IMPORT_HINT}`;
	}
	if (inJapan(x, y)) return `座標 [${x}, ${y}] は緯度と経度が逆です。GeoJSON は [経度, 緯度] の順番です（例: [135.65, 34.81]）`;
	return `座標 [${x}, ${y}] が日本の外です。GeoJSON は [経度, 緯度] の順番です（例: [135.65, 34.81]）`;
}
const position = z
	.tuple([z.number(), z.number()], { error: '座標は [経度, 緯度] の組で書いてください（GeoJSON の順番です）' })
	.superRefine((p, ctx) => {
		const problem = positionProblem(p);
		if (problem) ctx.addIssue({ code: 'custom', message: problem, abort: true });
	});
const ring = z
	.array(position)
	.min(4, { error: '境界の輪は 4 点以上（最初と最後は同じ点）で書いてください' })
	.refine((r) => r[0]![0] === r.at(-1)![0] && r[0]![1] === r.at(-1)![1], { error: '境界の輪は、最初と最後の点を同じにして閉じてください' });

const geometry = z.discriminatedUnion('type', [
	z.strictObject({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) }),
	z.strictObject({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)).min(1) }),
]);

/**
 * What a coordinator pasted, when it is not a bare geometry: a whole GeoJSON Feature or FeatureCollection.
 * Said in words, once, instead of a list of unknown keys.
 */
function pastedGeoJson(value: unknown): string | undefined {
	if (!value || typeof value !== 'object') return undefined;
	const type = (value as { type?: unknown }).type;
	if (type === 'Feature')
		return (
			'GeoJSON の Feature がまるごと貼り付けられています。boundary には、その中の geometry（type: Polygon と coordinates）だけを書いてください。' +
			IMPORT_HINT
		);
	if (type === 'FeatureCollection')
		return (
			'GeoJSON の FeatureCollection がまるごと貼り付けられています。1つの地域に1つの geometry（Polygon か MultiPolygon）だけを書いてください。' +
			IMPORT_HINT
		);
	if (typeof type === 'string' && type !== 'Polygon' && type !== 'MultiPolygon')
		return `境界の type は Polygon か MultiPolygon にしてください（「${type}」は使えません）`;
	return undefined;
}

/** A GeoJSON (RFC 7946) Polygon or MultiPolygon geometry, in [longitude, latitude] order. */
export const boundary = z
	.unknown()
	.superRefine((value, ctx) => {
		const pasted = pastedGeoJson(value);
		if (pasted) {
			ctx.addIssue({ code: 'custom', message: pasted });
			return;
		}
		const result = geometry.safeParse(value);
		if (result.success) return;
		// One message per problem kind: a boundary of metre coordinates must not become hundreds of lines.
		const seen = new Set<string>();
		for (const issue of result.error.issues) {
			if (seen.has(issue.message)) continue;
			seen.add(issue.message);
			ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
			if (seen.size >= 3) break;
		}
	})
	.transform((value) => value as z.output<typeof geometry>);
export type Boundary = z.output<typeof geometry>;
export type { Position };

const count = (what: string) => wholeNumber(0, `${what}は 0 以上の数で書いてください`);
/** Population of an area from the census (e-Stat 地域メッシュ統計) or a 町丁別 table, with where it comes from. */
const populationBlock = z.strictObject({
	total: count('人口').describe('人口（総数）'),
	age65: count('65歳以上の人口').optional().describe('65歳以上の人口'),
	age75: count('75歳以上の人口').optional().describe('75歳以上の人口'),
	age85: count('85歳以上の人口').optional().describe('85歳以上の人口'),
	households: count('一般世帯の数').optional().describe('一般世帯の数'),
	elderly_single: count('高齢単身世帯の数').optional().describe('高齢単身世帯（65歳以上の人ひとりの世帯）の数'),
	elderly_couple: count('高齢夫婦世帯の数').optional().describe('高齢夫婦世帯の数'),
	source: line.describe('出典（例: 総務省統計局「令和2年国勢調査 地域メッシュ統計」）'),
	year: wholeNumber(1900, '調査の年は西暦で書いてください（例: 2020）').describe('調査の年（西暦）'),
	method: line.describe('校区への按分のしかた'),
	/** 65+ of each census mesh touching the area (the whole mesh's count), for the walking-reach figures. */
	age65_by_mesh: z
		.record(z.string().regex(/^\d{8,10}$/, { error: 'メッシュコードは 8〜10 桁の数字です' }), count('メッシュの65歳以上の人口'))
		.refine((r) => Object.keys(r).length <= 5000, { error: 'メッシュは 5,000 個までです' })
		.optional()
		.describe('この地域にかかる国勢調査メッシュごとの65歳以上の人口（メッシュ全体の数。歩いて行ける範囲の計算に使います）'),
});

/** One needs indicator of an area (介護予防・日常生活圏域ニーズ調査 etc.), written by `npm run import-indicators`. */
export const indicatorSchema = z.strictObject({
	name: line.describe('指標の名前（例: 閉じこもり傾向のある高齢者の割合）'),
	value: z.number({ error: '値は数で書いてください' }).describe('値'),
	unit: line.describe('単位（例: %、人）'),
	year: wholeNumber(1900, '年は西暦で書いてください（例: 2022）').describe('調査の年（西暦）'),
	source: line.describe('出典（例: 第9期 介護予防・日常生活圏域ニーズ調査）'),
});

export const areaSchema = z
	.strictObject({
		/** Full name: 青葉小学校区, 北部圏域, ひだまり市. */
		name: line.describe('地域の名前（例: 青葉小学校区、北部圏域、川波町）'),
		/** Short name for lists and buttons: 青葉. */
		short_name: line.optional().describe('短い名前。一覧やボタンで使います（例: 青葉）'),
		/** Reading in hiragana, for 五十音順; optional for areas (the name is used when it is missing). */
		yomi: yomi.optional().describe('よみがな（ひらがな）。五十音順に並べるのに使います'),
		/** 市・町・村・区 (第1層), 圏域 (the optional middle level) or the 第2層 word: 校区, 地区, 小学校区, 中学校区, 日常生活圏域. */
		level: choice(AREA_LEVELS).describe(
			'地域の種類。市町村全体は 市・町・村・区、まとまりは 圏域、第2層は 校区・地区・小学校区・中学校区・日常生活圏域 のどれか（町で使っている呼び方）',
		),
		/** The area this one belongs to: a 校区's 圏域 or the municipality, a 圏域's municipality. Empty only for the municipality. */
		parent: areaId.optional().describe('ひとつ上の地域の id（市町村全体のファイルには書きません）'),
		/** Centre of the area for the map. */
		center: coordinates.describe('地図の中心（緯度 lat・経度 lng）'),
		/** Boundary as a GeoJSON geometry; optional. */
		boundary: boundary
			.optional()
			.describe('境界（GeoJSON の Polygon か MultiPolygon、[経度, 緯度] の順）。npm run import-areas で作れます'),
		/** The 協議体 of this area. */
		council: z
			.strictObject({
				/** e.g. 青葉校区 元気づくり・地域づくり会議. */
				name: line.describe('協議体の名前（例: 青葉校区 元気づくり・地域づくり会議）'),
				/** How often it meets, e.g. おおむね2か月に1回. */
				meets: line.optional().describe('開く回数・時期（例: おおむね2か月に1回）'),
			})
			.optional()
			.describe('この地域の協議体'),
		/** Whom residents call: the coordinator's office (an organisation, never a private person). */
		contact: contact.optional().describe('問い合わせ先（コーディネーターの窓口）'),
		/** Residents aged 65 and over (高齢者人口), for the dashboard's per-1,000 figures. */
		population_65: wholeNumber(0, '65歳以上の人口は 0 以上の数で書いてください').optional().describe('65歳以上の人口'),
		/** Census figures per area, written by `npm run import-population` (src/lib/needs/population-block.ts). */
		/** Needs indicators; a 圏域's are shown on each of its 校区, said so. */
		indicators: z
			.array(indicatorSchema)
			.max(100, { error: '指標は 100 個までです' })
			.optional()
			.describe('ニーズの指標（npm run import-indicators が書きます）。圏域に書いた指標は、その圏域の校区にも「圏域の値」として出ます'),
		population: populationBlock
			.optional()
			.describe('国勢調査などから按分した人口と世帯の数（npm run import-population が書きます）。あれば population_65 の代わりに使います'),
	})
	.superRefine((a, ctx) => {
		const top = areaKind(a.level) === 'top';
		if (!top && !a.parent) {
			ctx.addIssue({ code: 'custom', path: ['parent'], message: `${a.level}には、ひとつ上の地域（parent）を書いてください` });
		}
		if (top && a.parent) {
			ctx.addIssue({ code: 'custom', path: ['parent'], message: `${TOP_LEVELS.join('・')}（市町村全体）には parent を書きません` });
		}
	});

export type AreaData = z.output<typeof areaSchema>;
