import { expect, test } from 'vitest';
import { memoized } from './memo.ts';

test('each answer is made once, and all are forgotten when there are as many as the limit', () => {
	const asked: number[] = [];
	const double = memoized((n: number) => (asked.push(n), n * 2), 3);
	expect([1, 2, 1, 3, 2].map(double)).toEqual([2, 4, 2, 6, 4]);
	expect(asked).toEqual([1, 2, 3]);
	expect(double(4)).toBe(8); // the fourth answer: the three kept are forgotten first
	expect(double(1)).toBe(2);
	expect(asked).toEqual([1, 2, 3, 4, 1]);
});

test('an answer of undefined is kept too', () => {
	let made = 0;
	const nothing = memoized((_key: string) => void made++, 10);
	nothing('a');
	nothing('a');
	expect(made).toBe(1);
});
