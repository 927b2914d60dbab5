import { describe, expect, test } from 'vitest';
import { asOfDate, contactKey, monthOfContact, planCampaign } from './campaign.ts';
import type { ConfirmEntry } from './entries.ts';

let n = 0;
function entry(lastConfirmed: string, contact: ConfirmEntry['contact'], extra: Partial<ConfirmEntry> = {}): ConfirmEntry {
	n++;
	return {
		collection: 'salons',
		id: `a/e${n}`,
		ref: `salons/a/e${n}`,
		file: `e${n}.md`,
		name: `会${n}`,
		yomi: `かい${n}`,
		lastConfirmed,
		status: '活動中',
		contact,
		areaNames: ['青葉'],
		data: {},
		...extra,
	};
}
const club = { name: '青葉 老人クラブ', tel: '000-111-2222' };
const npo = { name: 'NPO法人 つなぐ', tel: '000-333-4444', email: 'info@tsunagu.example.jp' };

describe('planCampaign', () => {
	const entries = [
		entry('2025-12-01', club),
		entry('2026-01-05', { ...club, name: '青葉　老人クラブ' }), // the same organisation written with a full-width space
		entry('2026-02-01', club), // 10 months before today: not due
		entry('2025-10-01', { name: '青葉 老人クラブ', tel: '000-999-0000' }), // same name, other phone: another contact
		entry('2025-06-01', npo),
		entry('2024-01-01', { name: '終わった会', tel: '000-555-6666' }, { status: '終了' }),
		entry('2025-08-01', { name: '休んでいる会', tel: '000-777-8888' }, { status: '休止中' }),
	];
	const plan = planCampaign(entries, { today: '2026-12-06', dueMonths: 11 });

	test('takes the entries not confirmed for 11 months, except ended ones, each once', () => {
		const refs = plan.contacts.flatMap((g) => g.entries.map((e) => e.ref)).sort();
		expect(refs).toEqual([entries[0], entries[1], entries[3], entries[4], entries[6]].map((e) => e!.ref).sort());
	});
	test('groups by organisation and phone, the longest waiting first, numbered from 1', () => {
		expect(plan.contacts.map((g) => [g.number, g.contact.tel, g.entries.length])).toEqual([
			[1, '000-333-4444', 1],
			[2, '000-777-8888', 1],
			[3, '000-999-0000', 1],
			[4, '000-111-2222', 2],
		]);
		expect(plan.contacts[0]!.contact.email).toBe('info@tsunagu.example.jp');
	});
	test('--due-months changes what is due', () => {
		expect(planCampaign(entries, { today: '2026-12-06', dueMonths: 6 }).contacts.flatMap((g) => g.entries)).toHaveLength(6);
	});
});

describe("a month's share", () => {
	test('each contact has one month of the year, the same on every run', () => {
		const key = contactKey(club);
		expect(monthOfContact(key)).toBe(monthOfContact(contactKey({ ...club })));
		expect(monthOfContact(key)).toBeGreaterThanOrEqual(1);
		expect(monthOfContact(key)).toBeLessThanOrEqual(12);
	});
	test('1,200 contacts spread over the twelve months like a fair draw (each month within 35 of 100)', () => {
		const counts = Array<number>(13).fill(0);
		for (let i = 0; i < 1200; i++)
			counts[monthOfContact(contactKey({ name: `団体${i}`, tel: `000-${String(i).padStart(3, '0')}-0000` }))]!++;
		for (const c of counts.slice(1)) expect(Math.abs(c - 100)).toBeLessThan(35);
	});
	test('takes the contacts of that month, and any entry past a year whatever its month', () => {
		const contacts = Array.from({ length: 40 }, (_, i) => ({ name: `団体${i}`, tel: `000-100-${String(i).padStart(4, '0')}` }));
		const april = contacts.filter((c) => monthOfContact(contactKey(c)) === 4);
		const other = contacts.find((c) => monthOfContact(contactKey(c)) !== 4)!;
		const list = [...contacts.map((c) => entry('2026-05-20', c)), entry('2025-12-01', other)];
		const plan = planCampaign(list, { today: '2027-03-25', dueMonths: 11, month: '2027-04' });
		expect(plan.asOf).toBe('2027-04-30');
		expect(plan.contacts.map((g) => g.contact.tel).sort()).toEqual([...april.map((c) => c.tel), other.tel].sort());
	});
	test('the day a month counts to is its last day', () => {
		expect(asOfDate('2027-01-10', '2027-02')).toBe('2027-02-28');
		expect(asOfDate('2027-01-10')).toBe('2027-01-10');
	});
});
