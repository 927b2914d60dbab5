/**
 * npm run import-indicators -- <file.csv | file.xlsx> [--dry-run] [--force]
 *
 * Reads needs indicators per 日常生活圏域 or 校区 (one row per area and indicator: 地域, 指標, 値, 単位, 年, 出典)
 * from CSV, TSV or .xlsx, checks every row with the area schema's indicator schema, and writes an `indicators`
 * list into each area's file. A 圏域's indicators are shown on each of its 校区, said so. See docs/needs.md.
 */
import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/lib/content-dir.ts';
import { parseRows } from '../src/lib/import/csv.ts';
import { decodeBytes, isZip } from '../src/lib/import/encodings.ts';
import { readImportFile } from './lib/import-file.ts';
import { readXlsx } from '../src/lib/import/xlsx.ts';
import { readIndicators, type KnownArea } from '../src/lib/needs/indicators.ts';
import { withFrontMatterBlock } from '../src/lib/needs/population-block.ts';
import { XlsxLimitError } from '../src/lib/safety/xlsx-guard.ts';
import { readAreaFiles } from './lib/area-files.ts';

const USAGE = `使い方: npm run import-indicators -- ファイル [--dry-run] [--force]

  日常生活圏域や校区ごとのニーズの指標（ニーズ調査の「閉じこもり傾向」など）を、content/areas/ の
  地域のファイルに indicators として書きます。表は 1 行に 1 つの地域の 1 つの指標で、列は
  「地域, 指標, 値, 単位, 年, 出典」です（CSV・TSV・Excel .xlsx）。詳しくは docs/needs.md を見てください。

  --dry-run   読んだ指標を見せるだけで、何も書きません
  --force     indicators がもう書かれている地域も書きかえます
`;

class InputError extends Error {}

interface AreaFile extends KnownArea {
	file: string;
	text: string;
	hasIndicators: boolean;
}

function readAreas(root: string): AreaFile[] {
	const dir = join(root, 'areas');
	const files = readAreaFiles(dir);
	if (!files) throw new InputError(`${dir} がありません。先に npm run init-town で地域のファイルを作ってください`);
	return files.map(({ id, file, text, data }) => {
		const parent = typeof data['parent'] === 'string' ? data['parent'] : undefined;
		const shortName = typeof data['short_name'] === 'string' ? data['short_name'] : undefined;
		return { id, name: String(data['name']), shortName, parent, file, text, hasIndicators: 'indicators' in data };
	});
}

async function main(): Promise<number> {
	const { values, positionals } = parseArgs({
		allowPositionals: true,
		options: { 'dry-run': { type: 'boolean' }, force: { type: 'boolean' }, help: { type: 'boolean' } },
	});
	const [file] = positionals;
	if (values.help || !file) {
		console.log(USAGE);
		return values.help ? 0 : 1;
	}
	const read = readImportFile(file);
	if ('problem' in read) throw new InputError(read.problem);
	const bytes = read.bytes;
	let rows;
	try {
		rows = isZip(bytes) ? (await readXlsx(bytes)).rows : parseRows(decodeBytes(bytes).text);
	} catch (error) {
		if (error instanceof XlsxLimitError) throw new InputError(`${file}: Excel のファイルを開けません: ${error.message}`);
		throw error;
	}
	const areas = readAreas(contentDir());
	const name = basename(file);
	const { byArea, problems, count } = readIndicators(rows, name, areas);
	if (problems.length) {
		for (const p of problems) console.error(p);
		console.error(`\n${problems.length} 件の問題があるため、何も書きませんでした。`);
		return 1;
	}
	for (const a of areas) {
		const list = byArea.get(a.id);
		if (list) console.log(`${a.name}: ${list.map((i) => `${i.name} ${i.value}${i.unit}（${i.year}年、${i.source}）`).join(' / ')}`);
	}
	console.log(`\n${byArea.size} 地域・${count} 件の指標。圏域の指標は、その圏域の校区にも「圏域の値」として出ます。`);
	if (values['dry-run']) {
		console.log('--dry-run なので何も書きませんでした。');
		return 0;
	}
	const targets = areas.filter((a) => byArea.has(a.id));
	const blocked = targets.filter((a) => a.hasIndicators && !values.force);
	if (blocked.length) {
		for (const a of blocked) console.error(`上書きしません: ${a.file} には indicators がもう書かれています（書きかえるなら --force）`);
		return 1;
	}
	for (const a of targets) writeFileSync(a.file, withFrontMatterBlock(a.text, 'indicators', byArea.get(a.id)));
	console.log(`${targets.length} 地域のファイルに indicators を書きました。npm run check で確かめてください。`);
	return 0;
}

main().then(
	(code) => (process.exitCode = code),
	(error: unknown) => {
		const message = (error as Error)?.message ?? String(error);
		console.error(
			error instanceof InputError || /^[^\s]+: /.test(message) ? message : `思いがけないエラーで止まりました: ${message.slice(0, 300)}`,
		);
		process.exitCode = 1;
	},
);
