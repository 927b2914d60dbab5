/**
 * Reading one row's cells by source field, remembering which columns were used so that every other value can be
 * accounted for (kept in the body, or listed in the report).
 */
import { headerKey, type SourceField } from './headers.ts';

export interface Column {
	index: number;
	header: string;
	field: SourceField | undefined;
	/** A template's guide column (「←データの項目名を入力」): its values are the template's words, not data. */
	template: boolean;
}

export interface RowReader {
	readonly cells: readonly string[];
	readonly columns: readonly Column[];
	readonly used: Set<number>;
	/** The non-empty columns of a field. */
	cols(f: SourceField): Column[];
	/** The values of a field's columns not used yet, joined; marks them used. */
	take(f: SourceField, sep?: string): string;
	/** The value of the field's column with this header; marks it used. */
	takeHeader(f: SourceField, header: string): string;
	/** The first value of a field without marking it. */
	peek(f: SourceField): string;
}

export function rowReader(cells: readonly string[], columns: readonly Column[]): RowReader {
	const used = new Set<number>();
	const value = (c: Column) => (cells[c.index] ?? '').trim();
	const cols = (f: SourceField) => columns.filter((c) => c.field === f && value(c) !== '');
	return {
		cells,
		columns,
		used,
		cols,
		take(f, sep = '\n') {
			return cols(f)
				.filter((c) => !used.has(c.index))
				.map((c) => {
					used.add(c.index);
					return value(c);
				})
				.join(sep);
		},
		takeHeader(f, header) {
			const c = cols(f).find((x) => headerKey(x.header) === headerKey(header));
			if (!c) return '';
			used.add(c.index);
			return value(c);
		},
		peek(f) {
			const c = cols(f)[0];
			return c ? value(c) : '';
		},
	};
}
