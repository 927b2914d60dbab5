/**
 * npm run import -- <file.csv> [--layout mhlw|facilities] [--area <校区 id>] [--dry-run] [--force]
 * Reads a CSV in the MHLW 「通いの場のオープンデータ」 layout (→ salons) or the 自治体標準オープンデータセット
 * 「公共施設一覧」 layout (→ resources), UTF-8 or Shift_JIS, and writes one entry per row into the content
 * folder. Rows it cannot map are listed with the reason. It never overwrites a file unless --force is given;
 * --dry-run shows what it would do and writes nothing. Exits 1 if any row could not be imported.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import yaml from 'js-yaml';
import type { AreaData } from '../src/schemas/areas.ts';
import { contentDir } from '../src/lib/content-dir.ts';
import { loadContent } from '../src/lib/content-files.ts';
import { pointInBoundary } from '../src/lib/geo.ts';
import { csvRecords, decodeText } from '../src/lib/import/csv.ts';
import { detectLayout, mapFacilityRow, mapMhlwRow, type Layout, type MapContext } from '../src/lib/import/mappers.ts';
import { tokyoDate } from '../src/lib/schedule/calendar.ts';
import { loadSiteConfig } from '../src/lib/site-config.ts';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: { layout: { type: 'string' }, area: { type: 'string' }, 'dry-run': { type: 'boolean' }, force: { type: 'boolean' } },
});
const fail = (message: string): never => {
	console.error(message);
	process.exit(1);
};
const file = positionals[0] ?? fail('使い方: npm run import -- ファイル.csv [--layout mhlw|facilities] [--area 校区id] [--dry-run] [--force]');
if (!existsSync(file)) fail(`${file} が見つかりません`);

const root = contentDir();
const { text, encoding } = decodeText(readFileSync(file));
const { headers, records } = csvRecords(text);
const layout = (values.layout as Layout | undefined) ?? detectLayout(headers) ?? fail(`${file} の1行目（見出し）が、通いの場のオープンデータ（mhlw）とも公共施設一覧（facilities）とも合いません。--layout で指定してください`);
if (layout !== 'mhlw' && layout !== 'facilities') fail(`--layout は mhlw か facilities です`);

const districts = loadContent(root).entries.filter((e) => e.collection === 'areas' && e.data['level'] === '校区');
if (values.area && !districts.some((d) => d.id === values.area)) fail(`--area「${values.area}」という校区はありません。使える id: ${districts.map((d) => d.id).join('、')}`);
const ctx: MapContext = {
	districtAt: (lat, lng) => districts.find((d) => (d.data as unknown as AreaData).boundary && pointInBoundary({ lat, lng }, (d.data as unknown as AreaData).boundary!))?.id,
	area: values.area,
	today: tokyoDate(new Date()),
	municipality: loadSiteConfig(root).municipality,
};

console.log(`${file}: ${encoding}、${layout === 'mhlw' ? '通いの場のオープンデータ' : '公共施設一覧'}の形、${records.length} 行${values['dry-run'] ? '（試しに見るだけで、書きこみません）' : ''}\n`);
let written = 0;
let skipped = 0;
let failed = 0;
records.forEach((row, index) => {
	const rowNumber = index + 2; // the header is line 1
	const label = `${rowNumber}行目（${row['名称'] || '名称なし'}）`;
	const result = layout === 'mhlw' ? mapMhlwRow(row, ctx) : mapFacilityRow(row, ctx);
	if (!result.ok) {
		failed++;
		console.log(`取り込めません: ${label}\n${result.reasons.map((r) => `    - ${r}`).join('\n')}`);
		return;
	}
	const { entry } = result;
	const number = (row['No'] || row['NO'] || row['ID'] || String(rowNumber)).normalize('NFKC').replace(/[^0-9a-z]/gi, '');
	const target = join(root, entry.collection, entry.area, `${entry.area}-${layout === 'mhlw' ? 'kayoinoba' : 'shisetsu'}-${number}.md`);
	const shown = relative(process.cwd(), target);
	if (existsSync(target) && !values.force) {
		skipped++;
		console.log(`上書きしません: ${shown} はもうあります（上書きするときは --force）`);
		return;
	}
	const front = yaml.dump(entry.data, { lineWidth: -1, quotingType: '"' });
	const text = `---\n# npm run import で ${basename(file)} の${rowNumber}行目から作りました（${ctx.today}）。内容を運営者に確かめてください。\n${front}---\n\n${entry.body}\n`;
	console.log(`${values['dry-run'] ? '書く予定' : '書きました'}: ${shown}${entry.notes.length ? `\n${entry.notes.map((n) => `    ・${n}`).join('\n')}` : ''}`);
	if (!values['dry-run']) {
		mkdirSync(join(target, '..'), { recursive: true });
		writeFileSync(target, text);
	}
	written++;
});
console.log(`\n${values['dry-run'] ? '書く予定' : '書いた'} ${written} 件、上書きしなかった ${skipped} 件、取り込めなかった ${failed} 件。`);
if (written && !values['dry-run']) console.log('npm run check で確かめてから、npm run build してください。');
if (failed) process.exit(1);
