import { describe, expect, test } from 'vitest';
import { chooseLayout } from './layouts.ts';

/** The header of the 子ども食堂・こどもの居場所 lists (文京区, tests/fixtures/import/kodomo-bunkyo.csv). */
const KODOMO =
	'全国地方公共団体コード,ID,都道府県,市区町村名,名称,名称_カナ,設置目的,実施支援の主な区分,住所,方書,緯度,経度,電話番号1,電話番号1_連絡先備考,電話番号2,電話番号2_連絡先備考,内線番号,FAX番号,URL,メールアドレス1,メールアドレス1_連絡先備考,メールアドレス2,メールアドレス2_連絡先備考,法人番号,運営団体名,開催頻度,開催曜日,開催日,開催開始時間,開催終了時間,開催日時特記事項,参加条件,参加費_幼児,参加費_小学生,参加費_中学生,参加費_高校生,参加費_大人,参加費特記事項,予約方法,予約特記事項,定員,フードパントリー実施,テイクアウト実施,学区,ネットワークの加入,追加情報NO,画像,画像_ライセンス,備考'.split(
		',',
	);

describe('evidence before layout', () => {
	test('the 49-column 子ども食堂 layout is chosen by its own columns, not read as an イベント一覧 or 公共施設一覧', () => {
		expect(KODOMO).toHaveLength(49);
		const c = chooseLayout(KODOMO);
		expect(c.layout).toBe('kodomo');
		expect(c.reason).toContain('開催頻度');
	});
	test('one 開催日 column no longer makes an イベント一覧; a code column alone no longer makes a 公共施設一覧', () => {
		expect(chooseLayout(['名称', '開催日', 'Label', 'Owner', 'Type']).layout).toBeUndefined();
		expect(chooseLayout(['全国地方公共団体コード', '名称', 'x1', 'x2', 'x3']).layout).toBeUndefined();
	});
	test('when no layout fits, the columns recognised and not are given; --layout decides', () => {
		const c = chooseLayout(['名称', '住所', 'Label:', 'Owner:', 'Type:', '選挙区']);
		expect(c).toMatchObject({ layout: undefined, recognised: ['名称', '住所'], unrecognised: ['Label:', 'Owner:', 'Type:', '選挙区'] });
		expect(chooseLayout(['名称', '住所', 'Label:'], undefined, 'custom')).toEqual({
			layout: 'custom',
			reason: '--layout custom で指定されました',
		});
	});
});
