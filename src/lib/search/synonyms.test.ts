import { describe, expect, test } from 'vitest';
import { finds } from './simulate.ts';
import { groupOf, groupsIn, nameWordsFor, parseGroup, synonymsFor, wordForReading, WORD_GROUPS } from './synonyms.ts';
import { normalizeForSearch } from './terms.ts';

const HIRAGANA = /^[ぁ-ゖー]+$/u;
/** A page that writes a word, as a page would. */
const page = (word: string) => `ひだまり市の住民による${word}の活動です。月に2回、集会所で行っています。`;

describe('each word group', () => {
	test.each(WORD_GROUPS.map((g) => [g.word.text, g] as const))('%s', (_, g) => {
		for (const f of [...g.forms, ...g.foundBy]) {
			// Readings are hiragana (a number reads as itself).
			expect(HIRAGANA.test(f.yomi) || /^[0-9]+$/.test(f.yomi), `${f.text} のよみ「${f.yomi}」`).toBe(true);
		}
		for (const f of g.forms) {
			// A form is looked for anywhere in a page: two characters at least, or one kanji (腰, 膝).
			expect([...f.text].length >= 2 || /^\p{Script=Han}$/u.test(f.text), f.text).toBe(true);
			// Whichever way a page writes it, every way to say it finds the page, and so does its reading.
			for (const other of g.forms) {
				expect(finds(page(other.text), f.text), `「${f.text}」で「${other.text}」のページ`).toBe(true);
				expect(finds(page(other.text), f.yomi), `「${f.yomi}」で「${other.text}」のページ`).toBe(true);
			}
		}
		// The words after > find the group's pages.
		for (const w of g.foundBy) {
			expect(finds(page(g.word.text), w.text), `「${w.text}」で「${g.word.text}」のページ`).toBe(true);
			expect(finds(page(g.word.text), w.yomi), `「${w.yomi}」で「${g.word.text}」のページ`).toBe(true);
		}
	});
});

describe('the words residents use find what pages write', () => {
	test.each([
		['草むしり', '草刈り'],
		['草取り', '草刈り'],
		['くさむしり', '草刈り'],
		['腰痛', 'ひざ・腰らくらく体操'],
		['ようつう', '腰の体操'],
		['グランドゴルフ', 'グラウンド・ゴルフ'],
		['ぐらんどごるふ', 'グラウンド・ゴルフ'],
		['物忘れ', '認知症カフェ'],
		['ものわすれ', '認知症'],
		['100歳体操', 'いきいき百歳体操'],
		['百歳体操', '100歳体操の会'],
		['ひゃくさいたいそう', 'いきいき百歳体操'],
		['お弁当', '配食サービス'],
		['おべんとう', '配食'],
		['送り迎え', '送迎あり'],
		['ごみだし', 'ゴミ出し'],
		['見回り', '見守り'],
		['雪下ろし', '雪かき'],
		['買い物', '移動販売'],
		['運動', '体操'],
		['筋トレ', '体操'],
		['居場所', 'いきいきサロン'],
		['話し相手', '傾聴ボランティア'],
		['一人暮らし', '見守り'],
		['電球', '電球交換'],
		['通院', '通院の付き添い'],
		['病院', '通院'],
		['家事', '家事援助'],
		['掃除', '家事援助'],
		['スマートフォン', 'スマホ教室'],
		['ｽﾏﾎ', 'スマホ教室'],
		['にんちしょう', 'オレンジカフェ'],
	])('「%s」 finds a page about %s', (query, written) => {
		expect(finds(page(written), query)).toBe(true);
	});
	test.each([
		['たいそう', '見守りあいさつ運動'],
		['草刈り', '家庭の事情'],
		['買い物', 'お弁当の配達'],
		['新幹線', '新千歳空港'],
		['体操', 'ゲートボールの会'],
		['移動販売', '買い物ツアー'],
	])('「%s」 does not find a page about %s', (query, written) => {
		expect(finds(page(written), query)).toBe(false);
	});
});

describe('names and readings', () => {
	test('the other forms and readings of the words in a name count as its name', () => {
		expect(nameWordsFor('青葉台 いきいき百歳体操')).toEqual(
			expect.arrayContaining(['たいそう', 'ひゃくさいたいそう', 'いきいき', '生き生き']),
		);
		expect(nameWordsFor('ひだまり市 配食サービス')).toEqual(expect.arrayContaining(['おべんとう', 'お弁当']));
		expect(nameWordsFor('買い物の付き添い')).toEqual(expect.arrayContaining(['買物', 'かいもの', '付添い']));
	});
	test('words that also find a group do not count as its name (運動 is not 体操, 見守り is not 安否確認)', () => {
		expect(nameWordsFor('栄町マンション 見守りあいさつ運動')).not.toContain('たいそう');
		expect(nameWordsFor('青葉小 登下校見守り隊')).not.toContain('安否確認');
	});
	test('a short reading is searched as the word it reads', () => {
		expect(wordForReading('いご')).toBe('囲碁');
		expect(wordForReading('かじ')).toBe('家事');
		expect(wordForReading('ひざ')).toBe('膝');
		expect(wordForReading('ぬ')).toBeUndefined();
	});
	test('a group is found by any of its forms, also inside a longer word, and by numbers either way', () => {
		expect(groupsIn('いきいき百歳体操').map((g) => g.word.text)).toEqual(expect.arrayContaining(['百歳体操', '体操', '生き生き']));
		expect(groupOf('100歳体操')?.word.text).toBe('百歳体操');
		expect(synonymsFor('草取りをしています')).toEqual(expect.arrayContaining(['草刈り', 'くさかり', '草むしり']));
	});
	test('the list explains a mistake in a line', () => {
		expect(() => parseGroup('草刈り')).toThrow('よみがな');
		expect(() => parseGroup('草刈り くさかり かり')).toThrow('ことば よみ');
		expect(parseGroup('サロン | いきいきサロン > 居場所 いばしょ').forms.map((f) => f.yomi)).toEqual(['さろん', 'いきいきさろん']);
	});
	test('no two groups share a form', () => {
		const seen = new Map<string, string>();
		for (const g of WORD_GROUPS) {
			for (const f of new Set(g.forms.map((x) => normalizeForSearch(x.text)))) {
				expect(seen.get(f), `${f}: ${seen.get(f)} / ${g.word.text}`).toBeUndefined();
				seen.set(f, g.word.text);
			}
		}
	});
	test('the list is substantial', () => {
		expect(WORD_GROUPS.length).toBeGreaterThanOrEqual(100);
	});
});
