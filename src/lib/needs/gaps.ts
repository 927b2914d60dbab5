/**
 * Gaps between needs and supply per 校区, in words: where the share of people aged 65+ within walking reach of
 * a place to go is low, and where many 高齢単身世帯 meet low reach. Compared with the town's own figures (the
 * median of its 校区), not with a national norm: a coordinator's question is 「うちの町のどこから」.
 */
export interface GapInput {
	id: string;
	/** Share (0–1) of 65+ within walking reach, if known. */
	reachShare?: number | undefined;
	/** 高齢単身世帯 per 65+ resident, if known. */
	singleRate?: number | undefined;
	/** Active places per 1,000 residents aged 65+, if known. */
	per1000?: number | undefined;
}

export interface Gap {
	/** A short key for the pattern the page draws: 'reach' | 'single-and-reach' | 'supply'. */
	kind: 'reach' | 'single-and-reach' | 'supply';
	words: string;
}

function median(values: number[]): number | undefined {
	if (!values.length) return undefined;
	const s = [...values].sort((a, b) => a - b);
	const mid = Math.floor(s.length / 2);
	return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function needsGaps(rows: readonly GapInput[], radius = 500): Map<string, Gap[]> {
	const reachMedian = median(rows.flatMap((r) => (r.reachShare === undefined ? [] : [r.reachShare])));
	const singleMedian = median(rows.flatMap((r) => (r.singleRate === undefined ? [] : [r.singleRate])));
	const supplyMedian = median(rows.flatMap((r) => (r.per1000 === undefined ? [] : [r.per1000])));
	const out = new Map<string, Gap[]>();
	for (const r of rows) {
		const gaps: Gap[] = [];
		const lowReach = r.reachShare !== undefined && (r.reachShare < 0.5 || (reachMedian !== undefined && r.reachShare < reachMedian));
		if (lowReach && r.singleRate !== undefined && singleMedian !== undefined && r.singleRate > singleMedian) {
			gaps.push({
				kind: 'single-and-reach',
				words: `高齢単身世帯が町の中ほどより多く、通いの場まで ${radius} m 以内の 65歳以上が町の中ほどより少ない`,
			});
		} else if (lowReach) {
			gaps.push({
				kind: 'reach',
				words: `通いの場まで ${radius} m 以内に住む 65歳以上が${r.reachShare! < 0.5 ? '半分に届かない' : '町の中ほどより少ない'}`,
			});
		}
		if (r.per1000 !== undefined && supplyMedian !== undefined && r.per1000 < supplyMedian / 2)
			gaps.push({ kind: 'supply', words: '65歳以上 1,000人あたりの場所の数が、町の中ほどの半分に届かない' });
		out.set(r.id, gaps);
	}
	return out;
}
