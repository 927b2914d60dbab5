/**
 * 全国地方公共団体コード (JIS X 0402 with its check digit): 2 digits of the prefecture, 3 of the municipality and
 * a check digit. The check digit: multiply the five digits by 6, 5, 4, 3, 2, add, take the remainder by 11,
 * subtract it from 11 and keep the last digit (奈良県河合町 29427 → 294276, 東京都 13000 → 130001).
 * `npm run init-town` validates a code with it; `npm run import-areas` compares the 5-digit 行政区域コード of
 * 国土数値情報 files with the first five digits.
 */

export const PREFECTURES = [
	'北海道',
	'青森県',
	'岩手県',
	'宮城県',
	'秋田県',
	'山形県',
	'福島県',
	'茨城県',
	'栃木県',
	'群馬県',
	'埼玉県',
	'千葉県',
	'東京都',
	'神奈川県',
	'新潟県',
	'富山県',
	'石川県',
	'福井県',
	'山梨県',
	'長野県',
	'岐阜県',
	'静岡県',
	'愛知県',
	'三重県',
	'滋賀県',
	'京都府',
	'大阪府',
	'兵庫県',
	'奈良県',
	'和歌山県',
	'鳥取県',
	'島根県',
	'岡山県',
	'広島県',
	'山口県',
	'徳島県',
	'香川県',
	'愛媛県',
	'高知県',
	'福岡県',
	'佐賀県',
	'長崎県',
	'熊本県',
	'大分県',
	'宮崎県',
	'鹿児島県',
	'沖縄県',
] as const;

/** The check digit of a 5-digit code. */
export function checkDigit(five: string): number {
	const sum = [...five].reduce((s, d, i) => s + Number(d) * (6 - i), 0);
	return (11 - (sum % 11)) % 10;
}

export type CodeReading = { ok: true; code: string; completed: boolean } | { ok: false; problem: string };

/**
 * Reads what a person typed: 6 digits whose check digit is right, or 5 digits (the check digit is added).
 * Full-width digits and spaces are accepted. `prefecture`, when it is a real one, must match the first 2 digits.
 */
export function readMunicipalityCode(input: string, prefecture?: string): CodeReading {
	const digits = input.normalize('NFKC').replace(/[\s-]/g, '');
	if (!/^\d{5}(\d)?$/.test(digits))
		return { ok: false, problem: '6けた（または最後のけたを除いた5けた）の数字で書いてください（例: 奈良県河合町は 294276）' };
	const five = digits.slice(0, 5);
	const pref = Number(five.slice(0, 2));
	if (pref < 1 || pref > 47) return { ok: false, problem: `はじめの2けた「${five.slice(0, 2)}」は都道府県の番号（01〜47）ではありません` };
	if (five.slice(2) === '000')
		return { ok: false, problem: `${five.slice(0, 2)}000 は都道府県そのもののコードです。市区町村のコードを書いてください` };
	const expected = String(checkDigit(five));
	if (digits.length === 6 && digits[5] !== expected)
		return {
			ok: false,
			problem: `最後のけた（検査数字）が合いません。${five} なら ${five}${expected} です。打ちまちがいがないか確かめてください`,
		};
	const named = PREFECTURES[pref - 1]!;
	if (prefecture && (PREFECTURES as readonly string[]).includes(prefecture) && prefecture !== named) {
		return { ok: false, problem: `はじめの2けた「${five.slice(0, 2)}」は${named}の番号です（都道府県名は ${prefecture}）` };
	}
	return { ok: true, code: five + expected, completed: digits.length === 5 };
}

/** Whether a site.yaml code is a real one (not the sample's 000000 or a placeholder). */
export const isRealCode = (code: string | undefined): code is string => code !== undefined && readMunicipalityCode(code).ok;
