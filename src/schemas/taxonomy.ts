/**
 * Shared categories. Content files use the Japanese values (what volunteers read and type);
 * code uses the slugs for URLs and ids. Every enum and every label comes from this one module.
 */

/** The six activity fields of the 元気づくり・地域づくり会議 (seed 002). */
export const ACTIVITY_FIELDS = [
	{ value: '健康づくり', slug: 'health', description: '体操・介護予防・健康相談など、心と体の元気を保つ活動' },
	{ value: '生活支援', slug: 'daily-life', description: '買い物・ゴミ出し・家事・移動など、暮らしの困りごとの手助け' },
	{ value: '見守り', slug: 'watching', description: '声かけ・安否確認・配食時の見守りなど' },
	{ value: '集いと交流', slug: 'gathering', description: 'サロン・カフェ・食事会など、出かけて人と会える場' },
	{ value: '参加と活動', slug: 'participation', description: '趣味・学び・ボランティアなど、役割や出番がある活動' },
	{ value: '地域貢献', slug: 'contribution', description: '清掃・子どもの見守り・企業の地域活動など、地域のための取り組み' },
] as const;
export type ActivityField = (typeof ACTIVITY_FIELDS)[number]['value'];
export const ACTIVITY_FIELD_VALUES = ACTIVITY_FIELDS.map((f) => f.value) as [ActivityField, ...ActivityField[]];

/** The guideline's service classes ①–⑥ (seed 003), written as short names an author can type. */
export const SERVICE_CLASSES = [
	{ value: '訪問型サービス', number: '①', label: '介護予防・生活支援サービス事業（訪問型）' },
	{ value: '通所型サービス', number: '①', label: '介護予防・生活支援サービス事業（通所型）' },
	{ value: 'その他の生活支援サービス', number: '①', label: '介護予防・生活支援サービス事業（その他の生活支援）' },
	{ value: '一般介護予防事業', number: '②', label: '一般介護予防事業' },
	{ value: '任意事業', number: '③', label: '任意事業' },
	{ value: 'その他市町村事業', number: '④', label: 'その他市町村実施事業' },
	{ value: '民間サービス', number: '⑤', label: '民間市場でのサービス' },
	{ value: '地域の助け合い', number: '⑥', label: '地域の助け合い' },
] as const;
export type ServiceClass = (typeof SERVICE_CLASSES)[number]['value'];
export const SERVICE_CLASS_VALUES = SERVICE_CLASSES.map((c) => c.value) as [ServiceClass, ...ServiceClass[]];

/** Who runs it (BRIEF.md). */
export const PROVIDER_TYPES = [
	'自治会',
	'老人クラブ',
	'民生委員',
	'校区社協',
	'NPO',
	'社会福祉法人',
	'協同組合',
	'民間企業',
	'ボランティア団体',
	'医療機関',
	'介護事業所',
	'地域包括支援センター',
	'社会福祉協議会',
	'行政',
	'その他',
] as const;
export type ProviderType = (typeof PROVIDER_TYPES)[number];

export const STATUSES = ['活動中', '休止中', '終了'] as const;
export type Status = (typeof STATUSES)[number];

/** How the last confirmation was made (confirmed_by): by the organiser themselves, by phone, by post, on a visit, by e-mail. */
export const CONFIRMATION_METHODS = ['本人', '電話', '郵送', '訪問', 'メール'] as const;
export type ConfirmationMethod = (typeof CONFIRMATION_METHODS)[number];

export const TRANSPORT_OPTIONS = ['あり', 'なし', '相談可'] as const;

export const ACCESSIBILITY_FEATURES = [
	'段差なし',
	'車いすで入れる',
	'車いす用トイレ',
	'エレベーター',
	'手すりあり',
	'椅子席あり',
	'駐車場あり',
	'補聴の配慮あり',
] as const;

/** Kinds of salon and place to go (サロン・居場所・通いの場). */
export const SALON_CATEGORIES = [
	{ value: 'いきいきサロン', slug: 'salon' },
	{ value: '体操・通いの場', slug: 'exercise' },
	{ value: 'カフェ', slug: 'cafe' },
	{ value: '食事会', slug: 'meal' },
	{ value: '茶話会', slug: 'tea' },
	{ value: '趣味・学びの会', slug: 'hobby' },
	{ value: '居場所', slug: 'place' },
] as const;
export type SalonCategory = (typeof SALON_CATEGORIES)[number]['value'];
export const SALON_CATEGORY_VALUES = SALON_CATEGORIES.map((c) => c.value) as [SalonCategory, ...SalonCategory[]];

/** What a volunteer would do (BRIEF.md). */
export const VOLUNTEER_TASKS = [
	'見守り',
	'買い物支援',
	'ゴミ出し',
	'移動支援',
	'外出の付き添い',
	'サロン運営',
	'配食',
	'家事支援',
	'話し相手',
	'体操の指導補助',
	'事務・広報',
	'その他',
] as const;

export const VOLUNTEER_INCENTIVES = ['ボランティアポイント', '地域通貨', '交通費支給', '謝礼あり', '保険加入（無料）'] as const;

/**
 * Area levels as towns name them. 第1層 is the municipality (市・町・村, or a 区 of a 政令市); an optional middle
 * level groups the 第2層 areas (圏域); the 第2層 areas carry the town's own word: 校区 by default, 地区,
 * 小学校区, 中学校区 or 日常生活圏域 elsewhere (BRIEF.md). The site says the word the town uses.
 */
export const TOP_LEVELS = ['市', '町', '村', '区'] as const;
export const ZONE_LEVELS = ['圏域'] as const;
export const DISTRICT_LEVELS = ['校区', '地区', '小学校区', '中学校区', '日常生活圏域'] as const;
export const AREA_LEVELS = [...TOP_LEVELS, ...ZONE_LEVELS, ...DISTRICT_LEVELS] as const;
export type AreaLevel = (typeof AREA_LEVELS)[number];
/** What an area is in the hierarchy, whatever the town calls it. */
export type AreaKind = 'top' | 'zone' | 'district';

export function areaKind(level: AreaLevel): AreaKind {
	if ((TOP_LEVELS as readonly string[]).includes(level)) return 'top';
	if ((ZONE_LEVELS as readonly string[]).includes(level)) return 'zone';
	return 'district';
}

/** The layer a 協議体 works at. */
export const LAYERS = ['第1層', '第2層'] as const;
export type Layer = (typeof LAYERS)[number];

export const ACTION_STATUSES = ['未着手', '進行中', '完了', '中止'] as const;

export const WEEKDAYS = ['月', '火', '水', '木', '金', '土', '日'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
/** URL-safe ids for weekday sections and filters. */
export const WEEKDAY_SLUGS: Record<Weekday, string> = {
	月: 'mon',
	火: 'tue',
	水: 'wed',
	木: 'thu',
	金: 'fri',
	土: 'sat',
	日: 'sun',
};

export function activityFieldSlug(value: ActivityField): string {
	return ACTIVITY_FIELDS.find((f) => f.value === value)!.slug;
}
export function serviceClassLabel(value: ServiceClass): string {
	const c = SERVICE_CLASSES.find((x) => x.value === value)!;
	return `${c.number} ${c.label}`;
}
export function layerOfLevel(level: AreaLevel): Layer {
	return areaKind(level) === 'top' ? '第1層' : '第2層';
}
