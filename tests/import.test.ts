/**
 * npm run import on what municipalities really publish (tests/fixtures/import/, see its README): every row becomes
 * an entry, a draft or a skipped row with its reason; every value lands in a file or in the report's list of unmapped
 * columns; re-importing updates instead of duplicating; our own exports read back change nothing; --geocode against a
 * local stub of 国土地理院's address search. Each test works in its own temporary copy: content/ is never read.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadContent } from '../src/lib/content-files.ts';
import { parseRows } from '../src/lib/import/csv.ts';
import { decodeBytes } from '../src/lib/import/encodings.ts';
import { readHours, readTime, readWeekdays } from '../src/lib/import/hours.ts';
import { findHeaderRow } from '../src/lib/import/layouts.ts';
import { readCost, readDate } from '../src/lib/import/rows.ts';
import { checkCommand } from '../scripts/lib/check-command.ts';
import { runAsking, runCollected, type Said } from '../scripts/lib/command-io.ts';
import { importCommand } from '../scripts/lib/import-command.ts';
import { initTownCommand } from '../scripts/lib/init-town-command.ts';
import { TEST_DIST } from './build-site.ts';
import { SAMPLE } from './towns.ts';

const work = mkdtempSync(join(tmpdir(), 'sasaeai-import-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const FIXTURES = join(process.cwd(), 'tests/fixtures/import');
let n = 0;
/** A fresh copy of the sample city. */
function sampleTown(): string {
	const dir = join(work, `sample-${n++}`);
	cpSync(SAMPLE, dir, { recursive: true });
	return dir;
}
/** A town for a real city: its site.yaml, the city's area and one 校区 whose boundary is the box given. */
function town(name: string, yomi: string, code: string, box: [number, number, number, number]): string {
	const dir = join(work, `town-${n++}`);
	mkdirSync(join(dir, 'areas'), { recursive: true });
	const site = readFileSync(join(SAMPLE, 'site.yaml'), 'utf8')
		.replace('municipality: ひだまり市', `municipality: ${name}`)
		.replace('municipality_code: "000000"', `municipality_code: "${code}"`)
		.replace(/title: .*/, `title: ${name} 支え合いガイド`);
	writeFileSync(join(dir, 'site.yaml'), site);
	const [w, s, e, nn] = box;
	const center = `{ lat: ${(s + nn) / 2}, lng: ${(w + e) / 2} }`;
	writeFileSync(
		join(dir, 'areas/city.md'),
		`---\nname: ${name}\nshort_name: 市全域\nyomi: ${yomi}\nlevel: 市\ncenter: ${center}\ncontact:\n  name: ${name} 高齢者支援課\n  tel: 000-200-0001\n---\n\n${name}。\n`,
	);
	writeFileSync(
		join(dir, 'areas/chuo.md'),
		`---\nname: 中央校区\nyomi: ちゅうおうこうく\nlevel: 校区\nparent: city\ncenter: ${center}\ncontact:\n  name: 中央校区 生活支援コーディネーター\n  tel: 000-200-0002\nboundary:\n  type: Polygon\n  coordinates: [[[${w},${s}],[${e},${s}],[${e},${nn}],[${w},${nn}],[${w},${s}]]]\n---\n\n中央校区。\n`,
	);
	return dir;
}
/** npm run import into the town given, run in this process (scripts/import-csv.ts runs the same function). */
const importInto = (dir: string, args: string[]): Promise<Said> =>
	runCollected({ SASAEAI_CONTENT: dir, SASAEAI_TODAY: '2030-01-01' }, (io) => importCommand(args, io));
/** The command itself, as a process: the geocoder stub answers from this one. */
const importAsync = (dir: string, args: string[], env: Record<string, string>) =>
	new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
		const child = spawn(process.execPath, ['scripts/import-csv.ts', ...args], { env: { ...process.env, SASAEAI_CONTENT: dir, ...env } });
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (d) => (stdout += d));
		child.stderr.on('data', (d) => (stderr += d));
		child.on('close', (status) => resolve({ status, stdout, stderr }));
	});
const files = (dir: string): string[] =>
	readdirSync(dir).flatMap((f) => {
		const p = join(dir, f);
		return statSync(p).isDirectory() ? files(p) : [p];
	});
const entryFiles = (dir: string) => files(dir).filter((f) => /\/(salons|resources)\//.test(f));
const check = (dir: string) => runCollected({ SASAEAI_CONTENT: dir, SASAEAI_TODAY: '2030-01-01' }, (io) => checkCommand(io));
/** The errors npm run check would list (it reports loadContent's problems), without starting it. */
const errors = (dir: string) =>
	loadContent(dir, { today: '2030-01-01' })
		.problems.filter((p) => p.severity === 'error')
		.map((p) => `${p.file}:${p.line ?? ''} ${p.field}: ${p.message}`);

describe('MHLW 通いの場のオープンデータ (UTF-8 with BOM)', () => {
	const dir = sampleTown();
	const report = join(work, 'mhlw-report.md');
	const by = ['--provider', 'ひだまり市社会福祉協議会', '--provider-type', '社会福祉協議会'];
	let r: Said;
	beforeAll(async () => {
		r = await importInto(dir, [join(FIXTURES, 'kayoinoba-utf8.csv'), '--confirmed', '2029-12-01', ...by, '--report', report]);
	});
	test('every row is accounted for: entries, and drafts that say what is missing', async () => {
		expect(r.status, r.stderr).toBe(0);
		expect(r.stdout).toContain('書いた（新しい項目） | 2');
		expect(r.stdout).toContain('下書き（_ で始まるファイル。サイトには出ません） | 2');
		const salon = readFileSync(join(dir, 'salons/aoba/aoba-kayoinoba-1.md'), 'utf8');
		expect(salon).toContain('name: 青葉南 体操の会');
		expect(salon).toContain('yomi: あおば みなみ たいそうのかい');
		expect(salon).toMatch(/weeks:\s*\n\s*- 2\n\s*- 4/);
		expect(salon).toMatch(/source:\n\s+dataset: ひだまり市 通いの場（kayoinoba-utf8）\n\s+id: "1"/);
		expect(salon).toContain('last_confirmed: "2029-12-01"');
		const noPhone = readFileSync(join(dir, 'salons/matsukaze/_matsukaze-kayoinoba-3.md'), 'utf8');
		expect(noPhone).toMatch(/^---\n# 下書きです.*\n# 足りないもの・確かめること:\n#   - よみがな/);
		expect(noPhone).toContain('#   - 連絡の方法（電話番号・メールアドレス・ホームページのどれか）');
		expect(noPhone).toContain('name: 電話のないサロン');
		expect(readFileSync(join(dir, 'salons/hidamari/_hidamari-kayoinoba-4.md'), 'utf8')).toContain(
			'#   - 校区（位置 35.5, 139.7 がどの校区の中にもありません）',
		);
		expect(readFileSync(report, 'utf8')).toContain('## 校区の外の位置');
		expect(r.stdout).toContain('5行目（遠いサロン、id 4）: 35.5, 139.7');
		expect(r.stdout).toContain('緯度と経度が逆になっていたので入れかえました');
	});
	test('what was written passes npm run check (drafts are not read)', async () => {
		expect((await check(dir)).stdout).toContain('エラー 0 件');
	});
	test('importing the same file again changes nothing; a newer version updates, field by field', async () => {
		const again = await importInto(dir, [join(FIXTURES, 'kayoinoba-utf8.csv'), '--confirmed', '2029-12-01', ...by, '--report', report]);
		expect(again.stdout).toContain('変わらない 2 件');
		const newer = join(work, 'kayoinoba-newer.csv');
		writeFileSync(newer, readFileSync(join(FIXTURES, 'kayoinoba-utf8.csv'), 'utf8').replace('青葉南 体操の会', '青葉南 いきいき体操の会'));
		const before = entryFiles(dir).length;
		const newerArgs = [newer, '--dataset', 'ひだまり市 通いの場（kayoinoba-utf8）', '--confirmed', '2029-12-01', ...by, '--report', report];
		const dry = await importInto(dir, [...newerArgs, '--dry-run']);
		expect(dry.stdout).toContain('- name: 青葉南 体操の会 → 青葉南 いきいき体操の会');
		expect(readFileSync(join(dir, 'salons/aoba/aoba-kayoinoba-1.md'), 'utf8')).toContain('name: 青葉南 体操の会');
		await importInto(dir, newerArgs);
		expect(readFileSync(join(dir, 'salons/aoba/aoba-kayoinoba-1.md'), 'utf8')).toContain('name: 青葉南 いきいき体操の会');
		expect(entryFiles(dir)).toHaveLength(before);
	});
	test('without a date in the file or --confirmed, it asks (exit 1) instead of using today', async () => {
		const fresh = sampleTown();
		const x = await importInto(fresh, [join(FIXTURES, 'kayoinoba-utf8.csv'), '--report', join(work, 'x.md')]);
		expect(x.status).toBe(1);
		expect(x.stderr).toContain('--confirmed 2026-06-30 のように指定してください');
		expect(entryFiles(fresh)).toEqual(entryFiles(SAMPLE).map((f) => f.replace(SAMPLE, fresh)));
	});
});

describe('公共施設一覧 (Shift_JIS) and a city’s own columns', () => {
	test('Shift_JIS is decoded; a row without a phone but with nothing else to reach is a draft', async () => {
		const dir = sampleTown();
		const r = await importInto(dir, [join(FIXTURES, 'shisetsu-sjis.csv'), '--confirmed', '2029-12-01', '--report', join(work, 's.md')]);
		expect(r.stdout).toContain('Shift_JIS、公共施設一覧（推奨データセットの形）');
		const kominkan = readFileSync(join(dir, 'resources/higashiyama/higashiyama-shisetsu-1.md'), 'utf8');
		expect(kominkan).toContain('yomi: ひだまりしりつ ひがしやまこうみんかん');
		expect(kominkan).toContain('通称: 東山公民館');
		expect(r.stdout).toMatch(
			/4行目（電話番号のない施設、id 3） → .*resources\/chuo\/_chuo-shisetsu-3\.md\n  - 足りないもの・確かめること: 連絡の方法/,
		);
	});
	test('--map names a city’s columns; without it, the error lists the columns found', async () => {
		const dir = sampleTown();
		const csv = join(work, 'own.csv');
		writeFileSync(csv, '番号,施設の名まえ,ところ,でんわ,確認した日\n7,青葉 ふれあいの家,ひだまり市青葉町1-2,000-201-7777,2029-11-30\n');
		const bad = await importInto(dir, [csv, '--report', join(work, 'o.md')]);
		expect(bad.status).toBe(1);
		expect(bad.stderr).toContain('見つかった列: 「番号」、「施設の名まえ」、「ところ」、「でんわ」、「確認した日」');
		const ok = await importInto(dir, [
			csv,
			'--map',
			'施設の名まえ=name',
			'--map',
			'ところ=address',
			'--map',
			'でんわ=contact.tel',
			'--map',
			'確認した日=last_confirmed',
			'--area',
			'aoba',
			'--report',
			join(work, 'o.md'),
		]);
		expect(ok.status, ok.stderr).toBe(0);
		const file = readFileSync(join(dir, 'resources/aoba/_aoba-data-7.md'), 'utf8');
		expect(file).toContain('tel: 000-201-7777');
		expect(file).toContain('last_confirmed: "2029-11-30"');
		const mapFile = join(work, 'mapping.yaml');
		writeFileSync(mapFile, '施設の名まえ: 名前\nところ: 住所\n確認した日: 最終確認日・更新日\n');
		expect((await importInto(dir, [csv, '--map-file', mapFile, '--area', 'aoba', '--report', join(work, 'o.md')])).status).toBe(0);
	});
});

/** Every non-empty cell of a fixture, and whether it is in the written files or named in the report's unmapped columns. */
function lostValues(fixture: string, written: string, report: string): string[] {
	const { text } = decodeBytes(readFileSync(fixture));
	const rows = parseRows(text);
	const head = findHeaderRow(rows)!;
	const squash = (s: string) => s.normalize('NFKC').replace(/[\s"'\\]/g, '');
	const haystack = squash(written);
	const unmapped = report.split('## 取りこまなかった列')[1] ?? '';
	const hira = (s: string) => s.normalize('NFKC').replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
	const lost: string[] = [];
	const skipped = new Set([...report.matchAll(/^- (\d+)行目: /gm)].map((m) => Number(m[1])));
	for (const row of rows.slice(head + 1)) {
		if (skipped.has(row.line)) continue;
		row.cells.forEach((cell, i) => {
			const v = cell.trim();
			if (!v) return;
			const header = rows[head]!.cells[i] ?? '';
			if (header.trim() && unmapped.includes(`「${header.replace(/\s+/g, ' ').trim()}」`)) return;
			// Hours text the parser understood completely is said by the structured schedule.
			const hours = /特記事項|availableDateNote|定休日|休館日/.test(header) ? readHours(v) : undefined;
			if (hours?.schedule && !hours.leftover.length && haystack.includes('schedule:')) return;
			const days = readWeekdays(v);
			const cost = readCost(v);
			const candidates = [
				v,
				hira(v),
				readTime(v),
				readDate(v),
				days && days.map((d) => `-${d}`).join(''),
				cost && `amount:${cost.amount}`,
				Number.isFinite(Number(v)) ? String(Number(v)) : undefined,
			];
			if (!candidates.some((c) => c && haystack.includes(squash(c)))) lost.push(`${row.line}行目「${header}」: ${v}`);
		});
	}
	return lost;
}

const REAL = [
	{ file: 'takamatsu-exchange_center.csv', city: ['高松市', 'たかまつし', '372013'], box: [133.9, 34.2, 134.2, 34.45] },
	{
		file: 'takamatsu-regional_comprehensive_support_center.csv',
		city: ['高松市', 'たかまつし', '372013'],
		box: [133.9, 34.2, 134.2, 34.45],
	},
	{ file: 'takamatsu-elderly_wedding_house.csv', city: ['高松市', 'たかまつし', '372013'], box: [133.9, 34.2, 134.2, 34.45] },
	{ file: 'takamatsu-events.csv', city: ['高松市', 'たかまつし', '372013'], box: [133.9, 34.2, 134.2, 34.45] },
	{ file: 'yaizu-facilities_smartmap.csv', city: ['焼津市', 'やいづし', '222127'], box: [138.2, 34.7, 138.4, 34.9] },
	{ file: 'yaizu-facilities_smartmap.cp932.csv', city: ['焼津市', 'やいづし', '222127'], box: [138.2, 34.7, 138.4, 34.9] },
	{ file: 'yaizu-facilities_smartmap.utf16le.txt', city: ['焼津市', 'やいづし', '222127'], box: [138.2, 34.7, 138.4, 34.9] },
	{ file: 'tokyo-public-facilities.csv', city: ['東京都', 'とうきょうと', '130001'], box: [138.9, 35.4, 140.0, 35.95] },
] as const;

describe('real files from three municipalities', () => {
	const results = new Map<string, { stdout: string; dir: string }>();
	for (const f of REAL) {
		test(`${f.file}: no crash, ≥ 95 % of data rows become entries or drafts, no value lost`, async () => {
			const dir = town(f.city[0], f.city[1], f.city[2], [...f.box]);
			const report = join(work, `${f.file}.md`);
			const r = await importInto(dir, [join(FIXTURES, f.file), '--confirmed', '2024-09-18', '--report', report]);
			expect(r.status, r.stderr).toBe(0);
			results.set(f.file, { stdout: r.stdout, dir });
			const text = readFileSync(report, 'utf8');
			const count = (label: string) => Number(new RegExp(`\\| ${label}[^|]*\\| (\\d+) \\|`).exec(text)![1]);
			const done = count('書いた') + count('下書き');
			const notData = (text.match(/: (ひな形の行です|空の行です|見出しのくり返しです)/g) ?? []).length;
			const dataRows = Number(/データの行: (\d+) 行/.exec(text)![1]) - notData;
			expect(done / dataRows, text).toBeGreaterThanOrEqual(0.95);
			const written = entryFiles(dir)
				.map((p) => readFileSync(p, 'utf8'))
				.join('\n');
			expect(lostValues(join(FIXTURES, f.file), written, text)).toEqual([]);
			expect(errors(dir)).toEqual([]);
		});
	}
	test('the cp932 and UTF-16LE tab-separated copies give the same entries as the UTF-8 file', async () => {
		const utf8 = results.get('yaizu-facilities_smartmap.csv')!;
		for (const other of ['yaizu-facilities_smartmap.cp932.csv', 'yaizu-facilities_smartmap.utf16le.txt']) {
			const o = results.get(other)!;
			expect(o.stdout).toMatch(other.includes('utf16') ? /UTF-16LE、タブ区切り/ : /Shift_JIS/);
			const read = (d: string) =>
				entryFiles(d).map((p) =>
					readFileSync(p, 'utf8')
						.replace(/（[^（]*）\n  id:/, '\n  id:')
						.replace(/dataset: .*/, ''),
				);
			expect(read(o.dir)).toEqual(read(utf8.dir));
		}
	});
	test('高松市: template rows skipped, English headers read, hours kept', async () => {
		expect(results.get('takamatsu-exchange_center.csv')!.stdout).toContain('4行目: ひな形の行です（番号のほかは空です）');
		const regional = entryFiles(results.get('takamatsu-regional_comprehensive_support_center.csv')!.dir).map((p) =>
			readFileSync(p, 'utf8'),
		);
		expect(regional).toHaveLength(7);
		expect(regional[0]).toContain('start: "08:30"');
		// Understood: closures in the structure; otherwise the text verbatim in schedule.note.
		expect(regional.join()).toMatch(/holidays: true[\s\S]*new_year: true|国民の祝日に関する法律に規定する休日及び年末年始/);
	});
	test('an Excel workbook made from real rows imports like the CSV', async () => {
		const { text } = decodeBytes(readFileSync(join(FIXTURES, 'takamatsu-regional_comprehensive_support_center.csv')));
		const wb = new ExcelJS.Workbook();
		const ws = wb.addWorksheet('包括支援センター');
		ws.addRow(['地域包括支援センター一覧（コーディネーターの控え）']);
		for (const row of parseRows(text))
			ws.addRow(
				row.cells.map((c) => (/^\d{2}:\d{2}$/.test(c) ? new Date(Date.UTC(1899, 11, 30, Number(c.slice(0, 2)), Number(c.slice(3)))) : c)),
			);
		const xlsx = join(work, 'houkatsu.xlsx');
		writeFileSync(xlsx, new Uint8Array(await wb.xlsx.writeBuffer()));
		const dir = town('高松市', 'たかまつし', '372013', [133.9, 34.2, 134.2, 34.45]);
		const r = await importInto(dir, [xlsx, '--confirmed', '2024-09-18', '--report', join(work, 'x.md')]);
		expect(r.status, r.stderr).toBe(0);
		expect(r.stdout).toContain('Excel（.xlsx、シート「包括支援センター」）');
		expect(entryFiles(dir)).toHaveLength(7);
		expect(readFileSync(entryFiles(dir)[0]!, 'utf8')).toContain('start: "08:30"');
	});
});

describe('--geocode', () => {
	test('rows without coordinates are looked up one at a time at SASAEAI_GEOCODER_URL; no network is said in Japanese', async () => {
		const asked: string[] = [];
		const server = createServer((req, res) => {
			asked.push(new URL(req.url!, 'http://127.0.0.1').searchParams.get('q')!);
			res.setHeader('content-type', 'application/json');
			res.end(
				JSON.stringify([
					{
						geometry: { coordinates: [135.62, 34.835], type: 'Point' },
						type: 'Feature',
						properties: { addressCode: '', title: 'ひだまり市青葉町' },
					},
				]),
			);
		});
		await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
		try {
			const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/address-search/AddressSearch`;
			const dir = sampleTown();
			const csv = join(work, 'nocoords.csv');
			writeFileSync(
				csv,
				'名称,名称_カナ,住所,電話番号,利用可能曜日\n青葉 ふれあいの家,アオバ フレアイノイエ,ひだまり市青葉町1-2,000-201-7777,月\n',
			);
			const r = await importAsync(dir, [csv, '--geocode', '--confirmed', '2029-12-01', '--report', join(work, 'g.md')], {
				SASAEAI_GEOCODER_URL: url,
			});
			expect(r.status, r.stderr).toBe(0);
			expect(asked).toEqual(['ひだまり市青葉町1-2']);
			const written = entryFiles(dir).find((p) => p.includes('-data-'))!;
			expect(written).toContain('/resources/aoba/');
			expect(readFileSync(written, 'utf8')).toMatch(/lat: 34.835\n\s+lng: 135.62/);
			const offline = await importAsync(sampleTown(), [csv, '--geocode', '--confirmed', '2029-12-01', '--report', join(work, 'g2.md')], {
				SASAEAI_GEOCODER_URL: 'http://127.0.0.1:9/none',
			});
			expect(offline.status).toBe(0);
			expect(offline.stdout).toContain('国土地理院の住所検索につながりません（ネットワークがないようです）');
		} finally {
			server.close();
		}
	});
});

describe('our own exports read back', () => {
	test('importing facilities.csv and kayoinoba.csv built from a town changes nothing', async () => {
		// The sample city as the suite built it before the site tests (tests/build-site.ts): its own exports.
		const dir = sampleTown();
		const out = TEST_DIST;
		const before = entryFiles(dir).map((p) => [p, readFileSync(p, 'utf8')]);
		for (const file of ['kayoinoba.csv', 'facilities.csv']) {
			const r = await importInto(dir, [join(out, 'data', file), '--report', join(work, `${file}.md`)]);
			expect(r.status, r.stderr).toBe(0);
			expect(r.stdout).toMatch(/書いた 0 件、更新した 0 件、変わらない \d+ 件、下書き 0 件、飛ばした行 0 件、更新できなかった行 0 件/);
		}
		expect(entryFiles(dir).map((p) => [p, readFileSync(p, 'utf8')])).toEqual(before);
		expect(loadContent(dir).problems.filter((p) => p.severity === 'error')).toEqual([]);
		expect(existsSync(join(out, 'data/facilities.csv'))).toBe(true);
	});
});

/** A 公共施設一覧 of ひだまり市 (legacy layout) with the rows given: `NO,名称,名称_カナ,住所,緯度,経度,電話番号,団体名,利用可能曜日`. */
function facilityCsv(name: string, rows: string[]): string {
	const file = join(work, name);
	writeFileSync(
		file,
		`都道府県コード又は市区町村コード,NO,都道府県名,市区町村名,名称,名称_カナ,住所,緯度,経度,電話番号,団体名,利用可能曜日,開始時間,終了時間\n${rows.map((r) => `000000,${r}`).join('\n')}\n`,
	);
	return file;
}
const ROW12 =
	'12,架空県,ひだまり市,青葉 ふれあいの家,アオバ フレアイノイエ,ひだまり市青葉町1-2,34.84,135.615,000-201-7777,青葉町自治会,月,10:00,12:00';
const HAND_MADE = readFileSync(join(SAMPLE, 'resources/aoba/aoba-danchi-gomidashi.md'), 'utf8');

describe('evidence before layout; no claim the file does not make', () => {
	test('a file that fits no layout is refused with the columns recognised and not, and nothing is written', async () => {
		const dir = sampleTown();
		const csv = join(work, 'label.csv');
		writeFileSync(csv, '名称,住所,Label:,Owner:,Type:,選挙区\n川の家,ひだまり市青葉町3,a,b,c,2\n');
		const r = await importInto(dir, [csv, '--confirmed', '2029-12-01', '--report', join(work, 'label.md')]);
		expect(r.status).toBe(1);
		expect(r.stderr).toContain('どの形のデータか、決められません');
		expect(r.stderr).toContain('意味がわかった列: 「名称」、「住所」');
		expect(r.stderr).toContain('意味がわからない列: 「Label:」、「Owner:」、「Type:」、「選挙区」');
		expect(r.stderr).toContain('--layout');
		expect(r.stderr).not.toMatch(/\n\s+at /);
		expect(existsSync(join(work, 'label.md'))).toBe(false);
		expect(entryFiles(dir)).toHaveLength(entryFiles(SAMPLE).length);
	});
	test('column names never reach page text; extra values are in the report, or in the body under Japanese labels with --keep-extra body', async () => {
		const dir = sampleTown();
		const csv = join(work, 'english.csv');
		writeFileSync(
			csv,
			'名称,名称_カナ,住所,電話番号,Label:,Owner:,選挙区\n川の家,カワノイエ,ひだまり市青葉町3,000-201-1111,River house,Town,2\n',
		);
		const args = [csv, '--layout', 'custom', '--area', 'aoba', '--confirmed', '2029-12-01', '--summary', '川ぞいの集会所です'];
		const r = await importInto(dir, [...args, '--report', join(work, 'english.md')]);
		expect(r.status, r.stderr).toBe(0);
		const page = readFileSync(
			entryFiles(dir).find((p) => p.includes('-data-'))!,
			'utf8',
		);
		for (const word of ['Label', 'Owner', '選挙区', 'River house']) expect(page).not.toContain(word);
		expect(r.stdout).toContain('ページに出していない値: 選挙区: 2');
		expect(r.stdout).toContain('ページに出していない値: （見出し「Label:」の列）: River house');
		const kept = sampleTown();
		const b = await importInto(kept, [...args, '--keep-extra', 'body', '--report', join(work, 'english2.md')]);
		const body = readFileSync(
			entryFiles(kept).find((p) => p.includes('-data-'))!,
			'utf8',
		);
		expect(b.status, b.stderr).toBe(0);
		expect(body).toContain('- 選挙区: 2');
		for (const word of ['Label', 'Owner', 'River house']) expect(body).not.toContain(word);
	});
});

describe('子ども食堂・こどもの居場所 lists (the common 49-column layout)', () => {
	test('坂井市: the layout is named with its evidence; provider from 運営団体名, never the town; no 「（坂井市の…）」 summary', async () => {
		const dir = town('坂井市', 'さかいし', '182109', [136.0, 36.1, 136.3, 36.3]);
		const r = await importInto(dir, [join(FIXTURES, 'kodomo-sakai.csv'), '--confirmed', '2023-11-05', '--report', join(work, 'sakai.md')]);
		expect(r.status, r.stderr).toBe(0);
		expect(r.stdout).toContain('子ども食堂・こどもの居場所の一覧（49列の共通の形）');
		expect(r.stdout).toMatch(/この形にした理由: この形を決める列がそろっています（開催頻度、開催曜日/);
		const written = entryFiles(dir).map((p) => readFileSync(p, 'utf8'));
		expect(written.length).toBe(6);
		expect(written.join('\n')).toMatch(/provider:\n\s+name: 坂井木部地区まちづくり協議会ふれあい食堂実行委員会/);
		for (const w of written) {
			expect(w).not.toMatch(/provider:\n\s+name: 坂井市\n/);
			expect(w).not.toContain('坂井市の');
		}
		// 電話番号1 and メールアドレス1 are read: no draft says it lacks a way to reach it when the row has one.
		expect(
			readFileSync(
				entryFiles(dir).find((p) => readFileSync(p, 'utf8').includes('きべ丸'))!,
				'utf8',
			),
		).toContain('tel: 0776-72-0007');
	});
	test('文京区: 第2・4金曜日 with 開催曜日 金 is never published as 毎週; the draft says why', async () => {
		const dir = town('文京区', 'ぶんきょうく', '131059', [139.7, 35.7, 139.8, 35.75]);
		const r = await importInto(dir, [
			join(FIXTURES, 'kodomo-bunkyo.csv'),
			'--confirmed',
			'2024-08-24',
			'--area',
			'chuo',
			'--report',
			join(work, 'bunkyo.md'),
		]);
		expect(r.status, r.stderr).toBe(0);
		const okaeri = readFileSync(
			entryFiles(dir).find((p) => readFileSync(p, 'utf8').includes('おかえりごはん'))!,
			'utf8',
		);
		expect(okaeri).not.toMatch(/repeat: 毎週/);
		expect(okaeri).toContain('原則第2・4金曜日だが変動あり');
		expect(okaeri).toMatch(/^# .*確かな日時（/m);
		expect(r.stdout).toMatch(/6行目（おかえりごはん[^\n]*\n(?:  - [^\n]*\n)*  - 足りないもの・確かめること: 確かな日時/);
		for (const p of entryFiles(dir)) if (!p.split('/').pop()!.startsWith('_')) expect(readFileSync(p, 'utf8')).not.toMatch(/repeat: 毎週/);
	});
	test('a prefecture-wide list: only the town’s rows by default (--only-town), the others counted; --all-towns takes them all', async () => {
		const dir = town('さいたま市', 'さいたまし', '111007', [139.5, 35.8, 139.8, 36.0]);
		const r = await importInto(dir, [
			join(FIXTURES, 'kodomo-saitama-pref.csv'),
			'--confirmed',
			'2023-09-02',
			'--report',
			join(work, 'pref.md'),
		]);
		expect(r.status, r.stderr).toBe(0);
		expect(r.stdout).toContain('この町の行 21 行を取りこみ、ほかの市町村の行 19 行は取りこみませんでした');
		expect(r.stdout).toContain('- 川口市: 8 行');
		expect(entryFiles(dir)).toHaveLength(21);
		expect(
			entryFiles(dir)
				.map((p) => readFileSync(p, 'utf8'))
				.join(),
		).not.toContain('川越市');
		const all = town('さいたま市', 'さいたまし', '111007', [139.5, 35.8, 139.8, 36.0]);
		expect(
			(
				await importInto(all, [
					join(FIXTURES, 'kodomo-saitama-pref.csv'),
					'--confirmed',
					'2023-09-02',
					'--all-towns',
					'--report',
					join(work, 'pref2.md'),
				])
			).status,
		).toBe(0);
		expect(entryFiles(all)).toHaveLength(40);
		// Rows whose coordinates lie outside the town's areas are reported.
		expect(readFileSync(join(work, 'pref2.md'), 'utf8')).toContain('## 校区の外の位置');
	});
});

describe('what a person wrote is never overwritten', () => {
	test('a planted draft claiming a row is a conflict: the real entry and the draft stay as they are', async () => {
		const dir = sampleTown();
		const real = join(dir, 'resources/aoba/aoba-shisetsu-12.md');
		writeFileSync(real, HAND_MADE);
		const planted = join(dir, 'resources/aoba/_aoba-shisetsu-12.md');
		const plantedText = HAND_MADE.replace('name: 青葉台団地 ごみ出しお手伝い', 'name: 青葉 ふれあいの家')
			.replace(/^status: .*$/m, (s) => `${s}\nsource:\n  dataset: ひだまり市 公共施設一覧（planted）\n  id: "12"`)
			.replace(/tel: 000-211-0101/, 'tel: ""');
		writeFileSync(planted, plantedText);
		const r = await importInto(dir, [
			facilityCsv('planted.csv', [ROW12]),
			'--confirmed',
			'2029-12-01',
			'--report',
			join(work, 'planted.md'),
		]);
		expect(r.status, r.stderr).toBe(0);
		expect(r.stdout).toMatch(/## さわらなかった項目[\s\S]*2行目（青葉 ふれあいの家、id 12） → .*_aoba-shisetsu-12\.md: /);
		expect(readFileSync(real, 'utf8')).toBe(HAND_MADE);
		expect(readFileSync(planted, 'utf8')).toBe(plantedText);
	});
	test('a NO that equals a hand-made entry’s id in another dataset never touches it; a new file gets another name', async () => {
		const dir = sampleTown();
		const real = join(dir, 'resources/aoba/aoba-shisetsu-12.md');
		const foreign = HAND_MADE.replace(/^status: .*$/m, (s) => `${s}\nsource:\n  dataset: ほかの市 公共施設一覧（other）\n  id: "12"`);
		writeFileSync(real, foreign);
		const r = await importInto(dir, [
			facilityCsv('foreign.csv', [ROW12]),
			'--confirmed',
			'2029-12-01',
			'--report',
			join(work, 'foreign.md'),
		]);
		expect(r.status, r.stderr).toBe(0);
		expect(readFileSync(real, 'utf8')).toBe(foreign);
		expect(r.stdout).toMatch(/aoba-shisetsu-12-2\.md/);
	});
	test('an entry edited by hand since the last import is a conflict; --force with its file updates it; the report shows the change against the file on disk', async () => {
		const dir = sampleTown();
		const csv = facilityCsv('edited.csv', [ROW12]);
		const first = await importInto(dir, [csv, '--confirmed', '2029-12-01', '--report', join(work, 'e1.md')]);
		expect(first.status, first.stderr).toBe(0);
		const file = join(dir, 'resources/aoba/aoba-shisetsu-12.md');
		expect(readFileSync(file, 'utf8')).toMatch(/digest: [0-9a-f]{16}/);
		const edited = readFileSync(file, 'utf8').replace('\n---\n\n', '\n---\n\n毎回、民生委員さんが来てくれます。\n');
		writeFileSync(file, edited);
		const newer = facilityCsv('edited.csv', [ROW12.replace('000-201-7777', '000-201-8888')]);
		const r = await importInto(dir, [newer, '--confirmed', '2029-12-01', '--report', join(work, 'e2.md')]);
		expect(r.status, r.stderr).toBe(0);
		expect(r.stdout).toContain('前の取りこみのあとで、手で直されています');
		expect(r.stdout).toContain('  - contact.tel: 000-201-7777 → 000-201-8888（書かなかった変更）');
		expect(readFileSync(file, 'utf8')).toBe(edited);
		const forced = await importInto(dir, [newer, '--confirmed', '2029-12-01', '--force', file, '--report', join(work, 'e3.md')]);
		expect(forced.status, forced.stderr).toBe(0);
		expect(readFileSync(file, 'utf8')).toContain('tel: 000-201-8888');
		// Unchanged since: the next import may update it again without --force.
		const again = await importInto(dir, [
			facilityCsv('edited.csv', [ROW12.replace('000-201-7777', '000-201-9999')]),
			'--confirmed',
			'2029-12-01',
			'--report',
			join(work, 'e4.md'),
		]);
		expect(again.stdout).toContain('更新した 1 件');
	});
});

describe('row identity, long ids, escapes, first steps', () => {
	test('a misspelt option is refused in Japanese, naming it, and nothing is written', async () => {
		const dir = sampleTown();
		const before = files(dir).length;
		const r = await importInto(dir, [join(FIXTURES, 'kayoinoba-utf8.csv'), '--confirmd', '2029-12-01']);
		expect(r.status).toBe(1);
		expect(r.stderr).toContain('「--confirmd」という指定はありません。');
		expect(r.stderr).toContain('使い方');
		expect(files(dir)).toHaveLength(before);
	});
	test('same-name rows in different cities are two entries; two identical rows are both drafts with both line numbers', async () => {
		const dir = sampleTown();
		const csv = join(work, 'same.csv');
		writeFileSync(
			csv,
			'名称,名称_カナ,市区町村名,住所,電話番号\nひまわり保育園,ヒマワリホイクエン,ひだまり市,ひだまり市青葉町1,000-201-1111\nひまわり保育園,ヒマワリホイクエン,ひだまり市,ひだまり市中央1,000-201-2222\nすみれの家,スミレノイエ,ひだまり市,ひだまり市中央2,000-201-3333\nすみれの家,スミレノイエ,ひだまり市,ひだまり市中央2,000-201-3333\n',
		);
		const r = await importInto(dir, [
			csv,
			'--area',
			'aoba',
			'--confirmed',
			'2029-12-01',
			'--summary',
			'保育園です',
			'--provider',
			'ひだまり市',
			'--provider-type',
			'行政',
			'--report',
			join(work, 'same.md'),
		]);
		expect(r.status, r.stderr).toBe(0);
		const made = entryFiles(dir)
			.filter((p) => p.includes('-data-'))
			.map((p) => readFileSync(p, 'utf8'));
		expect(made.filter((t) => t.includes('name: ひまわり保育園'))).toHaveLength(2);
		expect(made.filter((t) => t.includes('name: すみれの家'))).toHaveLength(2);
		expect(r.stdout).toContain('同じ番号・同じ名前と住所の行が 4行目と 5行目 にあります');
		expect(r.stdout).not.toContain('飛ばした行 1');
	});
	test('a 300-character NO gives a portable file name; a cell with terminal escapes is shown, not obeyed', async () => {
		const dir = sampleTown();
		const long = 'N'.repeat(300);
		const r = await importInto(dir, [
			facilityCsv('long.csv', [ROW12.replace(/^12,/, `${long},`).replace('青葉 ふれあいの家', '青葉\u001b[2J ふれあいの家')]),
			'--confirmed',
			'2029-12-01',
			'--report',
			join(work, 'long.md'),
		]);
		expect(r.status, r.stderr).toBe(0);
		expect(r.stdout).not.toContain('\u001b');
		expect(r.stdout).toContain('␛[2J');
		const made = entryFiles(dir).filter((p) => p.includes('shisetsu'));
		expect(made).toHaveLength(1);
		expect(made[0]!.split('/').pop()!.length).toBeLessThanOrEqual(100);
	});
	test('--dry-run writes nothing at all, not even the report; it prints the report', async () => {
		const dir = sampleTown();
		const report = join(work, 'dry.md');
		const r = await importInto(dir, [facilityCsv('dry.csv', [ROW12]), '--confirmed', '2029-12-01', '--dry-run', '--report', report]);
		expect(r.status, r.stderr).toBe(0);
		expect(r.stdout).toContain('試しに見ただけで、何も書いていません');
		expect(existsSync(report)).toBe(false);
		expect(entryFiles(dir)).toHaveLength(entryFiles(SAMPLE).length);
	});
	test('right after init-town, with placeholders left, it says what to fill (no stack trace)', async () => {
		const dir = join(work, 'fresh-town');
		const town = '--name 山里村 --yomi やまざとむら --id yamazato --prefecture 架空県 --code 294276 --district 校区';
		const args = `${town} --center 35.6,137.2 --owner o --repository r`.split(' ');
		const init = await runAsking({ SASAEAI_CONTENT: dir }, (io) => initTownCommand(args, io));
		expect(init.status, init.stderr).toBe(0);
		const r = await importInto(dir, [
			facilityCsv('after-init.csv', [ROW12]),
			'--confirmed',
			'2029-12-01',
			'--report',
			join(work, 'init.md'),
		]);
		expect(r.status).toBe(1);
		expect(r.stderr).toContain('npm run init-town のあと、まだ書いていない項目があります');
		expect(r.stderr).toContain('contact.name');
		expect(r.stderr).not.toMatch(/\n\s+at /);
	});
	test('on a fresh clone (no town yet) it refuses to write into the sample city and says to run init-town', async () => {
		const before = files(SAMPLE).length;
		const r = await importInto(SAMPLE, [
			facilityCsv('clone.csv', [ROW12]),
			'--confirmed',
			'2029-12-01',
			'--report',
			join(work, 'clone.md'),
		]);
		expect(r.status).toBe(1);
		expect(r.stderr).toContain('先に npm run init-town');
		expect(files(SAMPLE)).toHaveLength(before);
	});
});
