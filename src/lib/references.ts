/**
 * Cross-file checks no single schema can make: every area id an entry names exists and is of the right kind
 * (a salon's area is a 第2層 area: 校区, 地区 …; a resource may name the 圏域 or the municipality too),
 * and every salon's point lies inside its 校区. Used by src/lib/site-data/content.ts (the build stops on an error)
 * and by scripts/check-content.ts (which lists them all).
 */
import type { AreaData } from '../schemas/areas.ts';
import { areaKind, type AreaKind } from '../schemas/taxonomy.ts';
import { pointInBoundary } from './geo.ts';
import { KIND_LIST, type Kind } from './kinds.ts';
import type { Problem } from './problems.ts';

export interface EntryRef {
	collection: string;
	id: string;
	file: string;
	data: Record<string, unknown>;
}

function listIds(areas: ReadonlyMap<string, AreaData>, kinds: readonly AreaKind[]): string {
	const ids = [...areas].filter(([, a]) => kinds.includes(areaKind(a.level))).map(([id, a]) => `${id}（${a.name}）`);
	return ids.length ? ids.join('、') : '（まだありません。content/areas/ に地域のファイルを作ってください）';
}

/** The words this town's own area files use for each kind (町 not 市, 地区 not 校区), for messages. */
function kindWords(areas: ReadonlyMap<string, AreaData>): Record<AreaKind, string> {
	const word = (kind: AreaKind, fallback: string) => [...areas.values()].find((a) => areaKind(a.level) === kind)?.level ?? fallback;
	return { top: word('top', '市町村'), zone: word('zone', '圏域'), district: word('district', '校区') };
}

/** Which kinds of area each collection's area field may name (from the table of kinds). */
const areaFields = (kinds: readonly Kind[]): Map<string, NonNullable<Kind['areas']>> =>
	new Map(kinds.flatMap((k) => (k.areas ? [[k.key, k.areas] as const] : [])));

/** Reports name local issues, and issues name the entries that came out of them: those ids must exist. */
export function checkLinks(entries: readonly EntryRef[]): Problem[] {
	const ids = new Set(entries.map((e) => `${e.collection}/${e.id}`));
	const issueIds = new Set(entries.filter((e) => e.collection === 'localIssues').map((e) => e.id.split('/').pop()!));
	const problems: Problem[] = [];
	for (const e of entries) {
		if (e.collection === 'reports') {
			((e.data['issues'] as string[] | undefined) ?? []).forEach((id, i) => {
				if (!issueIds.has(id)) {
					problems.push({
						severity: 'error',
						file: e.file,
						field: `issues.${i}`,
						path: ['issues', i],
						message: `「${id}」という地域課題はありません。content/local-issues/ のファイル名を書いてください。ある課題: ${[...issueIds].sort().join('、')}`,
					});
				}
			});
		}
		if (e.collection === 'localIssues') {
			((e.data['outcomes'] as string[] | undefined) ?? []).forEach((ref, i) => {
				if (!ids.has(ref))
					problems.push({
						severity: 'error',
						file: e.file,
						field: `outcomes.${i}`,
						path: ['outcomes', i],
						message: `「${ref}」というページはありません`,
					});
			});
		}
	}
	return problems;
}

export function checkReferences(
	entries: readonly EntryRef[],
	areas: ReadonlyMap<string, AreaData>,
	kinds: readonly Kind[] = KIND_LIST,
): Problem[] {
	const problems: Problem[] = [];
	const rules = areaFields(kinds);
	const words = kindWords(areas);
	const say = (kinds: readonly AreaKind[]) => kinds.map((k) => words[k]).join('・');
	const error = (e: EntryRef, path: PropertyKey[], message: string) =>
		problems.push({ severity: 'error', file: e.file, field: path.map(String).join('.'), path, message });

	for (const e of entries) {
		if (e.collection === 'areas') {
			const area = e.data as unknown as AreaData;
			if (!area.parent) continue;
			const parent = areas.get(area.parent);
			const expected: AreaKind[] = areaKind(area.level) === 'district' ? ['zone', 'top'] : ['top'];
			if (!parent || !expected.includes(areaKind(parent.level))) {
				error(e, ['parent'], `「${area.parent}」という${say(expected)}はありません。使える id: ${listIds(areas, expected)}`);
			}
			continue;
		}
		const rule = rules.get(e.collection);
		if (!rule) continue;
		const value = e.data[rule.field];
		const ids = (rule.many ? (value as string[]) : [value as string]) ?? [];
		ids.forEach((id, index) => {
			const area = areas.get(id);
			if (area && rule.kinds.includes(areaKind(area.level))) return;
			const path = rule.many ? [rule.field, index] : [rule.field];
			const what = rule.kinds.length === 1 ? words[rule.kinds[0]!] : '地域';
			const why = area
				? `「${id}」は${area.level}です。ここには${say(rule.kinds)}の id を書いてください`
				: `「${id}」という${what}はありません`;
			error(e, path, `${why}。使える id: ${listIds(areas, rule.kinds)}`);
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
