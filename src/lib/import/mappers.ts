/**
 * Turns rows of the standard Japanese open-data CSVs into entries:
 * - MHLW 「通いの場のオープンデータ」 (38 columns) → salons
 * - 自治体標準オープンデータセット 「公共施設一覧」 (legacy 推奨データセット or current layout) → resources
 * Each row is validated with the collection's schema; what cannot be mapped comes back as reasons, in Japanese.
 * Pure: the 校区 is found by a function the caller passes (point-in-polygon on the areas).
 */
import { normalizeJapaneseInput } from '../../schemas/common.ts';
import { resourceSchema } from '../../schemas/resources.ts';
import { salonSchema } from '../../schemas/salons.ts';
import type { Schedule, ScheduleRule } from '../../schemas/schedule.ts';
import { WEEKDAYS, type Weekday } from '../../schemas/taxonomy.ts';
import { explainIssues } from '../issues.ts';
import { parseScheduleText } from '../schedule/parse-text.ts';
import { normalizeHeader } from './csv.ts';

export type Layout = 'mhlw' | 'facilities';

export interface MappedRow {
	collection: 'salons' | 'resources';
	area: string;
	data: Record<string, unknown>;
	body: string;
	/** What the import could not carry over exactly (kept in the body or note); shown to the person importing. */
	notes: string[];
}
export type RowResult = { ok: true; entry: MappedRow } | { ok: false; reasons: string[] };

export interface MapContext {
	/** The 校区 id that contains a point, if any. */
	districtAt: (lat: number, lng: number) => string | undefined;
	/** A 校区 given on the command line, used when a row has no coordinates. */
	area?: string | undefined;
	today: string;
	municipality: string;
}

const h = (name: string) => normalizeHeader(name);
const MHLW_MARKERS = ['名称(ふりがな)', '活動内容', '料金体系', '送迎の有無'].map(h);
const FACILITY_MARKERS = ['名称_カナ', '利用可能曜日'].map(h);

/** Which layout a header row is, or undefined. */
export function detectLayout(headers: readonly string[]): Layout | undefined {
	if (MHLW_MARKERS.every((m) => headers.includes(m))) return 'mhlw';
	if (FACILITY_MARKERS.every((m) => headers.includes(m))) return 'facilities';
	return undefined;
}

const toHiragana = (s: string) => s.normalize('NFKC').replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60)).replace(/[^ぁ-ゖー・ 　]/g, '').trim();
const flag = (v: string | undefined) => (v ?? '').normalize('NFKC').trim() === '1' || /^(有|あり)/.test(v ?? '');

function location(row: Record<string, string>, notes: string[]): { lat: number; lng: number } | undefined {
	let lat = Number(normalizeJapaneseInput(row[h('緯度')] ?? ''));
	let lng = Number(normalizeJapaneseInput(row[h('経度')] ?? ''));
	if (!lat || !lng) return undefined;
	if (lat > 90 && lng < 90) {
		[lat, lng] = [lng, lat];
		notes.push('緯度と経度が逆になっていたので入れかえました');
	}
	return { lat, lng };
}

function postal(value: string | undefined): string | undefined {
	const digits = normalizeJapaneseInput(value ?? '').replace(/\D/g, '');
	return digits.length === 7 ? `${digits.slice(0, 3)}-${digits.slice(3)}` : undefined;
}

function phone(value: string | undefined): string | undefined {
	const v = normalizeJapaneseInput(value ?? '');
	return /^0\d{1,4}-\d{1,4}-\d{3,4}$/.test(v) ? v : undefined;
}

function cost(text: string | undefined): { amount: number; note?: string } | undefined {
	const t = normalizeJapaneseInput(text ?? '');
	if (!t) return undefined;
	if (/^無料/.test(t)) return { amount: 0, ...(t !== '無料' ? { note: t } : {}) };
	const yen = /(\d[\d,]*)\s*円/.exec(t);
	return yen ? { amount: Number(yen[1]!.replace(/,/g, '')), note: t } : undefined;
}

/** A clock time from a CSV cell (9:30, ０９：３０) as "09:30", or undefined. */
function time(value: string | undefined): string | undefined {
	const t = normalizeJapaneseInput(value ?? '');
	return /^\d{1,2}:\d{2}$/.test(t) ? t.padStart(5, '0') : undefined;
}

/** MHLW's opening columns (平日・土曜・日曜・祝日 start/end) as weekly rules. */
function mhlwHours(row: Record<string, string>): Pick<Schedule, 'rules' | 'closed'> | undefined {
	const rules: ScheduleRule[] = [];
	const add = (days: Weekday[], key: string) => {
		const start = time(row[h(`運営日(${key})-開始`)]);
		if (start) rules.push({ repeat: '毎週', weekdays: days, start, ...(time(row[h(`運営日(${key})-終了`)]) ? { end: time(row[h(`運営日(${key})-終了`)])! } : {}) });
	};
	add(['月', '火', '水', '木', '金'], '平日');
	add(['土'], '土曜');
	add(['日'], '日曜');
	if (!rules.length) return undefined;
	return { rules, ...(time(row[h('運営日(祝日)-開始')]) ? {} : { closed: { holidays: true } }) };
}

function category(activity: string): string {
	if (/体操|運動|ウォーキング/.test(activity)) return '体操・通いの場';
	if (/カフェ|喫茶/.test(activity)) return 'カフェ';
	if (/食事|会食|ランチ/.test(activity)) return '食事会';
	if (/茶話/.test(activity)) return '茶話会';
	if (/趣味|教室|講座|囲碁|将棋|手芸|書道|歌/.test(activity)) return '趣味・学びの会';
	return 'いきいきサロン';
}

function validate(collection: 'salons' | 'resources', area: string, data: Record<string, unknown>, body: string, notes: string[]): RowResult {
	const schema = collection === 'salons' ? salonSchema : resourceSchema;
	const result = schema.safeParse(data);
	if (!result.success) return { ok: false, reasons: explainIssues(result.error.issues, schema).map((i) => `${i.path.join('.')}: ${i.message}`) };
	return { ok: true, entry: { collection, area, data, body, notes } };
}

function areaFor(loc: { lat: number; lng: number } | undefined, ctx: MapContext, reasons: string[]): string | undefined {
	const found = loc ? ctx.districtAt(loc.lat, loc.lng) : undefined;
	if (found) return found;
	if (ctx.area) return ctx.area;
	reasons.push(loc ? '位置がどの校区の中にもありません（--area で校区を指定できます）' : '緯度・経度がないため校区を決められません（--area で校区を指定できます）');
	return undefined;
}

export function mapMhlwRow(row: Record<string, string>, ctx: MapContext): RowResult {
	const notes: string[] = [];
	const reasons: string[] = [];
	const name = row[h('名称')] ?? '';
	const loc = location(row, notes);
	const area = areaFor(loc, ctx, reasons);
	const texts = (['備考', '定休日'] as const).map((column) => ({ column, text: (row[h(column)] ?? '').trim() })).filter((t) => t.text);
	const fromText = texts.map((t) => parseScheduleText(t.text)).find((s) => s !== null);
	const ruleText = texts.map((t) => `${t.column}: ${t.text}`);
	const schedule = fromText ?? mhlwHours(row);
	if (!schedule) reasons.push('日時がわかりません（運営日の時刻も、備考・定休日の「毎週火曜」のような書き方もありません）');
	else if (!fromText && ruleText.length) notes.push(`日時の補足は schedule.note に残しました: ${ruleText.join(' ／ ')}`);
	const tel = phone(row[h('電話番号')]);
	if (!tel) reasons.push(`電話番号がないか、形が読めません（${row[h('電話番号')] || '空欄'}）`);
	if (reasons.length) return { ok: false, reasons };
	const activity = row[h('活動内容')] ?? '';
	const building = row[h('所在地(建物名・部屋番号等)')];
	const c = cost(row[h('料金体系')]);
	const capacity = Number(normalizeJapaneseInput(row[h('定員')] ?? ''));
	const data: Record<string, unknown> = {
		name,
		yomi: toHiragana(row[h('名称(ふりがな)')] ?? ''),
		category: category(activity),
		summary: activity,
		target: row[h('対象者')] || 'どなたでも',
		fields: /体操|運動|健康/.test(activity) ? ['健康づくり', '集いと交流'] : ['集いと交流'],
		service_class: flag(row[h('総合事業実施の有無')]) ? '一般介護予防事業' : '地域の助け合い',
		provider: { name: row[h('法人名称')] || name, type: 'その他' },
		area,
		place: {
			name: building || name,
			address: row[h('所在地(都道府県から番地まで)')] ?? '',
			...(postal(row[h('郵便番号')]) ? { postal_code: postal(row[h('郵便番号')]) } : {}),
			...(loc ? { location: loc } : {}),
		},
		schedule: { ...schedule, ...(!fromText && ruleText.length ? { note: ruleText.join(' ／ ') } : {}) },
		...(c ? { cost: c } : {}),
		transport: flag(row[h('送迎の有無')]) ? 'あり' : 'なし',
		...(capacity > 0 ? { capacity } : {}),
		contact: { name, tel },
		how_to_apply: 'くわしくは問い合わせ先にご確認ください。',
		last_confirmed: ctx.today,
		status: /休止/.test(row[h('ステータス')] ?? '') ? '休止中' : /終了|廃止/.test(row[h('ステータス')] ?? '') ? '終了' : '活動中',
	};
	return validate('salons', area!, data, row[h('その他')] ?? '', notes);
}

export function mapFacilityRow(row: Record<string, string>, ctx: MapContext): RowResult {
	const notes: string[] = [];
	const reasons: string[] = [];
	const name = row[h('名称')] ?? '';
	const loc = location(row, notes);
	const area = areaFor(loc, ctx, reasons);
	const tel = phone(row[h('電話番号')]);
	if (!tel) reasons.push(`電話番号がないか、形が読めません（${row[h('電話番号')] || '空欄'}）`);
	const url = /^https?:\/\//.test(row[h('URL')] ?? '') ? row[h('URL')] : undefined;
	if (reasons.length) return { ok: false, reasons };
	const days = [...normalizeJapaneseInput(row[h('利用可能曜日')] ?? '')].filter((c): c is Weekday => (WEEKDAYS as readonly string[]).includes(c));
	const start = time(row[h('開始時間')]);
	const end = time(row[h('終了時間')]);
	const special = row[h('利用可能日時特記事項')];
	const address = row[h('住所')] || row[h('所在地_連結表記')] || '';
	const building = row[h('方書')] || row[h('建物名等(方書)')] || '';
	const data: Record<string, unknown> = {
		name,
		yomi: toHiragana(row[h('名称_カナ')] ?? ''),
		summary: row[h('説明')] || `${name}（${ctx.municipality}の公共施設）`,
		target: 'どなたでも',
		fields: ['集いと交流'],
		service_class: 'その他市町村事業',
		provider: { name: row[h('団体名')] || ctx.municipality, type: '行政' },
		areas: [area],
		place: { name, address: `${address}${building ? ` ${building}` : ''}`.trim(), ...(loc ? { location: loc } : {}) },
		...(days.length ? { schedule: { rules: [{ repeat: '毎週', weekdays: days, ...(start ? { start } : {}), ...(start && end ? { end } : {}) }], ...(special ? { note: special } : {}) } } : {}),
		contact: { name, tel },
		...(url ? { url } : {}),
		how_to_apply: 'くわしくは施設にお問い合わせください。',
		last_confirmed: ctx.today,
		status: '活動中',
	};
	if (!days.length && special) notes.push(`利用できる日時は本文に残しました: ${special}`);
	const body = [row[h('バリアフリー情報')] ? `バリアフリー: ${row[h('バリアフリー情報')]}` : '', !days.length && special ? `利用できる日時: ${special}` : '', row[h('備考')] ?? ''].filter(Boolean).join('\n\n');
	return validate('resources', area!, data, body, notes);
}
