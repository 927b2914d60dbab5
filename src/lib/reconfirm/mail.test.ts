import { describe, expect, test } from 'vitest';
import { planCampaign } from './campaign.ts';
import type { ConfirmEntry } from './entries.ts';
import { contactMail, emlText, encodedWords, mailtoLink } from './mail.ts';
import { confirmUrl } from './view.ts';

const site = {
	title: '川波町 ささえあいマップ',
	municipality: '川波町',
	site_url: 'https://kawanami-shakyo.github.io',
	base: '/kawanami-guide/',
	contact: { name: '川波町社会福祉協議会', tel: '000-300-0001', email: 'info@kawanami-shakyo.example.jp' },
};
const salon = (id: string, contact: ConfirmEntry['contact']): ConfirmEntry => ({
	collection: 'salons',
	id: `shimogawa/${id}`,
	ref: `salons/shimogawa/${id}`,
	file: `${id}.md`,
	name: `駅前えんがわ ${id}`,
	yomi: 'えきまえ',
	lastConfirmed: '2025-10-21',
	status: '活動中',
	contact,
	areaNames: ['下川'],
	data: {
		schedule: { rules: [{ repeat: '毎週', weekdays: ['水'], start: '10:00', end: '15:00' }] },
		place: { name: '駅前えんがわ', address: '川波町下川1-1' },
		cost: { amount: 100, per: '1回' },
		how_to_apply: '当日直接どうぞ',
	},
});
const plan = planCampaign(
	[
		salon('a', { name: 'NPO法人 かわなみ暮らしネット', tel: '000-300-1202', email: 'engawa@kawanami-kurashi.example.jp' }),
		salon('b', { name: '下川 自治会', tel: '000-300-1201' }),
	],
	{ today: '2026-12-06', dueMonths: 11 },
);
const [npo, club] = [plan.contacts.find((g) => g.contact.email)!, plan.contacts.find((g) => !g.contact.email)!];
const decodeWords = (header: string) =>
	header.replace(/\r\n /g, '').replace(/=\?UTF-8\?B\?([^?]*)\?=/g, (_m, b64: string) => Buffer.from(b64, 'base64').toString('utf8'));

describe('the e-mail to a contact', () => {
	test('only for a contact with an address', () => {
		expect(contactMail(club, site)).toBeUndefined();
		expect(contactMail(npo, site)?.to).toBe('engawa@kawanami-kurashi.example.jp');
	});
	test('plain Japanese with the entry as residents read it and its confirm link, never YAML', () => {
		const mail = contactMail(npo, site)!;
		expect(mail.body).toContain('■ 駅前えんがわ a');
		expect(mail.body).toContain('いつ: 毎週水曜 10:00〜15:00');
		expect(mail.body).toContain('費用: 1回100円');
		expect(mail.body).toContain('確認のページ: https://kawanami-shakyo.github.io/kawanami-guide/send/salons/?confirm=shimogawa/a');
		expect(mail.body).not.toMatch(/^\s*[a-z_]+:/m);
	});
	test('the .eml has MIME headers, an encoded subject that decodes back, and a base64 UTF-8 body', () => {
		const mail = contactMail(npo, site)!;
		const eml = emlText(mail, site.contact, new Date('2026-12-06T01:00:00Z'));
		const [head, body] = eml.split('\r\n\r\n');
		expect(head).toContain('MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64');
		expect(head).toContain('To: engawa@kawanami-kurashi.example.jp');
		for (const line of head!.split('\r\n')) expect(line.length).toBeLessThanOrEqual(78);
		expect(head).not.toMatch(/[^\x00-\x7F]/);
		expect(decodeWords(/Subject: ([\s\S]*?)\r\n(?! )/.exec(`${head}\r\n`)![1]!)).toBe(mail.subject);
		expect(Buffer.from(body!.replace(/\r\n/g, ''), 'base64').toString('utf8')).toBe(mail.body.replace(/\n/g, '\r\n'));
	});
	test('encoded words split between characters, never inside one', () => {
		const long = '【川波町 ささえあいマップ】のせている情報の確認のお願い（NPO法人 かわなみ暮らしネット）😀';
		expect(decodeWords(encodedWords(long))).toBe(long);
	});
	test('the mailto: link carries the subject and body', () => {
		const mail = contactMail(npo, site)!;
		const url = new URL(mailtoLink(mail));
		expect(url.pathname).toBe('engawa@kawanami-kurashi.example.jp');
		expect(url.searchParams.get('subject')).toBe(mail.subject);
		expect(url.searchParams.get('body')).toBe(mail.body.replace(/\n/g, '\r\n'));
	});
});

test("the confirm URL is under the site's base path", () => {
	expect(confirmUrl(site, { collection: 'resources', id: 'kamigawa/x' })).toBe(
		'https://kawanami-shakyo.github.io/kawanami-guide/send/resources/?confirm=kamigawa/x',
	);
	expect(confirmUrl({ site_url: 'https://example.jp/', base: '/' }, { collection: 'volunteers', id: 'a/b' })).toBe(
		'https://example.jp/send/volunteers/?confirm=a/b',
	);
});
