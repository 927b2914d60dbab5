/**
 * Same row, same entry: the entries (and drafts) already in the content folder, indexed by `source`; matching a row
 * to one; merging what the row says into it (only the fields the row gave; what a coordinator added by hand stays);
 * and the changes field by field, `name: 旧 → 新`, for --dry-run and the report.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { cost as costSchema } from '../../schemas/common.ts';
import type { z } from '../../schemas/zod.ts';
import type { Schedule } from '../../schemas/schedule.ts';
import { formatCost } from '../format.ts';
import { parseContentFile } from '../safety/frontmatter.ts';
import { describePeriod, describeSchedule } from '../schedule/describe.ts';
import type { Collection, Mapped } from './rows.ts';

type Cost = z.output<typeof costSchema>;

export interface Existing {
	collection: Collection;
	/** The entry id: `aoba/aoba-shisetsu-12` (a draft keeps its leading _). */
	id: string;
	file: string;
	draft: boolean;
	data: Record<string, unknown>;
	body: string;
	/** The front matter's leading comment lines, kept when the file is rewritten. */
	comments: string[];
}

/** Every salon and resource file (drafts too) under the content folder. Files that do not read are left out. */
export function readExisting(root: string): Existing[] {
	const out: Existing[] = [];
	for (const collection of ['salons', 'resources'] as const) {
		const dir = join(root, collection);
		const walk = (d: string) => {
			let names: string[];
			try {
				names = readdirSync(d);
			} catch {
				return;
			}
			for (const n of names) {
				const path = join(d, n);
				const st = statSync(path, { throwIfNoEntry: false });
				if (!st) continue;
				if (st.isDirectory()) walk(path);
				else if (st.isFile() && /\.mdx?$/.test(n)) {
					try {
						const text = readFileSync(path, 'utf8');
						const parsed = parseContentFile(text);
						const rel = relative(dir, path)
							.split(sep)
							.join('/')
							.replace(/\.mdx?$/, '');
						const matter = text
							.replace(/^\uFEFF/, '')
							.replace(/\r\n?/g, '\n')
							.split('\n---')[0]!
							.split('\n')
							.slice(1);
						const comments: string[] = [];
						for (const l of matter) {
							if (l.startsWith('#')) comments.push(l);
							else break;
						}
						out.push({
							collection,
							id: rel,
							file: path,
							draft: n.startsWith('_'),
							data: (parsed.data ?? {}) as Record<string, unknown>,
							body: parsed.body,
							comments,
						});
					} catch {
						/* an unreadable file is npm run check's to report */
					}
				}
			}
		};
		walk(dir);
	}
	return out;
}

export interface SourceIndex {
	bySource: Map<string, Existing>;
	byEntryId: Map<string, Existing>;
	bySourceId: Map<string, Existing[]>;
}
const key = (dataset: string, id: string) => `${dataset}\u0000${id}`;
const sourceOf = (e: Existing) => e.data['source'] as { dataset?: unknown; id?: unknown } | undefined;

export function indexExisting(existing: readonly Existing[]): SourceIndex {
	const index: SourceIndex = { bySource: new Map(), byEntryId: new Map(), bySourceId: new Map() };
	for (const e of existing) {
		index.byEntryId.set(`${e.collection}/${e.id}`, e);
		const s = sourceOf(e);
		if (typeof s?.dataset === 'string' && typeof s.id === 'string') {
			const k = key(s.dataset, s.id);
			const before = index.bySource.get(k);
			if (!before || (before.draft && !e.draft)) index.bySource.set(k, e);
			index.bySourceId.set(s.id, [...(index.bySourceId.get(s.id) ?? []), e]);
		}
	}
	return index;
}

export interface Match {
	entry: Existing;
	/** Matched as this site's own export read back (by its entry id, or its source id in our export's layout). */
	own: boolean;
}

/**
 * The entry a row is: by (dataset, id); or, only in our own export's layout, by our own entry id
 * (`salons/aoba/…`) or source id. A NO from another dataset never matches an entry.
 */
export function matchRow(index: SourceIndex, dataset: string, row: { id: string; name: string }, ownLayout: boolean): Match | undefined {
	const exact = index.bySource.get(key(dataset, row.id));
	if (exact) return { entry: exact, own: false };
	if (!ownLayout) return undefined;
	const mine = index.byEntryId.get(row.id);
	if (mine) return { entry: mine, own: true };
	if (ownLayout) {
		const same = (index.bySourceId.get(row.id) ?? []).filter((e) => !e.draft);
		const one = same.length === 1 ? same[0] : same.find((e) => e.data['name'] === row.name);
		if (one) return { entry: one, own: true };
	}
	return undefined;
}

export interface Change {
	path: string;
	before: string;
	after: string;
}

const get = (o: Record<string, unknown>, path: string): unknown =>
	path.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), o);
function set(o: Record<string, unknown>, path: string, value: unknown): void {
	const keys = path.split('.');
	let node = o;
	for (const k of keys.slice(0, -1)) {
		if (!node[k] || typeof node[k] !== 'object') node[k] = {};
		node = node[k] as Record<string, unknown>;
	}
	node[keys.at(-1)!] = value;
}
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

function scheduleWords(s: unknown, withoutDates = false): string {
	if (!s || typeof s !== 'object') return '';
	const sched = s as Schedule;
	const closed = withoutDates && sched.closed ? { ...sched.closed, dates: [] } : sched.closed;
	try {
		return [describeSchedule({ ...sched, closed } as Schedule), describePeriod(sched), sched.note ?? ''].filter(Boolean).join(' ／ ');
	} catch {
		return JSON.stringify(s);
	}
}

/** A value as the dry run shows it. */
export function shown(path: string, v: unknown): string {
	if (v === undefined || v === null || v === '') return '（なし）';
	if (path === 'schedule') return scheduleWords(v) || '（なし）';
	if (path === 'cost') return formatCost(v as Cost);
	if (path === 'place.location' && typeof v === 'object') return `${(v as { lat: number }).lat}, ${(v as { lng: number }).lng}`;
	const text = typeof v === 'string' ? v : Array.isArray(v) ? v.join('、') : JSON.stringify(v);
	return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/** Whether two values say the same thing (a schedule or cost by its words; transport なし and 相談可 alike). */
function same(path: string, before: unknown, after: unknown, own: boolean): boolean {
	if (path === 'schedule') return scheduleWords(before, own) === scheduleWords(after, own);
	if (path === 'cost')
		return (before === undefined ? '' : formatCost(before as Cost)) === (after === undefined ? '' : formatCost(after as Cost));
	if (path === 'transport' && after === 'なし' && before === '相談可') return true;
	return JSON.stringify(before) === JSON.stringify(after);
}

/** The entry with what the row gave merged in, and what changed. */
export function mergeRow(
	existing: Existing,
	row: Mapped,
	own: boolean,
): { data: Record<string, unknown>; body: string; changes: Change[] } {
	const data = clone(existing.data);
	const changes: Change[] = [];
	for (const path of row.provided) {
		const after = get(row.data, path);
		if (after === undefined) continue;
		const before = get(existing.data, path);
		if (same(path, before, after, own)) continue;
		let value = after;
		if (path === 'schedule' && own && (before as Schedule | undefined)?.closed?.dates?.length) {
			const b = before as Schedule;
			value = { ...(after as Schedule), closed: { ...(after as Schedule).closed, dates: b.closed!.dates } };
		}
		set(data, path, value);
		changes.push({ path, before: shown(path, before), after: shown(path, value) });
	}
	const bodyBefore = existing.body.trim();
	const bodyAfter = row.body.trim();
	let body = existing.body;
	if (bodyBefore !== bodyAfter) {
		body = bodyAfter;
		changes.push({
			path: '本文',
			before: shown('本文', bodyBefore.replace(/\s+/g, ' ')),
			after: shown('本文', bodyAfter.replace(/\s+/g, ' ')),
		});
	}
	return { data, body, changes };
}

/**
 * What an import wrote, as 16 hex digits of SHA-256 over the front matter (without `source`) and the body: kept in
 * `source.digest`, so the next import can tell an entry nobody touched from one a person has edited since.
 */
export function importDigest(data: Record<string, unknown>, body: string): string {
	const { source: _source, ...rest } = data;
	const canonical = (v: unknown): unknown =>
		Array.isArray(v)
			? v.map(canonical)
			: v && typeof v === 'object'
				? Object.fromEntries(
						Object.keys(v)
							.sort()
							.map((k) => [k, canonical((v as Record<string, unknown>)[k])]),
					)
				: v;
	return createHash('sha256')
		.update(JSON.stringify(canonical(rest)))
		.update('\u0000')
		.update(body.trim())
		.digest('hex')
		.slice(0, 16);
}

/** Why an import may not change this entry (a person's work, or a file it cannot vouch for), or undefined. */
export function ownershipProblem(entry: Existing): string | undefined {
	const recorded = (entry.data['source'] as { digest?: unknown } | undefined)?.digest;
	if (typeof recorded !== 'string') {
		return entry.draft
			? 'この下書きは、取りこみが書いた印（source.digest）がありません。だれかが置いた下書きかもしれないので、さわりません'
			: 'この項目には、取りこみが書いた印（source.digest）がありません。手で作った項目かもしれないので、さわりません';
	}
	if (recorded !== importDigest(entry.data, entry.body))
		return '前の取りこみのあとで、手で直されています。直した内容を消さないよう、さわりません';
	return undefined;
}
