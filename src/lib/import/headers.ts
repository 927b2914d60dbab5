/**
 * Column headers as municipalities write them, matched to what the importer reads. The legacy 推奨データセット
 * (都道府県コード又は市区町村コード, NO, 利用可能日時特記事項), the current 自治体標準オープンデータセット
 * (全国地方公共団体コード, ID, 所在地_連結表記, 利用可能時間特記事項), English property names (高松市:
 * `#property,latitude,longitude,name,…,availableDateNote`), the MHLW 通いの場 layout and cities' own words
 * (施設名, 問い合わせ先, 開館時間) all land on the same source fields. Headers are compared after NFKC, without
 * spaces or line breaks, with every dash folded to one, case-insensitively.
 */

/** What a column holds, for the importer. `admin` columns repeat what site.yaml says and are not kept. */
export const SOURCE_FIELDS = {
	id: { label: '番号・ID（同じ行を見分けます）', aliases: ['NO', 'No', 'No.', 'ID', '№', '#property', '番号', 'source.id'] },
	code: {
		label: '地方公共団体コード',
		admin: true,
		aliases: [
			'都道府県コード又は市区町村コード',
			'全国地方公共団体コード',
			'市区町村コード',
			'都道府県コード',
			'所在地_全国地方公共団体コード',
			'prefCode',
			'町字ID',
		],
	},
	prefecture: { label: '都道府県名', admin: true, aliases: ['都道府県名', '都道府県', '所在地_都道府県', 'pref'] },
	municipality: { label: '市区町村名', admin: true, aliases: ['市区町村名', '地方公共団体名', '所在地_市区町村', 'city'] },
	registry: {
		label: '法人番号・POIコードなどの番号',
		admin: true,
		aliases: ['法人番号', '法人番号の有無', 'POIコード', '画像_ライセンス', '高度の種別', '高度の値', 'identification'],
	},
	name: {
		label: '名前',
		aliases: [
			'名称',
			'施設名',
			'施設名称',
			'名前',
			'name',
			'行事名',
			'イベント名',
			'事業名',
			'登録施設名',
			'店名',
			'サロン名',
			'団体・サロン名',
			'会の名前',
		],
	},
	yomi: {
		label: 'よみがな',
		aliases: [
			'名称_カナ',
			'名称(ふりがな)',
			'名称ふりがな',
			'ふりがな',
			'よみがな',
			'フリガナ',
			'カナ',
			'施設名カナ',
			'名称カナ',
			'イベント名_カナ',
			'fullNameInKana',
			'yomi',
		],
	},
	alias: { label: '通称', aliases: ['名称_通称', '通称', '愛称', 'nickname', 'alternativeName'] },
	venue: { label: '会場の名前', aliases: ['場所名称', '会場', '会場名', '開催場所', '実施場所', '集合場所', 'place.name'] },
	address: {
		label: '住所',
		aliases: [
			'住所',
			'所在地',
			'所在地_連結表記',
			'所在地(都道府県から番地まで)',
			'住所(番地まで)',
			'住所(位置情報)',
			'address',
			'place.address',
		],
	},
	building: { label: '方書（建物名・部屋）', aliases: ['方書', '建物名等(方書)', '所在地(建物名・部屋番号等)', '建物名', 'katagaki'] },
	postal_code: { label: '郵便番号', aliases: ['郵便番号', '〒', 'postalCode', 'place.postal_code'] },
	lat: { label: '緯度', aliases: ['緯度', 'latitude', 'lat'] },
	lng: { label: '経度', aliases: ['経度', 'longitude', 'lng', 'lon'] },
	tel: {
		label: '電話番号',
		aliases: ['電話番号', '電話番号1', '電話', 'TEL', '連絡先電話番号', '施設電話番号', 'telephoneNumber', 'contact.tel'],
	},
	fax: { label: 'FAX 番号', aliases: ['FAX番号', 'FAX', 'faxNumber', 'contact.fax'] },
	email: {
		label: 'メールアドレス',
		aliases: ['連絡先メールアドレス', 'メールアドレス', 'メールアドレス1', 'メール', 'email', 'contact.email'],
	},
	form_url: { label: '問い合わせフォームのアドレス', aliases: ['連絡先FormURL', '問い合わせフォーム'] },
	contact: {
		label: '問い合わせ先',
		aliases: [
			'連絡先名称',
			'問い合わせ先',
			'問い合わせ先(市の担当課)',
			'問合せ先',
			'お問合せ先',
			'問い合わせ窓口',
			'担当課',
			'contact.name',
		],
	},
	provider: {
		label: '運営する団体',
		aliases: [
			'運営団体名',
			'団体名',
			'法人名称',
			'法人名',
			'主催者',
			'主催',
			'設置者',
			'運営主体',
			'運営団体',
			'管理者',
			'施設管理者名',
			'provider',
			'provider.name',
		],
	},
	provider_type: { label: '運営する団体の種類', aliases: ['設置主体', '運営主体種別', '団体の種類', '団体種別', 'provider.type'] },
	frequency: { label: '開催頻度', aliases: ['開催頻度', '実施頻度', '頻度'] },
	days: { label: '曜日', aliases: ['利用可能曜日', '開館曜日', '実施曜日', '開催曜日', '曜日', 'availableDate'] },
	start: { label: '始まる時刻', aliases: ['開始時間', '開催開始時間', '開始時刻', '利用開始時間', 'startTime'] },
	end: { label: '終わる時刻', aliases: ['終了時間', '開催終了時間', '終了時刻', '利用終了時間', 'endTime'] },
	hours: {
		label: '日時の書き方（特記事項）',
		aliases: [
			'利用可能日時特記事項',
			'開催日時特記事項',
			'利用可能時間特記事項',
			'開館時間',
			'営業時間',
			'利用時間',
			'提供時間',
			'開催日時',
			'日時',
			'特記事項',
			'availableDateNote',
			'schedule.note',
		],
	},
	closed: { label: '休み（定休日・休館日）', aliases: ['定休日', '休館日', '休業日', '休み', 'closingDay'] },
	dates: { label: '開催日', aliases: ['開催日', '開始日', '実施日', '開催期間'] },
	until: { label: '終わる日', aliases: ['終了日'] },
	summary: {
		label: '説明',
		aliases: ['説明', '設置目的', '活動内容', '内容', '概要', '事業内容', '提供内容', '紹介', 'description', 'service', 'summary'],
	},
	target: { label: '対象', aliases: ['対象者', '対象', '参加条件', '対象年齢', 'target'] },
	capacity: { label: '定員', aliases: ['定員', 'capacity'] },
	cost: {
		label: '費用',
		aliases: ['料金体系', '料金', '料金(基本)', '料金(詳細)', '参加費', '費用', '利用料', 'basicPrice', 'detailPrice'],
	},
	access: { label: '行き方', aliases: ['アクセス方法', 'アクセス', '交通', '交通手段', 'access', 'place.access'] },
	apply: { label: '申し込み', aliases: ['予約方法', '参加申込方法', '申込方法', '申し込み方法', '申込期間', '申込', 'how_to_apply'] },
	url: { label: 'ホームページ', aliases: ['URL', 'ホームページ', 'HP', '公式サイト', 'ウェブサイト', 'referenceObject', 'url'] },
	accessibility: { label: 'バリアフリー', aliases: ['バリアフリー情報', 'バリアフリー', 'accessibility'] },
	note: { label: '備考', aliases: ['備考', 'その他', 'note', '注意事項', '留意事項'] },
	updated: {
		label: '最終確認日・更新日',
		aliases: ['更新日', 'データ更新日', '最終更新日', '更新年月日', '最終確認日', '確認日', 'データ作成日', '時点', 'last_confirmed'],
	},
	status: { label: '活動中・休止中', aliases: ['ステータス', '状況', '活動状況', 'status'] },
	transport: { label: '送迎', aliases: ['送迎の有無', '送迎', 'transport'] },
	program: { label: '総合事業', aliases: ['総合事業実施の有無'] },
	weekday_start: { label: '運営日（平日）の開始', aliases: ['運営日(平日)-開始'] },
	weekday_end: { label: '運営日（平日）の終了', aliases: ['運営日(平日)-終了'] },
	saturday_start: { label: '運営日（土曜）の開始', aliases: ['運営日(土曜)-開始'] },
	saturday_end: { label: '運営日（土曜）の終了', aliases: ['運営日(土曜)-終了'] },
	sunday_start: { label: '運営日（日曜）の開始', aliases: ['運営日(日曜)-開始'] },
	sunday_end: { label: '運営日（日曜）の終了', aliases: ['運営日(日曜)-終了'] },
	holiday_start: { label: '運営日（祝日）の開始', aliases: ['運営日(祝日)-開始'] },
	holiday_end: { label: '運営日（祝日）の終了', aliases: ['運営日(祝日)-終了'] },
	body: { label: '本文に残す', aliases: ['body', '本文'] },
	ignore: { label: '取りこまない', admin: true, aliases: ['ignore', '取りこまない', '使わない'] },
} as const satisfies Record<string, { label: string; aliases: readonly string[]; admin?: boolean }>;

export type SourceField = keyof typeof SOURCE_FIELDS;
export const SOURCE_FIELD_NAMES = Object.keys(SOURCE_FIELDS) as SourceField[];

/** A header as compared: NFKC, no whitespace or line breaks, one dash, lower case. */
export function headerKey(header: string): string {
	return header
		.normalize('NFKC')
		.replace(/\s+/g, '')
		.replace(/[-‐‑‒–—―−ｰー]/g, '-')
		.toLowerCase();
}

const ALIASES = new Map<string, SourceField>();
for (const field of SOURCE_FIELD_NAMES) {
	ALIASES.set(headerKey(field), field);
	ALIASES.set(headerKey(SOURCE_FIELDS[field].label), field);
	for (const alias of SOURCE_FIELDS[field].aliases) ALIASES.set(headerKey(alias), field);
}

/** The source field a header names, or undefined for a column the importer does not know. */
export function fieldOfHeader(header: string): SourceField | undefined {
	return ALIASES.get(headerKey(header));
}

/** A field named on the command line or in a mapping file (`name`, `place.address`, `名前`…), or undefined. */
export const fieldByName = fieldOfHeader;

/** Whether a header is the guide text a template leaves (高松市: 「←データの項目名を入力」). */
export const isTemplateHeader = (header: string) => /^\s*[←⇐]/.test(header);

export const isAdmin = (field: SourceField) => 'admin' in SOURCE_FIELDS[field];
