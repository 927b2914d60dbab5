/**
 * Areas: the city (市, 第1層), its 圏域 and its 校区 (第2層). One Markdown file per area in content/areas/;
 * the file name is the id other entries use in `area:`. The body describes the area in a few sentences.
 * Read by the 校区 pages, the home page and the map.
 */
import { z } from './zod.ts';
import { areaId, choice, contact, coordinates, line, wholeNumber, yomi } from './common.ts';
import { AREA_LEVELS } from './taxonomy.ts';

type Position = [number, number];
const position = z
	.tuple([z.number(), z.number()], { error: '座標は [経度, 緯度] の組で書いてください（GeoJSON の順番です）' })
	.refine(([lng, lat]) => lng >= 122 && lng <= 154 && lat >= 20 && lat <= 46, {
		error: '座標が日本の外です。GeoJSON は [経度, 緯度] の順番です（例: [135.65, 34.81]）',
	});
const ring = z
	.array(position)
	.min(4, { error: '境界の輪は 4 点以上（最初と最後は同じ点）で書いてください' })
	.refine((r) => r[0]![0] === r.at(-1)![0] && r[0]![1] === r.at(-1)![1], { error: '境界の輪は、最初と最後の点を同じにして閉じてください' });

/** A GeoJSON (RFC 7946) Polygon or MultiPolygon geometry, in [longitude, latitude] order. */
export const boundary = z.discriminatedUnion('type', [
	z.strictObject({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) }),
	z.strictObject({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)).min(1) }),
]);
export type Boundary = z.output<typeof boundary>;
export type { Position };

export const areaSchema = z
	.strictObject({
		/** Full name: 青葉小学校区, 北部圏域, ひだまり市. */
		name: line.describe('地域の名前'),
		/** Short name for lists and buttons: 青葉. */
		short_name: line.optional().describe('短い名前（一覧やボタンで使います）'),
		yomi: yomi.describe('よみがな'),
		/** 市 (第1層), 圏域 or 校区 (第2層). */
		level: choice(AREA_LEVELS).describe('市・圏域・校区'),
		/** The area this one belongs to: a 校区's 圏域, a 圏域's 市. Empty only for the 市. */
		parent: areaId.optional().describe('ひとつ上の地域の id'),
		/** Centre of the area for the map. */
		center: coordinates.describe('地図の中心'),
		/** Boundary as a GeoJSON geometry; optional. */
		boundary: boundary.optional().describe('境界（GeoJSON の Polygon）'),
		/** The 協議体 of this area. */
		council: z
			.strictObject({
				/** e.g. 青葉校区 元気づくり・地域づくり会議. */
				name: line,
				/** How often it meets, e.g. おおむね2か月に1回. */
				meets: line.optional(),
			})
			.optional()
			.describe('この地域の協議体'),
		/** Whom residents call: the coordinator's office (an organisation, never a private person). */
		contact: contact.optional().describe('問い合わせ先（コーディネーターの窓口）'),
		/** Residents aged 65 and over (高齢者人口), for the dashboard's per-1,000 figures. */
		population_65: wholeNumber(0, '65歳以上の人口は 0 以上の数で書いてください').optional().describe('65歳以上の人口'),
	})
	.superRefine((a, ctx) => {
		if (a.level !== '市' && !a.parent) {
			ctx.addIssue({ code: 'custom', path: ['parent'], message: `${a.level}には、ひとつ上の地域（parent）を書いてください` });
		}
		if (a.level === '市' && a.parent) {
			ctx.addIssue({ code: 'custom', path: ['parent'], message: '市には parent を書きません' });
		}
	});

export type AreaData = z.output<typeof areaSchema>;
