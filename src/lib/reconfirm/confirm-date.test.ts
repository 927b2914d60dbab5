import { expect, test } from 'vitest';
import { readConfirmDate } from './confirm-date.ts';

test.each([
	['2026-12-10', '2026-12-10'],
	['2026/12/1', '2026-12-01'],
	['２０２６年１２月１０日', '2026-12-10'],
])('%s is read as %s', (written, iso) => {
	expect(readConfirmDate(written, '2026-12-15')).toEqual({ date: iso });
});
test.each([
	['2026-02-30', 'ありえない日付'],
	['2026-12-16', '今日（2026-12-15）より後'],
	['12月10日', '読めません'],
	['1850-01-01', '1900年から'],
])('%s is refused: %s', (written, message) => {
	expect(readConfirmDate(written, '2026-12-15')).toEqual({ problem: expect.stringContaining(message) });
});
