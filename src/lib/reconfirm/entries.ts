/**
 * The entries a yearly confirmation is about: salons, resources and volunteer openings (the kinds with
 * last_confirmed), read from what `loadContent` validated, with the names of the areas they are in. Each is known by
 * its reference `<folder>/<id>` (salons/aoba/aoba-yuuhi-cafe): unique in the town, written in the worklist and read
 * back by `npm run confirmed`. Pure.
 */
import type { AreaData } from '../../schemas/areas.ts';
import type { Status } from '../../schemas/taxonomy.ts';

export const CONFIRMABLE = ['salons', 'resources', 'volunteers'] as const;
export type ConfirmableCollection = (typeof CONFIRMABLE)[number];

/** The contact as the schema keeps it (src/schemas/common.ts `contact`). */
export interface EntryContact {
	name: string;
	tel?: string;
	email?: string;
	url?: string;
	hours?: string;
}

export interface ConfirmEntry {
	collection: ConfirmableCollection;
	/** The id in its collection: aoba/aoba-yuuhi-cafe. */
	id: string;
	/** salons/aoba/aoba-yuuhi-cafe: the collection's folder and the id. */
	ref: string;
	/** The file, as shown to the coordinator. */
	file: string;
	/** The name residents know it by (a volunteer opening's title). */
	name: string;
	yomi: string;
	lastConfirmed: string;
	status: Status;
	contact: EntryContact;
	/** The names of the areas it is in or serves, in the order written. */
	areaNames: string[];
	/** The validated front matter. */
	data: Record<string, unknown>;
}

interface Loaded {
	collection: string;
	id: string;
	file: string;
	data: Record<string, unknown>;
}

export const isConfirmable = (collection: string): collection is ConfirmableCollection =>
	(CONFIRMABLE as readonly string[]).includes(collection);

/** The short name of each area (青葉 rather than 青葉小学校区 when the file gives one), by id. */
export function areaNames(entries: readonly Loaded[]): Map<string, string> {
	return new Map(
		entries
			.filter((e) => e.collection === 'areas')
			.map((e) => {
				const area = e.data as unknown as AreaData;
				return [e.id, area.short_name ?? area.name];
			}),
	);
}

/** The confirmable entries among validated ones. */
export function confirmEntries(entries: readonly Loaded[]): ConfirmEntry[] {
	const areas = areaNames(entries);
	return entries.flatMap((e) => {
		if (!isConfirmable(e.collection)) return [];
		const d = e.data;
		const ids = Array.isArray(d['areas']) ? (d['areas'] as string[]) : typeof d['area'] === 'string' ? [d['area']] : [];
		return [
			{
				collection: e.collection,
				id: e.id,
				ref: `${e.collection}/${e.id}`,
				file: e.file,
				name: String(d['name'] ?? d['title']),
				yomi: String(d['yomi'] ?? ''),
				lastConfirmed: String(d['last_confirmed']),
				status: d['status'] as Status,
				contact: d['contact'] as EntryContact,
				areaNames: ids.map((id) => areas.get(id) ?? id),
				data: d,
			},
		];
	});
}
