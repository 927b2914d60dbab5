/**
 * npm run import-population -- <tblT001141H5339.zip | .txt …> [--method area|center] [--dry-run] [--force]
 *
 * Reads e-Stat 地域メッシュ統計 tables of the 2020 census (500 m T001141; 1 km and 250 m tables of the same
 * layout), apportions every count to the town's 校区 boundaries (content/areas/*.md) and writes a `population`
 * block (total, 65+, 75+, 85+, 一般世帯, 高齢単身世帯, 高齢夫婦世帯, source, year, method) into each 校区's
 * area file, in place of the hand-typed population_65. People in meshes outside every 校区 are reported as
 * 「どの校区にも入らない人」. --dry-run prints the table and writes nothing. See docs/needs.md.
 */
import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/lib/content-dir.ts';
import { decodeBytes } from '../src/lib/import/encodings.ts';
import { readImportFile } from './lib/import-file.ts';
import { apportion, meshShares, type District, type Method } from '../src/lib/needs/apportion.ts';
import { MEASURE_LABELS, MEASURES, parseMeshTable, type Counts, type Measure } from '../src/lib/needs/estat-table.ts';
import { meshRect } from '../src/lib/needs/mesh-code.ts';
import { meshFileTexts } from '../src/lib/needs/mesh-file.ts';
import { combineMeshes } from '../src/lib/needs/mesh-set.ts';
import { methodText, sourceText } from '../src/lib/needs/method.ts';
import { parseTownMap, parseTownTable, townsToDistricts } from '../src/lib/needs/town-table.ts';
import { populationBlock, roundCount, withPopulation } from '../src/lib/needs/population-block.ts';
import { boundary as boundarySchema } from '../src/schemas/areas.ts';
import { areaKind, AREA_LEVELS, type AreaLevel } from '../src/schemas/taxonomy.ts';
import { readAreaFiles } from './lib/area-files.ts';

const USAGE = `使い方: npm run import-population -- ファイル… [オプション]

  e-Stat の国勢調査 地域メッシュ統計（500 m メッシュの T001141 など。.zip のままでも .txt でも）から、
  校区ごとの人口・65歳以上・75歳以上・85歳以上・一般世帯・高齢単身世帯・高齢夫婦世帯を数え、
  content/areas/ の校区のファイルに population として書きます。詳しくは docs/needs.md を見てください。

  --method area|center  area: メッシュの面積の割合で按分（既定） / center: メッシュの中心が入る校区に数える
  --source 文字          出典の書き方を変える（既定: 総務省統計局「令和2年国勢調査」地域メッシュ統計）
  --year 年              調査の年（既定: 2020 年の表なら 2020）
  --towns 町丁別.csv      メッシュの代わりに町丁別の人口（住民基本台帳）から数える
  --town-map 町校区.csv   町ごとに校区を書いた表（列: 町名, 校区[, 割合]）。--towns といっしょに
  --dry-run              校区ごとの表を見せるだけで、何も書きません
  --force                population や population_65 がもう書かれている校区も書きかえます
`;

class InputError extends Error {}

interface AreaFile {
	file: string;
	text: string;
	district: District;
	hasPopulation: boolean;
}

function readAreas(root: string): AreaFile[] {
	const dir = join(root, 'areas');
	const files = readAreaFiles(dir);
	if (!files) throw new InputError(`${dir} がありません。先に npm run init-town と npm run import-areas で校区のファイルを作ってください`);
	const areas: AreaFile[] = [];
	for (const { id, file, text, data } of files) {
		const level = data['level'] as AreaLevel;
		if (!AREA_LEVELS.includes(level) || areaKind(level) !== 'district' || !data['boundary']) continue;
		const b = boundarySchema.safeParse(data['boundary']);
		if (!b.success) throw new InputError(`${file}: 境界（boundary）が読めません。npm run check で直してください`);
		areas.push({
			file,
			text,
			district: { id, name: String(data['name']), boundary: b.data },
			hasPopulation: 'population' in data || 'population_65' in data,
		});
	}
	if (!areas.length) throw new InputError(`${dir} に境界（boundary）のある校区がありません。npm run import-areas で境界を入れてください`);
	return areas;
}

function readTables(files: string[]) {
	const tables: { file: string; rows: ReturnType<typeof parseMeshTable>['rows'] }[] = [];
	const problems: string[] = [];
	const missing = new Set<Measure>();
	let statsId = '';
	for (const file of files) {
		const read = readImportFile(file);
		if ('problem' in read) throw new InputError(read.problem);
		for (const part of meshFileTexts(read.bytes, basename(file))) {
			const t = parseMeshTable(part.text, part.name);
			problems.push(...t.problems);
			t.missing.forEach((m) => missing.add(m));
			statsId ||= t.statsId;
			tables.push({ file: part.name, rows: t.rows });
		}
	}
	return { tables, problems, missing: [...missing], statsId };
}

const fmt = (n: number) => String(roundCount(n));

function table_(rows: [string, Counts][], missing: readonly Measure[]): string {
	const measures = MEASURES.filter((m) => !missing.includes(m));
	const head = ['校区', ...measures.map((m) => MEASURE_LABELS[m])];
	const lines = rows.map(([name, c]) => [name, ...measures.map((m) => fmt(c[m]))]);
	return [head, ...lines].map((r) => r.join('\t')).join('\n');
}

function main(): number {
	const { values, positionals } = parseArgs({
		allowPositionals: true,
		options: {
			towns: { type: 'string' },
			'town-map': { type: 'string' },
			method: { type: 'string', default: 'area' },
			source: { type: 'string' },
			year: { type: 'string' },
			'dry-run': { type: 'boolean' },
			force: { type: 'boolean' },
			help: { type: 'boolean' },
		},
	});
	if (values.help || (!positionals.length && !values.towns)) {
		console.log(USAGE);
		return values.help ? 0 : 1;
	}
	const method = values.method as Method;
	if (method !== 'area' && method !== 'center')
		throw new InputError(`--method は area か center です（「${String(values.method).slice(0, 20)}」）`);
	const areas = readAreas(contentDir());
	if (values.towns) return fromTowns(areas, values.towns, values['town-map'], values);
	const read = readTables(positionals);
	const set = combineMeshes(read.tables);
	const problems = [...read.problems, ...set.problems];
	if (problems.length) {
		for (const p of problems) console.error(p);
		console.error(`\n${problems.length} 件の問題があるため、何も書きませんでした。`);
		return 1;
	}
	const source = sourceText(read.statsId);
	const year = values.year ? Number(values.year) : source.year;
	if (!year || !Number.isInteger(year)) throw new InputError('調査の年がわかりません。--year 2020 のように書いてください');
	const result = apportion(
		set.rows,
		areas.map((a) => a.district),
		method,
	);
	const level = meshRect(set.rows[0]?.code ?? '5339').level;
	const note = { source: values.source ?? source.source, year, method: methodText(method, level) };
	console.log(
		table_(
			[
				...areas.map((a) => [a.district.name, result.byDistrict.get(a.district.id)!] as [string, Counts]),
				['どの校区にも入らない人', result.outside],
				['（読んだメッシュの合計）', result.all],
			],
			read.missing,
		),
	);
	console.log(`\nメッシュ ${set.rows.length} 個（うち校区にかかるもの ${result.meshesUsed} 個）。${note.method}`);
	for (const n of set.notes) console.log(`注意: ${n}`);
	if (values['dry-run']) {
		console.log('\n--dry-run なので何も書きませんでした。');
		return 0;
	}
	const meshesOf = (id: string) =>
		Object.fromEntries(
			set.rows
				.filter((r) => meshShares(r.code, [areas.find((a) => a.district.id === id)!.district], 'area').size)
				.map((r) => [r.code, r.counts.age65]),
		);
	return write(areas, result.byDistrict, read.missing, note, values.force, read.missing.includes('age65') ? undefined : meshesOf);
}

function write(
	areas: AreaFile[],
	byDistrict: Map<string, Counts>,
	missing: readonly Measure[],
	note: { source: string; year: number; method: string },
	force: boolean | undefined,
	meshesOf?: (id: string) => Record<string, number>,
): number {
	const blocked = areas.filter((a) => a.hasPopulation && !force);
	if (blocked.length) {
		for (const a of blocked)
			console.error(`上書きしません: ${a.file} には population か population_65 がもう書かれています（書きかえるなら --force）`);
		return 1;
	}
	for (const a of areas)
		writeFileSync(
			a.file,
			withPopulation(a.text, populationBlock(byDistrict.get(a.district.id)!, missing, note, meshesOf?.(a.district.id))),
		);
	console.log(`\n${areas.length} 校区のファイルに population を書きました。npm run check で確かめてください。`);
	return 0;
}

function readText(file: string): string {
	const read = readImportFile(file);
	if ('problem' in read) throw new InputError(read.problem);
	return decodeBytes(read.bytes).text;
}

/** The 町丁別 path: --towns 町丁別.csv --town-map 町校区.csv. */
function fromTowns(
	areas: AreaFile[],
	townsFile: string,
	mapFile: string | undefined,
	values: { source?: string; year?: string; 'dry-run'?: boolean; force?: boolean },
): number {
	if (!mapFile) throw new InputError('--towns には、町ごとに校区を書いた表（--town-map 町校区.csv）も指定してください');
	const table = parseTownTable(readText(townsFile), basename(townsFile));
	const { map, problems: mapProblems } = parseTownMap(readText(mapFile), basename(mapFile));
	const districts = areas.map((a) => ({
		id: a.district.id,
		names: [a.district.name, a.district.name.replace(/(小学校区|中学校区|校区|地区)$/, '')],
	}));
	const result = townsToDistricts(table.towns, map, districts, basename(townsFile));
	const problems = [...table.problems, ...mapProblems, ...result.problems];
	if (problems.length) {
		for (const p of problems) console.error(p);
		console.error(`\n${problems.length} 件の問題があるため、何も書きませんでした。`);
		return 1;
	}
	const year = Number(values.year);
	if (!values.year || !Number.isInteger(year) || year < 1900)
		throw new InputError('町丁別の表では、数の時点の年を --year 2024 のように書いてください');
	const method = `町丁別の数（${basename(townsFile)}）を、町と校区の対応表（${basename(mapFile)}）で校区ごとに足しました（2つの校区にまたがる町は表の割合で分けています）。端数は四捨五入しています。`;
	const note = { source: values.source ?? '住民基本台帳（町丁別・年齢別人口）', year, method };
	console.log(table_([...areas.map((a) => [a.district.name, result.byDistrict.get(a.district.id)!] as [string, Counts])], table.missing));
	console.log(`\n町 ${table.towns.length} 件。${method}`);
	if (values['dry-run']) {
		console.log('\n--dry-run なので何も書きませんでした。');
		return 0;
	}
	return write(areas, result.byDistrict, table.missing, note, values.force);
}

try {
	process.exitCode = main();
} catch (error) {
	const message = (error as Error)?.message ?? String(error);
	console.error(
		error instanceof InputError || /^[^\s]+: /.test(message) ? message : `思いがけないエラーで止まりました: ${message.slice(0, 300)}`,
	);
	process.exitCode = 1;
}
