import { describe, expect, it } from 'vitest';
import { parseMeshTable } from './estat-table.ts';
import { combineMeshes } from './mesh-set.ts';

const HEAD = 'KEY_CODE,HTKSYORI,HTKSAKI,GASSAN,T001141001,T001141019\n,,,,　人口（総数）,　６５歳以上人口　総数\n';
const table = (file: string, body: string) => ({ file, rows: parseMeshTable(HEAD + body, file).rows });

describe('combineMeshes', () => {
	it('refuses the same mesh twice and a mesh inside another given mesh, naming both places', () => {
		const set = combineMeshes([table('a.txt', '533977591,0,,,10,2\n53397759,0,,,40,9\n'), table('b.txt', '533977591,0,,,10,2\n')]);
		expect(set.rows.map((r) => r.code)).toEqual(['533977591', '53397759']);
		expect(set.problems).toEqual([
			'b.txt 3 行目: メッシュ 533977591 は a.txt 3 行目 にもあります。同じメッシュを二度数えないよう、同じファイルを二度渡していないか確かめてください',
			'a.txt 3 行目: メッシュ 533977591 は、別に渡されたメッシュ 53397759（a.txt 4 行目）の中にあります。大きさの違うメッシュの表（500 m と 1 km など）はどちらか一方だけを渡してください',
		]);
	});

	it('says where a secret mesh was folded when that mesh is in no file given', () => {
		const set = combineMeshes([table('a.txt', '533977594,2,534070501,,3,*\n')]);
		expect(set.problems).toEqual([]);
		expect(set.notes[0]).toContain('秘匿されたメッシュ 533977594 の数は 534070501 に含まれていますが');
	});
});
