/**
 * One row of a source file to an entry, a draft, or a skipped row with its reason. Every non-empty value lands
 * somewhere: in a field, in `schedule.note`, in the entry's text under a Japanese label (a value a field could not
 * take), or — for columns the schema has no field for — in the report or a body section, as `--keep-extra` says.
 * Nothing is claimed that the row does not say: the provider, its type, the summary and a salon's category come from
 * the row's own columns or from a flag, never from the site's town. Pure: the 校区 comes from a function the caller
 * passes (point-in-polygon on the areas).
 *
 * The steps, each a function below: name, place, area, contact and provider, what it is, date, schedule, the rest.
 */
import { normalizeJapaneseInput } from '../../schemas/common.ts';
import { resourceSchema } from '../../schemas/resources.ts';
import { salonSchema } from '../../schemas/salons.ts';
import type { Schedule } from '../../schemas/schedule.ts';
import { ACCESSIBILITY_FEATURES, type ProviderType } from '../../schemas/taxonomy.ts';
import { explainIssues } from '../zod-problems.ts';
import { inJapan, katakanaToHiragana } from '../japanese.ts';
import { LIMITS } from '../safety/limits.ts';
import { headerKey, isAdmin, SOURCE_FIELDS, type SourceField } from './headers.ts';
import { cleanId, hashId } from './identity.ts';
import { LAYOUTS, type Layout } from './layouts.ts';
import { rowReader, type Column, type RowReader } from './row-reader.ts';
import { readSchedule } from './row-schedule.ts';
import { categoryOf, fitsLine, oneLine, providerTypeOf, readCost, readDate, readEmail, readPhone, readPostal, readUrl } from './values.ts';

export type { Column } from './row-reader.ts';
export { SNOTE_PREFIX } from './row-schedule.ts';
export { readCost, readDate } from './values.ts';

export type Collection = 'salons' | 'resources';
export interface LatLng {
	lat: number;
	lng: number;
}
/** Where values without a field go: listed in the report (default), or kept in a section of the body. */
export type KeepExtra = 'report' | 'body';

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
	/** --keep-extra (default report). */
	keepExtra?: KeepExtra | undefined;
	/** --provider and --provider-type: who runs every row that names no one itself. */
	provider?: { name?: string | undefined; type?: ProviderType | undefined } | undefined;
	/** --summary: the summary of every row that has none. */
	summary?: string | undefined;
}

export interface Skipped {
	kind: 'skip';
	line: number;
	reason: string;
}
/** A value the schema has no field for: its column's Japanese label and the value. */
export interface Extra {
	label: string;
	value: string;
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
	/** Values without a field, listed in the report (with --keep-extra report). */
	extras: Extra[];
	location?: LatLng | undefined;
	/** Its coordinates lie outside every 校区. */
	outside: boolean;
	/** The address, for --geocode. */
	address: string;
	/** No date for 最終確認日 in the row, the file or --confirmed. */
	needsDate: boolean;
}
export type RowOutcome = Skipped | Mapped;

const toHiragana = (s: string) =>
	katakanaToHiragana(s.normalize('NFKC'))
		.replace(/[^ぁ-ゖー・ 　]/g, '')
		.replace(/\s+/g, ' ')
		.trim();
const flag = (v: string) => v.normalize('NFKC').trim() === '1' || /^(有|あり|可|true|○|〇)/i.test(v.trim());
/** Markdown must not read a value as HTML. */
const escapeBody = (s: string) => s.replace(/</g, '\\<');

/** What a row's summary says when the file has no column for it: only that the file lists it. */
const LISTED: Partial<Record<Layout, string>> = {
	mhlw: '通いの場の一覧に載っている活動です',
	kodomo: '子ども食堂・こどもの居場所の一覧に載っている活動です',
	facilities: '公共施設の一覧に載っている施設です',
	'facilities-current': '公共施設の一覧に載っている施設です',
	properties: '施設の一覧に載っている施設です',
	events: 'イベントの一覧に載っている行事です',
};
const SERVICE_CLASS: Record<Layout, string> = {
	mhlw: '地域の助け合い',
	kodomo: '地域の助け合い',
	facilities: 'その他市町村事業',
	'facilities-current': 'その他市町村事業',
	properties: 'その他市町村事業',
	events: 'その他市町村事業',
	custom: 'その他市町村事業',
};

/** The row's id in the file (NO / ID), or a hash of its name, municipality and address; and its name. */
export function rowIdentity(cells: readonly string[], columns: readonly Column[]): { id: string; name: string; hashed: boolean } {
	const get = (f: SourceField) =>
		columns
			.filter((c) => c.field === f)
			.map((c) => (cells[c.index] ?? '').trim())
			.filter(Boolean);
	const name = oneLine(get('name').join(' '));
	const raw = cleanId(get('id')[0] ?? '');
	if (raw) return { id: raw, name, hashed: false };
	return { id: hashId(name, oneLine([...get('municipality'), ...get('address'), ...get('building')].join(' '))), name, hashed: true };
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

/** What the steps collect. */
interface Out {
	notes: string[];
	missing: string[];
	provided: string[];
	body: string[];
	extras: Extra[];
	/** A value a field could not take, kept in the body under its Japanese label. */
	keep(label: string, value: string): void;
}
function collector(): Out {
	const out: Out = {
		notes: [],
		missing: [],
		provided: [],
		body: [],
		extras: [],
		keep: (label, value) => value.trim() && out.body.push(`${label}: ${escapeBody(value.trim())}`),
	};
	return out;
}

function readName(r: RowReader, out: Out) {
	const name = oneLine(r.take('name', ' '));
	if (name) out.provided.push('name');
	else out.missing.push('名前（name）');
	const kanaRaw = r.take('yomi', ' ');
	const yomi = toHiragana(kanaRaw);
	if (yomi) out.provided.push('yomi');
	else out.missing.push('よみがな（yomi、ひらがなで）');
	if (kanaRaw && !yomi) out.keep('よみがな（元のデータ）', kanaRaw);
	const alias = r.take('alias', '、');
	if (alias) out.keep('通称', alias);
	return { name, yomi };
}

function readPlace(r: RowReader, name: string, own: boolean, out: Out) {
	const venue = oneLine(r.take('venue', ' '));
	const addressRaw = oneLine(r.take('address', ' '));
	const buildingRaw = oneLine(r.take('building', ' '));
	const placeName = own ? buildingRaw || name : venue || name;
	const address = own ? addressRaw : [addressRaw, buildingRaw].filter(Boolean).join(' ');
	const postalRaw = r.take('postal_code');
	const postalCode = postalRaw ? readPostal(postalRaw) : undefined;
	if (postalRaw && !postalCode) out.keep('郵便番号', postalRaw);
	const latRaw = r.take('lat');
	const lngRaw = r.take('lng');
	let location: LatLng | undefined;
	if (latRaw || lngRaw) {
		let lat = Number(normalizeJapaneseInput(latRaw));
		let lng = Number(normalizeJapaneseInput(lngRaw));
		if (lat > 90 && lng < 90) {
			[lat, lng] = [lng, lat];
			out.notes.push('緯度と経度が逆になっていたので入れかえました');
		}
		if (Number.isFinite(lat) && Number.isFinite(lng) && inJapan(lat, lng)) location = { lat, lng };
		else {
			out.keep('緯度・経度（元のデータ、読めませんでした）', `${latRaw} ${lngRaw}`);
			out.notes.push(`緯度・経度「${latRaw} ${lngRaw}」が日本の中の位置として読めないので、本文に残しました`);
		}
	}
	const accessRaw = r.take('access');
	const access = fitsLine(oneLine(accessRaw)) ? oneLine(accessRaw) : undefined;
	if (accessRaw && !access) out.keep('行き方', accessRaw);
	if (placeName && (venue || buildingRaw)) out.provided.push('place.name');
	if (address) out.provided.push('place.address');
	if (postalCode) out.provided.push('place.postal_code');
	if (location) out.provided.push('place.location');
	if (access) out.provided.push('place.access');
	return { venue, placeName, address, postalCode, location, access };
}

function readArea(location: LatLng | undefined, ctx: RowContext, out: Out): { area: string | undefined; outside: boolean } {
	const point = location ?? ctx.geocoded;
	if (point) {
		const area = ctx.districtAt(point.lat, point.lng);
		if (!area) out.missing.push(`校区（位置 ${point.lat}, ${point.lng} がどの校区の中にもありません）`);
		if (!location && ctx.geocoded) out.notes.push(`住所から位置を調べました（国土地理院）: ${ctx.geocoded.lat}, ${ctx.geocoded.lng}`);
		return { area, outside: !area };
	}
	if (ctx.area) {
		out.notes.push(`緯度・経度がないので、--area の ${ctx.area} にしました`);
		return { area: ctx.area, outside: false };
	}
	out.missing.push('校区（緯度・経度がありません。--area で校区を決めるか、--geocode で住所から位置を調べてください）');
	return { area: undefined, outside: false };
}

/** A contact value read by the schema's rule, or kept in the body under its label when the rule refuses it. */
function readContactValue(
	r: RowReader,
	f: SourceField,
	label: string,
	read: (v: string) => string | undefined,
	out: Out,
): string | undefined {
	const raw = r.take(f, ' ');
	const value = raw ? read(raw) : undefined;
	if (raw && !value) out.keep(label, raw);
	return value;
}

function readContact(r: RowReader, name: string, ctx: RowContext, out: Out) {
	const providerName = oneLine(r.take('provider', ' '));
	const contactName = oneLine(r.take('contact', ' '));
	const telRaw = r.peek('tel');
	const tel = readContactValue(r, 'tel', '電話番号', readPhone, out);
	if (telRaw && !tel) out.notes.push(`電話番号「${oneLine(telRaw)}」は市外局番からの形でないので、本文に残しました`);
	const fax = readContactValue(r, 'fax', 'FAX', readPhone, out);
	const mail = readContactValue(r, 'email', 'メールアドレス', readEmail, out);
	const form = readContactValue(r, 'form_url', '問い合わせフォーム', readUrl, out);
	const urlRaw = r.take('url', ' ');
	const ownPage = !!urlRaw && !!ctx.siteUrl && urlRaw.trim().startsWith(ctx.siteUrl);
	const url = urlRaw && !ownPage ? readUrl(urlRaw) : undefined;
	if (urlRaw && !url && !ownPage) out.keep('ホームページ', urlRaw);
	const contactUrl = form ?? url;
	const contact: Record<string, unknown> = {
		name: contactName || providerName || name,
		...(tel ? { tel } : {}),
		...(fax ? { fax } : {}),
		...(mail ? { email: mail } : {}),
		...(contactUrl ? { url: contactUrl } : {}),
	};
	if (contactName || providerName) out.provided.push('contact.name');
	for (const [k, v] of [
		['tel', tel],
		['fax', fax],
		['email', mail],
		['url', contactUrl],
	] as const)
		if (v) out.provided.push(`contact.${k}`);
	if (!tel && !mail && !contactUrl && !ctx.own) out.missing.push('連絡の方法（電話番号・メールアドレス・ホームページのどれか）');
	if (url) out.provided.push('url');
	return { contact, url, provider: readProvider(r, providerName, ctx, out) };
}

/** Who runs it: the row's own column or --provider; its type from a 設置主体 column, --provider-type or its name. */
function readProvider(r: RowReader, fromRow: string, ctx: RowContext, out: Out): { name: string; type: string } {
	const name = fromRow || ctx.provider?.name || '';
	const typeCell = oneLine(r.take('provider_type', ' '));
	const type =
		(typeCell ? providerTypeOf(typeCell) : undefined) ??
		(fromRow ? undefined : ctx.provider?.type) ??
		(name ? providerTypeOf(name) : undefined) ??
		ctx.provider?.type;
	if (typeCell && !providerTypeOf(typeCell)) out.keep(SOURCE_FIELDS.provider_type.label, typeCell);
	if (!name) out.missing.push('運営する団体（provider。ファイルに運営団体名の列がないときは --provider で指定できます）');
	else out.provided.push('provider.name');
	if (name && !type)
		out.notes.push(`「${name}」がどの種類の団体か、ファイルからはわからないので「その他」にしました（--provider-type で指定できます）`);
	if (type) out.provided.push('provider.type');
	return { name, type: type ?? 'その他' };
}

function readAbout(r: RowReader, name: string, ctx: RowContext, out: Out) {
	const collection = LAYOUTS[ctx.layout].collection;
	const lineOf = (f: SourceField, field: string, label: string, sep = '\n') => {
		const raw = r.take(f, sep);
		const v = oneLine(raw);
		if (fitsLine(v)) out.provided.push(field);
		else if (raw) out.keep(label, raw);
		return fitsLine(v) ? v : undefined;
	};
	let summary = lineOf('summary', 'summary', '説明') ?? ctx.summary;
	if (!summary && LISTED[ctx.layout]) {
		summary = LISTED[ctx.layout]!;
		out.notes.push('説明（summary）の列がないので、一覧に載っていることだけを書きました');
	}
	if (!summary) out.missing.push('説明（summary。--summary で指定できます）');
	const target = lineOf('target', 'target', '対象', ' ') ?? '問い合わせ先にご確認ください';
	const howToApply = lineOf('apply', 'how_to_apply', '申し込み') ?? 'くわしくは問い合わせ先にご確認ください。';
	const costRaw = r.take('cost', ' ／ ');
	const cost = readCost(costRaw);
	if (cost) out.provided.push('cost');
	else if (costRaw) out.keep('料金', costRaw);
	const capacityRaw = r.take('capacity', ' ');
	const capacityNumber = Number(normalizeJapaneseInput(capacityRaw).replace(/[人名]$/, ''));
	const capacity = collection === 'salons' && Number.isInteger(capacityNumber) && capacityNumber > 0 ? capacityNumber : undefined;
	if (capacity) out.provided.push('capacity');
	else if (capacityRaw) out.keep('定員', capacityRaw);
	const accessibilityRaw = r.take('accessibility');
	const parts = accessibilityRaw
		.split(/[、,，]/)
		.map((p) => p.trim())
		.filter(Boolean);
	const accessibility = parts.length && parts.every((p) => (ACCESSIBILITY_FEATURES as readonly string[]).includes(p)) ? parts : undefined;
	if (accessibility) out.provided.push('accessibility');
	else if (accessibilityRaw) out.keep('バリアフリー', accessibilityRaw);
	const statusRaw = r.take('status', ' ');
	const status = /休止/.test(statusRaw) ? '休止中' : /終了|廃止/.test(statusRaw) ? '終了' : '活動中';
	if (statusRaw) out.provided.push('status');
	if (statusRaw && !/活動|休止|終了|廃止/.test(statusRaw)) out.keep('ステータス', statusRaw);
	const transportRaw = r.take('transport', ' ');
	if (transportRaw) out.provided.push('transport');
	const program = r.take('program', ' ');
	if (program && !flag(program) && !/^0$/.test(normalizeJapaneseInput(program))) out.keep('総合事業実施の有無', program);
	const category = collection === 'salons' ? categoryOf(`${name} ${summary ?? ''}`) : undefined;
	if (collection === 'salons' && !category) out.missing.push('種類（category。名前や活動内容からはわかりません）');
	const fields = /体操|運動|健康|ウォーキング/.test(`${name} ${summary ?? ''}`) ? ['健康づくり', '集いと交流'] : ['集いと交流'];
	return {
		summary: summary ?? '',
		target,
		howToApply,
		cost,
		capacity,
		accessibility,
		status,
		transport: transportRaw ? (flag(transportRaw) ? 'あり' : 'なし') : undefined,
		program,
		category,
		fields,
	};
}

function readConfirmed(r: RowReader, ctx: RowContext, out: Out): string | undefined {
	const updatedRaw = r.take('updated', ' ');
	const updated = updatedRaw ? readDate(updatedRaw) : undefined;
	if (updatedRaw && !updated) out.keep('更新日（元のデータ）', updatedRaw);
	if (updated || ctx.confirmed) out.provided.push('last_confirmed');
	return updated ?? ctx.confirmed;
}

/** A header as a Japanese label for the body: 参加費_大人 → 参加費（大人）; undefined for a header in English words. */
export function japaneseLabel(header: string): string | undefined {
	const h = header.replace(/\s+/g, '').replace(/:$/, '');
	if (!h || !/[\u3040-\u30ff\u3400-\u9fff]/.test(h)) return undefined;
	const [head, ...rest] = h.split('_');
	return rest.length ? `${head}（${rest.join('・')}）` : head;
}

/** Every column the steps did not use: admin columns are left out (the report lists them); the others are extras. */
function readRest(r: RowReader, ctx: RowContext, remarks: string, out: Out): void {
	if (remarks) out.body.push(escapeBody(remarks));
	if (!ctx.own) {
		const more = r.take('note', '\n\n');
		if (more) out.body.push(escapeBody(more));
	}
	const extra: Extra[] = [];
	for (const c of r.columns) {
		const value = (r.cells[c.index] ?? '').trim();
		if (!value || r.used.has(c.index) || c.template) continue;
		if (c.field && isAdmin(c.field)) continue;
		if (c.field === 'program' || c.field === 'transport') continue;
		// --map 列=body: the person importing asked for it in the body.
		if (c.field === 'body') out.body.push(`${japaneseLabel(c.header) ?? SOURCE_FIELDS.body.label}: ${escapeBody(value)}`);
		else
			extra.push({
				label: c.field ? SOURCE_FIELDS[c.field].label : (japaneseLabel(c.header) ?? `（見出し「${c.header.trim()}」の列）`),
				value,
			});
	}
	for (let i = r.columns.length; i < r.cells.length; i++)
		if ((r.cells[i] ?? '').trim()) extra.push({ label: `（見出しのない ${i + 1} 列目）`, value: r.cells[i]!.trim() });
	if (ctx.keepExtra !== 'body') {
		out.extras.push(...extra);
		return;
	}
	// Only values under a Japanese label reach the page; a column named in English words stays in the report.
	const shown = extra.filter((e) => !e.label.startsWith('（'));
	if (shown.length)
		out.body.push(
			[
				'ファイルのほかの列（取りこんだまま。運営者に確かめて直してください）',
				'',
				...shown.map((e) => `- ${e.label}: ${escapeBody(oneLine(e.value))}`),
			].join('\n'),
		);
	out.extras.push(...extra.filter((e) => e.label.startsWith('（')));
}

/** Maps one data row. Never throws on what a file holds. */
export function mapRow(cells: readonly string[], line: number, ctx: RowContext): RowOutcome {
	const skip = skipReason(cells, ctx.columns);
	if (skip) return { kind: 'skip', line, reason: skip };
	const { layout } = ctx;
	const collection: Collection = LAYOUTS[layout].collection;
	const r = rowReader(cells, ctx.columns);
	const out = collector();
	const own = !!ctx.own;
	const { id } = rowIdentity(cells, ctx.columns);
	r.take('id');
	const { name, yomi } = readName(r, out);
	const place = readPlace(r, name, own, out);
	const { area, outside } = readArea(place.location, ctx, out);
	const { contact, url, provider } = readContact(r, name, ctx, out);
	const about = readAbout(r, name, ctx, out);
	const lastConfirmed = readConfirmed(r, ctx, out);
	const when = readSchedule(r, layout, own, !!ctx.ownFormat);
	let schedule = when.schedule;
	if (schedule?.note && !fitsLine(schedule.note)) {
		out.keep('利用できる日時', schedule.note);
		schedule = { ...schedule, note: '利用できる日時は、下の本文をご覧ください' };
	}
	if (schedule && (!own || when.understood)) out.provided.push('schedule');
	if (!when.understood) out.notes.push('日時の一部が読み取れないので、元の書き方を schedule.note に残しました');
	if (when.draftReason) out.missing.push(`確かな日時（${when.draftReason}。schedule.note に元の書き方を残しました）`);
	if (collection === 'salons' && !schedule) out.missing.push('日時（schedule）');
	readRest(r, ctx, when.remarks, out);
	const hasPlace = !!(place.address || place.location || place.venue || collection === 'salons');
	if (hasPlace && !place.address) out.missing.push('住所（place.address）');
	const data = entryData({
		...about,
		name,
		yomi,
		layout,
		collection,
		area,
		hasPlace,
		place,
		schedule,
		contact,
		url,
		provider,
		lastConfirmed,
		geocoded: ctx.geocoded,
	});
	const text = own ? (when.ownBody ?? '') : out.body.filter(Boolean).join('\n\n');
	if (own) out.provided.splice(0, out.provided.length, ...out.provided.filter((p) => OWN_FIELDS.includes(p)));
	if (text.length > LIMITS.bodyChars) out.notes.push(`本文が長すぎます（${LIMITS.bodyChars}文字まで）`);
	if (!out.missing.length && lastConfirmed) {
		const schema = collection === 'salons' ? salonSchema : resourceSchema;
		const result = schema.safeParse(data);
		if (!result.success) for (const i of explainIssues(result.error.issues, schema)) out.missing.push(`${i.path.join('.')}: ${i.message}`);
	}
	const location = place.location ?? ctx.geocoded;
	return {
		kind: out.missing.length ? 'draft' : 'entry',
		line,
		id,
		name,
		collection,
		area: area ?? ctx.cityArea,
		data,
		body: text,
		provided: out.provided,
		missing: out.missing,
		notes: out.notes,
		extras: out.extras,
		location,
		outside,
		address: place.address,
		needsDate: !lastConfirmed,
	};
}

/** Fields our own export says, and so the only ones reading it back may change. */
const OWN_FIELDS = [
	'name',
	'yomi',
	'place.address',
	'place.name',
	'place.postal_code',
	'place.location',
	'contact.tel',
	'summary',
	'target',
	'capacity',
	'provider.name',
	'status',
	'schedule',
	'cost',
	'transport',
	'accessibility',
];

type About = ReturnType<typeof readAbout>;
interface EntryParts extends About {
	name: string;
	yomi: string;
	layout: Layout;
	collection: Collection;
	area: string | undefined;
	hasPlace: boolean;
	place: ReturnType<typeof readPlace>;
	schedule: Schedule | undefined;
	contact: Record<string, unknown>;
	url: string | undefined;
	provider: { name: string; type: string };
	lastConfirmed: string | undefined;
	geocoded: LatLng | undefined;
}

/** The front matter, in the order an author reads it. */
function entryData(p: EntryParts): Record<string, unknown> {
	const place = {
		name: p.place.placeName,
		address: p.place.address,
		...(p.place.postalCode ? { postal_code: p.place.postalCode } : {}),
		...(p.place.location ? { location: p.place.location } : p.geocoded ? { location: p.geocoded } : {}),
		...(p.place.access ? { access: p.place.access } : {}),
	};
	const salon = p.collection === 'salons';
	return {
		name: p.name,
		yomi: p.yomi,
		...(salon ? { category: p.category ?? '' } : {}),
		summary: p.summary,
		target: p.target,
		fields: p.fields,
		service_class: p.layout === 'mhlw' ? (flag(p.program) ? '一般介護予防事業' : SERVICE_CLASS.mhlw) : SERVICE_CLASS[p.layout],
		provider: p.provider,
		...(salon ? { area: p.area ?? '' } : { areas: p.area ? [p.area] : [] }),
		...(p.hasPlace ? { place } : {}),
		...(p.schedule ? { schedule: p.schedule } : salon ? { schedule: { rules: [], note: '' } } : {}),
		...(p.cost ? { cost: p.cost } : {}),
		...(p.transport ? { transport: p.transport } : {}),
		...(p.accessibility ? { accessibility: p.accessibility } : {}),
		...(p.capacity ? { capacity: p.capacity } : {}),
		contact: p.contact,
		how_to_apply: p.howToApply,
		...(p.url ? { url: p.url } : {}),
		last_confirmed: p.lastConfirmed ?? '',
		status: p.status,
	};
}
