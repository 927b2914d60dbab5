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

/** 「総務省統計局「令和2年国勢調査」地域メッシュ統計（T001141）」 for the 2020 tables. */
export function sourceText(statsId: string): { source: string; year?: number } {
	if (statsId.startsWith('T0011')) return { source: `総務省統計局「令和2年国勢調査」地域メッシュ統計（e-Stat ${statsId}）`, year: 2020 };
	return { source: `e-Stat 地域メッシュ統計（${statsId}）` };
}
