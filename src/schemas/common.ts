/**
 * Field schemas shared by several collections: text as people type it, dates, Japanese phone numbers and
 * postal codes, places with coordinates, an organisation's contact, cost. Used by every collection schema,
 * so the build and `npm run check` accept and reject exactly the same things.
 */
import { inJapan, isRealDate } from '../lib/japanese.ts';
import { z } from './zod.ts';
import { LIMITS } from '../lib/safety/limits.ts';
import { textProblem } from '../lib/safety/text-policy.ts';
import { ACCESSIBILITY_FEATURES, CONFIRMATION_METHODS, PROVIDER_TYPES, STATUSES, TRANSPORT_OPTIONS } from './taxonomy.ts';

/** The text policy (src/lib/safety/text-policy.ts) as a zod check: no control, bidirectional or invisible characters. */
function policed(singleLine: boolean) {
	return (value: string, ctx: z.RefinementCtx) => {
		const problem = textProblem(value, singleLine);
		if (problem) ctx.addIssue({ code: 'custom', message: problem, abort: true });
	};
}
/** Text as any field holds it: a string under the text policy. */
export const text = (singleLine: boolean) => z.string().superRefine(policed(singleLine));

/** Full-width digits, colons and the many dash characters Japanese keyboards produce, folded to ASCII. */
export function normalizeJapaneseInput(value: string): string {
	return value
		.normalize('NFKC')
		.replace(/[‐‑‒–—―−ｰー]/g, '-')
		.trim();
}

/** A number typed in full-width digits (２５, ３４．８４) is read as the number; anything else is left to the schema. */
function numberAsTyped(value: unknown): unknown {
	if (typeof value !== 'string') return value;
	const folded = normalizeJapaneseInput(value).replace(/,/g, '');
	return /^-?\d+(\.\d+)?$/.test(folded) ? Number(folded) : value;
}

/** A whole number, such as a count or an amount of yen; full-width digits are accepted. */
export function wholeNumber(min: number, error: string) {
	return z.preprocess(numberAsTyped, z.number({ error }).int({ error }).min(min, { error }));
}

/** A decimal number (a coordinate); full-width digits are accepted. */
export function decimal(error: string) {
	return z.preprocess(numberAsTyped, z.number({ error }));
}

/**
 * A list of at most `max` items (LIMITS.listItems by default): no field can hold thousands of entries that every
 * page and export would repeat.
 */
export function list<T extends z.ZodType>(item: T, max: number = LIMITS.listItems) {
	return z.array(item).max(max, { error: `多すぎます（${max}個まで）` });
}

/** Builds an enum whose error message lists what may be written, in Japanese. */
export function choice<const T extends readonly [string, ...string[]]>(values: T) {
	return z.enum(values, { error: () => `次のどれかを書いてください: ${values.join('、')}` });
}

/** A required line of text: not empty, no line breaks or invisible characters, at most LIMITS.lineChars. */
export const line = text(true)
	.trim()
	.min(1, { error: '空欄にはできません' })
	.max(LIMITS.lineChars, { error: `長すぎます（${LIMITS.lineChars}文字まで）。くわしいことは本文に書いてください` });

/** Reading in hiragana (よみがな), used for 五十音順. Spaces and ー are allowed. */
export const yomi = text(true)
	.trim()
	.regex(/^[ぁ-ゖー・　 ]+$/u, { error: 'よみがなは ひらがな で書いてください（例: いきいきさろん）' });

const inYears = (iso: string) => Number(iso.slice(0, 4)) >= LIMITS.yearMin && Number(iso.slice(0, 4)) <= LIMITS.yearMax;

/**
 * A calendar date written as 2026-04-01, kept as the plain string so no time zone can move it by a day. Front
 * matter is read without YAML's timestamps (src/lib/safety/frontmatter.ts), so `2026-02-30` reaches this check
 * as written, quoted or not, and is refused instead of rolling over to 2 March. (Astro's own loader still reads
 * unquoted dates as Date objects; it runs only after the content gate has passed every file through this same
 * schema as text, so a Date here is always a real day and is turned back into its string.)
 */
const dateText = z
	.string({ error: '日付は 2026-04-01 のように書いてください' })
	.transform(normalizeJapaneseInput)
	.pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: '日付は 2026-04-01 のように書いてください' }));
export const isoDate = z
	.union([dateText, z.date().transform((d) => d.toISOString().slice(0, 10))], { error: '日付は 2026-04-01 のように書いてください' })
	.refine(isRealDate, { error: 'ありえない日付です（月と日を確かめてください）', abort: true })
	.refine(inYears, { error: `${LIMITS.yearMin}年から${LIMITS.yearMax}年までの日付にしてください（年を確かめてください）` });

/** A clock time such as 9:30 or １０：００, stored as "09:30". */
export const clockTime = z
	.string({ error: '時刻は 10:00 のように書いてください' })
	.transform(normalizeJapaneseInput)
	.pipe(z.string().regex(/^([01]?\d|2[0-3]):[0-5]\d$/, { error: '時刻は 10:00 のように書いてください（0:00〜23:59）' }))
	.transform((t) => t.padStart(5, '0'));

/** A Japanese phone number with hyphens: 072-841-1221, 0120-123-456, 090-1234-5678. One message per mistake. */
export const phone = z
	.string({ error: '電話番号は 072-841-1221 のように書いてください' })
	.transform(normalizeJapaneseInput)
	.pipe(
		z
			.string()
			.min(1, { error: '電話番号を書いてください（例: 072-841-1221）', abort: true })
			.regex(/^0\d{1,4}-\d{1,4}-\d{3,4}$/, {
				error: '電話番号は市外局番から、ハイフン（-）で区切って書いてください（例: 072-841-1221）',
				abort: true,
			})
			.refine((t) => [10, 11].includes(t.replace(/-/g, '').length), {
				error: '電話番号の桁数が合いません（固定電話は10桁、携帯電話は11桁です）',
			}),
	);

/** A postal code: 573-0027. */
export const postalCode = z
	.string({ error: '郵便番号は 573-0027 のように書いてください' })
	.transform(normalizeJapaneseInput)
	.pipe(z.string().regex(/^\d{3}-\d{4}$/, { error: '郵便番号は 573-0027 のように、3けた-4けた で書いてください' }));

/** A public web address (http or https only: javascript: and data: are refused). */
export const webUrl = text(true).pipe(z.httpUrl({ error: 'URL は https:// で始まるアドレスを書いてください' }));

/** Latitude and longitude in decimal degrees (WGS84), checked to lie in Japan. */
export const coordinates = z
	.strictObject({
		/** 緯度 (north), e.g. 34.81 */
		lat: decimal('緯度（lat）は 34.81 のような数で書いてください').describe('緯度（北緯、度）。例: 34.81'),
		/** 経度 (east), e.g. 135.65 */
		lng: decimal('経度（lng）は 135.65 のような数で書いてください').describe('経度（東経、度）。例: 135.65'),
	})
	.superRefine(({ lat, lng }, ctx) => {
		if (typeof lat !== 'number' || typeof lng !== 'number') return;
		if (inJapan(lat, lng)) return;
		const metres = Math.max(Math.abs(lat), Math.abs(lng)) > 180;
		ctx.addIssue({
			code: 'custom',
			message: metres
				? `lat ${lat}・lng ${lng} はメートル単位（平面直角座標系など）の数のようです。緯度・経度（度）で書いてください（例: lat: 34.81、lng: 135.65）。地理院地図で場所を選ぶと緯度・経度がわかります`
				: inJapan(lng, lat)
					? '緯度（lat）と経度（lng）が逆になっています。lat は 20〜46 の間、lng は 122〜154 の間の数です'
					: '日本の外の位置になっています。緯度（lat）と経度（lng）を確かめてください',
		});
	});

/** Where it happens. */
export const place = z.strictObject({
	/** Name of the venue: 〇〇会館, 〇〇公民館. */
	name: line.describe('会場の名前'),
	/** Postal address, city included. */
	address: line.describe('住所（市区町村から番地まで）'),
	/** 郵便番号, optional. */
	postal_code: postalCode.optional().describe('郵便番号。例: 573-0027'),
	/** Position for the map. Optional, but entries without it cannot be shown on the map. */
	location: coordinates
		.optional()
		.describe('地図の位置（緯度 lat・経度 lng）。書くと地図と「現在地から探す」に出ます。地理院地図で調べられます'),
	/** How to get there: bus stop, landmarks. */
	access: line.optional().describe('行き方（バス停など）'),
});

/** An organisation's contact (never a private individual's home number or address). */
export const contact = z
	.strictObject({
		/** The organisation or office to ask, e.g. 〇〇校区社会福祉協議会 事務局. */
		name: line.describe('問い合わせ先（団体・窓口の名前）'),
		tel: phone.optional().describe('電話番号。市外局番からハイフンで区切って。例: 072-841-1221（個人の家の電話は書きません）'),
		fax: phone.optional().describe('FAX 番号。例: 072-841-1222'),
		email: text(true)
			.pipe(z.email({ error: 'メールアドレスの形が正しくありません' }))
			.optional()
			.describe('メールアドレス（団体・窓口のもの）'),
		url: webUrl.optional().describe('団体・窓口のホームページ（https:// から）'),
		/** When the phone is answered, e.g. 平日 9:00〜17:00. */
		hours: line.optional().describe('電話を受けられる時間'),
	})
	.refine((c) => c.tel !== undefined || c.email !== undefined || c.url !== undefined, {
		error: '連絡の方法（tel・email・url）を少なくとも1つ書いてください',
		path: ['tel'],
	});

/** Who runs it. */
export const provider = z.strictObject({
	name: line.describe('運営する団体の名前'),
	type: choice(PROVIDER_TYPES).describe('団体の種類'),
});

/** What it costs. amount 0 means free (無料). */
export const cost = z.strictObject({
	/** Yen. 0 = 無料. */
	amount: wholeNumber(0, '金額は 0 以上の整数（円）で書いてください（無料なら 0）').describe('金額（円）。無料なら 0'),
	/** The unit the amount is for: 1回, 1時間, 月. */
	per: line.optional().describe('何あたりの金額か（1回、1時間、月など）'),
	/** Anything else: お茶代を含みます, 材料費は別. */
	note: line.optional().describe('費用の補足（例: お茶とお菓子代、材料費は別）'),
});

export const status = choice(STATUSES).describe('いまの状況（活動中・休止中・終了）');
/** How last_confirmed was confirmed; optional (entries written before it existed have none). */
export const confirmedBy = choice(CONFIRMATION_METHODS)
	.optional()
	.describe('最終確認のしかた。本人 は運営する団体が自分で知らせてくれたとき（フォームなど）');
export const transport = choice(TRANSPORT_OPTIONS).describe('送迎');
export const accessibility = list(choice(ACCESSIBILITY_FEATURES), ACCESSIBILITY_FEATURES.length).describe('バリアフリーの情報');

/** An area id: the file name of an area in content/areas/ (checked against the areas that exist). */
export const areaId = z
	.string()
	.regex(/^[a-z0-9-]+$/, { error: '地域の id は content/areas/ にあるファイル名（英小文字）で書いてください' });
