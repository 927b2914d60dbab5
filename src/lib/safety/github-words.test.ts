import { describe, expect, test } from 'vitest';
import { inertGitHubText } from './github-words.ts';

describe('words GitHub would act on', () => {
	test.each([
		['Fixes #1', 'Fixes ＃1'],
		['closes: owner/repo#22', 'closes: owner/repo＃22'],
		['Resolved https://github.com/o/r/issues/3', 'Resolved https：//github.com/o／issues/3'.replace('o／issues', 'o/r／issues')],
		['fix github.com/o/r/pull/4', 'fix github.com/o/r／pull/4'],
		['GH-5 を直す', 'GH－5 を直す'],
		['@someone と @org/team', '＠someone と ＠org/team'],
	])('%s → %s', (text, inert) => expect(inertGitHubText(text)).toBe(inert));
	test('ordinary names stay as they are', () => {
		for (const name of ['下川 夕日カフェ', 'サロン #A と 第3回', '100% 手作り', 'a@ b']) expect(inertGitHubText(name)).toBe(name);
	});
});
