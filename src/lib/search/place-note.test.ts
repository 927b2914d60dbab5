import { describe, expect, test } from 'vitest';
import { placeNote } from './place-note.ts';

describe('the note beside a place in the keyword index', () => {
	test('weekdays and 校区', () => {
		expect(placeNote({ 曜日: ['水', '土'], 地域: ['青葉'] }, 6, '市内全域')).toBe('水・土曜　青葉');
		expect(placeNote({ 曜日: ['月'] }, 6, '市内全域')).toBe('月曜');
		expect(placeNote({ 地域: ['青葉', '中央'] }, 6, '市内全域')).toBe('青葉・中央');
	});
	test('many 校区 are shortened; all of them is the whole town', () => {
		expect(placeNote({ 地域: ['青葉', '中央', '松風'] }, 6, '市内全域')).toBe('青葉・中央 ほか');
		expect(placeNote({ 地域: ['a', 'b', 'c', 'd', 'e', 'f'] }, 6, '市内全域')).toBe('市内全域');
	});
	test('nothing known says nothing', () => {
		expect(placeNote({}, 6, '市内全域')).toBe('');
	});
});
