/**
 * npm run import, as a function: reads a file (CSV, TSV, UTF-16 text or .xlsx), finds its header row and layout,
 * maps every row, matches rows to entries already there, and writes entries, drafts and the report.
 * scripts/import-csv.ts is the command line around it.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative } from 'node:path';
import { yamlOf } from '../contribute/entry-file.ts';
import type { AreaData } from '../../schemas/areas.ts';
import { resourceSchema } from '../../schemas/resources.ts';
import { salonSchema } from '../../schemas/salons.ts';
import { areaKind, type AreaLevel } from '../../schemas/taxonomy.ts';
import { loadContent } from '../content-files.ts';
import { FACILITY_HEADER, MHLW_HEADER } from '../export/csv-write.ts';
import { pointInBoundary } from '../geo.ts';
import { explainIssues } from '../zod-problems.ts';
import { loadSiteConfig } from '../site-config.ts';
import { parseRows, type TableRow } from './csv.ts';
import { decodeBytes, importFileProblem, isZip } from './encodings.ts';
import { gsiGeocoder } from './geocode.ts';
import { headerKey, isAdmin, isTemplateHeader, SOURCE_FIELDS } from './headers.ts';
import { datasetName, entryFileName } from './identity.ts';
import { detectLayout, findHeaderRow, LAYOUTS, type Layout } from './layouts.ts';
import { mapFromArgs, mapFromFile, resolveField, unusedMappings, type ColumnMap } from './mapping.ts';
import { renderReport, summaryLine, type ImportReport, type RowReport } from './report.ts';
import { mapRow, readDate, rowIdentity, type Column, type Mapped, type RowContext } from './rows.ts';
import { indexExisting, matchRow, mergeRow, readExisting, type Existing } from './update.ts';
import { readXlsx } from './xlsx.ts';

/** Bad input: the message is shown and the command exits 1 without writing anything. */
export class InputError extends Error {}

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
	dryRun?: boolean | undefined;
	force?: boolean | undefined;
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
	reportFile: string;
}

async function readTable(file: string): Promise<{ rows: TableRow[]; encoding: string }> {
	const tooLarge = importFileProblem(file, statSync(file).size);
	if (tooLarge) throw new InputError(tooLarge);
	const bytes = readFileSync(file);
	const ext = extname(file).toLowerCase();
	if (ext === '.xls' && !isZip(bytes)) throw new InputError(`${file} は古い Excel の形（.xls）です。Excel で「名前を付けて保存」から .xlsx か CSV（UTF-8）で保存しなおしてください`);
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

export async function runImport(opts: ImportOptions): Promise<ImportResult> {
	const log = opts.log ?? (() => {});
	const cwd = opts.cwd ?? process.cwd();
	const show = (p: string) => relative(cwd, p) || p;
	if (!existsSync(opts.file)) throw new InputError(`${opts.file} が見つかりません`);
	const map: ColumnMap = { fields: new Map(), errors: [] };
	if (opts.mapFile) {
		if (!existsSync(opts.mapFile)) throw new InputError(`--map-file ${opts.mapFile} が見つかりません`);
		mapFromFile(readFileSync(opts.mapFile, 'utf8'), opts.mapFile, map);
	}
	mapFromArgs(opts.map ?? [], map);
	if (map.errors.length) throw new InputError(map.errors.join('\n'));
	let confirmed: string | undefined;
	if (opts.confirmed !== undefined) {
		confirmed = readDate(opts.confirmed);
		if (!confirmed) throw new InputError(`--confirmed「${opts.confirmed}」は日付として読めません。2026-06-30 のように書いてください`);
	}

	const { rows, encoding } = await readTable(opts.file);
	const headerIndex = findHeaderRow(rows, (h) => resolveField(h, map));
	if (headerIndex === undefined) {
		const found = (rows.find((r) => r.cells.some((c) => c.trim()))?.cells ?? []).filter((c) => c.trim()).map((c) => `「${c.replace(/\s+/g, ' ')}」`);
		throw new InputError(
			`${opts.file} の見出しの行に、名前の列が見つかりません。見つかった列: ${found.join('、') || '（なし）'}\n` +
				`どの列が何かを --map 列名=項目（例: --map 施設名=name --map 所在地=address）か --map-file で教えてください。使える項目: ${Object.keys(SOURCE_FIELDS).join('、')}`,
		);
	}
	const header = rows[headerIndex]!.cells;
	const columns: Column[] = header.map((h, index) => ({ index, header: h, field: resolveField(h, map), template: isTemplateHeader(h) }));
	const unused = unusedMappings(map, header);
	const layout = opts.layout ?? detectLayout(header, columns.map((c) => c.field))!;
	const collection = LAYOUTS[layout].collection;

	const site = loadSiteConfig(opts.root);
	const areas = loadContent(opts.root, { displayRoot: cwd }).entries.filter((e) => e.collection === 'areas');
	const districts = areas.filter((a) => areaKind(a.data['level'] as AreaLevel) === 'district');
	const city = areas.find((a) => areaKind(a.data['level'] as AreaLevel) === 'top');
	if (!city) throw new InputError(`${opts.root}/areas/ に市町村の地域ファイル（level: 市・町・村・区）がありません（npm run init-town で作れます）`);
	if (opts.area && !districts.some((d) => d.id === opts.area)) throw new InputError(`--area「${opts.area}」という${districts[0]?.data['level'] ?? '校区'}はありません。使える id: ${districts.map((d) => d.id).join('、')}`);
	const districtAt = (lat: number, lng: number) => districts.find((d) => (d.data as unknown as AreaData).boundary && pointInBoundary({ lat, lng }, (d.data as unknown as AreaData).boundary!))?.id;

	const body = rows.slice(headerIndex + 1);
	const firstValue = (field: string) => {
		const c = columns.find((x) => x.field === field);
		return c ? body.map((r) => (r.cells[c.index] ?? '').trim()).find(Boolean) : undefined;
	};
	const fileMunicipality = firstValue('municipality') || firstValue('prefecture') || site.municipality;
	const dataset = opts.dataset?.trim() || datasetName(opts.file, layout, fileMunicipality);
	// A date stated before the header (「更新日：2026年6月30日」) dates every row.
	const fileDate = rows.slice(0, headerIndex).flatMap((r) => r.cells).map((c) => readDate(c.replace(/^.*?(?=(\d{4}|令和|平成|R\d))/, ''))).find(Boolean);
	const ownLayout = [MHLW_HEADER, FACILITY_HEADER].some((h) => h.length === header.length && h.every((x, i) => headerKey(x) === headerKey(header[i]!))) && columns.some((c) => c.field === 'code' && body.some((r) => (r.cells[c.index] ?? '').trim() === site.municipality_code));
	const siteUrl = `${site.site_url.replace(/\/$/, '')}${site.base ?? '/'}`;

	const existing = readExisting(opts.root);
	const index = indexExisting(existing);
	const geocode = opts.geocode ? gsiGeocoder() : undefined;
	let offline = false;
	const notices: string[] = [];
	if (unused.length) notices.push(`--map・--map-file の列のうち、ファイルにない列があります: ${unused.join('、')}`);

	const baseCtx: Omit<RowContext, 'own' | 'geocoded'> = { layout, columns, municipality: site.municipality, siteUrl, confirmed: confirmed ?? fileDate, districtAt, area: opts.area, cityArea: city.id, ownFormat: ownLayout };
	interface Plan {
		report: RowReport;
		write?: { path: string; text: string; remove?: string };
		needsDate?: boolean;
	}
	const plans: Plan[] = [];
	const seen = new Map<string, number>();
	const taken = new Set(existing.map((e) => e.file));
	for (const row of body) {
		const identity = rowIdentity(row.cells, columns);
		const match = matchRow(index, dataset, identity, ownLayout);
		let mapped = mapRow(row.cells, row.line, { ...baseCtx, own: !!match?.own });
		if (mapped.kind === 'skip') {
			plans.push({ report: { line: row.line, action: 'skipped', name: '', reason: mapped.reason } });
			continue;
		}
		const twin = seen.get(mapped.id);
		if (twin !== undefined) {
			plans.push({ report: { line: row.line, action: 'skipped', name: mapped.name, id: mapped.id, reason: `${twin}行目と同じ番号（${mapped.id}）の行なので飛ばしました。番号がちがう行にしてください` } });
			continue;
		}
		seen.set(mapped.id, row.line);
		if (geocode && !offline && !mapped.location && mapped.address && !match?.own) {
			const result = await geocode(mapped.address);
			if (result.point) mapped = mapRow(row.cells, row.line, { ...baseCtx, own: false, geocoded: result.point }) as Mapped;
			else {
				if (result.offline) {
					offline = true;
					notices.push(result.problem!);
					log(result.problem!);
				}
				mapped.notes.push(result.problem ?? '住所から位置がわかりませんでした');
			}
		}
		plans.push(planRow(mapped, match?.entry, !!match?.own));
	}

	function planRow(m: Mapped, entry: Existing | undefined, own: boolean): Plan {
		const base = { line: m.line, name: m.name, id: m.id, notes: m.notes, ...(m.outside && m.location ? { outside: `${m.location.lat}, ${m.location.lng}` } : {}) };
		const data = own ? m.data : { ...m.data, source: { dataset, id: m.id } };
		if (!entry) {
			const draft = m.kind === 'draft';
			let path = join(opts.root, m.collection, m.area, entryFileName(m.area, layout, m.id, draft));
			for (let n = 2; taken.has(path) && !opts.force; n++) path = join(opts.root, m.collection, m.area, entryFileName(m.area, layout, `${m.id}-${n}`, draft));
			taken.add(path);
			const comments = draft
				? ['# 下書きです（ファイル名が _ で始まるので、サイトには出ません）。npm run import で作りました。', '# 足りないもの:', ...m.missing.map((x) => `#   - ${x}`), '# 書きたしたら、ファイル名の先頭の _ を取って npm run check で確かめてください。']
				: [`# npm run import で ${basename(opts.file)} の${m.line}行目から作りました（${opts.today}）。内容を運営者に確かめてください。`];
			return { report: { ...base, action: draft ? 'draft' : 'created', file: show(path), ...(draft ? { missing: m.missing } : {}) }, write: { path, text: render(comments, data, m.body) }, needsDate: m.needsDate };
		}
		const merged = mergeRow(entry, m, own);
		const schema = entry.collection === 'salons' ? salonSchema : resourceSchema;
		const check = schema.safeParse(merged.data);
		const problems = check.success ? [] : explainIssues(check.error.issues, schema).map((i) => `${i.path.join('.')}: ${i.message}`);
		if (!entry.draft && problems.length) {
			return { report: { ...base, action: 'failed', file: show(entry.file), missing: problems, changes: merged.changes } };
		}
		if (entry.draft && !problems.length) {
			// A draft that the newer data completes becomes an entry.
			const path = join(dirname(entry.file), basename(entry.file).replace(/^_/, ''));
			const comments = entry.comments.filter((c) => !/下書き|足りないもの|^#\s+-|ファイル名の先頭/.test(c));
			return { report: { ...base, action: 'updated', file: show(path), changes: merged.changes }, write: { path, text: render(comments, merged.data, merged.body), remove: entry.file } };
		}
		if (!merged.changes.length) return { report: { ...base, action: entry.draft ? 'draft' : 'unchanged', file: show(entry.file), ...(entry.draft ? { missing: problems } : {}) } };
		const comments = entry.draft ? ['# 下書きです（ファイル名が _ で始まるので、サイトには出ません）。npm run import で作りました。', '# 足りないもの:', ...problems.map((x) => `#   - ${x}`), '# 書きたしたら、ファイル名の先頭の _ を取って npm run check で確かめてください。'] : entry.comments;
		return { report: { ...base, action: entry.draft ? 'draft' : 'updated', file: show(entry.file), changes: merged.changes, ...(entry.draft ? { missing: problems } : {}) }, write: { path: entry.file, text: render(comments, merged.data, merged.body) } };
	}

	if (plans.some((p) => p.needsDate)) {
		throw new InputError(
			`最終確認日（last_confirmed）にする日付が、ファイルにありません（更新日・データ更新日の列も、見出しの前の日付もありません）。\n` +
				`市町村がこのデータを確かめた日（公開日や更新日）を --confirmed 2026-06-30 のように指定してください。今日の日付を勝手に使うことはしません。`,
		);
	}
	if (!opts.dryRun) {
		for (const p of plans) {
			if (!p.write) continue;
			mkdirSync(dirname(p.write.path), { recursive: true });
			writeFileSync(p.write.path, p.write.text);
			if (p.write.remove && p.write.remove !== p.write.path) rmSync(p.write.remove);
		}
	}

	const unmapped = columns
		.filter((c) => c.template || !c.field || isAdmin(c.field))
		.filter((c) => c.header.trim() || body.some((r) => (r.cells[c.index] ?? '').trim()))
		.map((c) => ({
			header: c.header.trim() || `（見出しのない ${c.index + 1} 列目）`,
			how: c.template ? 'ひな形の説明の列なので使いません' : c.field ? `${SOURCE_FIELDS[c.field].label}: サイトの設定（site.yaml）と同じか、サイトで使わない情報なので取りこみません` : '項目がないので、値は各項目の本文に「列名: 値」で残しました',
		}));
	const report: ImportReport = {
		file: show(opts.file),
		encoding,
		layout: `${LAYOUTS[layout].label}${collection === 'salons' ? '（サロン・通いの場に）' : '（地域の資源に）'}`,
		dataset,
		date: opts.today,
		dryRun: !!opts.dryRun,
		dataRows: body.length,
		confirmedFrom: confirmed ? `${confirmed}（--confirmed）` : fileDate ? `${fileDate}（ファイルに書かれた日付）` : columns.some((c) => c.field === 'updated') ? '各行の更新日の列' : '（新しく書く行はありません）',
		rows: plans.map((p) => p.report),
		unmapped,
		notices: [...notices, ...(ownLayout ? ['このサイトが書き出したファイルの形です。同じ項目は、書き出した項目と照らし合わせました'] : [])],
	};
	const reportText = renderReport(report);
	const reportFile = opts.report ?? join(cwd, `import-report-${opts.today}.md`);
	mkdirSync(dirname(reportFile), { recursive: true });
	writeFileSync(reportFile, `${reportText}\n`);
	log(reportText);
	log(`${summaryLine(report)}。報告: ${show(reportFile)}`);
	return { report, reportText, reportFile };
}

/** A content file: the comment lines, the front matter and the body. */
function render(comments: readonly string[], data: Record<string, unknown>, body: string): string {
	const front = yamlOf(data);
	return `---\n${comments.map((c) => `${c}\n`).join('')}${front}---\n\n${body.trim()}\n`;
}
