/**
 * Warns when a meeting report or local issue seems to hold a private person's data: a phone number that is
 * no listed organisation's, an address down to the house number, or a name followed by さん or 様.
 * A warning, not an error: the coordinator reads the line and decides.
 */
import { normalizeJapaneseInput } from '../schemas/common.ts';
import { comparable } from './safety/text-policy.ts';

export interface PrivacyFinding {
	line: number;
	message: string;
}

/** Words that take さん/様 without naming anyone. */
const NOT_NAMES = new Set([
	'皆',
	'皆様',
	'各位',
	'利用者',
	'参加者',
	'住民',
	'患者',
	'家族',
	'客',
	'お客',
	'奥',
	'母',
	'父',
	'子',
	'息子',
	'娘',
	'嫁',
	'孫',
	'隣',
	'近所',
	'神',
	'仏',
	'王',
	'殿',
	'担当者',
	'関係者',
	'講師',
	'先生',
	'会員',
	'市民',
	'町民',
	'高齢者',
	'当事者',
	'相談者',
	'本人',
	'御本人',
	'ご本人',
	'地域の皆',
]);
const PHONE = /0\d{1,4}-\d{1,4}-\d{3,4}/g;
const HOUSE_NUMBER = /(?:\d+丁目\d+[-‐ー−－]\d+|[町目]\d+[-‐ー−－]\d+(?:[-‐ー−－]\d+)?|\d+番地?\d*号)/;
const HONORIFIC = /([一-龥々]{1,4}|[ァ-ヶー]{2,6})(さん|様)(?![子式々相態])/g;

export function findPrivateData(text: string, knownPhones: Pick<ReadonlySet<string>, 'has'>): PrivacyFinding[] {
	const findings: PrivacyFinding[] = [];
	text.split(/\r?\n/).forEach((raw, i) => {
		// As a reader sees it: NFKC, without zero-width or control characters that would split a name or a number.
		const line = normalizeJapaneseInput(comparable(raw));
		if (/^\s*#/.test(line)) return;
		for (const m of line.matchAll(PHONE)) {
			if (!knownPhones.has(m[0]))
				findings.push({
					line: i + 1,
					message: `電話番号 ${m[0]} は、このサイトの団体・窓口の番号ではありません。個人の電話番号なら消してください`,
				});
		}
		if (HOUSE_NUMBER.test(line))
			findings.push({
				line: i + 1,
				message: '番地まである住所が書かれています。個人のお宅の住所なら消してください（会場の住所なら問題ありません）',
			});
		for (const m of comparable(raw).matchAll(HONORIFIC)) {
			if (!NOT_NAMES.has(m[1]!))
				findings.push({
					line: i + 1,
					message: `「${m[0]}」は個人の名前ではありませんか。会議録と地域課題には、団体と役割だけを書いてください`,
				});
		}
	});
	return findings;
}
