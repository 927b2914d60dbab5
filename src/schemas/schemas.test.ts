import { describe, expect, test } from 'vitest';
import { areaSchema } from './areas.ts';
import { reportSchema } from './reports.ts';
import { resourceSchema } from './resources.ts';
import { salonSchema } from './salons.ts';
import { volunteerSchema } from './volunteers.ts';

const contact = { name: '青葉校区社会福祉協議会 事務局', tel: '000-201-1001' };

export function makeSalon(overrides: Record<string, unknown> = {}) {
	return {
		name: 'テストサロン',
		yomi: 'てすとさろん',
		category: 'いきいきサロン',
		summary: 'お茶を飲みながらおしゃべりします。',
		target: 'どなたでも',
		fields: ['集いと交流'],
		service_class: '地域の助け合い',
		provider: { name: 'テスト自治会', type: '自治会' },
		area: 'aoba',
		place: { name: '集会所', address: 'ひだまり市青葉町1-1', location: { lat: 34.84, lng: 135.62 } },
		schedule: { rules: [{ repeat: '毎週', weekdays: ['火'], start: '10:00', end: '12:00' }] },
		contact,
		how_to_apply: '当日直接お越しください。',
		last_confirmed: '2026-10-01',
		status: '活動中',
		...overrides,
	};
}

/** The field paths and messages a salon is refused with. */
function refusals(input: unknown): string[] {
	const r = salonSchema.safeParse(input);
	return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('valid entries are accepted', () => {
	test('a salon, with its date kept as the plain calendar day', () => {
		const salon = salonSchema.parse(makeSalon());
		expect(salon.last_confirmed).toBe('2026-10-01');
		expect(salon.schedule.rules[0]!.start).toBe('10:00');
	});
	test('full-width digits and dashes are folded as people type them', () => {
		const salon = salonSchema.parse(
			makeSalon({
				contact: { name: '事務局', tel: '０００－２０１－１００１' },
				place: { name: '集会所', address: '青葉町', postal_code: '０００ー００１１' },
			}),
		);
		expect(salon.contact.tel).toBe('000-201-1001');
		expect(salon.place.postal_code).toBe('000-0011');
	});
	test('numbers typed in full-width digits are read as numbers', () => {
		const salon = salonSchema.parse(
			makeSalon({
				capacity: '２５',
				cost: { amount: '１，０００' },
				place: { name: 'x', address: 'y', location: { lat: '３４．８４', lng: '１３５．６２' } },
			}),
		);
		expect(salon.capacity).toBe(25);
		expect(salon.cost?.amount).toBe(1000);
		expect(salon.place.location).toEqual({ lat: 34.84, lng: 135.62 });
	});
	test('a resource serving the whole city, without place or schedule', () => {
		const { category: _c, area: _a, place: _p, schedule: _s, ...rest } = makeSalon();
		expect(resourceSchema.safeParse({ ...rest, areas: ['hidamari'], service_class: '任意事業' }).success).toBe(true);
	});
	test('a volunteer opening', () => {
		const ok = volunteerSchema.safeParse({
			title: '見守りボランティア募集',
			yomi: 'みまもりぼらんてぃあ',
			summary: '月に一度、お宅を訪ねて声をかけます。',
			tasks: ['見守り'],
			fields: ['見守り'],
			area: 'aoba',
			provider: { name: '青葉校区社協', type: '校区社協' },
			when: '月1回',
			commitment: '1時間',
			how_to_apply: '電話で',
			contact,
			posted: '2026-10-01',
			open_until: '2027-03-31',
			last_confirmed: '2026-10-01',
			status: '活動中',
		});
		expect(ok.success).toBe(true);
	});
	test('a meeting report with participants counted by organisation and role', () => {
		const ok = reportSchema.safeParse({
			title: '第1回 会議',
			area: 'aoba',
			date: '2026-09-17',
			participants: [{ organisation: '自治会', role: '会長', count: 1 }],
			agenda: ['見守りについて'],
			actions: [{ what: '名簿を作る', owner: '自治会', status: '進行中' }],
		});
		expect(ok.success).toBe(true);
	});
	test('a 校区 with a GeoJSON boundary', () => {
		const ring = [
			[135.6, 34.82],
			[135.64, 34.82],
			[135.64, 34.86],
			[135.6, 34.86],
			[135.6, 34.82],
		];
		expect(
			areaSchema.safeParse({
				name: '青葉小学校区',
				yomi: 'あおば',
				level: '校区',
				parent: 'hokubu',
				center: { lat: 34.84, lng: 135.62 },
				boundary: { type: 'Polygon', coordinates: [ring] },
			}).success,
		).toBe(true);
	});
});

describe('a salon with a mistake is refused, naming the field', () => {
	test.each([
		['an unknown key (a typo)', { statsu: '活動中' }, ': 認識されていないキー: "statsu"'],
		['a missing name', { name: undefined }, 'name: '],
		['yomi in katakana', { yomi: 'テスト' }, 'yomi: よみがなは ひらがな'],
		['an activity field that does not exist', { fields: ['運動'] }, 'fields.0: 次のどれかを書いてください: 健康づくり'],
		['no activity field', { fields: [] }, 'fields: 活動分野（fields）を1つ以上'],
		['an unknown service class', { service_class: '⑦' }, 'service_class: 次のどれかを書いてください'],
		['an unknown provider type', { provider: { name: 'x', type: '会社' } }, 'provider.type: 次のどれかを書いてください'],
		['an unknown status', { status: '営業中' }, 'status: 次のどれかを書いてください: 活動中、休止中、終了'],
		['a phone number without area code', { contact: { name: 'x', tel: '841-1221' } }, 'contact.tel: 電話番号は市外局番から'],
		['a phone number with too few digits', { contact: { name: 'x', tel: '06-841-122' } }, 'contact.tel: 電話番号の桁数'],
		['an empty phone number', { contact: { name: 'x', tel: '' } }, 'contact.tel: 電話番号を書いてください'],
		['a contact with no way to reach it', { contact: { name: '事務局' } }, 'contact.tel: 連絡の方法'],
		['a javascript: link', { url: 'javascript:alert(1)' }, 'url: URL は https://'],
		['a postal code without hyphen', { place: { name: 'x', address: 'y', postal_code: '5730027' } }, 'place.postal_code: 郵便番号は'],
		[
			'latitude and longitude swapped',
			{ place: { name: 'x', address: 'y', location: { lat: 135.62, lng: 34.84 } } },
			'place.location: 緯度（lat）と経度（lng）が逆',
		],
		[
			'a point outside Japan',
			{ place: { name: 'x', address: 'y', location: { lat: 51.5, lng: -0.12 } } },
			'place.location: 日本の外の位置',
		],
		['an impossible date', { last_confirmed: '2026-02-30' }, 'last_confirmed: ありえない日付'],
		['a date written with slashes', { last_confirmed: '2026/10/01' }, 'last_confirmed: 日付は 2026-04-01 のように'],
		['a negative cost', { cost: { amount: -100 } }, 'cost.amount: 金額は 0 以上'],
		['a cost in words', { cost: { amount: '百円' } }, 'cost.amount: 金額は 0 以上の整数（円）'],
		['a capacity of zero', { capacity: 0 }, 'capacity: 定員は 1 以上'],
		['a prototype-polluting key', JSON.parse('{"__proto__": {"admin": true}}'), '__proto__'],
		['an area id in Japanese', { area: '青葉' }, 'area: 地域の id は'],
		[
			'a weekday in English',
			{ schedule: { rules: [{ repeat: '毎週', weekdays: ['Tue'] }] } },
			'schedule.rules.0.weekdays.0: 次のどれかを書いてください: 月、火',
		],
	])('%s', (_name, override, expected) => {
		const found = refusals(makeSalon(override));
		expect(found.join('\n')).toContain(expected);
	});
});
