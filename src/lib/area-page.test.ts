import { describe, expect, test } from 'vitest';
import { contactLevels, markFirstMentions, placeAnchor } from './area-page.ts';

describe('each place once on an area page', () => {
	test('a place’s anchor is a plain id made from its kind and id', () => {
		expect(placeAnchor('salons', 'aoba/aoba-danchi-ikiiki-salon')).toBe('place-salons-aoba-aoba-danchi-ikiiki-salon');
		expect(placeAnchor('resources', 'a/b c')).toBe('place-resources-a-b-c');
	});
	test('the card goes where a place appears first; later mentions say where it is', () => {
		const marked = markFirstMentions(
			[
				{ name: '月曜日', items: ['salon', 'cafe'] },
				{ name: '火曜日', items: [] },
				{ name: '木曜日', items: ['walk', 'salon'] },
			],
			(s) => s,
		);
		expect(marked).toEqual([
			[
				{ item: 'salon', first: true, cardIn: '月曜日' },
				{ item: 'cafe', first: true, cardIn: '月曜日' },
			],
			[],
			[
				{ item: 'walk', first: true, cardIn: '木曜日' },
				{ item: 'salon', first: false, cardIn: '月曜日' },
			],
		]);
	});
	test('twice in one group: the second is a mention', () => {
		const [group] = markFirstMentions([{ name: '見守り', items: [{ id: 'x' }, { id: 'x' }] }], (r) => r.id);
		expect(group!.map((m) => m.first)).toEqual([true, false]);
	});
});

describe('the contacts a 校区 page shows', () => {
	const district = { name: '青葉', council: { name: '青葉会議' }, contact: { tel: '1' } };
	const zone = { name: '北部', council: { name: '北部会議' }, contact: { tel: '2' } };
	const town = { name: '市', council: { name: '第1層' }, contact: { tel: '3' } };
	test('its own contact at once; the 圏域 before the town after it', () => {
		expect(contactLevels([district, zone, town])).toEqual({ near: [district], wider: [zone, town] });
	});
	test('a 校区 without a contact shows its 協議体, then its 圏域’s 協議体 and contact, before the town’s', () => {
		const bare = { name: '上川', council: { name: '上川会議' } };
		expect(contactLevels([bare, zone, town])).toEqual({ near: [bare, zone], wider: [town] });
	});
	test('levels with neither are left out; with no contact anywhere, all are near', () => {
		const empty = { name: '空', council: undefined };
		const noContact = { name: '北部', council: { name: '北部会議' } };
		expect(contactLevels<{ name: string; council?: unknown }>([empty, noContact])).toEqual({ near: [noContact], wider: [] });
	});
});
