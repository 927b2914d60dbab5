import { describe, expect, test } from 'vitest';
import { withConfirmation } from './confirm-lines.ts';
import { recordConfirmation } from './record.ts';

const FILE = [
	'---',
	'# サロンの情報',
	'name: 青葉 ゆうひカフェ',
	'yomi: あおば ゆうひかふぇ',
	'last_confirmed: 2025-09-15         # 最終確認日',
	'status: 活動中                     # 活動中 / 休止中 / 終了',
	'contact: { name: 青葉団地自治会, tel: 000-201-3101 }',
	'---',
	'',
	'毎回10人ほどが集まります。',
	'',
].join('\n');

describe('withConfirmation', () => {
	test('changes the date, adds confirmed_by just below it, keeps the comments and every other line', () => {
		const after = withConfirmation(FILE, { date: '2026-12-10', by: '電話' });
		const expected = FILE.replace(
			'last_confirmed: 2025-09-15         # 最終確認日',
			'last_confirmed: 2026-12-10         # 最終確認日\nconfirmed_by: 電話',
		);
		expect(after).toBe(expected);
	});
	test('an existing confirmed_by is replaced in place', () => {
		const once = withConfirmation(FILE, { date: '2026-01-10', by: '郵送' });
		const twice = withConfirmation(once, { date: '2026-12-10', by: '訪問' });
		expect(twice).toBe(
			FILE.replace('last_confirmed: 2025-09-15 ', 'last_confirmed: 2026-12-10 ').replace(
				'# 最終確認日',
				'# 最終確認日\nconfirmed_by: 訪問',
			),
		);
	});
	test('a CRLF file with a BOM stays CRLF with its BOM; only the confirmation lines differ', () => {
		const crlf = `\uFEFF${FILE.replace(/\n/g, '\r\n')}`;
		const after = withConfirmation(crlf, { date: '2026-12-10', by: 'メール' });
		expect(after.startsWith('\uFEFF---\r\n')).toBe(true);
		expect(after.replace(/\r\n/g, '')).not.toContain('\n');
		const before = crlf.split('\r\n');
		const lines = after.split('\r\n');
		expect(lines.filter((l) => !before.includes(l))).toEqual(['last_confirmed: 2026-12-10         # 最終確認日', 'confirmed_by: メール']);
		expect(before.filter((l) => !lines.includes(l))).toEqual(['last_confirmed: 2025-09-15         # 最終確認日']);
	});
	test('a change of status rewrites the status line and adds the note at the end of the body', () => {
		const after = withConfirmation(FILE, { date: '2026-12-10', by: '電話', status: '休止中', note: '会場の改修のため、4月まで休みます。' });
		expect(after).toContain('status: 休止中                     # 活動中 / 休止中 / 終了\n');
		expect(
			after.endsWith(
				'毎回10人ほどが集まります。\n\n2026年12月10日の確認では、お休みしていました（休止中）。会場の改修のため、4月まで休みます。\n',
			),
		).toBe(true);
	});
	test('recording the same change again changes nothing', () => {
		const change = { date: '2026-12-10', by: '電話', status: '終了', note: '会が解散しました。' } as const;
		const once = withConfirmation(FILE, change);
		expect(withConfirmation(once, change)).toBe(once);
	});
	test('an entry without a body gets the note as its body', () => {
		const bare = FILE.slice(0, FILE.indexOf('---\n\n') + 4);
		expect(
			withConfirmation(bare, { date: '2026-12-10', status: '終了', note: '会が解散しました。' }).endsWith(
				'---\n\n2026年12月10日の確認では、終了していました。会が解散しました。\n',
			),
		).toBe(true);
	});
	test('a file without front matter or without last_confirmed is refused, not guessed', () => {
		expect(() => withConfirmation('name: x\n', { date: '2026-12-10' })).toThrow('front matter');
		expect(() => withConfirmation('---\nname: x\n---\n', { date: '2026-12-10' })).toThrow('last_confirmed');
	});
	test("a nested last_confirmed (inside another field) is not mistaken for the entry's own", () => {
		const nested = '---\nsource:\n  last_confirmed: 2020-01-01\nlast_confirmed: 2025-01-01\n---\n';
		expect(withConfirmation(nested, { date: '2026-12-10' })).toBe(
			'---\nsource:\n  last_confirmed: 2020-01-01\nlast_confirmed: 2026-12-10\n---\n',
		);
	});
});

describe('recordConfirmation', () => {
	const salon = `---
name: 青葉 ゆうひカフェ
yomi: あおば ゆうひかふぇ
summary: お茶を飲みながら話します。
target: どなたでも
fields: [集いと交流]
service_class: 地域の助け合い
provider: { name: 青葉団地自治会, type: 自治会 }
category: カフェ
area: aoba
place: { name: 青葉集会所, address: ひだまり市青葉町1-1 }
schedule:
  rules:
    - { repeat: 毎週, weekdays: [水], start: 13:30, end: 15:00 }
contact: { name: 青葉団地自治会, tel: 000-201-3101 }
how_to_apply: 当日直接どうぞ
last_confirmed: 2025-09-15
status: 活動中
---
`;
	test('a valid file comes back with the change, validated', () => {
		const result = recordConfirmation(salon, 'salons', { date: '2026-12-10', by: '電話' });
		expect(result).toEqual({ text: salon.replace('last_confirmed: 2025-09-15', 'last_confirmed: 2026-12-10\nconfirmed_by: 電話') });
	});
	test('a status change with a note is accepted; a file the schema refuses is a problem, not a file', () => {
		const result = recordConfirmation(salon, 'salons', { date: '2026-12-10', by: '電話', status: '休止中', note: 'x' });
		expect('text' in result).toBe(true);
		const broken = recordConfirmation(salon.replace('status: 活動中', 'status: やすみ'), 'salons', { date: '2026-12-10' });
		expect(broken).toEqual({ problem: expect.stringContaining('status') });
	});
});
