/**
 * npm run import-areas as a function (what it does: scripts/import-areas.ts and docs/import-areas.md): the script
 * runs it for a coordinator, scripts/import-areas.test.ts in its own process with a town of its own.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import yaml from 'js-yaml';
import { contentDir, usingSampleCity } from '../../src/lib/content-dir.ts';
import { isRealCode } from '../../src/lib/municipality-code.ts';
import { parseContentFile } from '../../src/lib/safety/frontmatter.ts';
import { LIMITS, kib } from '../../src/lib/safety/limits.ts';
import { portableNameProblem } from '../../src/lib/safety/portable-name.ts';
import { textProblem } from '../../src/lib/safety/text-policy.ts';
import { areaFileText, centerOf } from '../../src/lib/import/areas/area-file.ts';
import {
	crsFromPrj,
	describeCrs,
	guessUnits,
	inJapan,
	parseCrsOption,
	parseDatum,
	parseZone,
	toWgs84,
	ZONES,
	type Crs,
} from '../../src/lib/import/areas/crs.ts';
import { applyFilters, chooseNameField, describeFields, parseFilter, planAreas, type Filter } from '../../src/lib/import/areas/plan.ts';
import { bboxOf, encodingName, InputError, readBoundaryFile, showValue, shown, type SourceData } from '../../src/lib/import/areas/read.ts';
import { simplifyAreas, type PolygonGeometry } from '../../src/lib/import/areas/simplify.ts';
import { distanceKm, MAX_CENTRE_KM, selectTown } from '../../src/lib/import/areas/town.ts';
import { geometryProblem } from '../../src/lib/import/areas/validate.ts';
import { AREA_LEVELS, DISTRICT_LEVELS, TOP_LEVELS } from '../../src/schemas/taxonomy.ts';
import { CONSOLE, optionProblem, type CommandIo } from './command-io.ts';

const LEVELS: readonly string[] = AREA_LEVELS;
const TOPS: readonly string[] = TOP_LEVELS;

const USAGE = `使い方: npm run import-areas -- ファイル [オプション]

  校区などの境界ファイル（シェープファイル .shp または GeoJSON）から、content/areas/ に
  地域のファイルを 1 地域 1 つずつ作ります。詳しくは docs/import-areas.md を見てください。

  ファイル               .shp（同じ名前の .dbf・.prj・.cpg を同じフォルダに）か .geojson

  名前と絞りこみ
    --name-field 属性    名前の入った属性（例: --name-field A27_007、--name-field 名称）。
                         書かないと、属性の一覧と例を出します（はっきり決まるときは自動で選びます）
    --yomi-field 属性    よみがなの入った属性（カタカナはひらがなにします）。ファイル名にも使います
    --id-field 属性      ファイル名（id）にする英数字の属性
    --filter 属性=値     その値の図形だけ取りこみます（例: --filter A27_005=29427）。何回でも書けます。
                         書かなければ、県全体のファイル（国土数値情報など）は site.yaml の municipality_code の
                         市町村の図形だけにします。--filter none で、絞りこまずに全部取りこみます

  作る地域
    --level 階層         ${LEVELS.join('・')}（書かなければ site.yaml の district_term、なければ 校区）
    --parent id          ひとつ上の地域の id（書かなければ、content/areas/ にある市・町・村・区が 1 つならそれ）
    --source "出典"      本文に書く出典（例: "国土数値情報（小学校区データ）国土交通省"）
    --max-vertices 数    1 地域の頂点の数の上限（書かなければ 300、3000 まで）

  座標系（ふつうは .prj から自動で決まります）
    --zone 系            平面直角座標系の系（1〜19。例: --zone 6）
    --datum 測地系       jgd2000 か jgd2011（--zone と一緒に。書かなければ jgd2011）
    --crs EPSG:コード    座標系を EPSG コードで（例: --crs EPSG:2448、--crs EPSG:6674、--crs EPSG:4612）
    --encoding 文字コード 属性の文字コード（utf-8 か shift_jis。ふつうは自動で判定します）

  書きこみ
    --dry-run            何を書くかを見せるだけで、書きこみません
    --force              同じ名前のファイルがあっても上書きします
    --help               この説明を出します
`;

const fail = (message: string): never => {
	throw new InputError(message);
};

function parseOptions(args: string[]) {
	try {
		return parseArgs({
			args,
			allowPositionals: true,
			options: {
				'name-field': { type: 'string' },
				'yomi-field': { type: 'string' },
				'id-field': { type: 'string' },
				filter: { type: 'string', multiple: true },
				level: { type: 'string' },
				parent: { type: 'string' },
				source: { type: 'string' },
				'max-vertices': { type: 'string' },
				zone: { type: 'string' },
				datum: { type: 'string' },
				crs: { type: 'string' },
				encoding: { type: 'string' },
				'dry-run': { type: 'boolean' },
				force: { type: 'boolean' },
				help: { type: 'boolean', short: 'h' },
			},
		});
	} catch (error) {
		return fail(`${optionProblem(error as Error)}npm run import-areas -- --help で使い方を見てください`);
	}
}

interface ExistingArea {
	id: string;
	name: string;
	level: string;
	center?: { lat: number; lng: number };
}

/** The areas already in the content folder: id, name, level and centre (files that do not parse are skipped). */
function existingAreas(root: string): ExistingArea[] {
	const dir = join(root, 'areas');
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((f) => f.endsWith('.md') && !f.startsWith('_') && !f.startsWith('.'))
		.flatMap((f) => {
			try {
				const { data } = parseContentFile(readFileSync(join(dir, f), 'utf8'));
				const c = data['center'] as { lat?: unknown; lng?: unknown } | undefined;
				const center = typeof c?.lat === 'number' && typeof c.lng === 'number' ? { center: { lat: c.lat, lng: c.lng } } : {};
				return [{ id: f.slice(0, -3), name: String(data['name'] ?? ''), level: String(data['level'] ?? ''), ...center }];
			} catch {
				return [];
			}
		})
		.sort((a, b) => a.id.localeCompare(b.id));
}

/** From site.yaml: the town's word for its 第2層 areas (if it is one of the levels) and its municipality code. */
function siteSettings(root: string): { districtTerm?: string; code?: string } {
	try {
		const site = yaml.load(readFileSync(join(root, 'site.yaml'), 'utf8')) as
			{ district_term?: unknown; municipality_code?: unknown } | undefined;
		const term = site?.district_term;
		const code = site?.municipality_code;
		return {
			...(typeof term === 'string' && (DISTRICT_LEVELS as readonly string[]).includes(term) ? { districtTerm: term } : {}),
			...(typeof code === 'string' && isRealCode(code) ? { code } : {}),
		};
	} catch {
		return {};
	}
}

/** Decides the coordinate system from the options, the .prj, a GeoJSON crs member, or the coordinates. */
function decideCrs(data: SourceData, values: ReturnType<typeof parseOptions>['values'], name: string): { crs: Crs; how: string } {
	const bbox = bboxOf(data.features);
	const units = guessUnits(bbox);
	const range = `座標の範囲 x ${bbox[0].toFixed(3)}〜${bbox[2].toFixed(3)}、y ${bbox[1].toFixed(3)}〜${bbox[3].toFixed(3)}`;
	const zoneHelp = `--zone で平面直角座標系の系を指定してください（例: 奈良県・大阪府なら --zone 6、東京都なら --zone 9）。系の一覧は docs/import-areas.md にあります`;
	let decided: { crs: Crs; how: string };
	if (values.crs) {
		const crs =
			parseCrsOption(values.crs) ??
			fail(
				`--crs「${values.crs}」はわかりません。平面直角座標系（EPSG:2443〜2461、6669〜6687）か経度・緯度（EPSG:4612、6668、4326）の EPSG コードを書いてください`,
			);
		decided = { crs, how: '--crs の指定' };
	} else if (values.zone) {
		const zone =
			parseZone(values.zone) ?? fail(`--zone「${values.zone}」はわかりません。1〜19 の数（または VI のようなローマ数字）で書いてください`);
		const prj = data.prj ? crsFromPrj(data.prj) : undefined;
		const datum = values.datum
			? (parseDatum(values.datum) ?? fail(`--datum「${values.datum}」はわかりません。jgd2000 か jgd2011 を書いてください`))
			: prj?.ok && prj.crs.kind === 'plane'
				? prj.crs.datum
				: 'jgd2011';
		decided = {
			crs: { kind: 'plane', zone, datum },
			how: `--zone の指定${values.datum ? '' : datum === 'jgd2011' && !prj?.ok ? '（測地系は JGD2011 としました。--datum で変えられます）' : ''}`,
		};
		if (prj?.ok && prj.crs.kind === 'plane' && prj.crs.zone !== zone)
			decided.how += `。.prj の第${ZONES[prj.crs.zone - 1]!.roman}系ではなく、指定の第${ZONES[zone - 1]!.roman}系を使います`;
	} else if (data.prj !== undefined) {
		const prj = crsFromPrj(data.prj);
		if (!prj.ok) fail(`${basename(name, '.shp')}.prj の座標系が読めません: ${shown(prj.reason, 400)}。${zoneHelp}`);
		decided = { crs: (prj as { crs: Crs }).crs, how: shown((prj as { how: string }).how, 200) };
	} else if (data.declaredCrs) {
		const crs =
			parseCrsOption(data.declaredCrs) ??
			fail(`${name} の座標系「${shown(data.declaredCrs)}」はわかりません。--crs か --zone で指定してください`);
		decided = { crs, how: `GeoJSON の crs（${shown(data.declaredCrs)}）` };
	} else if (units === 'degrees') {
		decided =
			data.format === 'shapefile'
				? {
						crs: { kind: 'geographic', datum: 'jgd2000' },
						how: '.prj がなく、座標が経度・緯度の範囲にあるため（国土数値情報と同じ JGD2000 としました）',
					}
				: { crs: { kind: 'geographic', datum: 'wgs84' }, how: 'GeoJSON の決まり（経度・緯度、WGS84）' };
	} else if (units === 'swapped-degrees') {
		return fail(
			`${name} の座標は [緯度, 経度] の順に入っているようです（${range}）。GeoJSON やシェープファイルは [経度, 緯度] の順です。作ったソフトで順番を直してから読みこんでください`,
		);
	} else if (units === 'metres') {
		return fail(
			data.format === 'geojson'
				? `${name} の座標はメートル（平面直角座標系）のようですが、どの系かが書かれていません（${range}）。GeoJSON は経度・緯度が決まりです。${zoneHelp}`
				: `${name} に座標系のファイル（.prj）がなく、座標はメートル（平面直角座標系）のようです（${range}）。${zoneHelp}`,
		);
	} else {
		return fail(`${name} の座標系がわかりません（${range}）。--crs か --zone で指定してください`);
	}
	// The coordinates must look like the system says.
	if (decided.crs.kind === 'plane' && units === 'degrees')
		fail(
			`${name} の座標は経度・緯度のようですが（${range}）、座標系は ${describeCrs(decided.crs)} になっています。--crs EPSG:6668（JGD2011 の経度・緯度）などで指定し直してください`,
		);
	if (decided.crs.kind === 'geographic' && units === 'metres')
		fail(
			`${name} の座標はメートル（平面直角座標系）のようですが（${range}）、座標系は ${describeCrs(decided.crs)} になっています。${zoneHelp}`,
		);
	return decided;
}

const round5 = (v: number) => Math.round(v * 1e5) / 1e5;

/**
 * Without --filter: a file covering several municipalities (a prefecture's 国土数値情報 file) is cut to the town
 * of site.yaml's municipality_code; a file of the town alone is kept whole. Without a code, the coordinator is
 * told how many municipalities the file holds and how to keep one.
 */
function townFeatures(data: SourceData, name: string, siteCode: string | undefined, out: (line: string) => void): SourceData['features'] {
	const selection = selectTown(data.features, data.fields, siteCode ?? '00000');
	if (!selection || selection.codes.length < 2) {
		if (selection && siteCode && selection.kept.length === 0) {
			fail(
				`${name} は ${shown(selection.field)}=${selection.codes[0]![0]} の市区町村の図形だけで、この町（site.yaml の municipality_code ${siteCode}）のものではありません。ほかの市区町村のファイルを取りこむときは --filter none を付けてください`,
			);
		}
		return data.features;
	}
	const codes = selection.codes.map(([code, n]) => `${code}（${n} 件）`);
	const list = `${codes.slice(0, 20).join('、')}${codes.length > 20 ? ` ほか ${codes.length - 20}` : ''}`;
	if (!siteCode) {
		out(
			`注意: ${name} には ${selection.codes.length} 市区町村の図形があります（${shown(selection.field)}: ${list}）。町の分だけにするには --filter ${shown(selection.field)}=コード を付けるか、site.yaml の municipality_code を書いてください`,
		);
		return data.features;
	}
	if (selection.kept.length === 0) {
		fail(
			`${name} に、この町（site.yaml の municipality_code ${siteCode}、${shown(selection.field)} では ${siteCode.slice(0, 5)}）の図形がありません。ファイルにある市区町村: ${list}。別の市区町村なら --filter ${shown(selection.field)}=コード、すべてなら --filter none を付けてください`,
		);
	}
	const kept = [...new Set(selection.kept.map((f) => String(f.properties[selection.field])))].join('・');
	out(
		`絞りこみ: ${shown(selection.field)}=${kept} → ${selection.kept.length} 件（site.yaml の municipality_code ${siteCode} の町の校区だけを取りこみます。ファイルには ${selection.codes.length} 市区町村 ${data.features.length} 件。変えるときは --filter 属性=値、すべてなら --filter none）`,
	);
	return selection.kept;
}

/**
 * The areas' centre must be within MAX_CENTRE_KM of the town's own point (the parent area's centre): a wrong zone
 * in a .prj (第IX系 for a 第VI系 town) still lands in Japan, hundreds of km away. The refusal says which system
 * was read, how far, and which zone would put the areas near the town.
 */
function checkDistance(
	features: SourceData['features'],
	parts: PolygonGeometry[],
	decided: { crs: Crs; how: string },
	parent: { id: string; center: { lat: number; lng: number } },
	name: string,
): void {
	const [w, s, e, n] = bboxOf(parts.map((geometry, i) => ({ number: i + 1, properties: {}, geometry })));
	const centre = { lat: round5((s + n) / 2), lng: round5((w + e) / 2) };
	const km = distanceKm(centre, parent.center);
	if (km <= MAX_CENTRE_KM) return;
	const [sw, ss, se, sn] = bboxOf(features);
	const sourceCentre = [(sw + se) / 2, (ss + sn) / 2];
	const { crs } = decided;
	const near =
		crs.kind === 'plane'
			? ZONES.map((z) => {
					const [lng, lat] = toWgs84({ kind: 'plane', zone: z.zone, datum: crs.datum })(sourceCentre);
					return { z, km: distanceKm({ lat, lng }, parent.center) };
				})
					.filter((c) => c.km <= MAX_CENTRE_KM)
					.sort((a, b) => a.km - b.km)
			: [];
	const hint = near.length
		? `第${near[0]!.z.roman}系（${near[0]!.z.region}）なら ${near[0]!.km.toFixed(1)} km です。--zone ${near[0]!.z.zone}${crs.kind === 'plane' && crs.datum === 'jgd2000' ? ' --datum jgd2000' : ''} を付けて読みなおしてください`
		: 'ファイルが町のものか、座標系、--filter、ひとつ上の地域の center を確かめてください';
	fail(
		`${name}: 座標系 ${describeCrs(crs)}（${decided.how}）で読むと、地域の中心（緯度 ${centre.lat}、経度 ${centre.lng}）が、` +
			`ひとつ上の地域 ${parent.id} の center（緯度 ${parent.center.lat}、経度 ${parent.center.lng}）から ${km.toFixed(0)} km 離れています（${MAX_CENTRE_KM} km まで）。${hint}。何も書きませんでした`,
	);
}

/** Reprojects a geometry (rounding happens when it is simplified); every position must land in Japan. */
function toLonLat(
	geometry: PolygonGeometry,
	project: (p: readonly number[]) => [number, number],
): { geometry: PolygonGeometry; outside: number[] | undefined } {
	let outside: number[] | undefined;
	const ring = (r: number[][]) =>
		r.map((p) => {
			const q = project(p);
			if (!outside && !inJapan(q)) outside = q.map(round5);
			return q;
		});
	return geometry.type === 'Polygon'
		? { geometry: { type: 'Polygon', coordinates: geometry.coordinates.map(ring) }, outside }
		: { geometry: { type: 'MultiPolygon', coordinates: geometry.coordinates.map((p) => p.map(ring)) }, outside };
}

async function run(args: string[], io: CommandIo): Promise<number> {
	const { values, positionals } = parseOptions(args);
	if (values.help) {
		io.out(USAGE);
		return 0;
	}
	const file =
		positionals[0] ??
		fail(`読みこむファイルを指定してください（例: npm run import-areas -- A27-21_29.shp --filter A27_001=29427）。\n\n${USAGE}`);
	if (positionals.length > 1)
		fail(`ファイルは 1 つだけ指定してください（${positionals.join('、')}）。名前に空白があるときは "" で囲んでください`);
	const name = basename(file);
	if (!existsSync(file)) fail(`${file} が見つかりません`);

	const root = contentDir(io.env, io.cwd);
	const settings = siteSettings(root);
	const level = values.level?.normalize('NFKC').trim() ?? settings.districtTerm ?? '校区';
	if (!LEVELS.includes(level)) fail(`--level「${level}」は使えません。使える階層: ${LEVELS.join('、')}`);
	const maxVertices = values['max-vertices'] === undefined ? 300 : Number(values['max-vertices'].normalize('NFKC'));
	if (!Number.isInteger(maxVertices) || maxVertices < 4) fail(`--max-vertices は 4 以上の整数で書いてください（例: --max-vertices 300）`);
	// About 22 bytes a point: 3000 points keep a file well under the 100 KB a content file may have.
	if (maxVertices > 3000) fail(`--max-vertices は 3000 までにしてください（ファイルが大きくなりすぎます。1 ファイル 100 KB まで）`);
	const noFilter = (values.filter ?? []).some((f) => /^(none|なし)$/i.test(f.normalize('NFKC').trim()));
	const filters: Filter[] = (values.filter ?? [])
		.filter((f) => !/^(none|なし)$/i.test(f.normalize('NFKC').trim()))
		.map(
			(f) =>
				parseFilter(f) ??
				fail(`--filter「${f}」は「属性=値」の形で書いてください（例: --filter A27_005=29427。絞りこまないときは --filter none）`),
		);

	const data = await readBoundaryFile(file, values.encoding === undefined ? {} : { encoding: values.encoding });
	const encodingNote = data.encoding
		? `、属性は ${encodingName(data.encoding.label)}${{ cpg: '（.cpg の指定）', detected: '（自動で判定）', option: '（--encoding の指定）', ascii: '（英数字だけ）' }[data.encoding.how]}`
		: '';
	io.out(
		`${name}: ${data.format === 'shapefile' ? 'シェープファイル' : 'GeoJSON'}、多角形 ${data.features.length} 件${data.skipped ? `（点・線など ${data.skipped} 件は読みとばします）` : ''}${encodingNote}`,
	);
	if (data.features.length === 0) fail(`${name} に多角形（ポリゴン）の図形がありません。校区の境界は多角形のファイルを使ってください`);

	const requireField = (option: string, field: string) => {
		if (!data.fields.includes(field)) {
			fail(
				`${name} に「${shown(field)}」という属性はありません（${option}）。ある属性と、はじめの図形の値:\n${describeFields(data.features, data.fields).join('\n')}`,
			);
		}
	};
	for (const f of filters) requireField('--filter', f.field);
	let features = applyFilters(data.features, filters);
	if (!filters.length && !noFilter) features = townFeatures(data, name, settings.code, io.out);
	else if (noFilter) io.out('絞りこみ: なし（--filter none。ファイルの図形をすべて取りこみます）');
	if (filters.length) {
		io.out(`絞りこみ: ${filters.map((f) => `${shown(f.field)}=${shown(f.value)}`).join('、')} → ${features.length} 件`);
		if (features.length === 0) {
			const seen = [...new Set(data.features.map((f) => showValue(f.properties[filters[0]!.field])))];
			fail(
				`${name} に ${filters.map((f) => `${shown(f.field)}=${shown(f.value)}`).join('、')} の図形はありません。${shown(filters[0]!.field)} の値の例: ${seen.slice(0, 12).join('、')}${seen.length > 12 ? ' …' : ''}`,
			);
		}
	}

	let nameField = values['name-field'];
	if (nameField !== undefined) requireField('--name-field', nameField);
	else {
		const choice = chooseNameField(features, data.fields);
		if (!choice) {
			fail(
				`${name}: 名前の入った属性を --name-field で選んでください（例: --name-field ${shown(data.fields.find((f) => typeof features[0]?.properties[f] === 'string') ?? data.fields[0] ?? '名称')}）。\nある属性と、はじめの図形の値:\n${describeFields(features, data.fields).join('\n')}`,
			);
		}
		nameField = choice!.field;
		io.out(`名前: ${shown(nameField)}（${choice!.why}。違うときは --name-field で選んでください）`);
	}
	if (values['yomi-field'] !== undefined) requireField('--yomi-field', values['yomi-field']);
	if (values['id-field'] !== undefined) requireField('--id-field', values['id-field']);

	// Where the files go, and the parent.
	if (usingSampleCity(io.env, io.cwd)) {
		fail(
			`content/ にまだ町の内容がありません。このままではサンプルの市（src/sample-city/）に書きこむことになるので、やめました。先に npm run init-town で、町の site.yaml と市町村の地域ファイルを作ってください`,
		);
	}
	const areasDir = join(root, 'areas');
	const existing = existingAreas(root);
	let parent: string | undefined;
	if (!TOPS.includes(level)) {
		const tops = existing.filter((a) => TOPS.includes(a.level));
		const list = (areas: typeof existing) => areas.map((a) => `${a.id}（${a.name}）`).join('、') || 'なし';
		if (values.parent) {
			parent = values.parent.trim();
			if (!existing.some((a) => a.id === parent))
				fail(`--parent「${parent}」という地域は ${relative(io.cwd, areasDir) || areasDir} にありません。使える id: ${list(existing)}`);
		} else if (tops.length === 1) {
			parent = tops[0]!.id;
		} else if (tops.length === 0) {
			fail(
				`ひとつ上の地域（市・町・村・区）が ${relative(io.cwd, areasDir) || areasDir} にありません。先に市町村のファイル（level: 市 など）を作るか、--parent で id を指定してください。いまある地域: ${list(existing)}`,
			);
		} else {
			fail(`ひとつ上の地域が 1 つに決まりません。--parent で id を指定してください。候補: ${list(tops)}`);
		}
	}

	const { crs, how } = decideCrs({ ...data, features }, values, name);
	io.out(`座標系: ${describeCrs(crs)}、${how}`);
	const project = toWgs84(crs);

	const plan = planAreas(features, {
		nameField: nameField!,
		level,
		...(values['yomi-field'] === undefined ? {} : { yomiField: values['yomi-field'] }),
		...(values['id-field'] === undefined ? {} : { idField: values['id-field'] }),
	});
	if (plan.areas.length === 0)
		fail(`${name} の図形には、${shown(nameField!)} に名前が入っていません。--name-field で名前の属性を選び直してください`);
	const badNames = plan.areas.flatMap((area) => {
		const problem =
			textProblem(area.name, true) ?? ([...area.name].length > LIMITS.lineChars ? `${LIMITS.lineChars}文字を超えています` : undefined);
		return problem ? [`  ${area.features[0]!.number} 番目の図形の名前「${shown(area.name)}」: ${problem}`] : [];
	});
	if (badNames.length)
		fail(
			`${name}: 名前に使えない値があるので、何も書きませんでした。\n${badNames.join('\n')}\nファイルの値を直すか、--name-field で別の属性を選んでください`,
		);

	const invalid: string[] = [];
	const shapes = plan.areas.map((area) => ({
		parts: area.features.map((f) => {
			const { geometry, outside } = toLonLat(f.geometry, project);
			if (outside) {
				fail(
					`${name} の ${f.number} 番目の図形（${shown(area.name)}）を変換すると日本の外（経度 ${outside[0]}、緯度 ${outside[1]}）になりました。座標系（${describeCrs(crs)}）が合っているか確かめて、--zone か --crs で指定し直してください`,
				);
			}
			const problem = geometryProblem(geometry, (p) => `緯度 ${round5(p[1]!)}、経度 ${round5(p[0]!)}`);
			if (problem) invalid.push(`  ${f.number} 番目の図形（${shown(area.name)}）: ${problem}`);
			return geometry;
		}),
	}));
	if (invalid.length) {
		fail(
			`${name}: 境界の形が正しくない図形があるので、何も書きませんでした。\n${invalid.join('\n')}\nGIS ソフトで直してから読みこんでください（QGIS なら「ベクタ」→「ジオメトリツール」→「ジオメトリを修復」）`,
		);
	}
	const parentArea = existing.find((a) => a.id === parent);
	if (parentArea?.center)
		checkDistance(
			features,
			shapes.flatMap((s) => s.parts),
			{ crs, how },
			parentArea as ExistingArea & { center: { lat: number; lng: number } },
			name,
		);
	const merged = plan.areas.filter((a) => a.features.length > 1);
	io.out(
		`地域: ${plan.areas.length} 件${merged.length ? `（同じ名前の図形をまとめました: ${merged.map((a) => `${shown(a.name)} ${a.features.length} 件`).join('、')}）` : ''}、階層 ${level}${parent ? `、ひとつ上の地域 ${parent}` : ''}`,
	);
	const simplified = simplifyAreas(shapes, maxVertices);
	io.out(
		simplified.thresholds.every((t) => t === 0)
			? `頂点: どの地域も ${maxVertices} 以下なので、間引きません`
			: `頂点: 1 地域 ${maxVertices} 以下に間引きました（となりの地域と共有する境目は 1 本の線として一緒に間引くので、すき間や重なりはできません）`,
	);
	if (!simplified.withinBudget) {
		io.out(
			`注意: 3 つ以上の地域が接する点だけで ${maxVertices} を超える地域があるため、上限を守れませんでした（--max-vertices を大きくしてください）`,
		);
	}

	// Decide every file before writing any.
	const shownPath = (id: string) => relative(io.cwd, join(areasDir, `${id}.md`)) || join(areasDir, `${id}.md`);
	const refused: string[] = [];
	const unwritable: string[] = [];
	const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(new Date());
	const outputs = plan.areas.map((area, i) => {
		const result = simplified.areas[i]!;
		if (!result.geometry) fail(`${shown(area.name)} の境界が間引きで消えてしまいました。--max-vertices を大きくしてください`);
		if (area.id === parent)
			fail(`${shown(area.name)} の id「${area.id}」が、ひとつ上の地域と同じです。--id-field か --yomi-field で別の id にしてください`);
		const target = join(areasDir, `${area.id}.md`);
		const nameProblem = portableNameProblem(`${area.id}.md`);
		if (nameProblem) unwritable.push(`  ${area.id}.md（${shown(area.name)}）: ${nameProblem}`);
		if (existsSync(target) && !values.force) refused.push(shownPath(area.id));
		const boundary = result.geometry!;
		const center = centerOf(boundary);
		const text = areaFileText(
			{ name: area.name, ...(area.yomi ? { yomi: area.yomi } : {}), level, ...(parent ? { parent } : {}), center, boundary },
			{
				file: name,
				...(values.source ? { source: values.source } : {}),
				comment: `npm run import-areas で ${name} から作りました（${today}）。境界は頂点 ${result.before} → ${result.after} に間引いています。`,
			},
		);
		const bytes = Buffer.byteLength(text);
		if (bytes > LIMITS.fileBytes)
			unwritable.push(
				`  ${area.id}.md（${shown(area.name)}）: ${kib(bytes)} になり、1 ファイルの上限 ${kib(LIMITS.fileBytes)} を超えます（--max-vertices を小さくしてください）`,
			);
		return { area, result, target, boundary, center, text };
	});
	if (unwritable.length)
		fail(
			`${name}: 書けないファイルがあるので、何も書きませんでした。\n${unwritable.join('\n')}\n--id-field か --yomi-field で別の id にしてください`,
		);
	const dryRun = values['dry-run'] === true;
	const refusal = `${name}: 同じ名前のファイルが ${refused.length} 件あるので、何も書き${dryRun ? 'ません' : 'ませんでした'}。上書きしてよいときは --force を付けてください`;
	if (refused.length && !dryRun) {
		for (const r of refused) io.err(`上書きしません: ${r} はもうあります`);
		fail(`${refusal}（--dry-run で中身を先に確かめられます）`);
	}

	io.out('');
	let before = 0;
	let after = 0;
	for (const { area, result, target, center, text } of outputs) {
		before += result.before;
		after += result.after;
		const exists = existsSync(target);
		io.out(
			`${dryRun ? (exists && !values.force ? '書く予定（もうあるので --force が必要）' : exists ? '上書きする予定' : '書く予定') : exists ? '上書きしました' : '書きました'}: ${area.id}  ${shown(area.name)}${area.yomi ? `（${shown(area.yomi)}）` : ''}  頂点 ${result.before} → ${result.after}${result.droppedRings ? `（消えた穴・小さな部分 ${result.droppedRings}）` : ''}  中心 ${center.lat}, ${center.lng}  → ${shownPath(area.id)}`,
		);
		if (!dryRun) {
			mkdirSync(areasDir, { recursive: true });
			writeFileSync(target, text);
		}
	}
	io.out(
		`\n${name}: ${dryRun ? '書く予定' : '書いた'} ${outputs.length} 件（頂点 合計 ${before} → ${after}、1 地域の上限 ${maxVertices}）。${dryRun ? '--dry-run なので、何も書いていません。' : ''}`,
	);
	if (plan.unnamed.length)
		io.out(
			`取りこめなかった図形: ${plan.unnamed.length} 件（${shown(nameField!)} が空です: ${plan.unnamed.slice(0, 10).join('、')} 番目${plan.unnamed.length > 10 ? ' …' : ''}）`,
		);
	if (plan.badYomi.length) io.out(`よみがなに使えなかった値（ひらがな・カタカナではありません）: ${plan.badYomi.join('、')}`);
	if (plan.badIds.length) io.out(`id に使えなかった値（英数字がありません）: ${plan.badIds.join('、')}`);
	if (plan.renamed.length) io.out(`id が重なったので番号を付けました: ${plan.renamed.join('、')}`);
	if (plan.areas.some((a) => a.idFrom === 'number'))
		io.out('id（ファイル名）は番号です。わかりやすい名前にするには --yomi-field か --id-field を使うか、ファイル名を変えてください。');
	if (!values.source && /^A(27|32)_/.test(nameField!))
		io.out(
			'国土数値情報のデータのようです。出典は --source "「国土数値情報（小学校区データ）」（国土交通省）を加工して作成" のように書けます（使用許諾条件を確かめてください）。',
		);
	if (!dryRun) io.out('npm run check で確かめてから、npm run build してください。地域の名前・よみがな・説明（本文）も見直してください。');
	if (refused.length) {
		for (const r of refused) io.err(`上書きしません: ${r} はもうあります`);
		io.err(refusal);
		return 1;
	}
	return plan.unnamed.length ? 1 : 0;
}

/**
 * Runs `npm run import-areas -- <args>`; resolves to the exit code: 0 written (or shown with --dry-run), 1 refused
 * or some areas left without a name, with every message in Japanese and never a stack trace.
 */
export async function importAreasCommand(args: string[], io: CommandIo = CONSOLE): Promise<number> {
	try {
		return await run(args, io);
	} catch (error) {
		if (error instanceof InputError) io.err(error.message);
		else {
			io.err(`思いがけないエラーで止まりました: ${shown((error as Error)?.message ?? String(error), 300)}`);
			if (io.env['SASAEAI_DEBUG']) io.err(String((error as Error)?.stack ?? error));
		}
		return 1;
	}
}
