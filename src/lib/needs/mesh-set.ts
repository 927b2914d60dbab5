/**
 * The meshes of several tables as one set, checked so that no one is counted twice: the same mesh in two files is
 * refused, and so is a mesh inside another mesh given (a 500 m and a 1 km table of one place). A secret mesh whose
 * HTKSAKI mesh is not among the files is reported: its counts are in that mesh, which was not given.
 */
import type { MeshRow } from './estat-table.ts';
import { parentCodes } from './mesh-code.ts';

export interface MeshSet {
	rows: MeshRow[];
	problems: string[];
	notes: string[];
}

export function combineMeshes(tables: readonly { file: string; rows: readonly MeshRow[] }[]): MeshSet {
	const seen = new Map<string, string>();
	const rows: MeshRow[] = [];
	const problems: string[] = [];
	for (const { file, rows: tableRows } of tables) {
		for (const row of tableRows) {
			const where = `${file} ${row.line} 行目`;
			const before = seen.get(row.code);
			if (before) {
				problems.push(
					`${where}: メッシュ ${row.code} は ${before} にもあります。同じメッシュを二度数えないよう、同じファイルを二度渡していないか確かめてください`,
				);
				continue;
			}
			seen.set(row.code, where);
			rows.push(row);
		}
	}
	for (const row of rows) {
		const outer = parentCodes(row.code).find((c) => seen.has(c));
		if (outer)
			problems.push(
				`${seen.get(row.code)}: メッシュ ${row.code} は、別に渡されたメッシュ ${outer}（${seen.get(outer)}）の中にあります。大きさの違うメッシュの表（500 m と 1 km など）はどちらか一方だけを渡してください`,
			);
	}
	const notes: string[] = [];
	const lost = rows.filter((r) => r.secret.length && r.foldedInto && !seen.has(r.foldedInto));
	for (const r of lost)
		notes.push(
			`${seen.get(r.code)}: 秘匿されたメッシュ ${r.code} の数は ${r.foldedInto} に含まれていますが、そのメッシュは渡されたファイルにありません（隣の1次メッシュのファイルも渡すと数に入ります）`,
		);
	return { rows, problems, notes };
}
