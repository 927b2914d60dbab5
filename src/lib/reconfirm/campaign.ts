/**
 * A confirmation campaign: the entries that are due, grouped by who can confirm them. An entry is due when it has
 * not been confirmed for `dueMonths` months (11 by default, so it is asked before the site's one-year notice);
 * ended entries (終了) are left out. Entries whose contact has the same organisation and the same phone (or, without
 * a phone, the same e-mail or web address) go together: one call, one sheet, one e-mail.
 *
 * A month's share (`month`): each contact has a fixed month of the year, from a stable hash of its organisation
 * and phone, so the contacts spread evenly over twelve months whatever dates the entries had when the town started,
 * and a contact comes back in the same month every year (when it was confirmed a year ago, it is due again). An
 * entry already past a year is taken in whatever month it is (so nothing waits another year to catch up). Pure.
 */
import { isStale } from '../format.ts';
import { daysInMonth } from '../schedule/calendar.ts';
import { comparable } from '../safety/text-policy.ts';
import type { ConfirmEntry, EntryContact } from './entries.ts';

export const DEFAULT_DUE_MONTHS = 11;

export interface CampaignOptions {
	/** Today in Japan. */
	today: string;
	dueMonths: number;
	/** 2027-04: only this month's share, due as of the last day of that month. */
	month?: string;
}

export interface ContactGroup {
	/** 1, 2, 3 … in the order of the campaign: the sheet's and the worklist row's number. */
	number: number;
	key: string;
	contact: EntryContact;
	/** The month of the year (1–12) this contact is asked in. */
	month: number;
	/** Its due entries, in 五十音順. */
	entries: ConfirmEntry[];
	/** The oldest last_confirmed among them. */
	oldest: string;
}

export interface Campaign {
	today: string;
	/** The day due is counted to: today, or the last day of `month`. */
	asOf: string;
	dueMonths: number;
	month?: string;
	contacts: ContactGroup[];
}

/** Who can confirm an entry: the organisation's name as a reader sees it, and its phone, e-mail or web address. */
export function contactKey(contact: EntryContact): string {
	const name = comparable(contact.name).replace(/\s+/g, '');
	const reach = contact.tel ?? contact.email?.toLowerCase() ?? contact.url ?? '';
	return `${name}|${reach}`;
}

/**
 * The month of the year (1–12) a contact is asked in: FNV-1a of its key, finished with MurmurHash3's mixing step (FNV's
 * low bits depend only on the characters' low bits, which would crowd some months), so it never changes between runs.
 */
export function monthOfContact(key: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < key.length; i++) {
		hash ^= key.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
	hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
	hash = (hash ^ (hash >>> 16)) >>> 0;
	return (hash % 12) + 1;
}

/** Whether `value` is a month written 2027-04. */
export const isMonth = (value: string) => /^\d{4}-(0[1-9]|1[0-2])$/.test(value);

/** The day a campaign counts to: today, or the last day of the month asked for. */
export function asOfDate(today: string, month?: string): string {
	if (!month) return today;
	return `${month}-${String(daysInMonth(`${month}-01`)).padStart(2, '0')}`;
}

const byYomi = (a: ConfirmEntry, b: ConfirmEntry) => a.yomi.localeCompare(b.yomi, 'ja') || a.ref.localeCompare(b.ref);

/** The entries due on `asOf`, grouped by contact. */
function groupDue(entries: readonly ConfirmEntry[], asOf: string, dueMonths: number): Omit<ContactGroup, 'number'>[] {
	const groups = new Map<string, ConfirmEntry[]>();
	for (const e of entries) {
		if (e.status === '終了' || !isStale(e.lastConfirmed, asOf, dueMonths)) continue;
		const key = contactKey(e.contact);
		groups.set(key, [...(groups.get(key) ?? []), e]);
	}
	return [...groups].map(([key, list]) => {
		const sorted = [...list].sort(byYomi);
		// The first entry's contact stands for the group, with an e-mail address taken from any entry that has one.
		const email = sorted.find((e) => e.contact.email)?.contact.email;
		const contact = { ...sorted[0]!.contact, ...(email ? { email } : {}) };
		const oldest = sorted.map((e) => e.lastConfirmed).sort()[0]!;
		return { key, contact, month: monthOfContact(key), entries: sorted, oldest };
	});
}

/** The campaign: due entries by contact, the longest waiting first, numbered. */
export function planCampaign(entries: readonly ConfirmEntry[], { today, dueMonths, month }: CampaignOptions): Campaign {
	const asOf = asOfDate(today, month);
	let groups = groupDue(entries, asOf, dueMonths);
	if (month) {
		const wanted = Number(month.slice(5));
		groups = groups.filter((g) => g.month === wanted || g.entries.some((e) => isStale(e.lastConfirmed, asOf, 12)));
	}
	groups.sort(
		(a, b) => a.oldest.localeCompare(b.oldest) || a.contact.name.localeCompare(b.contact.name, 'ja') || a.key.localeCompare(b.key),
	);
	return { today, asOf, dueMonths, ...(month ? { month } : {}), contacts: groups.map((g, i) => ({ number: i + 1, ...g })) };
}

/** The number as file names and the worklist write it: 001, 002 … (four digits past 999). */
export const sheetNumber = (n: number, total: number) => String(n).padStart(Math.max(3, String(total).length), '0');
