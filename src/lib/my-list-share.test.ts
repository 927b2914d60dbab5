import { describe, expect, test } from 'vitest';
import { shareLinks, shareMessage } from './my-list-share.ts';

describe('「送る」: LINE, e-mail and SMS links carry the message and the list address', () => {
	const url = 'https://example.jp/my-list/?ids=salons/a/x,resources/b/y';
	const links = shareLinks(url, 2);
	test('each link opens its app with the whole message and the address, encoded', () => {
		expect(links.map((l) => l.label)).toEqual(['LINE で送る', 'メールで送る', 'ショートメッセージ（SMS）で送る']);
		expect(links[0]!.href.startsWith('https://line.me/R/share?text=')).toBe(true);
		expect(links[1]!.href.startsWith('mailto:?subject=')).toBe(true);
		expect(links[2]!.href.startsWith('sms:?&body=')).toBe(true);
		for (const link of links) {
			const body = decodeURIComponent(link.href.split(/text=|body=/)[1]!);
			expect(body).toBe(`${shareMessage(2)}\n${url}`);
			expect(link.href).not.toContain(',resources'); // the comma and slashes are encoded inside the parameter
		}
	});
	test('the message is short plain Japanese naming the count', () => {
		expect(shareMessage(5)).toContain('わたしのリスト（5か所）');
		expect(shareMessage(5).length).toBeLessThan(60);
	});
});
