/**
 * CSV in the standard Japanese open-data layouts, UTF-8 with a BOM so Excel opens it:
 * MHLW 「通いの場のオープンデータ」 (38 columns), 自治体標準オープンデータセット 「公共施設一覧」 (legacy, 24
 * columns) and 「イベント一覧」 (legacy, 32 columns, one row per dated occurrence).
 * Schedules the columns cannot hold (第2・第4火曜) are written in words in 備考, where npm run import reads them back.
 */
import { hiraganaToKatakana } from '../japanese.ts';
import type { ResourceData } from '../../schemas/resources.ts';
import type { SalonData } from '../../schemas/salons.ts';
import type { SiteConfig } from '../../schemas/site.ts';
import { WEEKDAYS } from '../../schemas/taxonomy.ts';
import { formatCost } from '../format.ts';
import { describeClosed, describeSchedule } from '../schedule/describe.ts';
import type { Schedule } from '../../schemas/schedule.ts';
import { occurrencesBetween, type IsHoliday } from '../schedule/occurrences.ts';
import { LIMITS } from '../safety/limits.ts';
import { stripForbidden } from '../safety/text-policy.ts';

type Cell = string | number | undefined;

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
	const cell = (v: Cell) => {
		// The CSV's own guard: no control, bidirectional or zero-width characters in any cell (a CR becomes a line feed).
		const s = v === undefined ? '' : stripForbidden(String(v), false);
		return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
	};
	const lines = [header, ...rows].map((r: readonly Cell[]) => r.map(cell).join(','));
	return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export const MHLW_HEADER = [
	'No',
	'都道府県コード',
	'都道府県名',
	'市区町村コード',
	'市区町村名',
	'備考',
	'名称（ふりがな）',
	'名称',
	'郵便番号',
	'所在地（都道府県から番地まで）',
	'所在地（建物名・部屋番号等）',
	'電話番号',
	'対象者',
	'活動内容',
	'運営日（平日）－開始',
	'運営日（平日）－終了',
	'運営日（土曜）－開始',
	'運営日（土曜）－終了',
	'運営日（日曜）－開始',
	'運営日（日曜）－終了',
	'運営日（祝日）－開始',
	'運営日（祝日）－終了',
	'定休日',
	'定員',
	'料金体系',
	'飲食の提供の有無',
	'飲食持ち込みの可否',
	'送迎の有無',
	'対象エリア',
	'総合事業実施の有無',
	'その他',
	'法人番号の有無',
	'法人番号',
	'法人名称（ふりがな）',
	'法人名称',
	'ステータス',
	'緯度',
	'経度',
] as const;

export interface Exported<T> {
	data: T;
	url: string;
	areaName: string;
	/** The entry's id in its collection (`aoba/aoba-yuuhi-cafe`): the row's NO when the entry has no source id. */
	id?: string;
	/** The entry's text (body): exported in 備考 / その他 so that an import of the export keeps it. */
	body?: string;
}

/**
 * The row's NO: the id the entry was imported with (source.id), or `salons/aoba/…` for an entry written here. npm
 * run import matches rows on it, so importing our own export changes nothing.
 */
export function rowId(collection: 'salons' | 'resources', item: Exported<SalonData | ResourceData>, index: number): string | number {
	return item.data.source?.id ?? (item.id ? `${collection}/${item.id}` : index + 1);
}

/** The rules in words with the period, as npm run import reads them back: 「第2・第4水曜 13:30〜15:00（祝日は休み） 開始日:2026-04-01」. */
export function scheduleWords(s: Schedule): string {
	const rules = { ...s, closed: s.closed ? { ...s.closed, dates: [] } : undefined };
	return [describeSchedule(rules), s.from && `開始日:${s.from}`, s.until && `終了日:${s.until}`].filter(Boolean).join(' ');
}

/** 備考 / その他: the schedule's note on a first line 「日時の補足: …」, then the entry's text. */
export function remarks(s: Schedule | undefined, body: string | undefined): string {
	return [s?.note ? `日時の補足: ${s.note}` : '', (body ?? '').trim()].filter(Boolean).join('\n');
}

/** Weekly opening hours for the 平日／土曜／日曜／祝日 columns, where the schedule has plain weekly rules. */
function weeklyHours(s: SalonData['schedule']): string[] {
	const weekly = s.rules.filter((r) => r.repeat === '毎週' && r.start);
	const pick = (days: string[]) => weekly.find((r) => r.weekdays?.some((d) => days.includes(d)));
	const cols = (r: (typeof weekly)[number] | undefined) => [r?.start ?? '', r?.end ?? ''];
	const weekday = pick(['月', '火', '水', '木', '金']);
	return [...cols(weekday), ...cols(pick(['土'])), ...cols(pick(['日'])), ...(s.closed?.holidays ? ['', ''] : cols(weekday))];
}

export function mhlwCsv(salons: readonly Exported<SalonData>[], site: SiteConfig): string {
	return toCsv(
		MHLW_HEADER,
		salons.map((item, i) => {
			const { data: d, areaName } = item;
			return [
				rowId('salons', item, i),
				site.municipality_code.slice(0, 2),
				site.prefecture,
				site.municipality_code,
				site.municipality,
				scheduleWords(d.schedule),
				d.yomi,
				d.name,
				d.place.postal_code,
				d.place.address,
				d.place.name,
				d.contact.tel,
				d.target,
				d.summary,
				...weeklyHours(d.schedule),
				describeClosed(d.schedule),
				d.capacity,
				formatCost(d.cost),
				'',
				'',
				d.transport === 'あり' ? 1 : 0,
				areaName,
				d.service_class === '一般介護予防事業' || d.service_class === '通所型サービス' ? 1 : 0,
				remarks(d.schedule, item.body),
				0,
				'',
				'',
				d.provider.name,
				d.status,
				d.place.location?.lat,
				d.place.location?.lng,
			];
		}),
	);
}

export const FACILITY_HEADER = [
	'都道府県コード又は市区町村コード',
	'NO',
	'都道府県名',
	'市区町村名',
	'名称',
	'名称_カナ',
	'名称_通称',
	'POIコード',
	'住所',
	'方書',
	'緯度',
	'経度',
	'電話番号',
	'内線番号',
	'法人番号',
	'団体名',
	'利用可能曜日',
	'開始時間',
	'終了時間',
	'利用可能日時特記事項',
	'説明',
	'バリアフリー情報',
	'URL',
	'備考',
] as const;

export function facilitiesCsv(
	items: readonly (Exported<SalonData | ResourceData> & { collection?: 'salons' | 'resources' })[],
	site: SiteConfig,
): string {
	const withPlace = items.filter((i) => i.data.place);
	return toCsv(
		FACILITY_HEADER,
		withPlace.map((item, i) => {
			const { data: d, url } = item;
			const weekly = d.schedule?.rules.filter((r) => r.repeat === '毎週') ?? [];
			const days = WEEKDAYS.filter((w) => weekly.some((r) => r.weekdays?.includes(w))).join('');
			return [
				site.municipality_code,
				rowId(item.collection ?? ('category' in d ? 'salons' : 'resources'), item, i),
				site.prefecture,
				site.municipality,
				d.name,
				hiraganaToKatakana(d.yomi),
				'',
				'',
				d.place!.address,
				d.place!.name,
				d.place!.location?.lat,
				d.place!.location?.lng,
				d.contact.tel,
				'',
				'',
				d.provider.name,
				days,
				weekly[0]?.start ?? '',
				weekly[0]?.end ?? '',
				d.schedule ? scheduleWords(d.schedule) : '',
				d.summary,
				d.accessibility?.join('、') ?? '',
				d.url ?? url,
				remarks(d.schedule, item.body),
			];
		}),
	);
}

export const EVENT_HEADER = [
	'都道府県コード又は市区町村コード',
	'NO',
	'都道府県名',
	'市区町村名',
	'イベント名',
	'イベント名_カナ',
	'イベント名_英語',
	'開始日',
	'終了日',
	'開始時間',
	'終了時間',
	'開始日時特記事項',
	'説明',
	'料金(基本)',
	'料金(詳細)',
	'連絡先名称',
	'連絡先電話番号',
	'連絡先内線番号',
	'主催者',
	'場所名称',
	'住所',
	'方書',
	'緯度',
	'経度',
	'アクセス方法',
	'駐車場情報',
	'定員',
	'参加申込終了日',
	'参加申込終了時間',
	'参加申込方法',
	'URL',
	'備考',
] as const;

/** One row per occurrence from `from` to `to`: recurring gatherings expanded into dated events. */
/** At most LIMITS.occurrencesPerEntry dated rows per salon and LIMITS.occurrencesPerFile in all: one file cannot make the export huge. */
export function eventsCsv(
	salons: readonly Exported<SalonData>[],
	site: SiteConfig,
	from: string,
	to: string,
	isHoliday: IsHoliday,
): string {
	const rows = salons
		.filter((s) => s.data.status === '活動中')
		.flatMap((s) =>
			occurrencesBetween(s.data.schedule, from, to, isHoliday)
				.slice(0, LIMITS.occurrencesPerEntry)
				.map((o) => ({ s, o })),
		)
		.sort((a, b) => a.o.date.localeCompare(b.o.date) || (a.o.start ?? '').localeCompare(b.o.start ?? ''))
		.slice(0, LIMITS.occurrencesPerFile);
	return toCsv(
		EVENT_HEADER,
		rows.map(({ s: { data: d, url }, o }, i) => [
			site.municipality_code,
			i + 1,
			site.prefecture,
			site.municipality,
			d.name,
			hiraganaToKatakana(d.yomi),
			'',
			o.date,
			o.date,
			o.start ?? '',
			o.end ?? '',
			describeSchedule(d.schedule),
			d.summary,
			d.cost?.amount === 0 ? '無料' : d.cost ? `${d.cost.amount}円` : '',
			formatCost(d.cost),
			d.contact.name,
			d.contact.tel ?? '',
			'',
			d.provider.name,
			d.place.name,
			d.place.address,
			'',
			d.place.location?.lat,
			d.place.location?.lng,
			d.place.access ?? '',
			'',
			d.capacity,
			'',
			'',
			d.how_to_apply,
			url,
			d.schedule.note ?? '',
		]),
	);
}
