import { expect, test } from 'vitest';
import { readOptions } from './command-io.ts';

const HELP = '使い方: npm run example -- [--area 校区] [--dry-run]';
const options = { area: { type: 'string' }, 'dry-run': { type: 'boolean' } } as const;
const refusal = (args: string[]) => {
	try {
		readOptions({ args, options }, HELP);
	} catch (error) {
		return (error as Error).message;
	}
	return 'read';
};

test.each([
	[['--aera', 'aoba'], '「--aera」という指定はありません。'],
	[['-z'], '「-z」という指定はありません。'],
	[['--area'], '「--area」のあとに値を書いてください（例: --area 値）。'],
	[['--dry-run=yes'], '「--dry-run」には値をつけません（「--dry-run」だけを書きます）。'],
	[['aoba.csv'], '「aoba.csv」は読めません（このコマンドはファイル名などをとりません）。'],
])('%j is refused in Japanese, naming what was typed, with the help after it', (args, message) => {
	expect(refusal(args)).toBe(`${message}\n\n${HELP}`);
});

test('options it can read are read', () => {
	expect(readOptions({ args: ['--area', 'aoba', '--dry-run'], options }, HELP).values).toEqual({ area: 'aoba', 'dry-run': true });
});
