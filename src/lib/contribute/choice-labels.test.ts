import { expect, test } from 'vitest';
import { SERVICE_CLASS_VALUES } from '../../schemas/taxonomy.ts';
import { choiceLabel } from './choice-labels.ts';

test('each service class is offered with its number ①〜⑥ and a line saying what it is', () => {
	for (const value of SERVICE_CLASS_VALUES) expect(choiceLabel('service_class', value)).toMatch(new RegExp(`^[①-⑥] ${value} — .{6,}`));
	expect(choiceLabel('service_class', '地域の助け合い')).toBe('⑥ 地域の助け合い — 住民・ボランティアが自分たちで行う活動（サロンなど）');
	expect(choiceLabel('category', 'カフェ')).toBe('カフェ');
});
