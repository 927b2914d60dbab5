/**
 * Answers kept on the phone (localStorage), per kind and per entry being fixed, across a reload, Back and a
 * closed tab: nothing leaves the phone until 送る. The form offers 「つづきから」 and 「消してやり直す」 when
 * something was kept.
 */

export interface Kept {
	data: Record<string, unknown>;
	body: string;
	note: string;
	/** When it was kept (ms since 1970), to say how long ago. */
	at: number;
	/** The step reached (0 the first; past the form's steps, 確かめる or 送る). */
	step?: number;
}

export const keptKey = (collection: string, edit: string | null) => `sasaeai:send:${collection}:${edit ?? 'new'}`;

export function readKept(key: string): Kept | undefined {
	try {
		const raw = localStorage.getItem(key);
		if (!raw) return undefined;
		const kept = JSON.parse(raw) as Kept;
		return kept && typeof kept === 'object' && kept.data && typeof kept.data === 'object' ? kept : undefined;
	} catch {
		return undefined;
	}
}

export function keep(key: string, kept: Kept): void {
	try {
		localStorage.setItem(key, JSON.stringify(kept));
	} catch {
		// Storage full or refused (a private window): the form still works, it only cannot keep.
	}
}

export function forget(key: string): void {
	try {
		localStorage.removeItem(key);
	} catch {
		// Nothing was kept.
	}
}
