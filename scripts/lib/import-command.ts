/**
 * The import command itself: its options read and checked, then src/lib/import/run.ts does the work. A function, so
 * that scripts/import-csv.ts runs it for a coordinator and tests/import.test.ts runs it in its own process with a
 * town of its own (a command started per import cost the suite a second of CPU each time).
 */
import { parseArgs } from 'node:util';
import { contentDir, usingSampleCity } from '../../src/lib/content-dir.ts';
import { LAYOUT_OPTION } from '../../src/lib/import/layouts.ts';
import { InputError, runImport } from '../../src/lib/import/run.ts';
import { tokyoDate } from '../../src/lib/schedule/calendar.ts';
import { PROVIDER_TYPES, type ProviderType } from '../../src/schemas/taxonomy.ts';
import { CONSOLE, optionProblem, type CommandIo } from './command-io.ts';

export const HELP = `使い方: npm run import -- ファイル [オプション]

市町村や国のオープンデータを、サロン・通いの場（salons）や地域の資源（resources）のファイルにします。
読める形: 厚生労働省「通いの場のオープンデータ」、子ども食堂・こどもの居場所の一覧（埼玉県・神奈川県・東京都の区などの49列の形）、
公共施設一覧（推奨データセット・自治体標準オープンデータセット）、英語の項目名（#property, name, address …）の一覧、
イベント一覧、市町村独自の列（--map で教えます）。
ファイル: CSV（UTF-8・BOM あり/なし・Shift_JIS）、タブ区切り、Excel の「Unicode テキスト」（UTF-16）、Excel（.xlsx）。

形は、その形を決める列がそろっているときだけ選びます。どの形とも言えないときは、わかった列・わからない列を
示して止まります（--layout か --map で教えてください）。ファイルに書いていないこと（運営する団体、説明など）は
書きません。足りない行は下書き（_ で始まるファイル。足りないものを先頭に書きます）になります。
すべての行が、項目・下書き・さわらなかった項目・飛ばした行（理由つき）のどれかになり、報告に書かれます。
同じデータを取りこみなおすと、この取りこみが書いた項目だけを更新します。手で直した項目、だれかが置いた下書き、
ほかのデータの同じ番号の項目はさわらず、報告に書きます。

オプション:
  --layout 形           mhlw・kodomo・facilities・current・properties・events・custom（ふつうは列から決まります）
  --area 校区id         緯度・経度のない行の校区（緯度・経度のある行には使いません）
  --geocode             緯度・経度のない行の位置を、住所から国土地理院の住所検索で調べます（インターネットが必要）
  --confirmed 日付      最終確認日（例: 2026-06-30）。ファイルに更新日がないときは必要です
  --dataset 名前        取りこみ元のデータの名前（source.dataset）。ふつうは市町村名とファイル名から作ります
  --map 列名=項目       市町村独自の列が何かを教えます（何回でも）。例: --map 施設名=name --map 所在地=address
  --map-file ファイル   「列名: 項目」を1行に1つ書いた YAML ファイル
  --provider 名前       運営する団体の列がないときの、運営する団体（provider.name）。ファイルにあればそちらを使います
  --provider-type 種類  運営する団体の種類（${PROVIDER_TYPES.join('・')}）
  --summary 文          説明の列がないときの説明（summary）
  --keep-extra 先       項目のない列の値をどこに残すか。report（ふつう）: ページに出さず報告に書く、
                        body: 各項目の本文の「ファイルのほかの列」に日本語の見出しで残す（英語の見出しの列は報告だけ）
  --only-town           この町（site.yaml の市町村）の行だけを取りこみます。ファイルに市区町村名か全国地方公共団体
                        コードの列があり、site.yaml にコードがあれば、指定しなくてもこうします
  --all-towns           ほかの市町村の行も取りこみます
  --dry-run             何が書かれ、何が変わるか（name: 旧 → 新）を見るだけで、何も書きません（報告のファイルも書きません）
  --force ファイル      さわらなかった項目（手で直した項目など）を、それでも更新します。ファイル・項目の id・行の番号で
                        1つずつ指定します（何回でも）
  --report パス         報告を書くファイル（ふつうは import-report-日付.md）
  --help                この説明

終了コード: 0 = すべての行を書いた・更新した・下書きにした・さわらなかった・理由つきで飛ばした、
1 = ファイルや指定がまちがっている・形が決められない（何も書きません）`;

/** Runs `npm run import -- <args>`; resolves to the exit code (0 done, 1 refused: nothing written). */
export async function importCommand(args: string[], io: CommandIo = CONSOLE): Promise<number> {
	let parsed;
	try {
		parsed = parseArgs({
			args,
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
				force: { type: 'string', multiple: true },
				provider: { type: 'string' },
				'provider-type': { type: 'string' },
				summary: { type: 'string' },
				'keep-extra': { type: 'string' },
				'only-town': { type: 'boolean' },
				'all-towns': { type: 'boolean' },
				report: { type: 'string' },
				help: { type: 'boolean', short: 'h' },
			},
		});
	} catch (error) {
		io.err(`${optionProblem(error as Error)}\n\n${HELP}`);
		return 1;
	}
	const { values, positionals } = parsed;
	if (values.help) {
		io.out(HELP);
		return 0;
	}
	const file = positionals[0];
	if (!file) {
		io.err(HELP);
		return 1;
	}
	const layout = values.layout === undefined ? undefined : LAYOUT_OPTION[values.layout];
	if (values.layout !== undefined && !layout) {
		io.err(`--layout は ${Object.keys(LAYOUT_OPTION).join('・')} のどれかです`);
		return 1;
	}
	if (usingSampleCity(io.env, io.cwd)) {
		io.err(
			'まだ町のフォルダ（content/）がないので、取りこむ先がサンプルの市（src/sample-city/、テストにも使う架空のひだまり市）になってしまいます。何も書いていません。\n先に npm run init-town で自分の町のフォルダを作ってから、もう一度 npm run import してください。',
		);
		return 1;
	}
	const keepExtra = values['keep-extra'];
	if (keepExtra !== undefined && keepExtra !== 'report' && keepExtra !== 'body') {
		io.err('--keep-extra は report（報告に書く）か body（本文に残す）です');
		return 1;
	}
	const providerType = values['provider-type'];
	if (providerType !== undefined && !(PROVIDER_TYPES as readonly string[]).includes(providerType)) {
		io.err(`--provider-type は ${PROVIDER_TYPES.join('・')} のどれかです`);
		return 1;
	}
	if (values['only-town'] && values['all-towns']) {
		io.err('--only-town と --all-towns は、どちらか一方だけを指定してください');
		return 1;
	}
	try {
		await runImport({
			file,
			root: contentDir(io.env, io.cwd),
			cwd: io.cwd,
			layout,
			area: values.area,
			confirmed: values.confirmed,
			dataset: values.dataset,
			map: values.map,
			mapFile: values['map-file'],
			geocode: values.geocode,
			geocoderUrl: io.env['SASAEAI_GEOCODER_URL'],
			dryRun: values['dry-run'],
			force: values.force,
			keepExtra,
			onlyTown: values['only-town'] ? true : values['all-towns'] ? false : undefined,
			provider: values.provider,
			providerType: providerType as ProviderType | undefined,
			summary: values.summary,
			report: values.report,
			today: io.env['SASAEAI_TODAY'] ?? tokyoDate(new Date()),
			log: io.out,
		});
	} catch (error) {
		if (error instanceof InputError) {
			io.err(error.message);
			return 1;
		}
		throw error;
	}
	if (!values['dry-run']) io.out('npm run check で確かめてから、npm run build してください。');
	return 0;
}
