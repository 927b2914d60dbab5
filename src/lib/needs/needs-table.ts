/**
 * The needs | supply | reach table per 校区, as published in /data/needs.csv and /data/needs.json: population,
 * 65+, 75+, 高齢単身世帯 (from the area's population block, else the hand-typed population_65), the 65+ within
 * walking reach of an active place to go and its share, and each needs indicator (a 圏域's marked as such).
 *
 * Only public aggregates: a small 校区 shows its counts as ranges of ten (「20〜29」) and no share, so that no small
 * group can be picked out (the rule: small-area.ts).
 */
import type { Boundary } from '../../schemas/areas.ts';
import { toCsv } from '../export/csv-write.ts';
import type { District } from './apportion.ts';
import { zeroCounts } from './apportion.ts';
import type { MeshRow } from './estat-table.ts';
import { indicatorsFor, type Indicator, type KnownArea } from './indicators.ts';
import { isSmallArea, shownCount, SMALL_AREA_NOTE } from './small-area.ts';
import { REACH_METHOD, walkingReach, type OutOfReach, type Place } from './reach.ts';

export interface NeedsArea extends KnownArea {
	boundary?: Boundary | undefined;
	district: boolean;
	indicators?: Indicator[] | undefined;
	population_65?: number | undefined;
	population?:
		| {
				total: number;
				age65?: number | undefined;
				age75?: number | undefined;
				elderly_single?: number | undefined;
				source: string;
				year: number;
				age65_by_mesh?: Record<string, number> | undefined;
		  }
		| undefined;
}

export interface NeedsRow {
	id: string;
	name: string;
	population: string;
	age65: string;
	age75: string;
	elderly_single: string;
	age65_within_reach: string;
	/** Percent, one decimal, or '' when not known or when the area is small. */
	reach_share: string;
	source: string;
	note: string;
	indicators: { name: string; value: number; unit: string; year: number; source: string; of?: string }[];
	/** For the dashboard, not published as such: the figures as numbers (none for a small 校区). */
	detail: { reachShare?: number | undefined; singleRate?: number | undefined; outOfReach: OutOfReach[] };
}

function meshRows(byMesh: Record<string, number>): MeshRow[] {
	return Object.entries(byMesh).map(([code, age65]) => ({ code, line: 0, counts: { ...zeroCounts(), age65 }, secret: [], absorbs: [] }));
}

export function needsRows(areas: readonly NeedsArea[], places: readonly Place[], radius = 500): NeedsRow[] {
	return areas
		.filter((a) => a.district)
		.map((a) => {
			const p = a.population;
			const small = isSmallArea({ total: p?.total, age65: p?.age65 ?? a.population_65 });
			const reach =
				p?.age65_by_mesh && a.boundary
					? walkingReach(meshRows(p.age65_by_mesh), [{ id: a.id, name: a.name, boundary: a.boundary } satisfies District], places, {
							radius,
						})[0]
					: undefined;
			const notes = [
				p ? `${p.source}（${p.year}年）` : a.population_65 !== undefined ? '65歳以上は町が入力した数' : '人口のデータがありません',
				...(reach ? [REACH_METHOD(radius)] : []),
				...(small ? ['人口が少ないため、数は 10 人ごとの幅で示します'] : []),
			];
			return {
				id: a.id,
				name: a.name,
				population: shownCount(p?.total, small),
				age65: shownCount(p?.age65 ?? a.population_65, small),
				age75: shownCount(p?.age75, small),
				elderly_single: shownCount(p?.elderly_single, small),
				age65_within_reach: shownCount(reach?.reached, small),
				reach_share: reach?.share !== undefined && !small ? (Math.round(reach.share * 1000) / 10).toFixed(1) : '',
				source: notes[0]!,
				note: notes.slice(1).join(' '),
				indicators: indicatorsFor(a.id, areas),
				detail: small
					? { outOfReach: [] }
					: {
							reachShare: reach?.share,
							singleRate: p?.elderly_single !== undefined && p.age65 ? p.elderly_single / p.age65 : undefined,
							outOfReach: reach?.outOfReach ?? [],
						},
			};
		});
}

/** The indicator columns: one per indicator name found, 「名前（単位、年）」. */
function indicatorColumns(rows: readonly NeedsRow[]): string[] {
	const names = new Set<string>();
	for (const r of rows) for (const i of r.indicators) names.add(i.name);
	return [...names];
}

export function needsCsv(rows: readonly NeedsRow[]): string {
	const names = indicatorColumns(rows);
	const header = [
		'校区ID',
		'校区名',
		'人口',
		'65歳以上',
		'75歳以上',
		'高齢単身世帯',
		'通いの場まで歩いて行ける65歳以上',
		'その割合（%）',
		'人口の出典',
		'注記',
		...names.flatMap((n) => [n, `${n}（単位・年・出典）`]),
	];
	const body = rows.map((r) => [
		r.id,
		r.name,
		r.population,
		r.age65,
		r.age75,
		r.elderly_single,
		r.age65_within_reach,
		r.reach_share,
		r.source,
		r.note,
		...names.flatMap((n) => {
			const i = r.indicators.find((x) => x.name === n);
			return i ? [i.value, `${i.unit}、${i.year}年、${i.source}${i.of ? `（${i.of}の値）` : ''}`] : ['', ''];
		}),
	]);
	return toCsv(header, body);
}

export function needsJson(rows: readonly NeedsRow[], generated: string): string {
	const districts = rows.map(({ detail: _detail, ...published }) => published);
	return `${JSON.stringify({ generated, note: `通いの場まで歩いて行けるかは直線距離です。${SMALL_AREA_NOTE}`, districts }, null, 1)}\n`;
}
