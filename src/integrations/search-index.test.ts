import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, test } from 'vitest';
import { serve } from '../../scripts/lib/serve-site.ts';
import { nodePagefind } from './node-pagefind.ts';
import { indexChunks, slimFragments } from './search-index.ts';

const work = mkdtempSync(join(tmpdir(), 'sasaeai-pagefind-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A Pagefind index of ten pages written by Pagefind itself, its fragments bundled past `maxFragments` pages. */
async function writeIndex(dir: string, maxFragments?: number): Promise<void> {
	const pagefind = await import('pagefind');
	const { index } = await pagefind.createIndex(maxFragments ? { maxFragments } : {});
	for (let i = 0; i < 10; i++) {
		await index!.addCustomRecord({
			url: `/salons/a/p${i}/`,
			content: `たいそう ${i} word${i}`,
			language: 'ja',
			meta: { title: `体操の会 ${i}`, kind: 'サロン・通いの場', ...(i === 3 ? { status: '休止中' } : {}) },
		});
	}
	await index!.writeFiles({ outputPath: dir });
	await pagefind.close();
}
const fragmentTexts = (dir: string) =>
	readdirSync(join(dir, 'fragment')).map((f) =>
		gunzipSync(readFileSync(join(dir, 'fragment', f)))
			.subarray(12)
			.toString('utf8'),
	);

describe('slimFragments: every page named once, no page text left in the fragments', () => {
	test.each([
		['one fragment file per page', undefined, 10],
		['fragments bundled into three files', 3, 3],
	])('%s', async (_label, maxFragments, files) => {
		const dir = join(work, `index-${maxFragments ?? 'each'}`);
		await writeIndex(dir, maxFragments);
		expect(readdirSync(join(dir, 'fragment'))).toHaveLength(files);
		expect(fragmentTexts(dir).join('')).toContain('word7');

		const cards = [...(await slimFragments(dir)).values()];
		expect(cards.map((c) => c.url).sort()).toEqual([...Array(10).keys()].map((i) => `/salons/a/p${i}/`).sort());
		expect(cards.find((c) => c.url === '/salons/a/p3/')?.meta).toMatchObject({
			title: '体操の会 3',
			kind: 'サロン・通いの場',
			status: '休止中',
		});
		const texts = fragmentTexts(dir).join('');
		expect(texts).not.toContain('word7');
		expect(texts).toContain('体操の会 7');
		// The metadata still lists the index chunks the search page preloads.
		const meta = readdirSync(dir).find((f) => f.endsWith('.pf_meta'))!;
		expect(indexChunks(join(dir, meta)).length).toBeGreaterThan(0);
	});
});

test("Pagefind's own client finds a page in a bundle of slimmed fragments and reads its card", async () => {
	const dir = join(work, 'site', 'pagefind');
	await writeIndex(dir, 3);
	await slimFragments(dir);
	const server = await serve(join(work, 'site'), '/');
	try {
		type Result = { data(): Promise<{ url: string; meta: Record<string, string> }> };
		const pagefind = await nodePagefind<{ init(): Promise<void>; search(q: string): Promise<{ results: Result[] }> }>(
			dir,
			`${server.url}/pagefind/`,
		);
		const { results } = await pagefind.search('word7');
		expect(results).toHaveLength(1);
		const data = await results[0]!.data();
		expect([data.url, data.meta['title']]).toEqual(['/salons/a/p7/', '体操の会 7']);
	} finally {
		await server.close();
	}
});
