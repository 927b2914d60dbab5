/**
 * npm run import -- <file> [--layout …] [--area <校区 id>] [--confirmed 2026-06-30] [--dataset 名前] [--map 列名=項目]
 *   [--map-file mapping.yaml] [--geocode] [--dry-run] [--force] [--report path]
 * Reads the MHLW 通いの場 open data, a 公共施設一覧 (legacy or current layout, English property names), an
 * イベント一覧 or a city's own columns, as CSV, TSV, UTF-16 text or an Excel workbook, and writes one entry (or a
 * draft) per row; every row is accounted for in the report. The work is in src/lib/import/run.ts.
 */
import { parseArgs } from 'node:util';
import { contentDir } from '../src/lib/content-dir.ts';
import { LAYOUT_OPTION } from '../src/lib/import/layouts.ts';
import { InputError, runImport } from '../src/lib/import/run.ts';
import { tokyoDate } from '../src/lib/schedule/calendar.ts';

const HELP = `使い方: npm run import -- ファイル [オプション]

市町村や国のオープンデータを、サロン・通いの場（salons）や地域の資源（resources）のファイルにします。
読める形: 厚生労働省「通いの場のオープンデータ」、公共施設一覧（推奨データセット・自治体標準オープンデータセット）、
英語の項目名（#property, name, address …）の一覧、イベント一覧、市町村独自の列（--map で教えます）。
ファイル: CSV（UTF-8・BOM あり/なし・Shift_JIS）、タブ区切り、Excel の「Unicode テキスト」（UTF-16）、Excel（.xlsx）。

すべての行が、項目・下書き（_ で始まるファイル。足りないものを先頭に書きます）・飛ばした行（理由つき）の
どれかになり、報告（import-report-日付.md）に書かれます。同じデータを取りこみなおすと、同じ項目を更新します。

オプション:
  --layout 形           mhlw・facilities・current・properties・events・custom（ふつうは自動で決まります）
  --area 校区id         緯度・経度のない行の校区（緯度・経度のある行には使いません）
  --geocode             緯度・経度のない行の位置を、住所から国土地理院の住所検索で調べます（インターネットが必要）
  --confirmed 日付      最終確認日（例: 2026-06-30）。ファイルに更新日がないときは必要です
  --dataset 名前        取りこみ元のデータの名前（source.dataset）。ふつうは市町村名とファイル名から作ります
  --map 列名=項目       市町村独自の列が何かを教えます（何回でも）。例: --map 施設名=name --map 所在地=address
  --map-file ファイル   「列名: 項目」を1行に1つ書いた YAML ファイル
  --dry-run             何が書かれ、何が変わるか（name: 旧 → 新）を見るだけで、何も書きません
  --force               新しい項目と同じ名前のファイルがあるとき、別の名前にせず上書きします
  --report パス         報告を書くファイル（ふつうは import-report-日付.md）
  --help                この説明

終了コード: 0 = すべての行を書いた・更新した・下書きにした・理由つきで飛ばした、1 = ファイルや指定がまちがっている`;

let parsed;
try {
	parsed = parseArgs({
		allowPositionals: true,
		options: {
			layout: { type: 'string' },
			area: { type: 'string' },
			confirmed: { type: 'string' },
			dataset: { type: 'string' },
			map: { type: 'string', multiple: true },
			'map-file': { type: 'string' },
			geocode: { type: 'boolean' },
			'dry-run': { type: 'boolean' },
			force: { type: 'boolean' },
			report: { type: 'string' },
			help: { type: 'boolean', short: 'h' },
		},
	});
} catch (error) {
	console.error(`${(error as Error).message}\n\n${HELP}`);
	process.exit(1);
}
const { values, positionals } = parsed;
if (values.help) {
	console.log(HELP);
	process.exit(0);
}
const file = positionals[0];
if (!file) {
	console.error(HELP);
	process.exit(1);
}
const layout = values.layout === undefined ? undefined : LAYOUT_OPTION[values.layout];
if (values.layout !== undefined && !layout) {
	console.error(`--layout は ${Object.keys(LAYOUT_OPTION).join('・')} のどれかです`);
	process.exit(1);
}
try {
	await runImport({
		file,
		root: contentDir(),
		layout,
		area: values.area,
		confirmed: values.confirmed,
		dataset: values.dataset,
		map: values.map,
		mapFile: values['map-file'],
		geocode: values.geocode,
		dryRun: values['dry-run'],
		force: values.force,
		report: values.report,
		today: process.env['SASAEAI_TODAY'] ?? tokyoDate(new Date()),
		log: (line) => console.log(line),
	});
	if (!values['dry-run']) console.log('npm run check で確かめてから、npm run build してください。');
} catch (error) {
	if (error instanceof InputError) {
		console.error(error.message);
		process.exit(1);
	}
	throw error;
}
