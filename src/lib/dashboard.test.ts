import { expect, test } from 'vitest';
import { dashboard } from './dashboard.ts';

test('figures per 校区: fields, gaps, per 1,000, stale entries, open openings and issues', () => {
	const [aoba, empty] = dashboard({
		districts: [{ id: 'aoba', name: '青葉', population65: 2000 }, { id: 'kawa', name: '川原' }],
		listings: [
			{ areas: ['aoba'], fields: ['健康づくり', '集いと交流'], status: '活動中', lastConfirmed: '2026-10-01' },
			{ areas: ['aoba', 'kawa'], fields: ['生活支援'], status: '活動中', lastConfirmed: '2025-01-01' },
			{ areas: ['aoba'], fields: ['見守り'], status: '休止中', lastConfirmed: '2024-01-01' },
			{ areas: ['aoba'], fields: ['地域貢献'], status: '終了', lastConfirmed: '2020-01-01' },
		],
		volunteers: [
			{ area: 'aoba', status: '活動中', openUntil: '2027-03-31' },
			{ area: 'aoba', status: '活動中', openUntil: '2026-08-31' },
			{ area: 'aoba', status: '活動中' },
		],
		issues: [{ area: 'aoba', status: '取組中' }, { area: 'aoba', status: '解決' }],
		today: '2026-11-23',
	});
	expect(aoba!.byField).toEqual({ 健康づくり: 1, 生活支援: 1, 見守り: 0, 集いと交流: 1, 参加と活動: 0, 地域貢献: 0 });
	expect(aoba!.gaps).toEqual(['見守り', '参加と活動', '地域貢献']);
	expect(aoba!.total).toBe(2);
	expect(aoba!.per1000).toBe(1);
	expect(aoba!.stale).toBe(2);
	expect(aoba!.openVolunteers).toBe(2);
	expect(aoba!.openIssues).toBe(1);
	expect(empty!.per1000).toBeUndefined();
	expect(empty!.total).toBe(1);
});
