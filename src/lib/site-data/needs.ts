/**
 * The built site's needs table: the town's areas and active salons read once (content.ts), for /data/needs.csv,
 * /data/needs.json and the dashboard's needs | supply | reach view.
 */
import { areas, areasTopDown, salons } from './content.ts';
import { needsRows, type NeedsRow } from '../needs/needs-table.ts';
import { reachPlaces } from '../needs/reach.ts';

let cached: NeedsRow[] | undefined;

export function siteNeeds(): NeedsRow[] {
	cached ??= needsRows(
		areasTopDown.map((a) => ({
			id: a.id,
			name: a.data.name,
			shortName: a.data.short_name,
			parent: a.data.parent,
			boundary: a.data.boundary,
			district: areas.districts.some((d) => d.id === a.id),
			indicators: a.data.indicators,
			population_65: a.data.population_65,
			population: a.data.population,
		})),
		reachPlaces(salons),
	);
	return cached;
}
