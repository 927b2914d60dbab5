/**
 * npm run import-areas on the real fixtures in tests/fixtures/areas/ (see its README.md), into temporary content
 * folders: the files a coordinator gets, their boundaries, and the Japanese messages.
 */
import { spawnSync } from 'node:child_process';
import { runCollected, type Said } from './lib/command-io.ts';
import { importAreasCommand } from './lib/import-areas-command.ts';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import polylabel from 'polylabel';
import * as shapefile from 'shapefile';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { parseContentFile } from '../src/lib/safety/frontmatter.ts';
import { pointInBoundary } from '../src/lib/geo.ts';
import { boundary as boundarySchema, type Boundary } from '../src/schemas/areas.ts';
import { coordinates as coordinatesSchema } from '../src/schemas/common.ts';
import { esriWkt } from '../src/lib/import/areas/crs.ts';
import { buildPlaneFixture } from '../tests/fixtures/areas/plane-fixture.ts';

// Each test runs the command a few times; on a loaded machine one run can take several seconds.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 300_000 });

const NARA = 'tests/fixtures/areas/a27-nara-kitakatsuragi/A27-10_29-g_SchoolDistrict.shp';
const OSAKA = 'tests/fixtures/areas/osm-osaka-wards/osaka_6kei.shp';
const SAPPORO = 'tests/fixtures/areas/a27-sapporo-chuo/Elementary.geojson';

const temporary: string[] = [];
afterAll(() => temporary.forEach((d) => rmSync(d, { recursive: true, force: true })));
function tempDir(prefix: string): string {
	const dir = mkdtempSync(join(tmpdir(), `sasaeai-import-areas-${prefix}-`));
	temporary.push(dir);
	return dir;
}

/** A minimal content folder of our own (never the repository's content/): site.yaml and one top-level area. */
function contentFolder(top: { id: string; name: string; yomi: string; level: string; lat: number; lng: number }, site = ''): string {
	const dir = tempDir('content');
	writeFileSync(
		join(dir, 'site.yaml'),
		`municipality: ${top.name}\ntitle: ${top.name} 支え合いガイド\nsample: true\nsite_url: https://example.org\nbase: /\nlicense:\n  name: CC BY 4.0\n  url: https://creativecommons.org/licenses/by/4.0/deed.ja\n${site}`,
	);
	mkdirSync(join(dir, 'areas'));
	writeFileSync(
		join(dir, 'areas', `${top.id}.md`),
		`---\nname: ${top.name}\nyomi: ${top.yomi}\nlevel: ${top.level}\ncenter: { lat: ${top.lat}, lng: ${top.lng} }\n---\n\nテスト用の${top.level}です。\n`,
	);
	return dir;
}

/** The project's scripts need Node 22.12+ (type stripping); under an older Node, use the project's own Node 24. */
const node = Number(process.versions.node.split('.')[0]) >= 22 ? process.execPath : join(process.cwd(), 'node_modules', '.bin', 'node');
/** npm run import-areas into the content folder given, run in this process (the script runs the same function). */
const run = (content: string, args: string[]): Promise<Said> =>
	runCollected({ SASAEAI_CONTENT: content }, (io) => importAreasCommand(args, io));

interface Written {
	id: string;
	data: Record<string, unknown>;
	body: string;
	boundary: Polygon | MultiPolygon;
	center: { lat: number; lng: number };
}
/** The area files an import wrote (everything but the top-level area), read the way the build reads them. */
function written(content: string, except: string): Written[] {
	return readdirSync(join(content, 'areas'))
		.filter((f) => f !== `${except}.md`)
		.sort()
		.map((f) => {
			const parsed = parseContentFile(readFileSync(join(content, 'areas', f), 'utf8'));
			return {
				id: f.slice(0, -3),
				data: parsed.data,
				body: parsed.body,
				boundary: parsed.data['boundary'] as Polygon | MultiPolygon,
				center: parsed.data['center'] as Written['center'],
			};
		});
}

const polygonsOf = (g: Polygon | MultiPolygon): Position[][][] => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);
const positionsOf = (g: Polygon | MultiPolygon): Position[] => polygonsOf(g).flat(2);
const r5 = (v: number) => Math.round(v * 1e5) / 1e5;
const key = (p: Position) => `${r5(p[0]!)},${r5(p[1]!)}`;
/** Area in square degrees (outer rings minus holes). */
const areaOf = (g: Polygon | MultiPolygon) =>
	polygonsOf(g).reduce((sum, rings) => {
		const ring = (r: Position[]) =>
			Math.abs(r.reduce((s, p, i) => s + (r[(i + 1) % r.length]![0]! - p[0]!) * (r[(i + 1) % r.length]![1]! + p[1]!), 0)) / 2;
		return sum + ring(rings[0]!) - rings.slice(1).reduce((s, h) => s + ring(h), 0);
	}, 0);

/** Our GeoJSON as the project's Boundary type (positions are [経度, 緯度] pairs either way). */
const asBoundary = (g: Polygon | MultiPolygon) => g as unknown as Boundary;
const inside = (p: Position | { lng: number; lat: number }, g: Polygon | MultiPolygon) =>
	pointInBoundary(Array.isArray(p) ? { lng: p[0]!, lat: p[1]! } : p, asBoundary(g));

async function sourceFeatures(file: string, encoding: string): Promise<Feature<Polygon | MultiPolygon, Record<string, unknown>>[]> {
	if (file.endsWith('.geojson')) return JSON.parse(readFileSync(file, 'utf8')).features;
	return (await shapefile.read(file, undefined, { encoding })).features as Feature<Polygon | MultiPolygon, Record<string, unknown>>[];
}

/**
 * What the coordinator must be able to rely on: every file parses as the build parses it; every coordinate is in
 * Japan and inside the source's bounding box; each area fits the budget; its centre is inside it; neighbours
 * keep exactly the same points on the border they share, and no corner of one lies inside the other; the total
 * area moves by less than 1 % (at the default budget).
 */
function expectGoodBoundaries(
	areas: Written[],
	source: Map<string, (Polygon | MultiPolygon)[]>,
	budget: number,
	areaTolerance = 0.01,
): void {
	const all = [...source.values()].flat().flatMap(positionsOf);
	const [minX, maxX] = [Math.min(...all.map((p) => p[0]!)), Math.max(...all.map((p) => p[0]!))];
	const [minY, maxY] = [Math.min(...all.map((p) => p[1]!)), Math.max(...all.map((p) => p[1]!))];
	for (const a of areas) {
		expect(boundarySchema.safeParse(a.boundary).success, a.id).toBe(true);
		expect(coordinatesSchema.safeParse(a.center).success, a.id).toBe(true);
		const points = positionsOf(a.boundary);
		expect(points.length, `${a.id} vertices`).toBeLessThanOrEqual(budget);
		for (const [lng, lat] of points) {
			expect(lng! >= minX - 1e-5 && lng! <= maxX + 1e-5 && lat! >= minY - 1e-5 && lat! <= maxY + 1e-5, `${a.id} ${lng},${lat}`).toBe(true);
			expect(lng! >= 122 && lng! <= 154 && lat! >= 20 && lat! <= 46).toBe(true);
			expect(Math.abs(lng! * 1e5 - Math.round(lng! * 1e5))).toBeLessThan(1e-6);
		}
		expect(inside(a.center, a.boundary), `${a.id} centre`).toBe(true);
		for (const part of source.get(a.data['name'] as string)!) {
			// Every part of the source is in the area: a point deep inside each part is inside the area.
			for (const rings of polygonsOf(part)) {
				const [lng, lat] = polylabel(rings as [number, number][][], 1e-6);
				expect(inside({ lng, lat }, a.boundary), `${a.id}: a part of the source is missing`).toBe(true);
			}
		}
	}
	let neighbours = 0;
	for (const a of areas) {
		for (const b of areas) {
			if (a.id >= b.id) continue;
			const sourceA = new Set(
				source
					.get(a.data['name'] as string)!
					.flatMap(positionsOf)
					.map(key),
			);
			const sharedInSource = new Set(
				source
					.get(b.data['name'] as string)!
					.flatMap(positionsOf)
					.map(key)
					.filter((k) => sourceA.has(k)),
			);
			if (sharedInSource.size < 2) continue;
			neighbours++;
			const keptByA = new Set(
				positionsOf(a.boundary)
					.map(key)
					.filter((k) => sharedInSource.has(k)),
			);
			const keptByB = new Set(
				positionsOf(b.boundary)
					.map(key)
					.filter((k) => sharedInSource.has(k)),
			);
			expect(keptByA, `border of ${a.id} and ${b.id}`).toEqual(keptByB);
			expect(keptByA.size).toBeGreaterThanOrEqual(2);
			const verticesOfB = new Set(positionsOf(b.boundary).map(key));
			const verticesOfA = new Set(positionsOf(a.boundary).map(key));
			for (const p of positionsOf(a.boundary))
				if (!verticesOfB.has(key(p))) expect(inside(p, b.boundary), `${a.id} ${key(p)} inside ${b.id}`).toBe(false);
			for (const p of positionsOf(b.boundary))
				if (!verticesOfA.has(key(p))) expect(inside(p, a.boundary), `${b.id} ${key(p)} inside ${a.id}`).toBe(false);
		}
	}
	expect(neighbours, 'neighbouring pairs checked').toBeGreaterThan(0);
	const before = [...source.values()].flat().reduce((s, g) => s + areaOf(g), 0);
	const after = areas.reduce((s, a) => s + areaOf(a.boundary), 0);
	expect(Math.abs(after - before) / before).toBeLessThan(areaTolerance);
}

const noStackTrace = (text: string) => expect(text).not.toMatch(/^\s+at .+:\d+/m);

describe('国土数値情報 A27 Shapefile (奈良県北葛城郡, Shift_JIS, no .prj), filtered to 河合町', () => {
	const content = contentFolder({ id: 'kawai', name: '河合町', yomi: 'かわいちょう', level: '町', lat: 34.58, lng: 135.74 });
	const args = [NARA, '--filter', 'A27_005=29427', '--source', '国土数値情報（小学校区データ）国土交通省'];
	let source: Map<string, Polygon[]>;
	let dryRun: Awaited<ReturnType<typeof run>>;
	let afterDryRun: string[];
	let first: Awaited<ReturnType<typeof run>>;
	beforeAll(async () => {
		source = new Map();
		for (const f of await sourceFeatures(NARA, 'shift_jis')) {
			if (f.properties['A27_005'] !== '29427') continue;
			const name = `${f.properties['A27_007']}区`;
			source.set(name, [...(source.get(name) ?? []), f.geometry as Polygon]);
		}
		dryRun = await run(content, [...args, '--dry-run']);
		afterDryRun = readdirSync(join(content, 'areas'));
		first = await run(content, args);
	});

	test('--dry-run writes nothing and shows each id, name, vertices before → after and centre', async () => {
		expect(dryRun.status, dryRun.stderr).toBe(0);
		expect(dryRun.stdout).toContain('A27-10_29-g_SchoolDistrict.shp: シェープファイル、多角形 15 件、属性は Shift_JIS（自動で判定）');
		expect(dryRun.stdout).toContain('絞りこみ: A27_005=29427 → 4 件');
		expect(dryRun.stdout).toContain('名前: A27_007');
		expect(dryRun.stdout).toContain('座標系: JGD2000 の経度・緯度（EPSG:4612）、.prj がなく');
		expect(dryRun.stdout).toMatch(/書く予定: koku-1 {2}河合第一小学校区 {2}頂点 1014 → 300 {2}中心 34\.\d+, 135\.\d+/);
		expect(dryRun.stdout).toMatch(/書く予定: koku-2 {2}河合第三小学校区 {2}頂点 253 → \d+/);
		expect(dryRun.stdout).toContain('A27-10_29-g_SchoolDistrict.shp: 書く予定 3 件');
		expect(dryRun.stdout).toContain('--dry-run なので、何も書いていません');
		expect(afterDryRun).toEqual(['kawai.md']);
	});

	test('one file per 校区: names, level, parent and the source line', async () => {
		expect(first.status, first.stderr).toBe(0);
		expect(first.stdout).toContain('A27-10_29-g_SchoolDistrict.shp: 書いた 3 件（頂点 合計 1563 → ');
		expect(first.stdout).toContain('npm run check で確かめてから');
		const areas = written(content, 'kawai');
		expect(areas.map((a) => [a.id, a.data['name'], a.data['level'], a.data['parent'], a.data['yomi']])).toEqual([
			['koku-1', '河合第一小学校区', '校区', 'kawai', undefined],
			['koku-2', '河合第三小学校区', '校区', 'kawai', undefined],
			['koku-3', '河合第二小学校区', '校区', 'kawai', undefined],
		]);
		for (const a of areas) {
			expect(Object.keys(a.data)).toEqual(['name', 'level', 'parent', 'center', 'boundary']);
			expect(a.body.trim()).toBe('（出典: 国土数値情報（小学校区データ）国土交通省。元のファイル: A27-10_29-g_SchoolDistrict.shp）');
		}
	});

	test('boundaries: in Japan and in the fixture, within 300 vertices, centres inside, borders shared exactly', async () => {
		const areas = written(content, 'kawai');
		expectGoodBoundaries(areas, source, 300);
		// 河合第一小学校 comes in two parts in A27: they are one area now.
		expect(source.get('河合第一小学校区')).toHaveLength(2);
	});

	test('never overwrites without --force, and says which files are in the way', async () => {
		const target = join(content, 'areas', 'koku-2.md');
		const edited = readFileSync(target, 'utf8').replace('（出典:', 'コーディネーターが書いた説明。\n\n（出典:');
		writeFileSync(target, edited);
		const again = await run(content, args);
		expect(again.status).toBe(1);
		expect(again.stderr).toMatch(/上書きしません: .*areas\/koku-1\.md はもうあります/);
		expect(again.stderr).toMatch(/上書きしません: .*areas\/koku-2\.md はもうあります/);
		expect(again.stderr).toContain(
			'A27-10_29-g_SchoolDistrict.shp: 同じ名前のファイルが 3 件あるので、何も書きませんでした。上書きしてよいときは --force を付けてください',
		);
		noStackTrace(again.stderr);
		expect(readFileSync(target, 'utf8')).toBe(edited);
		// A dry run shows the same: everything it would write, which files are in the way, and exit 1.
		const preview = await run(content, [...args, '--dry-run']);
		expect(preview.status).toBe(1);
		expect(preview.stdout).toMatch(/書く予定（もうあるので --force が必要）: koku-2 {2}河合第三小学校区/);
		expect(preview.stderr).toContain('同じ名前のファイルが 3 件あるので、何も書きません。上書きしてよいときは --force を付けてください');
		expect(readFileSync(target, 'utf8')).toBe(edited);
		const forced = await run(content, [...args, '--force']);
		expect(forced.status, forced.stderr).toBe(0);
		expect(forced.stdout).toContain('上書きしました: koku-2');
		expect(readFileSync(target, 'utf8')).not.toContain('コーディネーターが書いた説明');
	});

	test('a smaller budget is kept, still without gaps or overlaps', async () => {
		const small = contentFolder({ id: 'kawai', name: '河合町', yomi: 'かわいちょう', level: '町', lat: 34.58, lng: 135.74 });
		const result = await run(small, [NARA, '--filter', 'A27_005=29427', '--max-vertices', '40']);
		expect(result.status, result.stderr).toBe(0);
		// 40 points cannot follow every bend: the total area may move a little more, but nothing opens or overlaps.
		expectGoodBoundaries(written(small, 'kawai'), source, 40, 0.03);
	});
});

describe('all of 北葛城郡 (14 校区, 4 towns) in a 平面直角座標系 Shapefile derived from the A27 fixture', () => {
	const planeDir = tempDir('plane');
	let shp: string;
	let geographic: Written[];
	let source: Map<string, Polygon[]>;
	const top = { id: 'kitakatsuragi', name: '北葛城郡', yomi: 'きたかつらぎぐん', level: '市', lat: 34.57, lng: 135.72 };
	beforeAll(async () => {
		shp = await buildPlaneFixture(planeDir);
		const reference = contentFolder(top);
		expect((await run(reference, [NARA])).status).toBe(0);
		geographic = written(reference, top.id);
		source = new Map();
		for (const f of await sourceFeatures(NARA, 'shift_jis')) {
			const name = `${f.properties['A27_007']}区`;
			source.set(name, [...(source.get(name) ?? []), f.geometry as Polygon]);
		}
	});

	test('JGD2000 第VI系 from the .prj, Shift_JIS detected, and the same areas as the geographic file to a few metres', async () => {
		const content = contentFolder(top);
		const result = await run(content, [shp]);
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).toContain('属性は Shift_JIS（自動で判定）');
		expect(result.stdout).toContain(
			'座標系: JGD2000 平面直角座標系 第VI系（京都府・大阪府・福井県・滋賀県・三重県・奈良県・和歌山県、EPSG:2448）、.prj（JGD_2000_Japan_Zone_6）',
		);
		const areas = written(content, top.id);
		expect(areas.map((a) => a.data['name'])).toEqual(geographic.map((a) => a.data['name']));
		expect(areas).toHaveLength(14);
		areas.forEach((a, i) => {
			expect(Math.abs(a.center.lat - geographic[i]!.center.lat)).toBeLessThan(1e-4);
			expect(Math.abs(a.center.lng - geographic[i]!.center.lng)).toBeLessThan(1e-4);
			expect(Math.abs(areaOf(a.boundary) - areaOf(geographic[i]!.boundary)) / areaOf(a.boundary)).toBeLessThan(0.01);
		});
		expectGoodBoundaries(areas, source, 300);
	});

	test('without its .prj it asks for --zone, in Japanese; with --zone 6 it works', async () => {
		const bare = tempDir('noprj');
		for (const ext of ['shp', 'shx', 'dbf']) copyFileSync(shp.replace(/shp$/, ext), join(bare, `city.${ext}`));
		const content = contentFolder(top);
		const refused = await run(content, [join(bare, 'city.shp')]);
		expect(refused.status).toBe(1);
		expect(refused.stderr).toContain('city.shp に座標系のファイル（.prj）がなく、座標はメートル（平面直角座標系）のようです');
		expect(refused.stderr).toContain('--zone で平面直角座標系の系を指定してください');
		noStackTrace(refused.stderr);
		const zoned = await run(content, [join(bare, 'city.shp'), '--zone', '6', '--datum', 'jgd2000']);
		expect(zoned.status, zoned.stderr).toBe(0);
		expect(zoned.stdout).toContain('JGD2000 平面直角座標系 第VI系');
		const areas = written(content, top.id);
		expect(areas[0]!.center.lat).toBeCloseTo(geographic[0]!.center.lat, 4);
	});

	test('a zone that puts the coordinates outside Japan is refused, telling the coordinator to check --zone', async () => {
		const content = contentFolder(top);
		// Zone XVIII (沖ノ鳥島, origin 20°N) puts these metres south of 20°N.
		const outside = await run(content, [shp, '--zone', '18']);
		expect(outside.status).toBe(1);
		expect(outside.stderr).toMatch(/kitakatsuragi_tsugakukuiki_jgd2000_6kei\.shp の \d+ 番目の図形（.+）を変換すると日本の外/);
		expect(outside.stderr).toContain('--zone か --crs で指定し直してください');
		noStackTrace(outside.stderr);
		expect(readdirSync(join(content, 'areas'))).toEqual([`${top.id}.md`]);
	});
});

describe('OpenStreetMap wards of 大阪市 (a real JGD2011 第VI系 Shapefile, UTF-8 with .cpg)', () => {
	const content = contentFolder({ id: 'osaka', name: '大阪市', yomi: 'おおさかし', level: '市', lat: 34.69, lng: 135.5 });

	test('with no --name-field and two attributes that could be the name, it lists them with examples and stops', async () => {
		const result = await run(content, [OSAKA]);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('osaka_6kei.shp: 名前の入った属性を --name-field で選んでください');
		expect(result.stderr).toContain('  name_ja: 淀川区、東淀川区、西淀川区');
		expect(result.stderr).toContain('  name_ja_ka: よどがわく、ひがしよどがわく、にしよどがわく');
		expect(result.stderr).toContain('  city: osaka、osaka、osaka');
		noStackTrace(result.stderr);
		expect(readdirSync(join(content, 'areas'))).toEqual(['osaka.md']);
	});

	test('ids from the readings, 圏域 under the city, borders shared exactly', async () => {
		const result = await run(content, [OSAKA, '--name-field', 'name_ja', '--yomi-field', 'name_ja_ka', '--level', '圏域']);
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).toContain('属性は UTF-8（.cpg の指定）');
		expect(result.stdout).toContain(
			'JGD2011 平面直角座標系 第VI系（京都府・大阪府・福井県・滋賀県・三重県・奈良県・和歌山県、EPSG:6674）、.prj（JGD2011_Japan_Plane_Rectangular_CS_VI）',
		);
		const areas = written(content, 'osaka');
		expect(areas).toHaveLength(24);
		const byId = new Map(areas.map((a) => [a.id, a]));
		expect(byId.get('yodogawa')!.data).toMatchObject({ name: '淀川区', yomi: 'よどがわく', level: '圏域', parent: 'osaka' });
		expect(byId.get('chuo')!.data).toMatchObject({ name: '中央区', yomi: 'ちゅうおうく' });
		expect(byId.get('joto')!.data['name']).toBe('城東区');
		expect(byId.get('higashisumiyoshi')!.data['name']).toBe('東住吉区');
		// 中央区 is where 大阪市's centre is: the zone VI conversion put it in the right place.
		expect(byId.get('chuo')!.center.lat).toBeCloseTo(34.68, 1);
		expect(byId.get('chuo')!.center.lng).toBeCloseTo(135.51, 1);
		const source = new Map<string, Polygon[]>();
		const { toWgs84 } = await import('../src/lib/import/areas/crs.ts');
		const project = toWgs84({ kind: 'plane', zone: 6, datum: 'jgd2011' });
		for (const f of await sourceFeatures(OSAKA, 'utf-8')) {
			const g = f.geometry as Polygon;
			source.set(f.properties['name_ja'] as string, [
				{ type: 'Polygon', coordinates: g.coordinates.map((r) => r.map((p) => project(p).map(r5))) },
			]);
		}
		expectGoodBoundaries(areas, source, 300);
	});
});

describe('A27-derived GeoJSON (Code for Sapporo, 札幌市中央区)', () => {
	test('16 校区 in WGS84, under the only city in the folder', async () => {
		const content = contentFolder({ id: 'sapporo', name: '札幌市', yomi: 'さっぽろし', level: '市', lat: 43.06, lng: 141.35 });
		const result = await run(content, [SAPPORO]);
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).toContain('Elementary.geojson: GeoJSON、多角形 16 件');
		expect(result.stdout).toContain('座標系: WGS84 の経度・緯度（EPSG:4326）、GeoJSON の決まり');
		expect(result.stdout).toContain('国土数値情報のデータのようです');
		const areas = written(content, 'sapporo');
		expect(areas).toHaveLength(16);
		expect(areas.map((a) => a.data['name'])).toContain('資生館小学校区');
		const source = new Map<string, Polygon[]>();
		for (const f of await sourceFeatures(SAPPORO, '')) source.set(`${f.properties['A27_007']}区`, [f.geometry as Polygon]);
		expectGoodBoundaries(areas, source, 300);
	});
});

describe("the town's own word for its areas (site.yaml district_term)", () => {
	test('is the level when --level is not given', async () => {
		const content = contentFolder(
			{ id: 'kawai', name: '河合町', yomi: 'かわいちょう', level: '町', lat: 34.58, lng: 135.74 },
			'district_term: 地区\n',
		);
		const result = await run(content, [NARA, '--filter', 'A27_005=29427', '--id-field', 'A27_005']);
		expect(result.status, result.stderr).toBe(0);
		const areas = written(content, 'kawai');
		// 地区 is not named after a school, so the names stay as they are; the ids from A27_005 are all 29427.
		expect(areas.map((a) => [a.id, a.data['name'], a.data['level']])).toEqual([
			['29427-2', '河合第三小学校', '地区'],
			['29427-3', '河合第二小学校', '地区'],
			['29427', '河合第一小学校', '地区'],
		]);
		expect(result.stdout).toContain('id が重なったので番号を付けました: 河合第三小学校: 29427-2、河合第二小学校: 29427-3');
	});
});

describe('mistakes get a Japanese message naming the file, exit 1 and no stack trace', () => {
	const content = contentFolder({ id: 'kawai', name: '河合町', yomi: 'かわいちょう', level: '町', lat: 34.58, lng: 135.74 });
	const expectRefused = async (args: string[], ...messages: string[]) => {
		const result = await run(content, args);
		expect(result.status, result.stdout).toBe(1);
		for (const m of messages) expect(result.stderr).toContain(m);
		noStackTrace(result.stderr);
		expect(readdirSync(join(content, 'areas'))).toEqual(['kawai.md']);
	};

	test('--help explains the options in Japanese', async () => {
		const result = await run(content, ['--help']);
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('使い方: npm run import-areas -- ファイル [オプション]');
		expect(result.stdout).toContain('--name-field 属性');
		expect(result.stdout).toContain('--dry-run');
	});
	test('no file, a file that is not there, an unknown option', async () => {
		await expectRefused([], '読みこむファイルを指定してください');
		await expectRefused(['nai.shp'], 'nai.shp が見つかりません');
		await expectRefused([NARA, '--zoen', '6'], '「--zoen」という指定はありません。npm run import-areas -- --help');
	});
	test('a Shapefile without its .dbf', async () => {
		const dir = tempDir('nodbf');
		copyFileSync(NARA, join(dir, 'gakku.shp'));
		await expectRefused([join(dir, 'gakku.shp')], 'gakku.dbf が見つかりません。シェープファイルは .shp と .dbf（属性）をセットで');
	});
	test('a name attribute that does not exist: the ones that do are listed with examples', async () => {
		await expectRefused(
			[NARA, '--name-field', '名称'],
			'A27-10_29-g_SchoolDistrict.shp に「名称」という属性はありません（--name-field）',
			'  A27_007: 上牧第三小学校、上牧第二小学校、上牧小学校',
			'  A27_005: 29424、29424、29424',
		);
	});
	test('a filter that matches nothing lists the values there are', async () => {
		await expectRefused(
			[NARA, '--filter', 'A27_005=29201'],
			'A27_005=29201 の図形はありません。A27_005 の値の例: 29424、29425、29426、29427',
		);
		await expectRefused([NARA, '--filter', 'A27_005'], '「属性=値」の形で書いてください');
	});
	test('a file with no polygons', async () => {
		const file = join(tempDir('points'), 'schools.geojson');
		writeFileSync(
			file,
			JSON.stringify({
				type: 'FeatureCollection',
				features: [{ type: 'Feature', properties: { 名称: '河合第一小学校' }, geometry: { type: 'Point', coordinates: [135.74, 34.58] } }],
			}),
		);
		await expectRefused([file], 'schools.geojson に多角形（ポリゴン）の図形がありません');
	});
	test('GeoJSON in metres: it needs --zone', async () => {
		const dir = tempDir('metres');
		const shp = await buildPlaneFixture(dir);
		const collection = await shapefile.read(shp, undefined, { encoding: 'shift_jis' });
		const file = join(dir, 'metres.geojson');
		writeFileSync(file, JSON.stringify(collection));
		await expectRefused(
			[file, '--filter', 'A27_005=29427'],
			'metres.geojson の座標はメートル（平面直角座標系）のようですが、どの系かが書かれていません',
			'--zone で平面直角座標系の系を指定してください',
		);
		const zoned = await run(content, [file, '--filter', 'A27_005=29427', '--zone', '6', '--dry-run']);
		expect(zoned.status, zoned.stderr).toBe(0);
		expect(zoned.stdout).toContain('河合第一小学校区');
	});
	test('a .prj that is not a 平面直角座標系 (UTM)', async () => {
		const dir = tempDir('utm');
		for (const ext of ['shp', 'dbf']) copyFileSync(NARA.replace(/shp$/, ext), join(dir, `utm.${ext}`));
		writeFileSync(
			join(dir, 'utm.prj'),
			'PROJCS["WGS_1984_UTM_Zone_53N",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",135.0],PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]',
		);
		await expectRefused(
			[join(dir, 'utm.shp')],
			'utm.prj の座標系が読めません: .prj の座標系「WGS_1984_UTM_Zone_53N」（原点 北緯0度・東経135度）は、平面直角座標系のどの系とも合いません',
			'--zone',
		);
	});
	test('the parent: one that does not exist, or none to choose', async () => {
		await expectRefused([NARA, '--parent', 'nara'], '--parent「nara」という地域は', '使える id: kawai（河合町）');
		const empty = tempDir('empty');
		const result = await run(empty, [NARA, '--filter', 'A27_005=29427']);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('ひとつ上の地域（市・町・村・区）が');
		expect(result.stderr).toContain('--parent で id を指定してください');
		expect(existsSync(join(empty, 'areas'))).toBe(false);
	});
	test('an empty content/ is not written into: the sample city stays as it is', async () => {
		const town = tempDir('fresh');
		mkdirSync(join(town, 'content'));
		writeFileSync(join(town, 'content', 'README.md'), '# content/\n');
		const env = { ...process.env };
		delete env['SASAEAI_CONTENT'];
		const result = spawnSync(node, [join(process.cwd(), 'scripts/import-areas.ts'), join(process.cwd(), NARA)], {
			cwd: town,
			env,
			encoding: 'utf8',
		});
		expect(result.status).toBe(1);
		expect(result.stderr).toContain(
			'content/ にまだ町の内容がありません。このままではサンプルの市（src/sample-city/）に書きこむことになるので、やめました。先に npm run init-town',
		);
		expect(readdirSync(join(town, 'content'))).toEqual(['README.md']);
	});
	test('a level that is not one of ours, a budget that is not a number', async () => {
		await expectRefused([NARA, '--level', '学区'], '--level「学区」は使えません。使える階層: 市、町、村、区、圏域、校区');
		await expectRefused([NARA, '--max-vertices', '3'], '--max-vertices は 4 以上の整数で書いてください');
		await expectRefused([NARA, '--max-vertices', '20000'], '--max-vertices は 3000 までにしてください');
	});
});

describe('a file of several municipalities, a wrong zone, broken rings, long ids and escapes (issue 17)', () => {
	const kawai = { id: 'kawai', name: '河合町', yomi: 'かわいちょう', level: '町', lat: 34.58, lng: 135.74 };
	const withCode = (code: string) => contentFolder(kawai, `municipality_code: "${code}"\n`);
	const listed = (content: string) => readdirSync(join(content, 'areas')).sort();
	/** A GeoJSON file of squares near 河合町 (0.01° apart), with the properties given. */
	const squares = (file: string, features: { properties: Record<string, unknown>; ring?: number[][] }[]) => {
		const path = join(tempDir('geojson'), file);
		const square = (i: number) => [
			[135.7 + i * 0.01, 34.57],
			[135.709 + i * 0.01, 34.57],
			[135.709 + i * 0.01, 34.579],
			[135.7 + i * 0.01, 34.579],
			[135.7 + i * 0.01, 34.57],
		];
		const geo = features.map((f, i) => ({
			type: 'Feature',
			properties: f.properties,
			geometry: { type: 'Polygon', coordinates: [f.ring ?? square(i)] },
		}));
		writeFileSync(path, JSON.stringify({ type: 'FeatureCollection', features: geo }));
		return path;
	};

	test("the real 4-town A27 extract is cut to site.yaml's town by default; --filter none keeps all; another town is refused", async () => {
		const content = withCode('294276');
		const result = await run(content, [NARA]);
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).toContain(
			'絞りこみ: A27_005=29427 → 4 件（site.yaml の municipality_code 294276 の町の校区だけを取りこみます。ファイルには 4 市区町村 15 件。',
		);
		expect(result.stdout).toContain('名前: A27_007');
		expect(written(content, 'kawai').map((a) => a.data['name'])).toEqual(['河合第一小学校区', '河合第三小学校区', '河合第二小学校区']);
		const all = withCode('294276');
		const none = await run(all, [NARA, '--filter', 'none', '--dry-run']);
		expect(none.status, none.stderr).toBe(0);
		expect(none.stdout).toContain('絞りこみ: なし（--filter none');
		expect(none.stdout).toContain('書く予定 14 件');
		const nara = withCode('292010');
		const elsewhere = await run(nara, [NARA]);
		expect(elsewhere.status).toBe(1);
		expect(elsewhere.stderr).toContain(
			'この町（site.yaml の municipality_code 292010、A27_005 では 29201）の図形がありません。ファイルにある市区町村: 29424（3 件）、29425（3 件）、29426（5 件）、29427（4 件）',
		);
		noStackTrace(elsewhere.stderr);
		expect(listed(nara)).toEqual(['kawai.md']);
	});

	test('a .prj of 第IX系 on a 第VI系 town: refused with the zone read, the distance and the zone that fits', async () => {
		const dir = tempDir('wrongzone');
		const shp = await buildPlaneFixture(dir);
		writeFileSync(shp.replace(/shp$/, 'prj'), esriWkt(9, 'jgd2000'));
		const content = withCode('294276');
		const result = await run(content, [shp]);
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(
			/座標系 JGD2000 平面直角座標系 第IX系.*（\.prj（JGD_2000_Japan_Zone_9）.*）で読むと、地域の中心（緯度 34\.\d+、経度 139\.\d+）が、ひとつ上の地域 kawai の center（緯度 34\.58、経度 135\.74）から 3\d\d km 離れています（30 km まで）/,
		);
		expect(result.stderr).toMatch(
			/第VI系（京都府・大阪府・福井県・滋賀県・三重県・奈良県・和歌山県）なら \d+\.\d km です。--zone 6 --datum jgd2000 を付けて読みなおしてください/,
		);
		noStackTrace(result.stderr);
		expect(listed(content)).toEqual(['kawai.md']);
		const fixed = await run(content, [shp, '--zone', '6', '--datum', 'jgd2000', '--dry-run']);
		expect(fixed.status, fixed.stderr).toBe(0);
	});

	test('a ring that crosses itself is refused with the feature, its name and the place; nothing is written', async () => {
		const bowTie = [
			[135.75, 34.57],
			[135.76, 34.58],
			[135.76, 34.57],
			[135.75, 34.58],
			[135.75, 34.57],
		];
		const file = squares('crossing.geojson', [{ properties: { 名称: '東小学校' } }, { properties: { 名称: '西小学校' }, ring: bowTie }]);
		const content = withCode('294276');
		const result = await run(content, [file]);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('crossing.geojson: 境界の形が正しくない図形があるので、何も書きませんでした。');
		expect(result.stderr).toContain('  2 番目の図形（西小学校区）: 外側の線が自分と交差しています（緯度 34.575、経度 135.755 のあたり）');
		expect(result.stderr).toContain('「ジオメトリを修復」');
		expect(listed(content)).toEqual(['kawai.md']);
	});

	test('a 300-character NO as --id-field: ids are shortened, every file is written; a reserved name stops before any is written', async () => {
		const long = (c: string) => `${c}${'-0123456789'.repeat(30)}`;
		const file = squares(
			'long.geojson',
			['a', 'b', 'c', 'd'].map((c, i) => ({ properties: { NO: long(c), 名称: `第${i + 1}小学校` } })),
		);
		const content = withCode('294276');
		const result = await run(content, [file, '--id-field', 'NO']);
		expect(result.status, result.stderr).toBe(0);
		const ids = listed(content).filter((f) => f !== 'kawai.md');
		expect(ids).toHaveLength(4);
		for (const id of ids) expect(id.length).toBeLessThanOrEqual(63);
		expect(ids[0]).toBe('a-0123456789-0123456789-0123456789-0123456789-0123456789.md');
		const reserved = squares('reserved.geojson', [
			{ properties: { NO: 'east', 名称: '東小学校' } },
			{ properties: { NO: 'CON', 名称: '西小学校' } },
		]);
		const other = withCode('294276');
		const refused = await run(other, [reserved, '--id-field', 'NO']);
		expect(refused.status).toBe(1);
		expect(refused.stderr).toContain('reserved.geojson: 書けないファイルがあるので、何も書きませんでした。');
		expect(refused.stderr).toContain('  con.md（西小学校区）: 「con」は Windows で使えない名前です');
		expect(listed(other)).toEqual(['kawai.md']);
	});

	test('escape characters in attribute names and values are shown, never sent to the terminal; such a name is refused', async () => {
		const file = squares('escape.geojson', [
			{ properties: { 'ka\u001b[2J': 'x', 名称: '東\u001b[31m小学校' } },
			{ properties: { 'ka\u001b[2J': 'y', 名称: '西小学校' } },
		]);
		const content = withCode('294276');
		const listing = await run(content, [file, '--name-field', 'nai']);
		expect(listing.status).toBe(1);
		expect(listing.stderr).toContain('  ka␛[2J: x、y');
		expect(listing.stderr).toContain('  名称: 東␛[31m小学校、西小学校');
		expect(listing.stderr + listing.stdout).not.toContain('\u001b');
		const named = await run(content, [file, '--name-field', '名称']);
		expect(named.status).toBe(1);
		expect(named.stderr).toContain('escape.geojson: 名前に使えない値があるので、何も書きませんでした。');
		expect(named.stderr).toContain('1 番目の図形の名前「東␛[31m小学校区」');
		expect(named.stderr + named.stdout).not.toContain('\u001b');
		expect(listed(content)).toEqual(['kawai.md']); // A coordinate system name and a broken file's own text are file content too.
		const crs = join(tempDir('crs'), 'crs.geojson');
		const feature = {
			type: 'Feature',
			properties: { 名称: '東小学校' },
			geometry: {
				type: 'Polygon',
				coordinates: [
					[
						[135.7, 34.57],
						[135.71, 34.57],
						[135.71, 34.58],
						[135.7, 34.57],
					],
				],
			},
		};
		writeFileSync(
			crs,
			JSON.stringify({ type: 'FeatureCollection', crs: { type: 'name', properties: { name: 'EPSG:\u001b[2J' } }, features: [feature] }),
		);
		const crsRun = await run(content, [crs]);
		expect(crsRun.status).toBe(1);
		expect(crsRun.stderr).toContain('crs.geojson の座標系「EPSG:␛[2J」はわかりません');
		expect(crsRun.stderr + crsRun.stdout).not.toContain('\u001b');
		const broken = join(tempDir('broken'), 'broken.geojson');
		writeFileSync(broken, '{"type": "\u001b[2J');
		const brokenRun = await run(content, [broken]);
		expect(brokenRun.status).toBe(1);
		expect(brokenRun.stderr).toContain('broken.geojson を GeoJSON（JSON）として読めません');
		expect(brokenRun.stderr).not.toContain('\u001b');
	});
});
