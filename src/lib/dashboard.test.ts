import { expect, test } from 'vitest';
import { confirmationProgress, dashboard } from './dashboard.ts';
import { contactKey, monthOfContact } from './reconfirm/campaign.ts';
import type { ConfirmEntry } from './reconfirm/entries.ts';

test('figures per 校区: fields, gaps, per 1,000, stale entries, open openings and issues', () => {
	const [aoba, empty] = dashboard({
		districts: [
			{ id: 'aoba', name: '青葉', population65: 2000 },
			{ id: 'kawa', name: '川原' },
		],
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
		issues: [
			{ area: 'aoba', status: '取組中' },
			{ area: 'aoba', status: '解決' },
		],
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

test("confirmation progress per 校区: the share confirmed within a year, the overdue entries, this month's campaign share", () => {
	let n = 0;
	const entry = (area: string, lastConfirmed: string, tel: string, status: ConfirmEntry['status'] = '活動中'): ConfirmEntry => {
		n++;
		return {
			collection: 'salons',
			id: `${area}/e${n}`,
			ref: `salons/${area}/e${n}`,
			file: '',
			name: `会${n}`,
			yomi: `かい${n}`,
			lastConfirmed,
			status,
			contact: { name: `会${n}`, tel },
			areaNames: [],
			data: { area },
		};
	};
	// A contact asked in December (its month from the campaign's own hash) and one asked in another month.
	const tels = Array.from({ length: 40 }, (_, i) => `000-000-${String(i).padStart(4, '0')}`);
	const december = tels.find((t) => monthOfContact(contactKey({ name: '会1', tel: t })) === 12)!;
	const entries = [
		entry('aoba', '2026-01-10', december), // 11 months: due, and its contact's month is December
		entry('aoba', '2025-06-01', '000-111-1111'), // over a year: overdue, in every month's share
		entry('aoba', '2026-11-01', '000-222-2222'),
		entry('aoba', '2020-01-01', '000-333-3333', '終了'),
		entry('kawa', '2026-10-01', '000-444-4444'),
	];
	const progress = confirmationProgress(
		[
			{ id: 'aoba', name: '青葉' },
			{ id: 'kawa', name: '川原' },
			{ id: 'none', name: '空' },
		],
		entries,
		'2026-12-06',
	);
	const [aoba, kawa, none] = progress.districts;
	expect([aoba!.total, aoba!.withinYear, aoba!.share]).toEqual([3, 2, 67]);
	expect(aoba!.overdue.map((e) => e.name)).toEqual(['会2']);
	expect(aoba!.thisMonth.map((e) => e.name)).toEqual(['会1', '会2']);
	expect([kawa!.share, kawa!.thisMonth.length]).toEqual([100, 0]);
	expect(none!.share).toBeUndefined();
	expect([progress.month, progress.contacts, progress.entries]).toEqual(['2026-12', 2, 2]);
});
