/**
 * Reads a filled worklist.csv back into confirmations. 結果 is one mark for all the row's entries (○ / 済 / 休止 /
 * 終了 / 再開), or one mark per entry in the order of the ID cell, separated by 「、」, commas, spaces or line breaks
 * (「○、終了」). 確認日 is the day of the call; 方法 (optional) how it was made (電話 unless said otherwise); メモ is
 * the status note when 結果 changes the status. A row with 結果 empty has not been done yet and is passed over.
 * Every row that cannot be applied is reported with its line in the file, in Japanese. Pure.
 */
import { CONFIRMATION_METHODS, type ConfirmationMethod, type Status } from '../../schemas/taxonomy.ts';
import { normalizeHeader, parseRows } from '../import/csv.ts';
import { visibleText } from '../safety/visible-text.ts';
import type { Confirmation } from './confirm-lines.ts';
import { readConfirmDate } from './confirm-date.ts';
import { noteProblem } from './record.ts';
import { COLUMNS } from './worklist.ts';

/** The marks a volunteer may write in 結果, and the status each leaves the entry in (undefined: unchanged). */
const RESULTS: Record<string, Status | undefined> = {
	'○': undefined,
	〇: undefined,
	'◯': undefined,
	済: undefined,
	済み: undefined,
	休止: '休止中',
	休止中: '休止中',
	終了: '終了',
	再開: '活動中',
};
export const RESULT_WORDS = '○（または 済）・休止・終了・再開';

/**
 * Where a row is: its row as a spreadsheet numbers it (the header is row 1), and the line of the text file it starts
 * on, which is further down when cells above hold several lines (a contact's entries).
 */
export interface RowPlace {
	row: number;
	line: number;
}

export interface WorklistAction extends RowPlace {
	/** salons/aoba/aoba-yuuhi-cafe */
	ref: string;
	change: Confirmation;
}

export interface WorklistProblem extends RowPlace {
	message: string;
}

/** 「5行目」, with the text file's line when it differs: 「5行目（テキストでは9行目）」. */
export const placeOf = ({ row, line }: RowPlace) => `${row}行目${line !== row ? `（テキストでは${line}行目）` : ''}`;

export interface WorklistReading {
	actions: WorklistAction[];
	problems: WorklistProblem[];
	/** Rows whose 結果 is still empty. */
	notDone: number;
}

/** The parts of a cell; a leading apostrophe (the CSV's guard against formulas) is not part of a value. */
const parts = (cell: string, separators: RegExp) =>
	cell
		.normalize('NFKC')
		.split(separators)
		.map((t) => t.replace(/^'/, ''))
		.filter(Boolean);

/** The columns by header; a missing one is a problem for the whole file. */
function columns(header: string[]): Record<keyof typeof COLUMNS, number> | string {
	const found = header.map((h) => normalizeHeader(h.replace(/^\uFEFF/, '')));
	const at = Object.fromEntries(Object.entries(COLUMNS).map(([k, name]) => [k, found.indexOf(normalizeHeader(name))])) as Record<
		keyof typeof COLUMNS,
		number
	>;
	const missing = (['ids', 'result', 'date'] as const).filter((k) => at[k] === -1).map((k) => COLUMNS[k]);
	return missing.length ? `1行目に ${missing.join('・')} の列がありません。npm run reconfirm が作った worklist.csv を使ってください` : at;
}

interface RowContext {
	today: string;
	method: ConfirmationMethod;
	known: (ref: string) => boolean;
}

/** One row into actions, or the reason it cannot be applied. */
function readRow(cells: string[], place: RowPlace, at: Record<keyof typeof COLUMNS, number>, ctx: RowContext): WorklistAction[] | string {
	const cell = (i: number) => (i === -1 ? '' : (cells[i] ?? '').trim());
	const refs = parts(cell(at.ids), /[\s、,]+/u);
	const marks = parts(cell(at.result), /[\s、,/・]+/u);
	if (!refs.length) return 'ID の欄が空です';
	const unknownRef = refs.find((r) => !ctx.known(r));
	if (unknownRef) return `ID「${visibleText(unknownRef, 80)}」の情報が見つかりません（消えたか、名前が変わったかもしれません）`;
	const unknownMark = marks.find((m) => !(m in RESULTS));
	if (unknownMark) return `結果「${visibleText(unknownMark, 40)}」が読めません。${RESULT_WORDS} のどれかを書いてください`;
	if (marks.length !== 1 && marks.length !== refs.length)
		return `結果が${marks.length}つありますが、この行の情報は${refs.length}件です。1つ（全部に同じ）か、${refs.length}つ書いてください`;
	const dateCell = cell(at.date);
	if (!dateCell) return '確認日が空欄です。確かめた日を 2026-12-10 のように書いてください';
	const date = readConfirmDate(dateCell, ctx.today);
	if ('problem' in date) return `確認日: ${date.problem}`;
	const methodCell = cell(at.method).normalize('NFKC');
	if (methodCell && !(CONFIRMATION_METHODS as readonly string[]).includes(methodCell))
		return `方法「${visibleText(methodCell, 40)}」が読めません。${CONFIRMATION_METHODS.join('・')} のどれかを書いてください`;
	const note = cell(at.note).replace(/\s*[\r\n]+\s*/g, ' ');
	const by = (methodCell || ctx.method) as ConfirmationMethod;
	return refs.map((ref, i) => {
		const status = RESULTS[marks[marks.length === 1 ? 0 : i]!];
		return { ref, ...place, change: { date: date.date, by, ...(status ? { status, ...(note ? { note } : {}) } : {}) } };
	});
}

/** The confirmations a filled worklist asks for, and the rows that cannot be applied. */
export function readWorklist(text: string, ctx: RowContext): WorklistReading {
	const rows = parseRows(text, ',').map((r, i) => ({ cells: r.cells, place: { row: i + 1, line: r.line } }));
	const reading: WorklistReading = { actions: [], problems: [], notDone: 0 };
	const [head, ...body] = rows;
	const at = columns(head?.cells ?? []);
	if (typeof at === 'string') return { ...reading, problems: [{ row: 1, line: 1, message: at }] };
	const seen = new Map<string, RowPlace>();
	for (const { cells, place } of body.filter((r) => r.cells.some((c) => c.trim() !== ''))) {
		if (!(cells[at.result] ?? '').trim()) {
			reading.notDone++;
			continue;
		}
		const read = readRow(cells, place, at, ctx);
		const twice = typeof read === 'string' ? undefined : read.find((a) => seen.has(a.ref));
		const note = typeof read === 'string' ? undefined : read.find((a) => a.change.note && noteProblem(a.change.note))?.change.note;
		if (typeof read === 'string') reading.problems.push({ ...place, message: read });
		else if (twice)
			reading.problems.push({
				...place,
				message: `${twice.ref} は ${placeOf(seen.get(twice.ref)!)}にもあります。どちらか一方にしてください`,
			});
		else if (note) reading.problems.push({ ...place, message: `メモ: ${noteProblem(note)!.replace(/^--note: /, '')}` });
		else {
			for (const a of read) seen.set(a.ref, place);
			reading.actions.push(...read);
		}
	}
	return reading;
}
