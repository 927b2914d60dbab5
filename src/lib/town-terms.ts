/**
 * The words the site uses for a town's areas: 市・町・村・区 for the municipality, and the town's own word for
 * its 第2層 areas (校区, 地区, 日常生活圏域 …). Every page says these instead of a fixed 市 or 校区, so a 町 is never
 * called a 市. Pure: built from the site config and the area levels the town wrote.
 */
import { areaKind, DISTRICT_LEVELS, TOP_LEVELS, type AreaLevel } from '../schemas/taxonomy.ts';

export interface Terms {
	/** The municipality's name: ひだまり市, 川波町. */
	municipality: string;
	/** Its kind of municipality: 市, 町, 村 or 区. */
	top: (typeof TOP_LEVELS)[number];
	/** The word for a 第2層 area: 校区, 地区, 日常生活圏域 … */
	district: string;
	/** The word for the optional middle level. */
	zone: string;
}

/**
 * @param municipality the site's municipality name
 * @param levels the level of every area the town wrote
 * @param districtTerm the word set in site.yaml (district_term), which wins
 */
export function townTerms(municipality: string, levels: readonly AreaLevel[], districtTerm?: string): Terms {
	const topLevel = levels.find((l) => areaKind(l) === 'top') as Terms['top'] | undefined;
	const fromName = TOP_LEVELS.find((t) => municipality.endsWith(t));
	const districtLevels = levels.filter((l) => areaKind(l) === 'district');
	const counts = new Map<string, number>();
	for (const l of districtLevels) counts.set(l, (counts.get(l) ?? 0) + 1);
	const mostUsed = [...counts].sort(
		(a, b) => b[1] - a[1] || DISTRICT_LEVELS.indexOf(a[0] as never) - DISTRICT_LEVELS.indexOf(b[0] as never),
	)[0]?.[0];
	return { municipality, top: topLevel ?? fromName ?? '市', district: districtTerm ?? mostUsed ?? '校区', zone: '圏域' };
}
