import { describe, expect, test } from 'vitest';
import { parseRows } from '../import/csv.ts';
import { planCampaign } from './campaign.ts';
import type { ConfirmEntry } from './entries.ts';
import { worklistCsv } from './worklist.ts';
import { readWorklist } from './worklist-read.ts';

const entry = (id: string, name: string, lastConfirmed: string, tel: string, areaNames = ['青葉']): ConfirmEntry => ({
	collection: 'salons',
	id: `aoba/${id}`,
	ref: `salons/aoba/${id}`,
	file: `${id}.md`,
	name,
	yomi: 'あ',
	lastConfirmed,
	status: '活動中',
	contact: { name: '青葉自治会', tel },
	areaNames,
	data: {},
});
const entries = [
	entry('a', '=HYPERLINK("x")', '2025-01-01', '000-111-1111'),
	entry('b', 'ゆうひカフェ', '2025-02-01', '000-111-1111'),
	entry('c', '朝の体操', '2025-03-01', '000-222-2222', ['青葉', '桜']),
];
const campaign = planCampaign(entries, { today: '2026-12-06', dueMonths: 11 });
const csv = worklistCsv(campaign, '地区');

describe('worklist.csv', () => {
	const rows = parseRows(csv.replace(/^\uFEFF/, ''), ',');
	test('UTF-8 with a BOM, one row per contact, the entries one per line in their cells, 結果 and 確認日 empty', () => {
		expect(csv.startsWith('\uFEFF番号,連絡先,電話,メール,件数,名前,最終確認日,地区,ID,結果,確認日,方法,メモ\r\n')).toBe(true);
		expect(rows).toHaveLength(3);
		expect(rows[1]!.cells.slice(4, 12)).toEqual([
			'2',
			'\'=HYPERLINK("x")\nゆうひカフェ',
			'2025-01-01\n2025-02-01',
			'青葉\n青葉',
			'salons/aoba/a\nsalons/aoba/b',
			'',
			'',
			'',
		]);
		expect(rows[2]!.cells[7]).toBe('青葉・桜');
	});
});

describe('reading a filled worklist back', () => {
	const fill =
		(result: string, date: string, extra: string[] = []) =>
		(cells: string[]) => [...cells.slice(0, 9), result, date, ...extra];
	const filled = (fills: ((cells: string[]) => string[])[]) => {
		const rows = parseRows(csv.replace(/^\uFEFF/, ''), ',');
		const quote = (c: string) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
		return [rows[0]!.cells, ...rows.slice(1).map((r, i) => fills[i]!(r.cells))].map((r) => r.map(quote).join(',')).join('\r\n');
	};
	const ctx = { today: '2026-12-15', method: '電話' as const, known: (ref: string) => entries.some((e) => e.ref === ref) };

	test('one mark confirms every entry of the row; marks per entry apply in order', () => {
		const reading = readWorklist(filled([fill('○', '2026/12/10'), fill('休止', '2026-12-11', ['訪問', '会場の改修のため'])]), ctx);
		expect(reading.problems).toEqual([]);
		expect(reading.actions).toEqual([
			{ ref: 'salons/aoba/a', row: 2, line: 2, change: { date: '2026-12-10', by: '電話' } },
			{ ref: 'salons/aoba/b', row: 2, line: 2, change: { date: '2026-12-10', by: '電話' } },
			{ ref: 'salons/aoba/c', row: 3, line: 7, change: { date: '2026-12-11', by: '訪問', status: '休止中', note: '会場の改修のため' } },
		]);
		const perEntry = readWorklist(filled([fill('済、終了', '2026-12-10'), fill('', '')]), ctx);
		expect(perEntry.actions.map((a) => a.change.status)).toEqual([undefined, '終了']);
		expect(perEntry.notDone).toBe(1);
	});
	test('rows that cannot be applied are reported with their line, the others still apply', () => {
		const reading = readWorklist(filled([fill('たぶん', '2026-12-10'), fill('○', '2026-12-31')]), ctx);
		expect(reading.actions).toEqual([]);
		expect(reading.problems).toEqual([
			{ row: 2, line: 2, message: expect.stringContaining('結果「たぶん」が読めません') },
			{ row: 3, line: 7, message: expect.stringContaining('今日（2026-12-15）より後') },
		]);
		const unknown = readWorklist(
			filled([fill('○', '2026-12-10'), (c) => [...fill('○', '2026-12-10')(c).slice(0, 8), 'salons/aoba/gone', '○', '2026-12-10']]),
			ctx,
		);
		expect(unknown.actions.map((a) => a.ref)).toEqual(['salons/aoba/a', 'salons/aoba/b']);
		expect(unknown.problems).toEqual([
			{ row: 3, line: 7, message: expect.stringContaining('ID「salons/aoba/gone」の情報が見つかりません') },
		]);
		const counts = readWorklist(filled([fill('○、○、○', '2026-12-10'), fill('○', '')]), ctx);
		expect(counts.problems.map((p) => p.message)).toEqual([
			expect.stringContaining('結果が3つありますが、この行の情報は2件です'),
			expect.stringContaining('確認日が空欄です'),
		]);
	});
	test("a file without the worklist's columns is refused as a whole", () => {
		expect(readWorklist('名前,電話\nx,y\n', ctx).problems).toEqual([
			{ row: 1, line: 1, message: expect.stringContaining('ID・結果・確認日 の列がありません') },
		]);
	});
});
