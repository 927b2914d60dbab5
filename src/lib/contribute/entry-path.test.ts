import { describe, expect, test } from 'vitest';
import { entryFilesOf, entryPath, parseEntryPath, proposedName } from './entry-path.ts';

describe('entry paths', () => {
	test('a contributed file goes in its collection folder, under its area', () => {
		expect(parseEntryPath('salons/aoba/aoba-yuhi-cafe.md')).toEqual({
			collection: 'salons',
			area: 'aoba',
			name: 'aoba-yuhi-cafe',
			path: 'salons/aoba/aoba-yuhi-cafe.md',
		});
		expect(parseEntryPath('local-issues/chuo/chuo-kadai-20261124.md')?.collection).toBe('localIssues');
	});
	test.each([
		'../salons/aoba/x.md',
		'salons/../aoba/x.md',
		'salons/aoba/../../.github/workflows/x.md',
		'.github/workflows/x.md',
		'/salons/aoba/x.md',
		'salons/aoba/x.mdx',
		'salons/aoba/X.md',
		'salons/aoba/-x.md',
		'salons/aoba/.x.md',
		'salons/aoba/x y.md',
		'salons/aoba/ｘ.md',
		'salons\\aoba\\x.md',
		'salons/aoba/x.md\n',
		'areas/aoba.md',
		'salons/aoba/sub/x.md',
		'salons/aoba/x%2e.md',
	])('refuses %j', (path) => {
		expect(parseEntryPath(path)).toBeUndefined();
	});
	test('no path from an unsafe area or name', () => {
		expect(entryPath('salons', '../x', 'a')).toBeUndefined();
		expect(entryPath('salons', 'aoba', 'a--b')).toBeUndefined();
	});
	test('file names come from the reading, once prefixed with the area', () => {
		expect(proposedName('aoba', 'ゆうひ かふぇ', '夕日カフェ', 'salon')).toBe('aoba-yuhi-kafe');
		expect(proposedName('aoba', 'あおば いきいき', '', 'salon')).toBe('aoba-ikiiki');
		expect(proposedName('aoba', '', 'Cafe 夕日', 'salon')).toBe('aoba-cafe');
		expect(proposedName('aoba', '', '夕日', 'salon')).toBe('aoba-salon');
	});
});

describe('entryFilesOf: one file per area and kind for the form to read', () => {
	test('a salon of 青葉 is read from salons/aoba.json, an opening of 中央 from volunteers/chuo.json', () => {
		expect(entryFilesOf(parseEntryPath('salons/aoba/aoba-yuuhi-cafe.md')!)).toBe('salons/aoba.json');
		expect(entryFilesOf({ collection: 'volunteers', area: 'chuo' })).toBe('volunteers/chuo.json');
	});
});
