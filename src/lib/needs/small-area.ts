/**
 * Only public aggregates: a 校区 with few residents shows ranges, not exact counts, wherever its counts appear
 * (the dashboard, the 校区 page, /data/needs.csv and needs.json, /data/entries.json, /data/areas.geojson).
 *
 * The rule: a 校区 is small when its population (人口総数) is under 100, or, when only the 65+ is known (the
 * hand-typed population_65), when that is under 100. A small 校区's counts are shown as ranges of ten
 * (「0〜9」「20〜29」), its shares and per-1,000 figures are not shown, and its per-mesh figures are left out.
 */
import { roundCount } from './population-block.ts';

export const SMALL_AREA = 100;

export const SMALL_AREA_NOTE = `人口が ${SMALL_AREA} 人未満の校区（人口がわからないときは 65歳以上が ${SMALL_AREA} 人未満の校区）は、数を 10 人ごとの幅（「20〜29」のように）で示し、割合は出しません。`;

export function isSmallArea(counts: { total?: number | undefined; age65?: number | undefined }): boolean {
	const base = counts.total ?? counts.age65;
	return base !== undefined && roundCount(base) < SMALL_AREA;
}

/** A count as published: whole people, or a range of ten in a small area (「20〜29」). */
export function shownCount(n: number | undefined, small: boolean): string {
	if (n === undefined) return '';
	const whole = roundCount(n);
	if (!small) return String(whole);
	const low = Math.floor(whole / 10) * 10;
	return `${low}〜${low + 9}`;
}

interface AreaCounts {
	population_65?: number | undefined;
	population?: { total: number; age65?: number | undefined; [key: string]: unknown } | undefined;
}

const smallArea = (d: AreaCounts) => isSmallArea({ total: d.population?.total, age65: d.population?.age65 ?? d.population_65 });

/** The 65+ to compute per-1,000 figures with: none for a small area (a rate and a count would give it away). */
export function publicAge65(d: AreaCounts): number | undefined {
	return smallArea(d) ? undefined : (d.population?.age65 ?? d.population_65);
}

/** The 65+ as published in a list of areas: the number, a range (「40〜49」) in a small area, or null. */
export function shownAge65(d: AreaCounts): number | string | null {
	const age65 = d.population?.age65 ?? d.population_65;
	if (age65 === undefined) return null;
	return smallArea(d) ? shownCount(age65, true) : age65;
}

/** An area's data as exported: a small area's counts as ranges and without its per-mesh figures. */
export function publicAreaData<T extends AreaCounts>(d: T): T | (Omit<T, 'population' | 'population_65'> & Record<string, unknown>) {
	if (!smallArea(d)) return d;
	const { population, population_65, ...rest } = d;
	const ranged = (v: unknown) => (typeof v === 'number' ? shownCount(v, true) : v);
	return {
		...rest,
		...(population_65 !== undefined ? { population_65: ranged(population_65) } : {}),
		...(population
			? {
					population: Object.fromEntries(
						Object.entries(population)
							.filter(([k]) => k !== 'age65_by_mesh')
							.map(([k, v]) => [k, k === 'year' ? v : ranged(v)]),
					),
				}
			: {}),
	};
}
