/**
 * Salons and places to go (サロン・居場所・通いの場): the recurring gatherings residents attend.
 * One Markdown file each in content/salons/<校区 id>/. Read by salon pages, 校区 pages, the week tables.
 */
import { z } from './zod.ts';
import { areaId, choice, line, place, wholeNumber } from './common.ts';
import { listingFields } from './listing.ts';
import { schedule } from './schedule.ts';
import { SALON_CATEGORY_VALUES } from './taxonomy.ts';

export const salonSchema = z.strictObject({
	...listingFields,
	/** The kind of gathering. */
	category: choice(SALON_CATEGORY_VALUES).describe('種類'),
	/** The 校区 it is in (id of a file in content/areas/). */
	area: areaId.describe('開かれている地域（校区・地区）の id。content/areas/ のファイル名'),
	/** Where it meets. */
	place: place.describe('会場'),
	/** When it meets. The heart of a salon entry. */
	schedule: schedule.describe('日時'),
	/** How many can take part, if limited. */
	capacity: wholeNumber(1, '定員は 1 以上の数（人数）で書いてください').optional().describe('定員'),
	/** What to bring: 飲み物, タオル. */
	bring: line.optional().describe('持ち物'),
});

export type SalonData = z.output<typeof salonSchema>;
