/**
 * Numbers written in kanji, the way residents and pages write them, folded to Arabic digits so that 百歳体操 and
 * 100歳体操, 三丁目 and 3丁目, 第二期 and 第2期 are the same words to the search. Only a number that counts
 * something is folded (one followed by a counter such as 歳・人・回・丁目, or following 第), so words that merely
 * contain a numeral character (統一, 千代田, 万一) stay as they are. Applied to the index and to the query alike
 * (src/lib/search/terms.ts); pages always show the text as written.
 */

const DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/**
 * The value of a number written in kanji, Arabic digits or a mix (百, 二十, 一〇〇, 1万, 三千五百), or undefined
 * when the text is not a number.
 */
export function numberValue(text: string): number | undefined {
	if (!/^[0-9〇零一二三四五六七八九十百千万]+$/u.test(text)) return undefined;
	// Written digit by digit (一〇〇, 二〇二六): positional.
	if (/^[〇零一二三四五六七八九0-9]+$/u.test(text)) return Number([...text].map((c) => DIGITS[c] ?? c).join(''));
	let total = 0;
	let section = 0;
	let pending: number | undefined;
	for (const match of text.matchAll(/[0-9]+|./gu)) {
		const c = match[0];
		if (/^[0-9]+$/.test(c)) pending = Number(c);
		else if (c in DIGITS) pending = DIGITS[c]!;
		else if (c in UNITS) {
			section += (pending ?? 1) * UNITS[c]!;
			pending = undefined;
		} else if (c === '万') {
			total += (section + (pending ?? 0) || 1) * 10_000;
			section = 0;
			pending = undefined;
		}
	}
	return total + section + (pending ?? 0);
}

/** Words that count: a number before one of these is a number. Longer first where they overlap. */
const COUNTERS = [
	'丁目',
	'周年',
	'歳',
	'才',
	'人',
	'回',
	'円',
	'時間',
	'時',
	'分',
	'日',
	'か月',
	'ヶ月',
	'ケ月',
	'カ月',
	'月',
	'年',
	'階',
	'番地',
	'番',
	'号',
	'名',
	'件',
	'度',
	'棟',
	'期',
	'組',
	'週',
	'世帯',
	'軒',
	'台',
	'個',
	'枚',
	'冊',
	'歩',
	'キロ',
	'km',
	'本',
];
const NUMBER = '[0-9〇零一二三四五六七八九十百千万]+';
const COUNTED = new RegExp(`(第)?(${NUMBER})(?=(${COUNTERS.join('|')}))|(第)(${NUMBER})`, 'gu');

/**
 * Kanji numbers that count something, as Arabic digits; 才 after a number as 歳 (100才 → 100歳).
 * Expects NFKC text (full-width digits already folded).
 */
export function foldNumerals(text: string): string {
	return text
		.replace(
			COUNTED,
			(
				whole,
				dai1: string | undefined,
				n1: string | undefined,
				_counter: string | undefined,
				dai2: string | undefined,
				n2: string | undefined,
			) => {
				const digits = n1 ?? n2 ?? '';
				if (!/[〇零一二三四五六七八九十百千万]/u.test(digits)) return whole;
				const value = numberValue(digits);
				return value === undefined ? whole : `${dai1 ?? dai2 ?? ''}${value}`;
			},
		)
		.replace(/([0-9])才/gu, '$1歳');
}
