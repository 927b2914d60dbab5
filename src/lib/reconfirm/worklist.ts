/**
 * worklist.csv: the list the person who phones works through, one row per contact (UTF-8 with a BOM so Excel opens
 * it; written by the project's CSV writer, formulas neutralised). A contact's entries are one per line inside the
 * cells 名前, 最終確認日, <校区> and ID, in the same order; 結果, 確認日, 方法 and メモ are left empty for the volunteer.
 * `npm run confirmed -- --from worklist.csv` reads it back (worklist-read.ts). Pure.
 */
import { csvSafe } from '../export/csv-safe.ts';
import { toCsv } from '../export/csv-write.ts';
import { sheetNumber, type Campaign } from './campaign.ts';

/** The columns read back, by their header. */
export const COLUMNS = { ids: 'ID', result: '結果', date: '確認日', method: '方法', note: 'メモ' } as const;

/** The header: the town's word for its areas (校区, 地区 …) names the area column. */
export function worklistHeader(district: string): string[] {
	return [
		'番号',
		'連絡先',
		'電話',
		'メール',
		'件数',
		'名前',
		'最終確認日',
		district,
		COLUMNS.ids,
		COLUMNS.result,
		COLUMNS.date,
		COLUMNS.method,
		COLUMNS.note,
	];
}

export function worklistCsv(campaign: Campaign, district: string): string {
	const total = campaign.contacts.length;
	const rows = campaign.contacts.map((g) => {
		const each = (f: (e: (typeof g.entries)[number]) => string) => g.entries.map(f).join('\n');
		return [
			sheetNumber(g.number, total),
			g.contact.name,
			g.contact.tel ?? '',
			g.contact.email ?? '',
			g.entries.length,
			each((e) => e.name),
			each((e) => e.lastConfirmed),
			each((e) => e.areaNames.join('・')),
			each((e) => e.ref),
			'',
			'',
			'',
			'',
		];
	});
	return csvSafe(toCsv(worklistHeader(district), rows));
}
