import { describe, expect, it } from 'vitest';
import { buildDate, freshnessNotice, leavesLists, leftOutLine, withoutLongUnconfirmed } from './freshness.ts';

describe('freshness', () => {
	it('tells residents only past twelve months, with the month of the last confirmation', () => {
		expect(freshnessNotice('2025-12-06', '2026-12-06')).toBeUndefined();
		expect(freshnessNotice('2025-03-15', '2026-12-06')).toBe('この情報は1年以上確認されていません（最終確認日 2025年3月）');
		expect(freshnessNotice('2025-12-05', '2026-12-06')).toBe('この情報は1年以上確認されていません（最終確認日 2025年12月）');
		expect(freshnessNotice(undefined, '2026-12-06')).toBeUndefined();
	});
	it('takes an entry off the lists only past twenty-four months, keeping the order of the rest', () => {
		expect(leavesLists('2024-12-06', '2026-12-06')).toBe(false);
		expect(leavesLists('2024-12-05', '2026-12-06')).toBe(true);
		const items = [
			{ n: 'c', d: '2026-01-01' },
			{ n: 'a', d: '2020-01-01' },
			{ n: 'b', d: '2025-01-01' },
		];
		const { kept, leftOut } = withoutLongUnconfirmed(items, (i) => i.d, '2026-12-06');
		expect(kept.map((i) => i.n)).toEqual(['c', 'b']);
		expect(leftOut).toBe(1);
		expect(leftOutLine(leftOut)).toBe('2年以上確認されていない 1 件は載せていません');
		expect(leftOutLine(0)).toBeUndefined();
	});
	it('builds for SASAEAI_TODAY when set, else for today in Japan', () => {
		expect(buildDate({ SASAEAI_TODAY: '2027-04-01' })).toBe('2027-04-01');
		expect(buildDate({}, new Date('2026-12-06T16:00:00Z'))).toBe('2026-12-07');
		expect(() => buildDate({ SASAEAI_TODAY: 'tomorrow' })).toThrow('SASAEAI_TODAY「tomorrow」は日付ではありません');
	});
});
