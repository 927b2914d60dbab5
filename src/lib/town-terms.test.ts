import { describe, expect, test } from 'vitest';
import { townTerms } from './town-terms.ts';

describe('the words a town uses for its areas', () => {
	test('a city of 校区 (the default)', () => {
		expect(townTerms('ひだまり市', ['市', '圏域', '校区', '校区'])).toEqual({
			municipality: 'ひだまり市',
			top: '市',
			district: '校区',
			zone: '圏域',
		});
	});
	test('a 町 of 地区: the words come from the levels the town wrote', () => {
		expect(townTerms('川波町', ['町', '地区', '地区', '地区'])).toMatchObject({ top: '町', district: '地区' });
	});
	test('a 村 with no area files yet: the kind comes from its name', () => {
		expect(townTerms('山里村', [])).toMatchObject({ top: '村', district: '校区' });
	});
	test('a 区 of a 政令市 whose 第2層 areas are 日常生活圏域', () => {
		expect(townTerms('北区', ['区', '日常生活圏域'])).toMatchObject({ top: '区', district: '日常生活圏域' });
	});
	test('site.yaml district_term wins over the levels', () => {
		expect(townTerms('川波町', ['町', '校区'], '地区')).toMatchObject({ district: '地区' });
	});
	test('mixed words: the one most areas use', () => {
		expect(townTerms('x町', ['町', '小学校区', '中学校区', '中学校区'])).toMatchObject({ district: '中学校区' });
	});
});

import { repositoryPath } from './content-dir.ts';
describe('the path an edit link opens', () => {
	test("a town's file is under content/, the sample's under src/sample-city/, wherever the build ran", () => {
		expect(repositoryPath('/tmp/town/salons/a/x.md', { SASAEAI_CONTENT: '/tmp/town' }, '/work/repo')).toBe('content/salons/a/x.md');
		expect(
			repositoryPath('../../../work/repo/src/sample-city/salons/a/x.md', { SASAEAI_CONTENT: '/work/repo/src/sample-city' }, '/tmp/root/x'),
		).toBe('src/sample-city/salons/a/x.md');
		expect(repositoryPath('content/salons/a/x.md', {}, '/work/repo')).toBe('content/salons/a/x.md');
	});
});
