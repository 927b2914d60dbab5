/**
 * Cross-file checks no single schema can make: every area id an entry names exists and is of the right level,
 * and every salon's point lies inside its 校区. Used by src/lib/content.ts (the build stops on an error)
 * and by scripts/check-content.ts (which lists them all).
 */
import type { AreaData } from '../schemas/areas.ts';
import type { AreaLevel } from '../schemas/taxonomy.ts';
import { pointInBoundary } from './geo.ts';
import type { Problem } from './problems.ts';

export interface EntryRef {
	collection: string;
	id: string;
	file: string;
	data: Record<string, unknown>;
}

function listIds(areas: ReadonlyMap<string, AreaData>, levels: readonly AreaLevel[]): string {
	return [...areas]
		.filter(([, a]) => levels.includes(a.level))
		.map(([id, a]) => `${id}（${a.name}）`)
		.join('、');
}

/** Which area levels each collection's area field may name. */
const AREA_FIELDS: Record<string, { field: string; levels: readonly AreaLevel[]; many?: boolean }> = {
	salons: { field: 'area', levels: ['校区'] },
	resources: { field: 'areas', levels: ['校区', '圏域', '市'], many: true },
	volunteers: { field: 'area', levels: ['校区', '圏域', '市'] },
	reports: { field: 'area', levels: ['校区', '圏域', '市'] },
	localIssues: { field: 'area', levels: ['校区', '圏域', '市'] },
};

/** Reports name local issues, and issues name the entries that came out of them: those ids must exist. */
export function checkLinks(entries: readonly EntryRef[]): Problem[] {
	const ids = new Set(entries.map((e) => `${e.collection}/${e.id}`));
	const issueIds = new Set(entries.filter((e) => e.collection === 'localIssues').map((e) => e.id.split('/').pop()!));
	const problems: Problem[] = [];
	for (const e of entries) {
		if (e.collection === 'reports') {
			((e.data['issues'] as string[] | undefined) ?? []).forEach((id, i) => {
				if (!issueIds.has(id)) {
					problems.push({ severity: 'error', file: e.file, field: `issues.${i}`, path: ['issues', i], message: `「${id}」という地域課題はありません。content/local-issues/ のファイル名を書いてください。ある課題: ${[...issueIds].sort().join('、')}` });
				}
			});
		}
		if (e.collection === 'localIssues') {
			((e.data['outcomes'] as string[] | undefined) ?? []).forEach((ref, i) => {
				if (!ids.has(ref)) problems.push({ severity: 'error', file: e.file, field: `outcomes.${i}`, path: ['outcomes', i], message: `「${ref}」というページはありません` });
			});
		}
	}
	return problems;
}

export function checkReferences(entries: readonly EntryRef[], areas: ReadonlyMap<string, AreaData>): Problem[] {
	const problems: Problem[] = [];
	const error = (e: EntryRef, path: PropertyKey[], message: string) =>
		problems.push({ severity: 'error', file: e.file, field: path.map(String).join('.'), path, message });

	for (const e of entries) {
		if (e.collection === 'areas') {
			const area = e.data as unknown as AreaData;
			if (!area.parent) continue;
			const parent = areas.get(area.parent);
			const expected: AreaLevel[] = area.level === '校区' ? ['圏域', '市'] : ['市'];
			if (!parent || !expected.includes(parent.level)) {
				error(e, ['parent'], `「${area.parent}」という${expected.join('・')}はありません。使える id: ${listIds(areas, expected)}`);
			}
			continue;
		}
		const rule = AREA_FIELDS[e.collection];
		if (!rule) continue;
		const value = e.data[rule.field];
		const ids = (rule.many ? (value as string[]) : [value as string]) ?? [];
		ids.forEach((id, index) => {
			const area = areas.get(id);
			if (area && rule.levels.includes(area.level)) return;
			const path = rule.many ? [rule.field, index] : [rule.field];
			const what = rule.levels.length === 1 ? rule.levels[0] : '地域';
			const why = area ? `「${id}」は${area.level}です。ここには${rule.levels.join('・')}の id を書いてください` : `「${id}」という${what}はありません`;
			error(e, path, `${why}。使える id: ${listIds(areas, rule.levels)}`);
		});
		const location = (e.data['place'] as { location?: { lat: number; lng: number } } | undefined)?.location;
		const bounded = ids.map((id) => areas.get(id)).filter((a): a is AreaData => !!a?.boundary);
		if (location && bounded.length > 0 && !bounded.some((a) => pointInBoundary(location, a.boundary!))) {
			problems.push({
				severity: 'warning',
				file: e.file,
				field: 'place.location',
				path: ['place', 'location'],
				message: `位置が${bounded.map((a) => a.name).join('・')}の境界の外です。緯度・経度か、地域（${rule.field}）を確かめてください`,
			});
		}
	}
	return problems;
}
