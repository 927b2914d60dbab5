/**
 * From features to areas: which attribute holds the name, filtering (`--filter 属性=値`), grouping parts that
 * share a name, the area's name and reading, and its id (file name). Pure functions; the CLI prints and writes.
 */
import { katakanaToHiragana } from '../../japanese.ts';
import { idFromYomi, LEVEL_SLUGS, slugify } from './romanize.ts';
import { MAX_NAME_LENGTH } from '../../safety/portable-name.ts';
import { showValue, shown, type SourceFeature } from './read.ts';

export const AREA_ID = /^[a-z0-9][a-z0-9-]*$/;

/** The longest id an import writes (the file is `<id>.md`; ids are also in every entry's `area:`). */
export const MAX_ID_LENGTH = Math.min(60, MAX_NAME_LENGTH - 3);

/** An id cut to MAX_ID_LENGTH at a hyphen where there is one, never ending in a hyphen. */
export function shortenId(id: string): string {
	if (id.length <= MAX_ID_LENGTH) return id;
	const cut = id.slice(0, MAX_ID_LENGTH);
	const hyphen = cut.lastIndexOf('-');
	return (hyphen >= MAX_ID_LENGTH / 2 ? cut.slice(0, hyphen) : cut).replace(/-+$/, '');
}

/** 国土数値情報's school name attribute by version: A27-21 and later A27_004, A27-10/A27-16 A27_007. */
const KSJ_NAME_FIELDS = ['A27_004', 'A27_007', 'A32_004', 'A32_007'];
const SCHOOLISH = /(学校|分校|学園)$/;

/** Levels whose areas are named after a school: 〇〇小学校 becomes 〇〇小学校区. */
const SCHOOL_LEVELS = new Set(['校区', '小学校区', '中学校区']);

const text = (value: unknown): string =>
	(value === null || value === undefined ? '' : value instanceof Date ? value.toISOString().slice(0, 10) : String(value))
		.normalize('NFKC')
		.trim();

export interface FieldChoice {
	field: string;
	why: string;
}

/**
 * The attribute that obviously holds the name, if there is one:
 * 1. the only attribute whose every value ends in 学校 (国土数値情報 A27/A32 and most cities' 通学区域 name
 *    districts after their school: A27_007 in A27-10/A27-16, A27_004 in A27-21 and later);
 * 2. the 国土数値情報 school name attribute (A27_004, A27_007) when nine values in ten are school names
 *    (a prefecture has 分校, 学園 and the odd blank: the address, all different, must not win);
 * 3. otherwise the only text attribute whose values are all filled in and all different.
 * Undefined when no rule picks exactly one: the coordinator chooses with --name-field.
 */
export function chooseNameField(features: readonly SourceFeature[], fields: readonly string[]): FieldChoice | undefined {
	if (features.length === 0) return undefined;
	const values = (field: string) => features.map((f) => f.properties[field]);
	const schools = fields.filter((f) => values(f).every((v) => typeof v === 'string' && /学校$/.test(text(v))));
	if (schools.length === 1)
		return { field: schools[0]!, why: `値がすべて「〇〇学校」の属性です（例: ${shown(text(values(schools[0]!)[0]))}）` };
	const ksj = fields.filter(
		(f) => KSJ_NAME_FIELDS.includes(f) && values(f).filter((v) => SCHOOLISH.test(text(v))).length >= 0.9 * features.length,
	);
	if (ksj.length === 1) return { field: ksj[0]!, why: `国土数値情報の学校名の属性です（例: ${shown(text(values(ksj[0]!)[0]))}）` };
	const unique = fields.filter((f) => {
		const vs = values(f);
		return vs.every((v) => typeof v === 'string' && text(v) !== '') && new Set(vs.map(text)).size === vs.length;
	});
	if (unique.length === 1)
		return { field: unique[0]!, why: `ただ1つの、値がすべて異なる文字の属性です（例: ${shown(text(values(unique[0]!)[0]))}）` };
	return undefined;
}

/** Lines listing each attribute with the values of the first few features. */
export function describeFields(features: readonly SourceFeature[], fields: readonly string[], examples = 3): string[] {
	return fields.map((field) => {
		const vs = features.slice(0, examples).map((f) => showValue(f.properties[field]));
		return `  ${shown(field)}: ${vs.join('、')}`;
	});
}

export interface Filter {
	field: string;
	value: string;
}

/** `属性=値` (full-width ＝ accepted). Undefined if there is no =. */
export function parseFilter(option: string): Filter | undefined {
	const m = /^([^=＝]+)[=＝](.*)$/.exec(option);
	return m ? { field: m[1]!.trim(), value: m[2]!.trim() } : undefined;
}

/** Features whose attributes equal every filter's value (compared as text after NFKC, so ２９２０１ = 29201). */
export function applyFilters(features: readonly SourceFeature[], filters: readonly Filter[]): SourceFeature[] {
	return features.filter((f) => filters.every(({ field, value }) => text(f.properties[field]) === text(value)));
}

/** The area's name from the attribute: 〇〇小学校 → 〇〇小学校区 for 校区-type levels. */
export function areaName(raw: unknown, level: string): string {
	const name = text(raw).replace(/\s+/g, ' ');
	return SCHOOL_LEVELS.has(level) && /学校$/.test(name) ? `${name}区` : name;
}

/** A reading as the area schema wants it (hiragana, ー and spaces), or undefined if it is not one. */
export function normaliseYomi(raw: unknown, name: string, rawName: string): string | undefined {
	let yomi = katakanaToHiragana(text(raw)).replace(/\s+/g, ' ');
	if (!yomi || !/^[ぁ-ゖー・ 　]+$/u.test(yomi)) return undefined;
	// The name gained 区 (〇〇小学校 → 〇〇小学校区): so does the reading.
	if (name !== text(rawName).replace(/\s+/g, ' ') && name.endsWith('区') && /がっこう$/.test(yomi)) yomi += 'く';
	return yomi;
}

export interface PlannedArea {
	name: string;
	yomi?: string;
	id: string;
	/** How the id was made, for the summary. */
	idFrom: 'id-field' | 'yomi' | 'number';
	/** The features (file positions) that make up this area. */
	features: SourceFeature[];
}

export interface PlanOptions {
	nameField: string;
	yomiField?: string;
	idField?: string;
	level: string;
}

export interface Plan {
	areas: PlannedArea[];
	/** Features without a name, left out (1-based positions). */
	unnamed: number[];
	/** Readings that could not be used (not kana), by area name. */
	badYomi: string[];
	/** Ids that were empty or not ASCII, by area name (--id-field). */
	badIds: string[];
	/** Ids that were taken and got a -2, -3 … suffix. */
	renamed: string[];
}

/**
 * Groups features by name (parts with the same name become one area), and gives each area its name, reading
 * and a unique id: the --id-field value, else the romanised reading, else `<level>-<n>` in name order. Areas
 * come in 五十音順 of their readings when there are readings, otherwise in name order.
 */
export function planAreas(features: readonly SourceFeature[], options: PlanOptions): Plan {
	const groups = new Map<string, SourceFeature[]>();
	const unnamed: number[] = [];
	for (const f of features) {
		const raw = text(f.properties[options.nameField]);
		if (!raw) {
			unnamed.push(f.number);
			continue;
		}
		const name = areaName(raw, options.level);
		groups.set(name, [...(groups.get(name) ?? []), f]);
	}
	const badYomi: string[] = [];
	const badIds: string[] = [];
	const renamed: string[] = [];
	const readings = [...groups.entries()].map(([name, parts]) => {
		let yomi: string | undefined;
		if (options.yomiField) {
			const raw = parts.map((p) => p.properties[options.yomiField!]).find((v) => text(v) !== '');
			yomi = normaliseYomi(raw, name, text(parts[0]!.properties[options.nameField]));
			if (raw !== undefined && text(raw) !== '' && !yomi) badYomi.push(`${shown(name)}（${showValue(raw)}）`);
		}
		return { name, parts, yomi };
	});
	// 五十音順 when there are readings, otherwise by name.
	readings.sort((a, b) => (a.yomi ?? a.name).localeCompare(b.yomi ?? b.name, 'ja') || a.name.localeCompare(b.name, 'ja'));
	const taken = new Set<string>();
	const unique = (id: string, name: string) => {
		let candidate = id;
		for (let n = 2; taken.has(candidate); n++) candidate = `${id}-${n}`;
		if (candidate !== id) renamed.push(`${shown(name)}: ${candidate}`);
		taken.add(candidate);
		return candidate;
	};
	const levelSlug = LEVEL_SLUGS[options.level] ?? 'area';
	const areas = readings.map(({ name, parts, yomi }, index): PlannedArea => {
		const first = parts[0]!;
		const withYomi = yomi ? { yomi } : {};
		if (options.idField) {
			const id = shortenId(slugify(text(first.properties[options.idField])));
			if (AREA_ID.test(id)) return { name, ...withYomi, id: unique(id, name), idFrom: 'id-field', features: parts };
			badIds.push(`${shown(name)}（${showValue(first.properties[options.idField])}）`);
		}
		if (yomi) {
			const id = shortenId(idFromYomi(yomi, name));
			if (AREA_ID.test(id)) return { name, yomi, id: unique(id, name), idFrom: 'yomi', features: parts };
		}
		return { name, ...withYomi, id: unique(`${levelSlug}-${index + 1}`, name), idFrom: 'number', features: parts };
	});
	return { areas, unnamed, badYomi, badIds, renamed };
}
