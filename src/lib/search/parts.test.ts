import { describe, expect, test } from 'vitest';
import type { Filters, SearchIndex } from './answer.ts';
import { mergeLaterParts, PART_FILTER, partedIndex, partsAttribute, readPartsAttribute, splitIntoParts } from './parts.ts';

describe('splitIntoParts', () => {
	test('a town within the limit is one part, the records themselves', () => {
		expect(splitIntoParts([1, 2, 3], 3)).toEqual([[1, 2, 3]]);
		expect(splitIntoParts([], 3)).toEqual([[]]);
	});

	test('past the limit, parts of equal size in the records’ order, none over the limit, none lost', () => {
		const records = Array.from({ length: 10_001 }, (_, i) => i);
		const parts = splitIntoParts(records, 6000);
		expect(parts.map((p) => p.length)).toEqual([5001, 5000]);
		expect(parts.flat()).toEqual(records);
		expect(splitIntoParts(records, 3000).map((p) => p.length)).toEqual([2501, 2501, 2501, 2498]);
	});

	test('a part must hold a page', () => {
		expect(() => splitIntoParts([1], 0)).toThrow(/at least one page/);
	});
});

describe('partedIndex', () => {
	// Two parts merged as Pagefind merges them: a sorted search's score is the page's place in its own part.
	const parts = [
		['a1', 'a2', 'a3'],
		['b1', 'b2'],
	];
	const asked: (Filters | undefined)[] = [];
	const merged: SearchIndex<{ id: string; score: number }> = {
		async search(_term, options = {}) {
			asked.push(options.filters);
			const only = options.filters?.[PART_FILTER]?.any[0];
			const results = parts.flatMap((ids, p) =>
				only && only !== String(p + 1) ? [] : ids.map((id, place) => ({ id, score: options.sort ? -place : p + place })),
			);
			return { results: results.sort((a, b) => b.score - a.score) };
		},
	};

	test('a sorted search lists each part’s pages in turn, as one index would', async () => {
		const { results } = await partedIndex(merged, 2).search('x', { filters: { 地域: { any: ['青葉'] } }, sort: { order: 'asc' } });
		expect(results.map((r) => r.id)).toEqual(['a1', 'a2', 'a3', 'b1', 'b2']);
		expect(asked.slice(-2)).toEqual([
			{ 地域: { any: ['青葉'] }, [PART_FILTER]: { any: ['1'] } },
			{ 地域: { any: ['青葉'] }, [PART_FILTER]: { any: ['2'] } },
		]);
	});

	test('any other search is Pagefind’s own, and one part is the index itself', async () => {
		const { results } = await partedIndex(merged, 2).search('x');
		expect(results.map((r) => r.id)).toEqual(['a3', 'b2', 'a2', 'b1', 'a1']);
		expect(partedIndex(merged, 1)).toBe(merged);
	});
});

describe('the later parts, as the search page is told them and merges them', () => {
	const later = [
		{ folder: 'part-2/', tag: 'und-x-jabigram_6016535788cc518676fa72' },
		{ folder: 'part-3/', tag: 'und-x-jabigram_1dc2dbbdc9ef412b8d8166' },
	];
	test('written and read back alike; an index of one part has none', () => {
		expect(partsAttribute(later)).toBe('part-2/:und-x-jabigram_6016535788cc518676fa72 part-3/:und-x-jabigram_1dc2dbbdc9ef412b8d8166');
		expect(readPartsAttribute(partsAttribute(later))).toEqual(later);
		expect(readPartsAttribute('')).toEqual([]);
	});
	test('each merged from its folder with its tag, its filter and the first part’s options', async () => {
		const merged: [string, object][] = [];
		await mergeLaterParts({ mergeIndex: async (path, options) => void merged.push([path, options]) }, '/base/pagefind/', later, {
			baseUrl: '/',
		});
		expect(merged).toEqual([
			['/base/pagefind/part-2/', { baseUrl: '/', metaCacheTag: later[0]!.tag, mergeFilter: { [PART_FILTER]: '2' } }],
			['/base/pagefind/part-3/', { baseUrl: '/', metaCacheTag: later[1]!.tag, mergeFilter: { [PART_FILTER]: '3' } }],
		]);
		merged.length = 0;
		await mergeLaterParts(
			{ mergeIndex: async (path, options) => void merged.push([path, options]) },
			'http://127.0.0.1:1/',
			[{ folder: 'part-2/' }],
			{},
		);
		expect(merged).toEqual([['http://127.0.0.1:1/part-2/', { mergeFilter: { [PART_FILTER]: '2' } }]]);
	});
});
