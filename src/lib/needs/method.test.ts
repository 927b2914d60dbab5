import { describe, expect, test } from 'vitest';
import { sourceText } from './method.ts';

describe('sourceText', () => {
	test('a 2020 table names the 令和2年 census and its year', () => {
		expect(sourceText('T001141')).toEqual({ source: '総務省統計局「令和2年国勢調査」地域メッシュ統計（e-Stat T001141）', year: 2020 });
	});
	test('a 2015 table (T000847, as e-Stat delivers 広島県) names the 平成27年 census', () => {
		expect(sourceText('T000847')).toEqual({ source: '総務省統計局「平成27年国勢調査」地域メッシュ統計（e-Stat T000847）', year: 2015 });
	});
	test('an unknown table gives no year, so the import asks for --year', () => {
		expect(sourceText('T000609')).toEqual({ source: 'e-Stat 地域メッシュ統計（T000609）' });
	});
});
