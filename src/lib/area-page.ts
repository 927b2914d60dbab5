/**
 * How an area page mentions each place once: the place's one card carries an anchor, and every later mention
 * (another weekday, another field, the today view, the map's list) links to that card instead of repeating it.
 * And which contacts a 校区 page shows at once: its own, then those of its 圏域 and the town. Pure functions.
 */

/** The id of a place's one card on an area page: `place-salons-aoba-aoba-danchi-ikiiki-salon`. */
export function placeAnchor(collection: string, id: string): string {
	return `place-${collection}-${id.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

export interface Mention<T> {
	item: T;
	/** The first time the item appears across all the groups: its card goes here; later mentions refer to it. */
	first: boolean;
	/** The name of the group where its card is (for 「月曜日にあります」). */
	cardIn: string;
}

/** Groups in page order, each item marked where it appears for the first time (by key) and where its card is. */
export function markFirstMentions<T>(groups: readonly { name: string; items: readonly T[] }[], key: (item: T) => string): Mention<T>[][] {
	const cardIn = new Map<string, string>();
	return groups.map((group) =>
		group.items.map((item) => {
			const k = key(item);
			const first = !cardIn.has(k);
			if (first) cardIn.set(k, group.name);
			return { item, first, cardIn: cardIn.get(k)! };
		}),
	);
}

export interface ContactLevel {
	council?: unknown;
	contact?: unknown;
}

/**
 * An area's contacts, nearest first (the area, its 圏域, the town): `near` up to and including the nearest level that
 * has a contact, shown at once; `wider` the levels above it, in the same order (a 圏域 before the town). Levels
 * with neither a 協議体 nor a contact are left out.
 */
export function contactLevels<L extends ContactLevel>(chain: readonly L[]): { near: L[]; wider: L[] } {
	const levels = chain.filter((l) => l.council || l.contact);
	const nearest = levels.findIndex((l) => l.contact);
	const cut = nearest < 0 ? levels.length : nearest + 1;
	return { near: levels.slice(0, cut), wider: levels.slice(cut) };
}
