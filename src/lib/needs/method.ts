/** The method, in words written beside the numbers (area files, the dashboard, docs/needs.md). */
import type { Method } from './apportion.ts';
import { LEVEL_NAMES, type MeshRect } from './mesh-code.ts';

const SECRET =
	'秘匿された値（*）は、e-Stat の説明のとおり合算先（HTKSAKI）のメッシュの数に含まれているので、そのメッシュの数として扱いました（二重には数えません。人口総数は秘匿されません）。';

export function methodText(method: Method, level: MeshRect['level']): string {
	const mesh = `e-Stat の地域メッシュ統計（${LEVEL_NAMES[level]}）`;
	const how =
		method === 'area'
			? `${mesh}の数を、メッシュの四角形のうち校区に入る面積の割合で按分しました（メッシュの中では一様に住んでいるとみなします）。`
			: `${mesh}の数を、メッシュの中心が入る校区にまとめて数えました。`;
	return `${how}${SECRET}端数は四捨五入しています。`;
}

/**
 * The censuses whose mesh tables are known by their statistics id: 2020 (T0011…, e.g. T001141) and 2015 (T0008…,
 * e.g. T000847, tests/fixtures/needs/tblT000847H34.csv).
 */
const CENSUSES = [
	{ prefix: 'T0011', name: '令和2年国勢調査', year: 2020 },
	{ prefix: 'T0008', name: '平成27年国勢調査', year: 2015 },
] as const;

/** 「総務省統計局「令和2年国勢調査」地域メッシュ統計（e-Stat T001141）」; a table of another census gives no year. */
export function sourceText(statsId: string): { source: string; year?: number } {
	const census = CENSUSES.find((c) => statsId.startsWith(c.prefix));
	if (census) return { source: `総務省統計局「${census.name}」地域メッシュ統計（e-Stat ${statsId}）`, year: census.year };
	return { source: `e-Stat 地域メッシュ統計（${statsId}）` };
}
