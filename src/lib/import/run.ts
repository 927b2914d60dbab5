/**
 * npm run import, as a function: reads a file (CSV, TSV, UTF-16 text or .xlsx), finds its header row and chooses
 * its layout only on evidence, maps every row, keeps the town's own rows, matches rows to entries the import wrote
 * before, decides every file and every conflict, and only then writes entries, drafts and the report.
 * scripts/import-csv.ts is the command line around it.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative, resolve } from 'node:path';
import type { ProviderType } from '../../schemas/taxonomy.ts';
import { SAMPLE_CITY } from '../content-dir.ts';
import { visibleText } from '../safety/visible-text.ts';
import { parseRows, type TableRow } from './csv.ts';
import { decodeBytes, importFileProblem, isZip } from './encodings.ts';
import { gsiGeocoder } from './geocode.ts';
import { isTemplateHeader, SOURCE_FIELDS } from './headers.ts';
import { datasetName } from './identity.ts';
import { chooseLayout, findHeaderRow, LAYOUTS, type Layout } from './layouts.ts';
import { mapFromArgs, mapFromFile, resolveField, unusedMappings, type ColumnMap } from './mapping.ts';
import { InputError, planRows, type Plan, type PlanContext } from './plan.ts';
import { renderReport, summaryLine, type ImportReport } from './report.ts';
import { readDate, type Column, type KeepExtra } from './rows.ts';
import { loadTown } from './town.ts';
import { readExisting } from './update.ts';
import { readXlsx } from './xlsx.ts';

export { InputError } from './plan.ts';

export interface ImportOptions {
	file: string;
	/** The content folder. */
	root: string;
	layout?: Layout | undefined;
	area?: string | undefined;
	confirmed?: string | undefined;
	dataset?: string | undefined;
	map?: string[] | undefined;
	mapFile?: string | undefined;
	geocode?: boolean | undefined;
	/** Where --geocode asks (a test's stub); default 国土地理院's address search, or SASAEAI_GEOCODER_URL. */
	geocoderUrl?: string | undefined;
	dryRun?: boolean | undefined;
	/** --force: the entries (file, entry id or row id) whose conflicts the person accepts. */
	force?: string[] | undefined;
	/** --keep-extra: values without a field listed in the report (default) or kept in a body section. */
	keepExtra?: KeepExtra | undefined;
	/** --only-town / --all-towns; undefined: on when the file names municipalities and the site has a code. */
	onlyTown?: boolean | undefined;
	provider?: string | undefined;
	providerType?: ProviderType | undefined;
	summary?: string | undefined;
	/** Where to write the report (default: import-report-<date>.md in the working directory). */
	report?: string | undefined;
	today: string;
	/** Paths in messages are relative to this. */
	cwd?: string | undefined;
	log?: (line: string) => void;
}

export interface ImportResult {
	report: ImportReport;
	reportText: string;
	/** The report file written, or undefined for --dry-run (which writes nothing). */
	reportFile: string | undefined;
}

async function readTable(file: string): Promise<{ rows: TableRow[]; encoding: string }> {
	const tooLarge = importFileProblem(file, statSync(file).size);
	if (tooLarge) throw new InputError(tooLarge);
	const bytes = readFileSync(file);
	const ext = extname(file).toLowerCase();
	if (ext === '.xls' && !isZip(bytes))
		throw new InputError(
			`${file} は古い Excel の形（.xls）です。Excel で「名前を付けて保存」から .xlsx か CSV（UTF-8）で保存しなおしてください`,
		);
	if (isZip(bytes) || ext === '.xlsx') {
		try {
			const sheet = await readXlsx(bytes);
			return { rows: sheet.rows, encoding: `Excel（.xlsx、シート「${sheet.name}」）` };
		} catch (error) {
			throw new InputError(`${file} を Excel のファイルとして読めません（${(error as Error).message}）`);
		}
	}
	const { text, encoding } = decodeBytes(bytes);
	const rows = parseRows(text);
	const tab = rows[0] && rows[0].cells.length > 1 && text.split(/\r?\n/, 1)[0]!.includes('\t');
	return { rows, encoding: `${encoding}${tab ? '、タブ区切り' : ''}` };
}

function readColumnMap(opts: ImportOptions): ColumnMap {
	const map: ColumnMap = { fields: new Map(), errors: [] };
	if (opts.mapFile) {
		if (!existsSync(opts.mapFile)) throw new InputError(`--map-file ${opts.mapFile} が見つかりません`);
		mapFromFile(readFileSync(opts.mapFile, 'utf8'), opts.mapFile, map);
	}
	mapFromArgs(opts.map ?? [], map);
	if (map.errors.length) throw new InputError(map.errors.join('\n'));
	return map;
}

const quoted = (cells: readonly string[]) => cells.map((c) => `「${visibleText(c.replace(/\s+/g, ' '), 60)}」`).join('、') || '（なし）';
const MAP_HELP = `どの列が何かを --map 列名=項目（例: --map 施設名=name --map 所在地=address）か --map-file で教えるか、--layout で形を指定してください。使える項目: ${Object.keys(SOURCE_FIELDS).join('、')}`;

/** The header row, its columns and the layout with its reason; refuses (exit 1) when the evidence is not there. */
function readHeader(opts: ImportOptions, rows: TableRow[], map: ColumnMap) {
	const headerIndex = findHeaderRow(rows, (h) => resolveField(h, map));
	if (headerIndex === undefined) {
		const found = (rows.find((r) => r.cells.some((c) => c.trim()))?.cells ?? []).filter((c) => c.trim());
		throw new InputError(`${opts.file} の見出しの行に、名前の列が見つかりません。見つかった列: ${quoted(found)}\n${MAP_HELP}`);
	}
	const header = rows[headerIndex]!.cells;
	const columns: Column[] = header.map((h, index) => ({ index, header: h, field: resolveField(h, map), template: isTemplateHeader(h) }));
	const choice = chooseLayout(
		header,
		columns.map((c) => c.field),
		opts.layout,
	);
	if (!choice.layout) {
		throw new InputError(
			`${opts.file} がどの形のデータか、決められません（${choice.reason}）。形を当て推量で決めることはしません。\n` +
				`意味がわかった列: ${quoted(choice.recognised)}\n意味がわからない列: ${quoted(choice.unrecognised)}\n${MAP_HELP}（--layout は ${Object.keys(LAYOUTS).join('・')}）`,
		);
	}
	return { headerIndex, header, columns, layout: choice.layout, layoutReason: choice.reason };
}

export async function runImport(opts: ImportOptions): Promise<ImportResult> {
	const log = opts.log ?? (() => {});
	const cwd = opts.cwd ?? process.cwd();
	const show = (p: string) => relative(cwd, p) || p;
	if (!existsSync(opts.file)) throw new InputError(`${opts.file} が見つかりません`);
	refuseSampleCity(opts.root);
	const map = readColumnMap(opts);
	let confirmed: string | undefined;
	if (opts.confirmed !== undefined) {
		confirmed = readDate(opts.confirmed);
		if (!confirmed) throw new InputError(`--confirmed「${opts.confirmed}」は日付として読めません。2026-06-30 のように書いてください`);
	}
	const { rows, encoding } = await readTable(opts.file);
	const { headerIndex, header, columns, layout, layoutReason } = readHeader(opts, rows, map);
	const town = loadTown(opts.root, cwd, opts.area);
	const body = rows.slice(headerIndex + 1);
	const values = (field: string) => {
		const c = columns.find((x) => x.field === field);
		return new Set(c ? body.map((r) => (r.cells[c.index] ?? '').trim()).filter(Boolean) : []);
	};
	// The publisher: the one municipality the file names, else its prefecture (a prefecture-wide list), else the site's.
	const municipalities = [...values('municipality')];
	const fileMunicipality =
		(municipalities.length === 1 ? municipalities[0] : undefined) ||
		[...values('prefecture')][0] ||
		municipalities[0] ||
		town.site.municipality;
	const dataset = opts.dataset?.trim() || datasetName(opts.file, layout, fileMunicipality);
	// A date stated before the header (「更新日：2026年6月30日」) dates every row.
	const fileDate = rows
		.slice(0, headerIndex)
		.flatMap((r) => r.cells)
		.map((c) => readDate(c.replace(/^.*?(?=(\d{4}|令和|平成|R\d))/, '')))
		.find(Boolean);
	const ctx: PlanContext = {
		opts,
		town,
		columns,
		header,
		layout,
		dataset,
		confirmed: confirmed ?? fileDate,
		existing: readExisting(opts.root),
		geocode: opts.geocode ? gsiGeocoder(opts.geocoderUrl ? { baseUrl: opts.geocoderUrl } : {}) : undefined,
		show,
		log,
	};
	const planned = await planRows(ctx, body);
	const unused = unusedMappings(map, header);
	if (unused.length) planned.notices.unshift(`--map・--map-file の列のうち、ファイルにない列があります: ${unused.join('、')}`);
	if (planned.plans.some((p) => p.needsDate)) {
		throw new InputError(
			`最終確認日（last_confirmed）にする日付が、ファイルにありません（更新日・データ更新日の列も、見出しの前の日付もありません）。\n` +
				`市町村がこのデータを確かめた日（公開日や更新日）を --confirmed 2026-06-30 のように指定してください。今日の日付を勝手に使うことはしません。`,
		);
	}
	const report: ImportReport = {
		file: show(opts.file),
		encoding,
		layout: `${LAYOUTS[layout].label}${LAYOUTS[layout].collection === 'salons' ? '（サロン・通いの場に）' : '（地域の資源に）'}`,
		layoutReason,
		dataset,
		date: opts.today,
		dryRun: !!opts.dryRun,
		dataRows: body.length,
		confirmedFrom: confirmed
			? `${confirmed}（--confirmed）`
			: fileDate
				? `${fileDate}（ファイルに書かれた日付）`
				: columns.some((c) => c.field === 'updated')
					? '各行の更新日の列'
					: '（新しく書く行はありません）',
		rows: planned.plans.map((p) => p.report),
		unmapped: planned.unmapped,
		notices: planned.notices,
		keepExtra: opts.keepExtra ?? 'report',
		townFilter: planned.townFilter,
	};
	const reportText = renderReport(report);
	if (opts.dryRun) {
		log(reportText);
		log(`${summaryLine(report)}。--dry-run なので、何も書いていません（報告のファイルも書いていません）`);
		return { report, reportText, reportFile: undefined };
	}
	writePlans(planned.plans);
	const reportFile = opts.report ?? join(cwd, `import-report-${opts.today}.md`);
	mkdirSync(dirname(reportFile), { recursive: true });
	writeFileSync(reportFile, `${reportText}\n`);
	log(reportText);
	log(`${summaryLine(report)}。報告: ${show(reportFile)}`);
	return { report, reportText, reportFile };
}

/** The project's own sample city is the tests' fixture, not a town: a fresh clone must run init-town first. */
function refuseSampleCity(root: string): void {
	const sample = resolve(import.meta.dirname, '../../..', SAMPLE_CITY);
	if (resolve(root) === sample) {
		throw new InputError(
			'まだ町のフォルダ（content/）がないので、取りこむ先はサンプルの市（src/sample-city/、テストにも使う架空のひだまり市）になってしまいます。何も書いていません。\n' +
				'先に npm run init-town で自分の町のフォルダを作ってから、もう一度 npm run import してください。',
		);
	}
}

/** Writes what was decided, after every decision was made. */
function writePlans(plans: readonly Plan[]): void {
	for (const p of plans) {
		if (!p.write) continue;
		mkdirSync(dirname(p.write.path), { recursive: true });
		writeFileSync(p.write.path, p.write.text);
		if (p.write.remove && p.write.remove !== p.write.path) rmSync(p.write.remove);
	}
}
