/**
 * One cell to one field value, by the schema's own rules where it has one (phone, postal code, web address, e-mail,
 * date): what the schema would refuse is not written, and the caller keeps the cell as written. Pure.
 */
import { isoDate, normalizeJapaneseInput, phone, postalCode, webUrl } from '../../schemas/common.ts';
import { z } from '../../schemas/zod.ts';
import { LIMITS } from '../safety/limits.ts';
import { eraYear } from '../japanese.ts';
import { FREQUENCY_CODES } from './hours.ts';
import { PROVIDER_TYPES, type ProviderType, type SalonCategory } from '../../schemas/taxonomy.ts';

export const oneLine = (s: string) =>
	s
		.replace(/\s*[\r\n]+\s*/g, ' ')
		.replace(/[ \t]+/g, ' ')
		.trim();
export const fitsLine = (s: string) => s.length > 0 && s.length <= LIMITS.lineChars;

/** A phone number as the schema takes it (072-841-1221); (0776)72-0007 is read as 0776-72-0007. */
export function readPhone(value: string): string | undefined {
	const v = normalizeJapaneseInput(value)
		.replace(/^[(（](0\d{1,4})[)）]/, '$1-')
		.replace(/[()（）]/g, '-')
		.replace(/--+/g, '-');
	const r = phone.safeParse(v);
	return r.success ? r.data : undefined;
}

export function readPostal(value: string): string | undefined {
	const digits = normalizeJapaneseInput(value).replace(/\D/g, '');
	const r = postalCode.safeParse(digits.length === 7 ? `${digits.slice(0, 3)}-${digits.slice(3)}` : value);
	return r.success ? r.data : undefined;
}

const emailRule = z.email();
export function readEmail(value: string): string | undefined {
	const v = value.trim();
	return emailRule.safeParse(v).success ? v : undefined;
}

export function readUrl(value: string): string | undefined {
	const r = webUrl.safeParse(value.trim());
	return r.success ? r.data : undefined;
}

/** 2026-06-30, 2026/6/30, 2026年6月30日, 令和8年6月30日, R8.6.30 as ISO (a real day, as isoDate takes it), or undefined. */
export function readDate(value: string): string | undefined {
	const t = normalizeJapaneseInput(value).replace(/\s+/g, '');
	let ymd: [number, number, number] | undefined;
	const western = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?/.exec(t);
	if (western) ymd = [Number(western[1]), Number(western[2]), Number(western[3])];
	const era = ymd ? null : /^(令和|R|平成|H)(\d{1,2}|元)[年.](\d{1,2})[月.](\d{1,2})日?/i.exec(t);
	if (era) ymd = [eraYear(era[1]!, era[2]!)!, Number(era[3]), Number(era[4])];
	if (!ymd) return undefined;
	const iso = `${ymd[0]}-${String(ymd[1]).padStart(2, '0')}-${String(ymd[2]).padStart(2, '0')}`;
	const r = isoDate.safeParse(iso);
	return r.success ? r.data : undefined;
}

/** 費用 as the site writes it (formatCost: 「1回100円（お茶代）」「無料（…）」) or as cities do (「無料」「500円」). */
export function readCost(text: string): { amount: number; per?: string; note?: string } | undefined {
	const t = oneLine(text);
	if (!t || !fitsLine(t)) return undefined;
	const free = /^(?:無料|無償|0円|なし)(?:[（(](.*)[）)])?$/.exec(t);
	if (free) return { amount: 0, ...(free[1] ? { note: free[1] } : {}) };
	const priced = /^([^（(]{0,6}?)([0-9０-９][0-9０-９,，]*)円(?:[（(](.*)[）)])?$/.exec(t);
	if (priced) {
		const amount = Number(priced[2]!.normalize('NFKC').replace(/,/g, ''));
		return { amount, ...(priced[1] ? { per: priced[1] } : {}), ...(priced[3] ? { note: priced[3] } : {}) };
	}
	const yen = t.normalize('NFKC').match(/\d[\d,]*\s*円/g) ?? [];
	if (/^(無料|無償)/.test(t) && !yen.some((y) => /[1-9]/.test(y))) return { amount: 0, note: t };
	if (yen.length === 1) return { amount: Number(yen[0]!.replace(/[^\d]/g, '')), note: t };
	return undefined;
}

/** A salon's category from the words of its own name and activity, or undefined when they name none. */
export function categoryOf(words: string): SalonCategory | undefined {
	if (/体操|運動|ウォーキング|ヨガ|ストレッチ/.test(words)) return '体操・通いの場';
	if (/カフェ|喫茶/.test(words)) return 'カフェ';
	if (/食事|会食|ランチ|食堂/.test(words)) return '食事会';
	if (/茶話/.test(words)) return '茶話会';
	if (/趣味|教室|講座|囲碁|将棋|手芸|書道|歌|麻雀/.test(words)) return '趣味・学びの会';
	if (/サロン/.test(words)) return 'いきいきサロン';
	return undefined;
}

/**
 * The kind of group a provider is, from a 設置主体-like column (its value one of the kinds, or a word for one) or
 * from what its own name says (社会福祉協議会, NPO法人, 株式会社 …); undefined when neither says.
 */
export function providerTypeOf(text: string): ProviderType | undefined {
	const t = text.normalize('NFKC').trim();
	if ((PROVIDER_TYPES as readonly string[]).includes(t)) return t as ProviderType;
	if (/社会福祉協議会|社協/.test(t)) return /校区|地区/.test(t) ? '校区社協' : '社会福祉協議会';
	if (/地域包括支援センター/.test(t)) return '地域包括支援センター';
	if (/社会福祉法人/.test(t)) return '社会福祉法人';
	if (/NPO|特定非営利活動法人/i.test(t)) return 'NPO';
	if (/協同組合|生協|農協|JA/.test(t)) return '協同組合';
	if (/株式会社|有限会社|合同会社|\(株\)|\(有\)/.test(t)) return '民間企業';
	if (/医療法人|病院|診療所|クリニック/.test(t)) return '医療機関';
	if (/自治会|町内会|町会/.test(t)) return '自治会';
	if (/老人クラブ|シニアクラブ/.test(t)) return '老人クラブ';
	if (/^[^ ]{1,8}[都道府県市区町村](役所|役場)?$|[都道府県市区町村]立|課$|局$/.test(t)) return '行政';
	if (/ボランティア/.test(t)) return 'ボランティア団体';
	return undefined;
}

/** 開催頻度 as the 子ども食堂 layout codes it (1–8, hours.ts's table), in words; other text as written. */
export function frequencyWords(value: string): string {
	const t = value.normalize('NFKC').trim();
	return Object.hasOwn(FREQUENCY_CODES, t) ? FREQUENCY_CODES[t]!.words : value.trim();
}
