/**
 * Community resources (社会資源): services and activities of every provider type, from a 配食サービス to a
 * shop's 移動販売. One Markdown file each in content/resources/<area id>/. Read by resource pages, 校区 pages,
 * the field lists.
 */
import { z } from './zod.ts';
import { areaId, list, place } from './common.ts';
import { listingFields } from './listing.ts';
import { schedule } from './schedule.ts';

export const resourceSchema = z.strictObject({
	...listingFields,
	/** Areas it serves: 校区 ids, a 圏域 id, or the city's id for the whole city. */
	areas: list(areaId)
		.min(1, { error: '対象の地域（areas）を1つ以上書いてください' })
		.describe('対象の地域の id（校区・地区、圏域、市町村全体）。例: [aoba] や、町全体なら [kawanami]'),
	/** Where it is, if it has a place (a home-visit service may not). */
	place: place.optional().describe('場所'),
	/** When it is available, if it recurs. */
	schedule: schedule.optional().describe('日時'),
});

export type ResourceData = z.output<typeof resourceSchema>;
