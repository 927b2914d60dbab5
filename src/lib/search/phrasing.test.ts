import { describe, expect, test } from 'vitest';
import { looseWords, splitAtParticles, strictWords, withoutEnding } from './phrasing.ts';

describe('requests and questions at the end are left out', () => {
	test.each([
		['体操したい', '体操'],
		['たいそうしたい', 'たいそう'],
		['話し相手がほしい', '話し相手'],
		['話し相手が欲しいです', '話し相手'],
		['ゴミ出しを手伝ってほしい', 'ゴミ出し'],
		['草むしりをしてくれる人', '草むしり'],
		['買い物をお願いしたい', '買い物'],
		['雪かきを頼みたい', '雪かき'],
		['サロンはどこ', 'サロン'],
		['体操教室はありますか', '体操教室'],
		['配食サービスを探しています', '配食サービス'],
		['しょくじかいにいきたい', 'しょくじかい'],
		['物忘れが心配', '物忘れ'],
		['認知症について知りたい', '認知症'],
		['囲碁がしたいです', '囲碁'],
		['歌いたい', '歌い'],
	])('%s → %s', (typed, word) => {
		expect(strictWords(typed)).toEqual([word]);
	});
	test('words that end like a request but are not one stay whole', () => {
		for (const w of ['たいそう', 'はいしょく', 'みまもりたい', 'ちょこっとたすけたい', 'おてつだい', 'いきいき'])
			expect(withoutEnding(w)).toBe(w);
	});
	test('known words joined by の are separate words; a known word with の stays whole', () => {
		expect(strictWords('一人暮らしの見守り')).toEqual(['一人暮らし', '見守り']);
		expect(strictWords('認知症の相談')).toEqual(['認知症', '相談']);
		expect(strictWords('通いの場')).toEqual(['通いの場']);
		expect(strictWords('男の料理')).toEqual(['男の料理']);
		expect(strictWords('青葉の里')).toEqual(['青葉の里']);
	});
	test('spaces, full-width spaces, 、 and ・ separate words; each word once; an ending alone is nothing', () => {
		expect(strictWords('青葉　体操、無料・体操')).toEqual(['青葉', '体操', '無料']);
		expect(strictWords('したい')).toEqual([]);
		expect(strictWords('  ')).toEqual([]);
	});
});

describe('the looser reading splits a sentence at its particles', () => {
	test.each([
		['一人暮らしの見守り', ['一人暮らし', '見守り']],
		['青葉で体操', ['青葉', '体操']],
		['青葉の体操', ['青葉', '体操']],
		['腰が痛い', ['腰']],
		['膝が痛くて歩けない', ['膝']],
		['病院に連れて行ってほしい', ['病院']],
		['買い物に行けない', ['買い物']],
		['足が悪くて買い物に行けない', ['買い物']],
		['一人暮らしの母が心配', ['一人暮らし']],
		['家の電球を替えてほしい', ['電球']],
		['お弁当を届けてほしい', ['お弁当', '届けて']],
		['夕飯を届けてほしい', ['夕飯', '届けて']],
		['ゴミ出しが大変', ['ゴミ出し']],
		['登下校の見守り', ['登下校', '見守り']],
		['歌いたい', ['歌']],
	])('%s → %j', (typed, words) => {
		expect(
			looseWords(typed)
				.filter((w) => !w.optional)
				.map((w) => w.text),
		).toEqual(words);
	});
	test('never inside a known word or a hiragana word', () => {
		expect(splitAtParticles('もの忘れ')).toEqual(['もの忘れ']);
		expect(splitAtParticles('はいしょく')).toEqual(['はいしょく']);
		expect(splitAtParticles('通いの場')).toEqual(['通いの場']);
		expect(splitAtParticles('にんちしょう')).toEqual(['にんちしょう']);
	});
	test('a helper word lifts pages but is optional', () => {
		expect(looseWords('電話で話せる相手がほしい')).toEqual(
			expect.arrayContaining([
				{ text: '電話', optional: false },
				{ text: '相手', optional: true },
			]),
		);
		expect(looseWords('書道教室', true)).toEqual([
			{ text: '書道', optional: false },
			{ text: '教室', optional: true },
		]);
		expect(looseWords('書道教室')).toEqual([{ text: '書道教室', optional: false }]);
		expect(looseWords('ごみだしてつだって', true)).toEqual([{ text: 'ごみだし', optional: false }]);
		expect(looseWords('電話で話したい')).toEqual([
			{ text: '電話', optional: false },
			{ text: '話', optional: true },
		]);
	});
	test('when every word only helps, they are all required', () => {
		expect(looseWords('母が心配')).toEqual([{ text: '母', optional: false }]);
	});
});
