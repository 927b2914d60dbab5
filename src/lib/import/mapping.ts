/**
 * A city's own columns named by the person importing: `--map 列名=field` (repeatable) or `--map-file mapping.yaml`
 * holding `列名: field` lines. A field is a source field's name (name, address, tel …), its Japanese label (名前,
 * 住所 …), or an entry field it fills (place.address, contact.tel, schedule.note …); `body` keeps the column in the
 * entry's text and `ignore` leaves it out.
 */
import yaml from 'js-yaml';
import { fieldByName, fieldOfHeader, headerKey, isTemplateHeader, SOURCE_FIELD_NAMES, SOURCE_FIELDS, type SourceField } from './headers.ts';

export interface ColumnMap {
	/** headerKey(column) → field */
	fields: Map<string, SourceField>;
	errors: string[];
}

const fieldList = () => SOURCE_FIELD_NAMES.map((f) => `${f}（${SOURCE_FIELDS[f].label}）`).join('、');

function add(map: ColumnMap, column: string, field: string, where: string): void {
	const f = fieldByName(field.trim());
	if (!column.trim()) map.errors.push(`${where}: 列名が空です`);
	else if (!f) map.errors.push(`${where}: 「${field}」という項目はありません。使える項目: ${fieldList()}`);
	else map.fields.set(headerKey(column), f);
}

/** `--map 列名=field` values. */
export function mapFromArgs(values: readonly string[], into: ColumnMap = { fields: new Map(), errors: [] }): ColumnMap {
	for (const v of values) {
		const i = v.lastIndexOf('=');
		if (i < 0) into.errors.push(`--map ${v}: 「列名=項目」の形で書いてください（例: --map 施設名=name）`);
		else add(into, v.slice(0, i), v.slice(i + 1), `--map ${v}`);
	}
	return into;
}

/** A mapping file: YAML `列名: field`. */
export function mapFromFile(text: string, file: string, into: ColumnMap = { fields: new Map(), errors: [] }): ColumnMap {
	let data: unknown;
	try {
		data = yaml.load(text, { schema: yaml.FAILSAFE_SCHEMA });
	} catch (e) {
		into.errors.push(`${file}: YAML として読めません（${(e as Error).message.split('\n')[0]}）`);
		return into;
	}
	if (!data || typeof data !== 'object' || Array.isArray(data)) {
		into.errors.push(`${file}: 「列名: 項目」を1行に1つ書いてください（例: 施設名: name）`);
		return into;
	}
	for (const [column, field] of Object.entries(data as Record<string, unknown>)) {
		if (typeof field !== 'string') into.errors.push(`${file}: 「${column}」の項目は文字で書いてください`);
		else add(into, column, field, `${file} の「${column}」`);
	}
	return into;
}

/** The field of a header: the person's mapping first, then the known headers. Template guide columns map to nothing. */
export function resolveField(header: string, map: ColumnMap | undefined): SourceField | undefined {
	if (isTemplateHeader(header)) return undefined;
	return map?.fields.get(headerKey(header)) ?? fieldOfHeader(header);
}

/** Columns of the mapping that the file does not have (a typo in a column name). */
export function unusedMappings(map: ColumnMap, headers: readonly string[]): string[] {
	const keys = new Set(headers.map(headerKey));
	return [...map.fields.keys()].filter((k) => !keys.has(k));
}
