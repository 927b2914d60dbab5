/**
 * One row of a source file to an entry, a draft, or a skipped row with its reason. Every non-empty value lands
 * somewhere: in a field, in `schedule.note`, or in the entry's text (body) under its column's name; only columns
 * that repeat site.yaml (地方公共団体コード, 都道府県名 …) are left out, and the report lists them.
 * Pure: the 校区 comes from a function the caller passes (point-in-polygon on the areas).
 */
import { normalizeJapaneseInput } from '../../schemas/common.ts';
import { resourceSchema } from '../../schemas/resources.ts';
import { salonSchema } from '../../schemas/salons.ts';
import type { Schedule, ScheduleRule } from '../../schemas/schedule.ts';
import { ACCESSIBILITY_FEATURES, type Weekday } from '../../schemas/taxonomy.ts';
import { explainIssues } from '../zod-problems.ts';
import { LIMITS } from '../safety/limits.ts';
import { headerKey, isAdmin, type SourceField } from './headers.ts';
import { combineHours, readHours, readTime } from './hours.ts';
import { cleanId, hashId } from './identity.ts';
import { LAYOUTS, type Layout } from './layouts.ts';

export type Collection = 'salons' | 'resources';
export interface Column {
	index: number;
	header: string;
	field: SourceField | undefined;
	/** A template's guide column (「←データの項目名を入力」): its values are the template's words, not data. */
	template: boolean;
}
export interface LatLng {
	lat: number;
	lng: number;
}

export interface RowContext {
	layout: Layout;
	columns: Column[];
	municipality: string;
	/** The site's own address (https://…/base/): links to our own pages are not an entry's official page. */
	siteUrl: string;
	/** --confirmed, or the file's stated update date. */
	confirmed?: string | undefined;
	districtAt: (lat: number, lng: number) => string | undefined;
	/** --area: the 校区 of rows without coordinates. */
	area?: string | undefined;
	/** The municipality's own area id: the folder of drafts that have no 校区 yet. */
	cityArea: string;
	/** The row is this site's own export read back: columns mean what our export writes (see csv-write.ts). */
	own?: boolean;
	/** The file is in our own export's layout (header and municipality code): 定休日 repeats 備考's rules. */
	ownFormat?: boolean;
	/** Coordinates found for this row by --geocode. */
	geocoded?: LatLng | undefined;
}

export interface Skipped {
	kind: 'skip';
	line: number;
	reason: string;
}
export interface Mapped {
	kind: 'entry' | 'draft';
	line: number;
	id: string;
	name: string;
	collection: Collection;
	/** The folder: the 校区, or the municipality's area for a draft without one. */
	area: string;
	data: Record<string, unknown>;
	body: string;
	/** Dotted paths of data that came from the row (not defaults): what an update may change. */
	provided: string[];
	/** What a draft lacks, in Japanese. */
	missing: string[];
	/** What the person importing should know (values moved, coordinates swapped …). */
	notes: string[];
	location?: LatLng | undefined;
	/** Its coordinates lie outside every 校区. */
	outside: boolean;
	/** The address, for --geocode. */
	address: string;
	/** No date for 最終確認日 in the row, the file or --confirmed. */
	needsDate: boolean;
}
export type RowOutcome = Skipped | Mapped;

export const SNOTE_PREFIX = '日時の補足: ';
const oneLine = (s: string) => s.replace(/\s*[\r\n]+\s*/g, ' ').replace(/[ \t]+/g, ' ').trim();
const fitsLine = (s: string) => s.length > 0 && s.length <= LIMITS.lineChars;
const toHiragana = (s: string) =>
	s
		.normalize('NFKC')
		.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60))
		.replace(/[^ぁ-ゖー・ 　]/g, '')
		.replace(/\s+/g, ' ')
		.trim();
const flag = (v: string) => v.normalize('NFKC').trim() === '1' || /^(有|あり|可|true|○|〇)/i.test(v.trim());
/** Markdown must not read a value as HTML. */
const escapeBody = (s: string) => s.replace(/</g, '\\<');

function phone(value: string): string | undefined {
	const v = normalizeJapaneseInput(value).replace(/[()（）]/g, '-').replace(/--+/g, '-');
	return /^0\d{1,4}-\d{1,4}-\d{3,4}$/.test(v) && [10, 11].includes(v.replace(/-/g, '').length) ? v : undefined;
}
function postal(value: string): string | undefined {
	const digits = normalizeJapaneseInput(value).replace(/\D/g, '');
	return digits.length === 7 ? `${digits.slice(0, 3)}-${digits.slice(3)}` : undefined;
}
const email = (v: string) => (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.trim()) ? v.trim() : undefined);
function webUrl(v: string): string | undefined {
	const u = v.trim();
	if (!/^https?:\/\/[^\s]+$/i.test(u)) return undefined;
	try {
		new URL(u);
	} catch {
		return undefined;
	}
	return u;
}

/** 2026-06-30, 2026/6/30, 2026年6月30日, 令和8年6月30日, R8.6.30 as ISO, or undefined. */
export function readDate(value: string): string | undefined {
	const t = normalizeJapaneseInput(value).replace(/\s+/g, '');
	let y: number | undefined;
	let m: number | undefined;
	let d: number | undefined;
	let g = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?/.exec(t);
	if (g) [y, m, d] = [Number(g[1]), Number(g[2]), Number(g[3])];
	g = y ? null : /^(令和|R|平成|H)(\d{1,2}|元)[年.](\d{1,2})[月.](\d{1,2})日?/i.exec(t);
	if (g) {
		const n = g[2] === '元' ? 1 : Number(g[2]);
		y = (/^(令和|R)$/i.test(g[1]!) ? 2018 : 1988) + n;
		[m, d] = [Number(g[3]), Number(g[4])];
	}
	if (!y || !m || !d) return undefined;
	const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
	const probe = new Date(`${iso}T00:00:00Z`);
	return !Number.isNaN(probe.getTime()) && probe.toISOString().slice(0, 10) === iso && y >= 1900 && y <= 2100 ? iso : undefined;
}

/** 費用 as the site writes it (formatCost: 「1回100円（お茶代）」「無料（…）」) or as cities do (「無料」「500円」). */
export function readCost(text: string): { amount: number; per?: string; note?: string } | undefined {
	const t = oneLine(text);
	if (!t || !fitsLine(t)) return undefined;
	const free = /^(?:無料|無償|0円|なし)(?:[（(](.*)[）)])?$/.exec(t);
	if (free) return { amount: 0, ...(free[1] ? { note: free[1] } : {}) };
	const priced = /^([^（(]{0,6}?)([0-9０-９][0-9０-９,，]*)円(?:[（(](.*)[）)])?$/.exec(t);
	if (priced) {
		const amount = Number(priced[2]!.normalize('NFKC').replace(/,/g, ''));
		return { amount, ...(priced[1] ? { per: priced[1] } : {}), ...(priced[3] ? { note: priced[3] } : {}) };
	}
	const yen = t.normalize('NFKC').match(/\d[\d,]*\s*円/g) ?? [];
	if (/^(無料|無償)/.test(t) && !yen.some((y) => /[1-9]/.test(y))) return { amount: 0, note: t };
	if (yen.length === 1) return { amount: Number(yen[0]!.replace(/[^\d]/g, '')), note: t };
	return undefined;
}

function category(activity: string): string {
	if (/体操|運動|ウォーキング|ヨガ|ストレッチ/.test(activity)) return '体操・通いの場';
	if (/カフェ|喫茶/.test(activity)) return 'カフェ';
	if (/食事|会食|ランチ|食堂/.test(activity)) return '食事会';
	if (/茶話/.test(activity)) return '茶話会';
	if (/趣味|教室|講座|囲碁|将棋|手芸|書道|歌|麻雀/.test(activity)) return '趣味・学びの会';
	return 'いきいきサロン';
}

const KIND_NOUN: Record<Layout, string> = { mhlw: '通いの場', facilities: '公共施設', 'facilities-current': '公共施設', properties: '施設', events: 'イベント', custom: '地域の資源' };

/** The row's id in the file (NO / ID), or a hash of its name and address; and its name. For matching before mapping. */
export function rowIdentity(cells: readonly string[], columns: readonly Column[]): { id: string; name: string; hashed: boolean } {
	const get = (f: SourceField) => columns.filter((c) => c.field === f).map((c) => (cells[c.index] ?? '').trim()).filter(Boolean);
	const name = oneLine(get('name').join(' '));
	const raw = cleanId(get('id')[0] ?? '');
	if (raw) return { id: raw, name, hashed: false };
	return { id: hashId(name, oneLine([...get('address'), ...get('building')].join(' '))), name, hashed: true };
}

/** Why a row is not data, or undefined when it is. */
export function skipReason(cells: readonly string[], columns: readonly Column[]): string | undefined {
	const filled = columns.filter((c) => (cells[c.index] ?? '').trim() !== '');
	const stray = cells.length > columns.length && cells.slice(columns.length).some((c) => c.trim() !== '');
	if (!filled.length && !stray) return '空の行です';
	if (filled.length >= 2 && filled.every((c) => headerKey(cells[c.index]!) === headerKey(c.header))) return '見出しのくり返しです';
	if (!stray && filled.every((c) => c.field === 'id' || c.template)) return 'ひな形の行です（番号のほかは空です）';
	return undefined;
}

/** MHLW's opening columns (平日・土曜・日曜・祝日 start/end) as weekly rules. */
function mhlwWeekly(get: (f: SourceField) => string): Pick<Schedule, 'rules' | 'closed'> | undefined {
	const rules: ScheduleRule[] = [];
	const add = (days: Weekday[], s: SourceField, e: SourceField) => {
		const start = readTime(get(s));
		const end = readTime(get(e));
		if (start) rules.push({ repeat: '毎週', weekdays: days, start, ...(end && end > start ? { end } : {}) });
	};
	add(['月', '火', '水', '木', '金'], 'weekday_start', 'weekday_end');
	add(['土'], 'saturday_start', 'saturday_end');
	add(['日'], 'sunday_start', 'sunday_end');
	if (!rules.length) return undefined;
	return { rules, ...(readTime(get('holiday_start')) ? {} : { closed: { holidays: true } }) };
}

/** Maps one data row. Never throws on what a file holds. */
export function mapRow(cells: readonly string[], line: number, ctx: RowContext): RowOutcome {
	const { columns, layout } = ctx;
	const skip = skipReason(cells, columns);
	if (skip) return { kind: 'skip', line, reason: skip };
	const collection: Collection = LAYOUTS[layout].collection;
	const used = new Set<number>();
	const cols = (f: SourceField) => columns.filter((c) => c.field === f && (cells[c.index] ?? '').trim() !== '');
	const take = (f: SourceField, sep = '\n') =>
		cols(f)
			.filter((c) => !used.has(c.index))
			.map((c) => {
				used.add(c.index);
				return (cells[c.index] ?? '').trim();
			})
			.join(sep);
	const takeHeader = (f: SourceField, header: string) => {
		const c = cols(f).find((x) => headerKey(x.header) === headerKey(header));
		if (!c) return '';
		used.add(c.index);
		return (cells[c.index] ?? '').trim();
	};
	const notes: string[] = [];
	const missing: string[] = [];
	const provided: string[] = [];
	const body: string[] = [];
	const keep = (label: string, value: string) => {
		if (value.trim()) body.push(`${label}: ${escapeBody(value.trim())}`);
	};
	const { id } = rowIdentity(cells, columns);
	take('id');
	const own = !!ctx.own;

	// Name and reading.
	const name = oneLine(take('name', ' '));
	if (name) provided.push('name');
	else missing.push('名前（name）');
	const kanaRaw = take('yomi', ' ');
	const yomi = toHiragana(kanaRaw);
	if (yomi) provided.push('yomi');
	else missing.push('よみがな（yomi、ひらがなで）');
	if (kanaRaw && !yomi) keep('よみがな（元のデータ）', kanaRaw);
	const alias = take('alias', '、');
	if (alias) keep('通称', alias);

	// Place.
	const venue = oneLine(take('venue', ' '));
	const addressRaw = oneLine(take('address', ' '));
	const buildingRaw = oneLine(take('building', ' '));
	const placeName = own ? buildingRaw || name : venue || name;
	const address = own ? addressRaw : [addressRaw, buildingRaw].filter(Boolean).join(' ');
	const postalRaw = take('postal_code');
	const postalCode = postalRaw ? postal(postalRaw) : undefined;
	if (postalRaw && !postalCode) keep('郵便番号', postalRaw);
	const latRaw = take('lat');
	const lngRaw = take('lng');
	let location: LatLng | undefined;
	if (latRaw || lngRaw) {
		let lat = Number(normalizeJapaneseInput(latRaw));
		let lng = Number(normalizeJapaneseInput(lngRaw));
		if (lat > 90 && lng < 90) {
			[lat, lng] = [lng, lat];
			notes.push('緯度と経度が逆になっていたので入れかえました');
		}
		if (Number.isFinite(lat) && Number.isFinite(lng) && lat >= 20 && lat <= 46 && lng >= 122 && lng <= 154) location = { lat, lng };
		else {
			keep('緯度・経度（元のデータ、読めませんでした）', `${latRaw} ${lngRaw}`);
			notes.push(`緯度・経度「${latRaw} ${lngRaw}」が日本の中の位置として読めないので、本文に残しました`);
		}
	}
	const accessRaw = take('access');
	const access = fitsLine(oneLine(accessRaw)) ? oneLine(accessRaw) : undefined;
	if (accessRaw && !access) keep('行き方', accessRaw);

	// Area.
	let area: string | undefined;
	let outside = false;
	const point = location ?? ctx.geocoded;
	if (point) {
		area = ctx.districtAt(point.lat, point.lng);
		if (!area) {
			outside = true;
			missing.push(`校区（位置 ${point.lat}, ${point.lng} がどの校区の中にもありません）`);
		}
		if (!location && ctx.geocoded) notes.push(`住所から位置を調べました（国土地理院）: ${ctx.geocoded.lat}, ${ctx.geocoded.lng}`);
	} else if (ctx.area) {
		area = ctx.area;
		notes.push(`緯度・経度がないので、--area の ${ctx.area} にしました`);
	} else missing.push('校区（緯度・経度がありません。--area で校区を決めるか、--geocode で住所から位置を調べてください）');

	// Contact and provider.
	const providerName = oneLine(take('provider', ' '));
	const contactName = oneLine(take('contact', ' '));
	const telRaw = take('tel', ' ');
	const tel = telRaw ? phone(telRaw) : undefined;
	if (telRaw && !tel) {
		keep('電話番号', telRaw);
		notes.push(`電話番号「${oneLine(telRaw)}」は市外局番からの形でないので、本文に残しました`);
	}
	const faxRaw = take('fax', ' ');
	const fax = faxRaw ? phone(faxRaw) : undefined;
	if (faxRaw && !fax) keep('FAX', faxRaw);
	const emailRaw = take('email', ' ');
	const mail = emailRaw ? email(emailRaw) : undefined;
	if (emailRaw && !mail) keep('メールアドレス', emailRaw);
	const formRaw = take('form_url', ' ');
	const form = formRaw ? webUrl(formRaw) : undefined;
	if (formRaw && !form) keep('問い合わせフォーム', formRaw);
	const urlRaw = take('url', ' ');
	const ownPage = !!urlRaw && !!ctx.siteUrl && urlRaw.trim().startsWith(ctx.siteUrl);
	const url = urlRaw && !ownPage ? webUrl(urlRaw) : undefined;
	if (urlRaw && !url && !ownPage) keep('ホームページ', urlRaw);
	const contactUrl = form ?? url;
	const contact: Record<string, unknown> = {
		name: contactName || providerName || name,
		...(tel ? { tel } : {}),
		...(fax ? { fax } : {}),
		...(mail ? { email: mail } : {}),
		...(contactUrl ? { url: contactUrl } : {}),
	};
	if (contactName || providerName) provided.push('contact.name');
	if (tel) provided.push('contact.tel');
	if (fax) provided.push('contact.fax');
	if (mail) provided.push('contact.email');
	if (contactUrl) provided.push('contact.url');
	if (!tel && !mail && !contactUrl && !own) missing.push('連絡の方法（電話番号・メールアドレス・ホームページのどれか）');
	const isPublic = layout !== 'mhlw' && layout !== 'custom';
	const provider = { name: providerName || (layout === 'mhlw' ? name : ctx.municipality), type: isPublic && !providerName ? '行政' : isPublic && /市|町|村|区|課|局|センター/.test(providerName) ? '行政' : 'その他' };
	if (providerName) provided.push('provider.name');

	// What it is.
	const summaryRaw = take('summary');
	const summaryLine = oneLine(summaryRaw);
	const summary = fitsLine(summaryLine) ? summaryLine : `${name || '名前のない項目'}（${ctx.municipality}の${KIND_NOUN[layout]}）`;
	if (fitsLine(summaryLine)) provided.push('summary');
	else if (summaryRaw) keep('説明', summaryRaw);
	const targetRaw = take('target', ' ');
	const target = fitsLine(oneLine(targetRaw)) ? oneLine(targetRaw) : 'どなたでも';
	if (fitsLine(oneLine(targetRaw))) provided.push('target');
	else if (targetRaw) keep('対象', targetRaw);
	const applyRaw = take('apply');
	const howToApply = fitsLine(oneLine(applyRaw)) ? oneLine(applyRaw) : collection === 'salons' ? 'くわしくは問い合わせ先にご確認ください。' : 'くわしくは問い合わせ先にお問い合わせください。';
	if (fitsLine(oneLine(applyRaw))) provided.push('how_to_apply');
	else if (applyRaw) keep('申し込み', applyRaw);
	const costRaw = take('cost', ' ／ ');
	const cost = readCost(costRaw);
	if (cost) provided.push('cost');
	else if (costRaw) keep('料金', costRaw);
	const capacityRaw = take('capacity', ' ');
	const capacityNumber = Number(normalizeJapaneseInput(capacityRaw).replace(/[人名]$/, ''));
	const capacity = collection === 'salons' && Number.isInteger(capacityNumber) && capacityNumber > 0 ? capacityNumber : undefined;
	if (capacity) provided.push('capacity');
	else if (capacityRaw) keep('定員', capacityRaw);
	const accessibilityRaw = take('accessibility');
	const parts = accessibilityRaw.split(/[、,，]/).map((p) => p.trim()).filter(Boolean);
	const accessibility = parts.length && parts.every((p) => (ACCESSIBILITY_FEATURES as readonly string[]).includes(p)) ? parts : undefined;
	if (accessibility) provided.push('accessibility');
	else if (accessibilityRaw) keep('バリアフリー', accessibilityRaw);
	const statusRaw = take('status', ' ');
	const status = /休止/.test(statusRaw) ? '休止中' : /終了|廃止/.test(statusRaw) ? '終了' : '活動中';
	if (statusRaw) provided.push('status');
	if (statusRaw && !/活動|休止|終了|廃止/.test(statusRaw)) keep('ステータス', statusRaw);
	const transportRaw = take('transport', ' ');
	if (transportRaw) provided.push('transport');
	const program = take('program', ' ');

	// Date of the information.
	const updatedRaw = take('updated', ' ');
	const updated = updatedRaw ? readDate(updatedRaw) : undefined;
	if (updatedRaw && !updated) keep('更新日（元のデータ）', updatedRaw);
	const lastConfirmed = updated ?? ctx.confirmed;
	if (updated || ctx.confirmed) provided.push('last_confirmed');

	// When.
	const notesText = own ? { noteColumn: takeHeader('note', '備考'), other: takeHeader('note', 'その他') } : { noteColumn: '', other: '' };
	let remarks = '';
	let scheduleNote: string | undefined;
	let ownBody: string | undefined;
	if (!own) {
		// Our own export's convention, also when read into another town: 「日時の補足: …」 on the first line.
		const carrierHeader = layout === 'mhlw' ? 'その他' : '備考';
		const c = cols('note').find((x) => headerKey(x.header) === headerKey(carrierHeader));
		const value = c ? (cells[c.index] ?? '').trim() : '';
		if (value.startsWith(SNOTE_PREFIX)) {
			const [first, ...rest] = value.split(/\r?\n/);
			scheduleNote = first!.slice(SNOTE_PREFIX.length).trim();
			used.add(c!.index);
			remarks = rest.join('\n').trim();
		}
	}
	if (own) {
		const carrier = layout === 'mhlw' ? notesText.other : notesText.noteColumn;
		const [first, ...rest] = carrier.split(/\r?\n/);
		if (first?.startsWith(SNOTE_PREFIX)) {
			scheduleNote = first.slice(SNOTE_PREFIX.length).trim();
			ownBody = rest.join('\n').trim();
		} else ownBody = carrier.trim();
	}
	let schedule: Schedule | undefined;
	let scheduleUnderstood = true;
	if (layout === 'mhlw') {
		const weekly = mhlwWeekly((f) => take(f));
		const ruleText = own ? notesText.noteColumn : takeHeader('note', '備考');
		const closedText = take('closed');
		const fromText = ruleText ? readHours(ruleText) : { schedule: undefined, leftover: [] };
		const fromClosed = closedText ? readHours(closedText) : { schedule: undefined, leftover: [] };
		const textRules = fromText.schedule && !fromText.leftover.length && fromText.schedule.rules.length ? fromText.schedule : undefined;
		const closedOk = fromClosed.schedule && !fromClosed.leftover.length && fromClosed.schedule.rules.length === 0;
		const base = textRules ?? weekly;
		const closed = { ...(base?.closed ?? {}), ...(closedOk && !((own || ctx.ownFormat) && textRules) ? fromClosed.schedule!.closed : {}) };
		const leftovers = [ruleText && !textRules ? ruleText : '', closedText && !closedOk && !((own || ctx.ownFormat) && textRules) ? closedText : ''].filter(Boolean);
		if (ruleText && !textRules && base) remarks = [ruleText, remarks].filter(Boolean).join('\n\n'); // a remark, not the rules
		const note = [scheduleNote ?? '', ...(base ? leftovers.filter((l) => l !== ruleText) : leftovers)].filter(Boolean);
		if (base || note.length) {
			schedule = {
				rules: base?.rules ?? [],
				...(Object.keys(closed).length ? { closed } : {}),
				...(textRules?.from ? { from: textRules.from } : {}),
				...(textRules?.until ? { until: textRules.until } : {}),
				...(note.length ? { note: oneLine(note.join(' ')) } : {}),
			} as Schedule;
			scheduleUnderstood = leftovers.length === 0;
		}
	} else if (own) {
		const text = take('hours');
		take('days');
		take('start');
		take('end');
		const r = text ? readHours(text) : undefined;
		if (r?.schedule && !r.leftover.length && r.schedule.rules.length) {
			schedule = { ...r.schedule, ...(scheduleNote ? { note: scheduleNote } : {}) } as Schedule;
		} else if (text || scheduleNote) {
			schedule = { rules: [], note: oneLine([text, scheduleNote ?? ''].filter(Boolean).join(' ')) } as Schedule;
			scheduleUnderstood = false;
		}
	} else {
		const dates = [take('dates', ' '), take('until', ' ')].filter(Boolean).join('〜');
		const hoursText = [dates, take('hours', ' ')].filter(Boolean).join(' ');
		const result = combineHours({ days: take('days'), start: take('start'), end: take('end'), text: hoursText, closed: take('closed', ' ') });
		schedule = result.schedule;
		scheduleUnderstood = result.understood;
		if (scheduleNote) schedule = { ...(schedule ?? { rules: [] }), note: [schedule?.note, scheduleNote].filter(Boolean).join(' ') } as Schedule;
		const iso = (s: string) => (/^\d{4}-\d{2}-\d{2}$/.test(s) ? s : undefined);
		if (schedule && layout === 'events') {
			const from = iso(normalizeJapaneseInput(cols('dates')[0] ? (cells[cols('dates')[0]!.index] ?? '') : ''));
			const until = iso(normalizeJapaneseInput(cols('until')[0] ? (cells[cols('until')[0]!.index] ?? '') : ''));
			if (from && !schedule.from) schedule = { ...schedule, from };
			if (until && !schedule.until && (!from || until >= from)) schedule = { ...schedule, until };
		}
	}
	if (schedule?.note && !fitsLine(schedule.note)) {
		keep('利用できる日時', schedule.note);
		schedule = { ...schedule, note: '利用できる日時は、下の本文をご覧ください' };
	}
	if (!own) remarks = [remarks, take('note', '\n\n')].filter(Boolean).join('\n\n');
	if (schedule && (!own || scheduleUnderstood)) provided.push('schedule');
	if (!scheduleUnderstood) notes.push('日時の一部が読み取れないので、元の書き方を schedule.note に残しました');
	if (collection === 'salons' && !schedule) missing.push('日時（schedule）');

	// The rest of the row: remarks, then every column the importer has no field for.
	if (remarks) body.push(escapeBody(remarks));
	for (const c of columns) {
		const value = (cells[c.index] ?? '').trim();
		if (!value || used.has(c.index) || c.template) continue;
		if (c.field && isAdmin(c.field)) continue;
		if (c.field === 'program' || c.field === 'transport') continue;
		keep(c.header.replace(/\s+/g, '') || `（見出しのない ${c.index + 1} 列目）`, value);
	}
	for (let i = columns.length; i < cells.length; i++) if ((cells[i] ?? '').trim()) keep(`（見出しのない ${i + 1} 列目）`, cells[i]!);
	if (program && !flag(program) && !/^0$/.test(normalizeJapaneseInput(program))) keep('総合事業実施の有無', program);

	const place = {
		name: placeName,
		address,
		...(postalCode ? { postal_code: postalCode } : {}),
		...(location ? { location } : ctx.geocoded ? { location: ctx.geocoded } : {}),
		...(access ? { access } : {}),
	};
	if (placeName && (venue || buildingRaw)) provided.push('place.name');
	if (address) provided.push('place.address');
	if (postalCode) provided.push('place.postal_code');
	if (location) provided.push('place.location');
	if (access) provided.push('place.access');
	const hasPlace = !!(address || location || venue || collection === 'salons');
	if (hasPlace && !address) missing.push('住所（place.address）');

	const data: Record<string, unknown> = {
		name,
		yomi,
		...(collection === 'salons' ? { category: category(`${name} ${summaryLine}`) } : {}),
		summary,
		target,
		fields: /体操|運動|健康|ウォーキング/.test(`${name} ${summaryLine}`) ? ['健康づくり', '集いと交流'] : ['集いと交流'],
		service_class: layout === 'mhlw' ? (flag(program) ? '一般介護予防事業' : '地域の助け合い') : 'その他市町村事業',
		provider,
		...(collection === 'salons' ? { area: area ?? '' } : { areas: area ? [area] : [] }),
		...(hasPlace ? { place } : {}),
		...(schedule ? { schedule } : collection === 'salons' ? { schedule: { rules: [], note: '' } } : {}),
		...(cost ? { cost } : {}),
		...(transportRaw ? { transport: flag(transportRaw) ? 'あり' : 'なし' } : {}),
		...(accessibility ? { accessibility } : {}),
		...(capacity ? { capacity } : {}),
		contact,
		how_to_apply: howToApply,
		...(url ? { url } : {}),
		last_confirmed: lastConfirmed ?? '',
		status,
	};
	if (url) provided.push('url');
	const text = own ? (ownBody ?? '') : body.filter(Boolean).join('\n\n');
	const ownFields = ['name', 'yomi', 'place.address', 'place.name', 'place.postal_code', 'place.location', 'contact.tel', 'summary', 'target', 'capacity', 'provider.name', 'status', 'schedule', 'cost', 'transport', 'accessibility'];
	if (own) provided.splice(0, provided.length, ...provided.filter((p) => ownFields.includes(p)));
	if (text.length > LIMITS.bodyChars) notes.push(`本文が長すぎます（${LIMITS.bodyChars}文字まで）`);
	if (!missing.length && lastConfirmed) {
		const schema = collection === 'salons' ? salonSchema : resourceSchema;
		const result = schema.safeParse(data);
		if (!result.success) for (const i of explainIssues(result.error.issues, schema)) missing.push(`${i.path.join('.')}: ${i.message}`);
	}
	return {
		kind: missing.length ? 'draft' : 'entry',
		line,
		id,
		name,
		collection,
		area: area ?? ctx.cityArea,
		data,
		body: text,
		provided,
		missing,
		notes,
		location: location ?? ctx.geocoded,
		outside,
		address,
		needsDate: !lastConfirmed,
	};
}
