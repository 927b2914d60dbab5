/**
 * Deciding, before anything is written, what happens to every row: skipped (with its reason), left out as another
 * municipality's (--only-town), a new entry or draft, an update of an entry this import wrote before, or a conflict
 * (a person's work, a planted draft, a file already there) left untouched unless --force names it. Duplicate rows
 * are both kept as drafts. Every file name is checked to be portable before the first file is written.
 */
import { existsSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { yamlOf } from '../contribute/entry-file.ts';
import { resourceSchema } from '../../schemas/resources.ts';
import { salonSchema } from '../../schemas/salons.ts';
import { explainIssues } from '../zod-problems.ts';
import { portableNameProblem } from '../safety/portable-name.ts';
import type { gsiGeocoder } from './geocode.ts';
import { isAdmin, SOURCE_FIELDS } from './headers.ts';
import { entryFileName, sourceId } from './identity.ts';
import type { Layout } from './layouts.ts';
import { InputError } from './plan-error.ts';
import type { ColumnReport, RowReport } from './report.ts';
import { mapRow, rowIdentity, skipReason, type Column, type Mapped, type RowContext } from './rows.ts';
import type { ImportOptions } from './run.ts';
import { hasCode, inTown, type Town } from './town.ts';
import type { TableRow } from './csv.ts';
import { importDigest, indexExisting, matchRow, mergeRow, ownershipProblem, type Existing } from './update.ts';
import { FACILITY_HEADER, MHLW_HEADER } from '../export/csv-write.ts';
import { headerKey } from './headers.ts';

export { InputError };
type Geocoder = ReturnType<typeof gsiGeocoder>;

export interface PlanContext {
	opts: ImportOptions;
	town: Town;
	columns: Column[];
	header: string[];
	layout: Layout;
	dataset: string;
	confirmed: string | undefined;
	existing: Existing[];
	geocode: Geocoder | undefined;
	show: (path: string) => string;
	log: (line: string) => void;
}

export interface Plan {
	report: RowReport;
	write?: { path: string; text: string; remove?: string | undefined };
	needsDate?: boolean;
}

export interface Planned {
	plans: Plan[];
	notices: string[];
	unmapped: ColumnReport[];
	/** How --only-town worked, for the report; undefined when it was off. */
	townFilter: { kept: number; left: number; byTown: [string, number][] } | undefined;
}

const DRAFT_HEAD = '# 下書きです（ファイル名が _ で始まるので、サイトには出ません）。npm run import で作りました。';
const draftComments = (missing: readonly string[]) => [
	DRAFT_HEAD,
	'# 足りないもの・確かめること:',
	...missing.map((x) => `#   - ${x.replace(/\r?\n/g, ' ')}`),
	'# 書きたしたら、ファイル名の先頭の _ を取って npm run check で確かめてください。',
];

/** A content file: the comment lines, the front matter and the body; `source.digest` records what was written. */
function render(comments: readonly string[], data: Record<string, unknown>, body: string): string {
	const source = data['source'] as Record<string, unknown> | undefined;
	const stamped = source ? { ...data, source: { ...source, digest: importDigest(data, body) } } : data;
	return `---\n${comments.map((c) => `${c}\n`).join('')}${yamlOf(stamped)}---\n\n${body.trim()}\n`;
}

/** Whether the file uses our own export's header and this site's code: columns mean what our export writes. */
function isOwnLayout(ctx: PlanContext, body: readonly TableRow[]): boolean {
	const { header, columns, town } = ctx;
	const sameHeader = [MHLW_HEADER, FACILITY_HEADER].some(
		(h) => h.length === header.length && h.every((x, i) => headerKey(x) === headerKey(header[i]!)),
	);
	return (
		sameHeader &&
		columns.some((c) => c.field === 'code' && body.some((r) => (r.cells[c.index] ?? '').trim() === town.site.municipality_code))
	);
}

/** Rows of other municipalities, when --only-town is on (by default when the file names them and the site has a code). */
function townFilter(ctx: PlanContext) {
	const col = (f: string) => ctx.columns.find((c) => c.field === f);
	const [muni, code, pref] = [col('municipality'), col('code'), col('prefecture')];
	const on = ctx.opts.onlyTown ?? (!!(muni || code) && hasCode(ctx.town.site));
	if (!on) return undefined;
	const cell = (cells: readonly string[], c: Column | undefined) => (c ? (cells[c.index] ?? '').trim() : '');
	return (cells: readonly string[]) => {
		const row = { municipality: cell(cells, muni), code: cell(cells, code), prefecture: cell(cells, pref) };
		return inTown(ctx.town.site, row) === false ? row.municipality || row.prefecture || `コード ${row.code}` : undefined;
	};
}

export async function planRows(ctx: PlanContext, body: readonly TableRow[]): Promise<Planned> {
	const { columns, town, opts } = ctx;
	const ownLayout = isOwnLayout(ctx, body);
	const index = indexExisting(ctx.existing);
	const plans: Plan[] = [];
	const notices: string[] = [];
	const elsewhere = townFilter(ctx);
	const byTown = new Map<string, number>();
	// First pass: what is not data, what is another town's, and which ids repeat.
	const data: { row: TableRow; id: string }[] = [];
	for (const row of body) {
		const skip = skipReason(row.cells, columns);
		if (skip) plans.push({ report: { line: row.line, action: 'skipped', name: '', reason: skip } });
		else if (elsewhere?.(row.cells)) {
			const name = elsewhere(row.cells)!;
			byTown.set(name, (byTown.get(name) ?? 0) + 1);
			plans.push({ report: { line: row.line, action: 'elsewhere', name: rowIdentity(row.cells, columns).name, reason: name } });
		} else data.push({ row, id: rowIdentity(row.cells, columns).id });
	}
	const lines = new Map<string, number[]>();
	for (const d of data) lines.set(d.id, [...(lines.get(d.id) ?? []), d.row.line]);
	const baseCtx: RowContext = {
		layout: ctx.layout,
		columns,
		municipality: town.site.municipality,
		siteUrl: town.siteUrl,
		confirmed: ctx.confirmed,
		districtAt: town.districtAt,
		area: opts.area,
		cityArea: town.cityArea,
		ownFormat: ownLayout,
		keepExtra: opts.keepExtra,
		provider: { name: opts.provider, type: opts.providerType },
		summary: opts.summary,
	};
	const taken = new Set(ctx.existing.map((e) => e.file));
	let offline = false;
	for (const { row, id } of data) {
		const twins = lines.get(id)!;
		const identity = { ...rowIdentity(row.cells, columns), id: twins.length > 1 ? `${id}-${row.line}` : id };
		const match = twins.length > 1 ? undefined : matchRow(index, ctx.dataset, { ...identity, id: sourceId(identity.id) }, ownLayout);
		let mapped = mapRow(row.cells, row.line, { ...baseCtx, own: !!match?.own }) as Mapped;
		if (ctx.geocode && !offline && !mapped.location && mapped.address && !match?.own) {
			const result = await ctx.geocode(mapped.address);
			if (result.point) mapped = mapRow(row.cells, row.line, { ...baseCtx, own: false, geocoded: result.point }) as Mapped;
			else {
				if (result.offline) {
					offline = true;
					notices.push(result.problem!);
					ctx.log(result.problem!);
				}
				mapped.notes.push(result.problem ?? '住所から位置がわかりませんでした');
			}
		}
		mapped = { ...mapped, id: identity.id };
		if (twins.length > 1) {
			mapped.kind = 'draft';
			mapped.missing.push(
				`同じ番号・同じ名前と住所の行が ${twins.join('行目と ')}行目 にあります（id ${id}）。別のものか同じものか確かめてください（どちらも下書きにしました）`,
			);
		}
		plans.push(planRow(ctx, mapped, match?.entry, !!match?.own, taken));
	}
	checkNames(ctx, plans);
	const townNote = elsewhere
		? {
				kept: data.length,
				left: [...byTown.values()].reduce((a, b) => a + b, 0),
				byTown: [...byTown.entries()].sort((a, b) => b[1] - a[1]),
			}
		: undefined;
	if (ownLayout) notices.push('このサイトが書き出したファイルの形です。同じ項目は、書き出した項目と照らし合わせました');
	const unusedForce = (opts.force ?? []).filter((f) => !forceUsed.get(ctx)?.has(f));
	if (unusedForce.length) notices.push(`--force ${unusedForce.join('、')}: さわらなかった項目のどれにも当たらないので、何も変えていません`);
	return { plans, notices, unmapped: unmappedColumns(ctx, body), townFilter: townNote };
}

/** The --force values that named an entry, to say which named none. */
const forceUsed = new WeakMap<PlanContext, Set<string>>();
/** Whether --force names this entry (its file, its entry id or the row's id). */
function forced(ctx: PlanContext, entry: Existing, rowId: string): boolean {
	const cwd = ctx.opts.cwd ?? process.cwd();
	const hit = (ctx.opts.force ?? []).filter(
		(f) => f === rowId || f === entry.id || f === basename(entry.file) || resolve(cwd, f) === resolve(entry.file),
	);
	for (const f of hit) forceUsed.set(ctx, (forceUsed.get(ctx) ?? new Set()).add(f));
	return hit.length > 0;
}

function newEntry(ctx: PlanContext, m: Mapped, taken: Set<string>): Plan {
	const base = rowBase(m);
	const draft = m.kind === 'draft';
	const dir = join(ctx.opts.root, m.collection, m.area);
	let path = join(dir, entryFileName(m.area, ctx.layout, m.id, draft));
	// Never over a file that is there (a person's entry whose name happens to match): the next free name instead.
	for (let n = 2; taken.has(path) || existsSync(path); n++) path = join(dir, entryFileName(m.area, ctx.layout, `${m.id}-${n}`, draft));
	taken.add(path);
	const data = { ...m.data, source: { dataset: ctx.dataset, id: sourceId(m.id) } };
	const comments = draft
		? draftComments(m.missing)
		: [
				`# npm run import で ${basename(ctx.opts.file)} の${m.line}行目から作りました（${ctx.opts.today}）。内容を運営者に確かめてください。`,
			];
	return {
		report: { ...base, action: draft ? 'draft' : 'created', file: ctx.show(path), ...(draft ? { missing: m.missing } : {}) },
		write: { path, text: render(comments, data, m.body) },
		needsDate: m.needsDate,
	};
}

const rowBase = (m: Mapped) => ({
	line: m.line,
	name: m.name,
	id: m.id,
	notes: m.notes,
	extras: m.extras,
	...(m.outside && m.location ? { outside: `${m.location.lat}, ${m.location.lng}` } : {}),
});

function planRow(ctx: PlanContext, m: Mapped, entry: Existing | undefined, own: boolean, taken: Set<string>): Plan {
	if (!entry) return newEntry(ctx, m, taken);
	const base = rowBase(m);
	const merged = mergeRow(entry, m, own);
	const schema = entry.collection === 'salons' ? salonSchema : resourceSchema;
	const check = schema.safeParse(merged.data);
	const problems = check.success ? [] : explainIssues(check.error.issues, schema).map((i) => `${i.path.join('.')}: ${i.message}`);
	const promote = entry.draft && !problems.length;
	const target = promote ? join(dirname(entry.file), basename(entry.file).replace(/^_/, '')) : entry.file;
	if (!promote && !merged.changes.length)
		return {
			report: {
				...base,
				action: entry.draft ? 'draft' : 'unchanged',
				file: ctx.show(entry.file),
				...(entry.draft ? { missing: problems } : {}),
			},
		};
	const conflict = (reason: string): Plan => ({
		report: { ...base, action: 'conflict', file: ctx.show(entry.file), reason, changes: merged.changes },
	});
	if (promote && target !== entry.file && existsSync(target))
		return conflict(`下書きを項目にすると、すでにある ${ctx.show(target)} を上書きしてしまいます。どちらも、さわりません`);
	const problem = own ? undefined : ownershipProblem(entry);
	if (problem && !forced(ctx, entry, m.id)) return conflict(`${problem}（変えてよければ --force ${ctx.show(entry.file)} で取りこめます）`);
	if (!entry.draft && problems.length)
		return { report: { ...base, action: 'failed', file: ctx.show(entry.file), missing: problems, changes: merged.changes } };
	if (promote) {
		const comments = entry.comments.filter((c) => !/下書き|足りないもの|^#\s+-|ファイル名の先頭/.test(c));
		return {
			report: { ...base, action: 'updated', file: ctx.show(target), changes: merged.changes },
			write: { path: target, text: render(comments, merged.data, merged.body), remove: entry.file },
		};
	}
	const comments = entry.draft ? draftComments(problems) : entry.comments;
	return {
		report: {
			...base,
			action: entry.draft ? 'draft' : 'updated',
			file: ctx.show(entry.file),
			changes: merged.changes,
			...(entry.draft ? { missing: problems } : {}),
		},
		write: { path: entry.file, text: render(comments, merged.data, merged.body) },
	};
}

/** Every folder and file name to be written is portable (src/lib/safety/portable-name.ts), or nothing is written. */
function checkNames(ctx: PlanContext, plans: readonly Plan[]): void {
	const bad: string[] = [];
	for (const p of plans) {
		if (!p.write) continue;
		for (const part of relative(ctx.opts.root, p.write.path).split(/[\\/]/)) {
			const problem = portableNameProblem(part);
			if (problem) bad.push(`${p.report.line}行目 → ${ctx.show(p.write.path)}: ${problem}`);
		}
	}
	if (bad.length) throw new InputError(`書けないファイル名があるので、何も書いていません:\n${bad.join('\n')}`);
}

function unmappedColumns(ctx: PlanContext, body: readonly TableRow[]): ColumnReport[] {
	const extraHow =
		ctx.opts.keepExtra === 'body'
			? '項目がないので、値は各項目の本文の「ファイルのほかの列」に日本語の見出しで残しました（英語の見出しの列は、下の各行に書きました）'
			: '項目がないので、ページには出さず、値はこの報告の各行に書きました（本文に残すなら --keep-extra body、項目にするなら --map 列名=項目）';
	return ctx.columns
		.filter((c) => c.template || !c.field || isAdmin(c.field))
		.filter((c) => c.header.trim() || body.some((r) => (r.cells[c.index] ?? '').trim()))
		.map((c) => ({
			header: c.header.trim() || `（見出しのない ${c.index + 1} 列目）`,
			how: c.template
				? 'ひな形の説明の列なので使いません'
				: c.field
					? `${SOURCE_FIELDS[c.field].label}: サイトの設定（site.yaml）と同じか、サイトで使わない情報なので取りこみません`
					: extraHow,
		}));
}
