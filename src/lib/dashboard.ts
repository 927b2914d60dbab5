/**
 * The 見える化 figures for coordinators, per 校区: active places and services in each of the six activity
 * fields (a field with none is a gap), per 1,000 residents aged 65 and over, entries not confirmed for over a
 * year, open volunteer openings and open local issues; and how far the yearly confirmation has got
 * (`confirmationProgress`). Pure: the page passes the entries and today's date.
 */
import { ACTIVITY_FIELD_VALUES, type ActivityField } from '../schemas/taxonomy.ts';
import { isStale } from './format.ts';
import { isUnconfirmed } from './freshness.ts';
import { DEFAULT_DUE_MONTHS, planCampaign } from './reconfirm/campaign.ts';
import type { ConfirmEntry } from './reconfirm/entries.ts';

export interface DashboardInput {
	districts: { id: string; name: string; population65?: number | undefined }[];
	/** Salons (one area) and resources (their areas). */
	listings: { areas: string[]; fields: readonly string[]; status: string; lastConfirmed: string }[];
	volunteers: { area: string; status: string; openUntil?: string | undefined }[];
	issues: { area: string; status: string }[];
	today: string;
}

export interface DistrictFigures {
	id: string;
	name: string;
	byField: Record<ActivityField, number>;
	/** Active places and services in the 校区 (each counted once). */
	total: number;
	/** total per 1,000 residents aged 65+, one decimal; undefined without a population figure. */
	per1000?: number | undefined;
	gaps: ActivityField[];
	stale: number;
	openVolunteers: number;
	openIssues: number;
}

export function dashboard(input: DashboardInput): DistrictFigures[] {
	return input.districts.map((d) => {
		const here = input.listings.filter((l) => l.areas.includes(d.id));
		const active = here.filter((l) => l.status === '活動中');
		const byField = Object.fromEntries(ACTIVITY_FIELD_VALUES.map((f) => [f, active.filter((l) => l.fields.includes(f)).length])) as Record<
			ActivityField,
			number
		>;
		return {
			id: d.id,
			name: d.name,
			byField,
			total: active.length,
			per1000: d.population65 ? Math.round((active.length / d.population65) * 10_000) / 10 : undefined,
			gaps: ACTIVITY_FIELD_VALUES.filter((f) => byField[f] === 0),
			stale: here.filter((l) => l.status !== '終了' && isStale(l.lastConfirmed, input.today)).length,
			openVolunteers: input.volunteers.filter(
				(v) => v.area === d.id && v.status === '活動中' && (!v.openUntil || v.openUntil >= input.today),
			).length,
			openIssues: input.issues.filter((i) => i.area === d.id && i.status !== '解決').length,
		};
	});
}

/** One 校区's confirmation progress: its entries (not ended), how many were confirmed within a year, the rest. */
export interface DistrictProgress {
	id: string;
	name: string;
	total: number;
	withinYear: number;
	/** withinYear as a whole percentage of total; undefined without entries. */
	share?: number | undefined;
	/** Not confirmed for over a year, in 五十音順. */
	overdue: ConfirmEntry[];
	/** Its entries in this month's campaign (the share `npm run reconfirm -- --month` takes). */
	thisMonth: ConfirmEntry[];
}

export interface ConfirmationProgress {
	/** 2026-12: the month of `today`. */
	month: string;
	/** This month's campaign in the whole town. */
	contacts: number;
	entries: number;
	districts: DistrictProgress[];
}

/** The areas an entry is in or serves: a salon's or opening's area, a resource's areas. */
const areaIdsOf = (e: ConfirmEntry): string[] => {
	const d = e.data;
	return Array.isArray(d['areas']) ? (d['areas'] as string[]) : typeof d['area'] === 'string' ? [d['area']] : [];
};

/**
 * Per 校区, the share of entries (salons, resources, volunteer openings; ended ones left out) confirmed within 12
 * months, those overdue, and what this month's campaign holds, from the campaign's own month assignment
 * (src/lib/reconfirm/campaign.ts) so the page and `npm run reconfirm -- --month` agree. Pure.
 */
export function confirmationProgress(
	districts: readonly { id: string; name: string }[],
	entries: readonly ConfirmEntry[],
	today: string,
): ConfirmationProgress {
	const month = today.slice(0, 7);
	const campaign = planCampaign(entries, { today, dueMonths: DEFAULT_DUE_MONTHS, month });
	const inCampaign = campaign.contacts.flatMap((c) => c.entries);
	const byYomi = (a: ConfirmEntry, b: ConfirmEntry) => a.yomi.localeCompare(b.yomi, 'ja') || a.ref.localeCompare(b.ref);
	return {
		month,
		contacts: campaign.contacts.length,
		entries: inCampaign.length,
		districts: districts.map((d) => {
			const here = entries.filter((e) => e.status !== '終了' && areaIdsOf(e).includes(d.id));
			const overdue = here.filter((e) => isUnconfirmed(e.lastConfirmed, today)).sort(byYomi);
			const withinYear = here.length - overdue.length;
			return {
				id: d.id,
				name: d.name,
				total: here.length,
				withinYear,
				share: here.length ? Math.round((withinYear / here.length) * 100) : undefined,
				overdue,
				thisMonth: inCampaign.filter((e) => areaIdsOf(e).includes(d.id)).sort(byYomi),
			};
		}),
	};
}
