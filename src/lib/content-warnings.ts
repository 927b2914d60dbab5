/**
 * What a coordinator should look at, though it does not stop the build (npm run check prints these as 注意):
 * information not confirmed for over a year, volunteer openings past their end date, places without
 * coordinates, likely duplicates and dates in the future. Pure: `today` is passed in.
 */
import { KIND_LIST } from './kinds.ts';
import { isStale } from './format.ts';
import type { Problem } from './problems.ts';
import type { EntryRef } from './references.ts';
import { comparable } from './safety/text-policy.ts';

/** Salons and resources: the kinds that are places (src/lib/kinds.ts). */
const isPlace = (collection: string) => KIND_LIST.some((k) => k.key === collection && k.place);

const warn = (e: EntryRef, path: PropertyKey[], message: string): Problem => ({
	severity: 'warning',
	file: e.file,
	field: path.map(String).join('.'),
	path,
	message,
});

export function contentWarnings(entries: readonly EntryRef[], today: string): Problem[] {
	const out: Problem[] = [];
	const seen = new Map<string, EntryRef>();
	const sources = new Map<string, EntryRef>();
	for (const e of entries) {
		const d = e.data as Record<string, unknown> & {
			last_confirmed?: string;
			open_until?: string;
			status?: string;
			name?: string;
			place?: { address?: string; location?: unknown };
		};
		if (d.last_confirmed && isStale(d.last_confirmed, today)) {
			out.push(
				warn(e, ['last_confirmed'], `最終確認日（${d.last_confirmed}）から1年以上たっています。運営者に確かめて、日付を新しくしてください`),
			);
		}
		if (d.last_confirmed && d.last_confirmed > today) {
			out.push(warn(e, ['last_confirmed'], `最終確認日（${d.last_confirmed}）が未来の日付です`));
		}
		if (e.collection === 'volunteers' && d.open_until && d.open_until < today && d.status === '活動中') {
			out.push(
				warn(
					e,
					['open_until'],
					`募集の締め切り（${d.open_until}）を過ぎています。募集を続けるなら日付を、終えたなら status を「終了」にしてください`,
				),
			);
		}
		if (isPlace(e.collection) && d.place && !d.place.location) {
			out.push(warn(e, ['place'], '緯度・経度（place.location）がないため、地図と「現在地から探す」に出ません'));
		}
		if (isPlace(e.collection) && d.name) {
			// Compared as a reader sees them: NFKC, without spaces, zero-width or control characters (which would hide a twin).
			const key = `${comparable(d.name).replace(/\s+/g, '')}|${comparable(d.place?.address ?? '').replace(/\s+/g, '')}`;
			const twin = seen.get(key);
			if (twin) out.push(warn(e, ['name'], `${twin.file} と名前と住所が同じです。同じものを二重に登録していませんか`));
			else seen.set(key, e);
		}
		const source = (d as { source?: { dataset: string; id: string } }).source;
		if (source) {
			const key = `${comparable(source.dataset)}|${comparable(source.id)}`;
			const twin = sources.get(key);
			if (twin)
				out.push(
					warn(
						e,
						['source'],
						`${twin.file} と取りこみ元（${source.dataset} の ${source.id}）が同じです。同じ行を二重に取りこんでいませんか`,
					),
				);
			else sources.set(key, e);
		}
	}
	return out;
}
