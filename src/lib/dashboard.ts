/**
 * The 見える化 figures for coordinators, per 校区: active places and services in each of the six activity
 * fields (a field with none is a gap), per 1,000 residents aged 65 and over, entries not confirmed for over a
 * year, open volunteer openings and open local issues. Pure: the page passes the entries and today's date.
 */
import { ACTIVITY_FIELD_VALUES, type ActivityField } from '../schemas/taxonomy.ts';
import { isStale } from './format.ts';

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
		const byField = Object.fromEntries(ACTIVITY_FIELD_VALUES.map((f) => [f, active.filter((l) => l.fields.includes(f)).length])) as Record<ActivityField, number>;
		return {
			id: d.id,
			name: d.name,
			byField,
			total: active.length,
			per1000: d.population65 ? Math.round((active.length / d.population65) * 10_000) / 10 : undefined,
			gaps: ACTIVITY_FIELD_VALUES.filter((f) => byField[f] === 0),
			stale: here.filter((l) => l.status !== '終了' && isStale(l.lastConfirmed, input.today)).length,
			openVolunteers: input.volunteers.filter((v) => v.area === d.id && v.status === '活動中' && (!v.openUntil || v.openUntil >= input.today)).length,
			openIssues: input.issues.filter((i) => i.area === d.id && i.status !== '解決').length,
		};
	});
}
