/**
 * Fields every directory listing shares (salons and resources): what a resident needs to decide whether
 * to go and whom to call. Each collection extends these with its own fields.
 */
import { z } from './zod.ts';
import {
	accessibility,
	choice,
	confirmedBy,
	contact,
	cost,
	isoDate,
	line,
	list,
	provider,
	status,
	transport,
	webUrl,
	yomi,
} from './common.ts';
import { ACTIVITY_FIELD_VALUES, SERVICE_CLASS_VALUES } from './taxonomy.ts';

export const listingFields = {
	/** The name residents know it by. */
	name: line.describe('名前'),
	/** Reading in hiragana, for 五十音順 and search. */
	yomi: yomi.describe('よみがな（ひらがな）'),
	/** One or two sentences: what happens there. */
	summary: line.describe('どんなことをしているか（1〜2文）'),
	/** Who it is for (対象): 概ね65歳以上の方, どなたでも. */
	target: line.describe('対象（どなたでも、65歳以上の方 など）'),
	/** The six activity fields it belongs to (at least one). */
	fields: list(choice(ACTIVITY_FIELD_VALUES)).min(1, { error: '活動分野（fields）を1つ以上書いてください' }).describe('活動分野'),
	/** The guideline's service class ①–⑥. */
	service_class: choice(SERVICE_CLASS_VALUES).describe('サービスの分類（①〜⑥）'),
	provider: provider.describe('運営'),
	cost: cost.optional().describe('費用（なければ「問い合わせ」と表示）'),
	transport: transport.optional(),
	accessibility: accessibility.optional(),
	contact: contact.describe('問い合わせ先'),
	/** How to join or apply: 当日直接お越しください, 事前に電話で申し込み. */
	how_to_apply: line.describe('参加・利用のしかた'),
	/** Official page, if any. */
	url: webUrl.optional().describe('くわしいページのアドレス（https:// から）'),
	/** The day someone last confirmed this information with the organiser (最終確認日). */
	last_confirmed: isoDate.describe('最終確認日'),
	confirmed_by: confirmedBy,
	status: status,
	/**
	 * Where an imported entry came from: the dataset and the row's own id in it (NO, ID), so importing a newer version
	 * of the same file updates this entry instead of adding a twin. Written by npm run import.
	 */
	source: z
		.strictObject({
			dataset: line.describe('取りこみ元のデータの名前（例: 高松市 公共施設一覧）'),
			id: line.describe('取りこみ元での番号・ID'),
			url: webUrl.optional().describe('取りこみ元のデータのページ'),
			/**
			 * A fingerprint of what the import wrote (front matter without `source`, and the body). When the entry no longer
			 * matches it, a person has edited it, and the next import leaves it alone unless --force names it.
			 */
			digest: z
				.string()
				.regex(/^[0-9a-f]{16}$/, { error: 'digest は npm run import が書く16けたの印です。手で書かないでください' })
				.optional()
				.describe('取りこみが書いた内容の印（npm run import が書きます。手で直さないでください）'),
		})
		.optional()
		.describe('取りこみ元（npm run import が書きます）'),
};
