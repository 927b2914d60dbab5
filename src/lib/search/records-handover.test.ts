import { expect, test } from 'vitest';
import { awaitSearchRecords, handOverSearchRecords } from './records-handover.ts';
import type { SearchRecord } from './records.ts';

const record: SearchRecord = { url: '/salons/a/b/', text: '体操', title: 'たいそう', meta: {}, filters: {}, sort: { order: '0001' } };

test('records reach whoever waits for them during a build, and nobody once the build stops waiting', () => {
	const received: SearchRecord[][] = [];
	handOverSearchRecords([record]); // astro dev, the tests: nobody waits, nothing happens
	const stop = awaitSearchRecords((records) => received.push(records));
	handOverSearchRecords([record]);
	stop();
	handOverSearchRecords([record]);
	expect(received).toEqual([[record]]);
});

test('a build that stops waiting leaves a later build waiting in its place alone', () => {
	const received: string[] = [];
	const stopFirst = awaitSearchRecords(() => received.push('first'));
	const stopSecond = awaitSearchRecords(() => received.push('second'));
	stopFirst();
	handOverSearchRecords([record]);
	stopSecond();
	expect(received).toEqual(['second']);
});
