import { describe, expect, test } from 'vitest';
import { salonSchema } from '../../schemas/salons.ts';
import { changedKeys, equivalent, fileData, formIssues, withHiddenFields } from './submission.ts';

describe('what the form writes', () => {
	test('the check’s corrections are written: full-width digits and times come out as the site reads them', () => {
		const typed = { cost: { amount: '３００' }, contact: { name: '窓口', tel: '０７２－８４１－１２２１' } };
		const output = { cost: { amount: 300 }, contact: { name: '窓口', tel: '072-841-1221' } };
		expect(fileData(typed, output)).toEqual(output);
	});
	test('a field left as it was keeps its original value (and so its lines in the file)', () => {
		const original = {
			capacity: 20,
			fields: ['集いと交流', '健康づくり'],
			schedule: { rules: [{ repeat: '毎週', weekdays: ['月'], start: '9:30' }] },
		};
		const typed = {
			capacity: 20,
			fields: ['健康づくり', '集いと交流'],
			schedule: { rules: [{ weekdays: ['月'], start: '9:30', repeat: '毎週' }] },
		};
		const output = {
			capacity: 20,
			fields: ['健康づくり', '集いと交流'],
			schedule: { rules: [{ repeat: '毎週', weekdays: ['月'], start: '09:30' }] },
		};
		expect(fileData(typed, output, original)).toEqual(original);
		expect(fileData({ ...typed, capacity: 25 }, { ...output, capacity: 25 }, original)).toEqual({ ...original, capacity: 25 });
	});
	test('fields the form does not show are carried over', () => {
		expect(withHiddenFields({ name: 'a' }, { name: 'b', source: { dataset: 'x', id: '1' } }, ['name'])).toEqual({
			name: 'a',
			source: { dataset: 'x', id: '1' },
		});
	});
	test('an empty required field says so plainly; other messages are the schema’s', () => {
		const typed = { name: '夕日カフェ', contact: { name: '窓口', tel: '12345' } };
		const result = salonSchema.safeParse(typed);
		expect(result.success).toBe(false);
		const issues = formIssues(result.error!.issues, typed);
		expect(issues.find((i) => i.path.join('.') === 'yomi')?.message).toBe('入れてください');
		expect(issues.find((i) => i.path.join('.') === 'contact.tel')?.message).toMatch(/電話番号/);
		expect(issues.every((i) => !/expected|期待されました/.test(i.message))).toBe(true);
	});
	test('changed fields are named', () => {
		expect(changedKeys({ a: 1, b: [1, 2], d: 'same' }, { a: 2, b: [2, 1], c: 'x', d: 'same' })).toEqual(['a', 'c']);
		expect(equivalent({ a: [1, 2] }, { a: ['2', 1] })).toBe(true);
	});
});
