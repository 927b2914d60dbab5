import { describe, expect, test } from 'vitest';
import { checkDigit, isRealCode, readMunicipalityCode } from './municipality-code.ts';

describe('全国地方公共団体コード', () => {
	test('the check digit of real codes, including remainders 0 and 1 (digits 1 and 0)', () => {
		// 札幌市 011002, 東京都 130001 (remainder 10), 大阪市 271004, 奈良県河合町 294276, 堺市 271403.
		expect(['01100', '13000', '27100', '29427', '27140'].map(checkDigit)).toEqual([2, 1, 4, 6, 3]);
		// 北海道 01000 → 010006; 13101 (千代田区) → 131016; 07201 (福島市) → 072010 (remainder 1).
		expect(['01000', '13101', '07201'].map(checkDigit)).toEqual([6, 6, 0]);
	});
	test('6 digits are checked; 5 are completed; full-width accepted', () => {
		expect(readMunicipalityCode('294276')).toEqual({ ok: true, code: '294276', completed: false });
		expect(readMunicipalityCode('２９４２７')).toEqual({ ok: true, code: '294276', completed: true });
		expect(readMunicipalityCode('294275')).toEqual({ ok: false, problem: expect.stringContaining('29427 なら 294276 です') });
	});
	test('placeholders and wrong shapes are refused', () => {
		expect(readMunicipalityCode('000000')).toMatchObject({ ok: false, problem: expect.stringContaining('01〜47') });
		expect(readMunicipalityCode('290009')).toMatchObject({ ok: false, problem: expect.stringContaining('都道府県そのもの') });
		expect(readMunicipalityCode('2942')).toMatchObject({ ok: false, problem: expect.stringContaining('6けた') });
		expect(readMunicipalityCode('294276', '滋賀県')).toMatchObject({ ok: false, problem: expect.stringContaining('奈良県の番号です') });
		expect(readMunicipalityCode('294276', '架空県').ok).toBe(true);
		expect([isRealCode('000000'), isRealCode(undefined), isRealCode('294276')]).toEqual([false, false, true]);
	});
});
