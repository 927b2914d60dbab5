/**
 * Readings to ids: katakana → hiragana, and hiragana → Hepburn romaji the way Japanese place names are written
 * in ASCII without macrons (ちゅうおう → chuo, とうきょう → tokyo, おおの → ono, なんぶ → nanbu, がっこう → gakko,
 * しんおおさか → shin-osaka). Pure functions, used for area file names.
 */

import { katakanaToHiragana } from '../../japanese.ts';

const BASE: Record<string, string> = {
	あ: 'a',
	い: 'i',
	う: 'u',
	え: 'e',
	お: 'o',
	か: 'ka',
	き: 'ki',
	く: 'ku',
	け: 'ke',
	こ: 'ko',
	さ: 'sa',
	し: 'shi',
	す: 'su',
	せ: 'se',
	そ: 'so',
	た: 'ta',
	ち: 'chi',
	つ: 'tsu',
	て: 'te',
	と: 'to',
	な: 'na',
	に: 'ni',
	ぬ: 'nu',
	ね: 'ne',
	の: 'no',
	は: 'ha',
	ひ: 'hi',
	ふ: 'fu',
	へ: 'he',
	ほ: 'ho',
	ま: 'ma',
	み: 'mi',
	む: 'mu',
	め: 'me',
	も: 'mo',
	や: 'ya',
	ゆ: 'yu',
	よ: 'yo',
	ら: 'ra',
	り: 'ri',
	る: 'ru',
	れ: 're',
	ろ: 'ro',
	わ: 'wa',
	ゐ: 'i',
	ゑ: 'e',
	を: 'o',
	が: 'ga',
	ぎ: 'gi',
	ぐ: 'gu',
	げ: 'ge',
	ご: 'go',
	ざ: 'za',
	じ: 'ji',
	ず: 'zu',
	ぜ: 'ze',
	ぞ: 'zo',
	だ: 'da',
	ぢ: 'ji',
	づ: 'zu',
	で: 'de',
	ど: 'do',
	ば: 'ba',
	び: 'bi',
	ぶ: 'bu',
	べ: 'be',
	ぼ: 'bo',
	ぱ: 'pa',
	ぴ: 'pi',
	ぷ: 'pu',
	ぺ: 'pe',
	ぽ: 'po',
	ゔ: 'vu',
	// Small kana standing alone.
	ぁ: 'a',
	ぃ: 'i',
	ぅ: 'u',
	ぇ: 'e',
	ぉ: 'o',
	ゃ: 'ya',
	ゅ: 'yu',
	ょ: 'yo',
	ゎ: 'wa',
	ゕ: 'ka',
	ゖ: 'ke',
};
const SMALL_Y: Record<string, string> = { ゃ: 'a', ゅ: 'u', ょ: 'o' };
const SMALL_VOWEL: Record<string, string> = { ぁ: 'a', ぃ: 'i', ぅ: 'u', ぇ: 'e', ぉ: 'o' };
const VOWELS = new Set(['a', 'i', 'u', 'e', 'o']);

/** Syllables: each kana with any small kana that follows it, as romaji. */
function syllables(hiragana: string): { kana: string; roma: string }[] {
	const out: { kana: string; roma: string }[] = [];
	const chars = [...hiragana];
	for (let i = 0; i < chars.length; i++) {
		const c = chars[i]!;
		const next = chars[i + 1];
		let roma = BASE[c];
		if (roma === undefined) {
			out.push({ kana: c, roma: '' });
			continue;
		}
		if (next && SMALL_Y[next] && roma.endsWith('i') && roma.length > 1) {
			// きゃ kya, しゃ sha, ちゃ cha, じゃ ja
			roma = /^(sh|ch|j)i$/.test(roma) ? roma.slice(0, -1) + SMALL_Y[next] : roma.slice(0, -1) + 'y' + SMALL_Y[next];
			out.push({ kana: c + next, roma });
			i++;
			continue;
		}
		if (next && SMALL_VOWEL[next] && c !== next) {
			// ふぁ fa, てぃ ti, うぃ wi, しぇ she, ゔぁ va
			const v = SMALL_VOWEL[next];
			roma = roma === 'u' ? 'w' + v : /^(sh|ch|j)i$/.test(roma) ? roma.slice(0, -1) + v : roma === 'vu' ? 'v' + v : roma.slice(0, -1) + v;
			out.push({ kana: c + next, roma });
			i++;
			continue;
		}
		out.push({ kana: c, roma });
	}
	return out;
}

/**
 * Hiragana (or katakana) to Hepburn romaji without macrons: long vowels おう・おお・うう are written once, ー is
 * dropped, っ doubles the next consonant (っち → tchi), ん before a vowel or y is written n- (しんおおさか →
 * shin-osaka). Spaces and ・ become hyphens; ASCII letters and digits are kept; anything else is dropped.
 */
export function romanize(text: string): string {
	const parts = syllables(katakanaToHiragana(text.normalize('NFKC')));
	let out = '';
	let geminate = false;
	let lastVowel = '';
	for (let i = 0; i < parts.length; i++) {
		const { kana, roma } = parts[i]!;
		if (kana === 'っ' || kana === 'ッ') {
			geminate = true;
			continue;
		}
		if (kana === 'ん') {
			const following = parts[i + 1]?.roma ?? '';
			out += VOWELS.has(following[0] ?? '') || following.startsWith('y') ? 'n-' : 'n';
			lastVowel = '';
			geminate = false;
			continue;
		}
		if (kana === 'ー') continue;
		if (!roma) {
			if (/[\s・　]/.test(kana)) out += '-';
			else if (/[a-z0-9]/i.test(kana)) out += kana.toLowerCase();
			lastVowel = '';
			geminate = false;
			continue;
		}
		// Long vowels: おう → o, おお → o, うう → u (a bare う or お after a syllable ending in o or u).
		if ((kana === 'う' && (lastVowel === 'o' || lastVowel === 'u')) || (kana === 'お' && lastVowel === 'o')) {
			lastVowel = '';
			continue;
		}
		let syllable = roma;
		if (geminate && !VOWELS.has(roma[0]!)) syllable = (roma.startsWith('ch') ? 't' : roma[0]) + roma;
		geminate = false;
		out += syllable;
		lastVowel = roma.at(-1)!;
	}
	return out;
}

/** Lowercase ASCII letters, digits and single hyphens, as area file names must be. */
export function slugify(text: string): string {
	return text
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/** Endings of an area's name and their readings, dropped from the reading before it becomes an id. */
const NAME_ENDINGS: [string, string[]][] = [
	['小学校区', ['しょうがっこうく']],
	['中学校区', ['ちゅうがっこうく']],
	['義務教育学校区', ['ぎむきょういくがっこうく']],
	['小学校', ['しょうがっこう']],
	['中学校', ['ちゅうがっこう']],
	['校区', ['こうく']],
	['学区', ['がっく']],
	['地区', ['ちく']],
	['圏域', ['けんいき']],
	['区', ['く']],
	['市', ['し']],
	['町', ['ちょう', 'まち']],
	['村', ['むら', 'そん']],
];

/**
 * An id from an area's reading: the reading of the name's ending (小学校区, 区, 町 …) is dropped, so
 * 「青葉小学校区」「あおばしょうがっこうく」 gives aoba and 「淀川区」「よどがわく」 gives yodogawa.
 */
export function idFromYomi(yomi: string, name = ''): string {
	let reading = katakanaToHiragana(yomi.normalize('NFKC'))
		.replace(/[\s　]+/g, ' ')
		.trim();
	for (const [ending, readings] of NAME_ENDINGS) {
		if (!name.endsWith(ending)) continue;
		const r = readings.find((x) => reading.endsWith(x) && reading.length > x.length);
		if (r) {
			reading = reading.slice(0, -r.length).trim();
			break;
		}
	}
	return slugify(romanize(reading));
}

/** Short ASCII words for the levels, for ids such as koku-3 when there is no reading. */
export const LEVEL_SLUGS: Record<string, string> = {
	市: 'shi',
	町: 'cho',
	村: 'son',
	区: 'ku',
	圏域: 'ken-iki',
	校区: 'koku',
	地区: 'chiku',
	小学校区: 'shogakkoku',
	中学校区: 'chugakkoku',
	日常生活圏域: 'seikatsuken',
};
