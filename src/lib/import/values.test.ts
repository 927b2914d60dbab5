import { describe, expect, test } from 'vitest';
import { frequencyWords, providerTypeOf, readPhone, readPostal, readUrl } from './values.ts';

describe('cell values by the schema’s own rules', () => {
	test('phones as the schema takes them; the area code in brackets is read', () => {
		expect(readPhone('(0776)72-0007')).toBe('0776-72-0007');
		expect(readPhone('０９０－６０４４－７３１１')).toBe('090-6044-7311');
		expect(readPhone('090-6044-73')).toBeUndefined();
		expect(readPhone('要問合せ')).toBeUndefined();
		expect(readPostal('5730027')).toBe('573-0027');
		expect(readUrl('javascript:alert(1)')).toBeUndefined();
	});
	test('a provider’s kind only from what its name or a 設置主体 column says', () => {
		expect(providerTypeOf('NPO法人 ほんまち縁側')).toBe('NPO');
		expect(providerTypeOf('社会福祉法人 さくら会')).toBe('社会福祉法人');
		expect(providerTypeOf('坂井市社会福祉協議会')).toBe('社会福祉協議会');
		expect(providerTypeOf('生きがい・交流政策課')).toBe('行政');
		expect(providerTypeOf('ボランティア団体')).toBe('ボランティア団体');
		expect(providerTypeOf('みんなの食堂')).toBeUndefined();
		expect(providerTypeOf('坂井木部地区まちづくり協議会ふれあい食堂実行委員会')).toBeUndefined();
	});
	test('開催頻度 codes of the 子ども食堂 layout in words; other text as written', () => {
		expect(frequencyWords('5')).toBe('月1回程度');
		expect(frequencyWords('８')).toBe('不定期');
		expect(frequencyWords('月2回')).toBe('月2回');
	});
});
