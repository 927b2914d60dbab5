/**
 * A function whose answers are kept, for pure functions asked the same few thousand questions millions of times
 * (dates converted in schedules, the search's encoded terms, a rule's days in the calendars). The kept answers are
 * forgotten all at once when there are `limit` of them, so memory stays bounded whatever a town holds.
 */
export function memoized<K, V>(make: (key: K) => V, limit: number): (key: K) => V {
	const kept = new Map<K, V>();
	return (key) => {
		let value = kept.get(key);
		if (value === undefined && !kept.has(key)) {
			if (kept.size >= limit) kept.clear();
			value = make(key);
			kept.set(key, value);
		}
		return value as V;
	};
}
