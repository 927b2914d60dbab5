import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SAMPLE_CITY } from './content-dir.ts';
import { loadContent } from './content-files.ts';
import { countFiles, loadContentInParallel, runsOf, startReaders, takeRun } from './content-files-parallel.ts';
import { formatProblem } from './problems.ts';

const work = mkdtempSync(join(tmpdir(), 'sasaeai-parallel-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the check on every core', () => {
	it('lists the same problems and entries as reading on one thread, broken files included', async () => {
		const town = join(work, 'town');
		cpSync(SAMPLE_CITY, town, { recursive: true });
		const salons = readdirSync(join(town, 'salons'), { recursive: true })
			.filter((f) => String(f).endsWith('.md'))
			.map(String)
			.sort();
		writeFileSync(join(town, 'salons', salons[0]!), '---\nname: [閉じていない\n---\n本文\n');
		writeFileSync(join(town, 'salons', salons.at(-1)!), '---\nname: 名前だけ\n---\n本文\n');
		// A report naming a salon's number (an organisation's: fine) and another number (a warning).
		const report = join(town, 'reports', 'aoba', readdirSync(join(town, 'reports', 'aoba')).sort()[0]!);
		writeFileSync(report, `${readFileSync(report, 'utf8')}\n連絡先は 000-202-3423、当日は 090-1234-5678 へ。\n`);
		const options = { displayRoot: work, today: '2026-12-06' };
		const one = loadContent(town, options);
		// The sample city is read by a worker alone, then by a worker and this thread taking runs as they go.
		for (const readHere of [false, true]) {
			const sent: number[] = [];
			const both = await loadContentInParallel(town, options, {
				threads: 2,
				minFiles: 10,
				readHere,
				sentByWorker: (run) => sent.push(run),
			});
			if (!readHere) expect(sent.sort((a, b) => a - b)).toEqual([0, 1]); // the sample city: two runs, both read by the worker
			expect(both.problems.map(formatProblem)).toEqual(one.problems.map(formatProblem));
			expect(both.problems.filter((p) => p.severity === 'error').length).toBeGreaterThanOrEqual(2);
			expect(both.entries.map((e) => e.file)).toEqual(one.entries.map((e) => e.file));
			expect(both).toEqual(one);
		}
		const phones = one.problems.filter((p) => p.file.endsWith(report.split('/').slice(-3).join('/')) && p.field === '個人情報');
		expect(phones.map((p) => p.message)).toEqual([
			expect.stringContaining('電話番号 090-1234-5678 は、このサイトの団体・窓口の番号ではありません'),
		]);
		// Below the fewest files for a worker, the same on this thread alone.
		expect(await loadContentInParallel(town, options, { threads: 2 })).toEqual(one);
	}, 120_000);

	it('counts the files of a folder by name, down to the depth asked, to decide on workers before reading', () => {
		const folder = join(work, 'count');
		mkdirSync(join(folder, 'salons', 'aoba', 'deep'), { recursive: true });
		for (const file of ['site.yaml', 'salons/a.md', 'salons/aoba/b.md', 'salons/aoba/c.md', 'salons/aoba/deep/d.md'])
			writeFileSync(join(folder, file), '');
		expect(countFiles(folder)).toBe(5);
		expect(countFiles(folder, 1)).toBe(2);
		expect(countFiles(join(work, 'absent'))).toBe(0);
		expect(startReaders(folder, 2, 6)).toEqual([]);
		expect(startReaders(folder, 1, 1)).toEqual([]);
	});

	it('cuts the files into runs of consecutive files, in order, and hands out each run once', () => {
		expect(runsOf([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
		expect(runsOf([1], 2)).toEqual([[1]]);
		expect(runsOf([], 2)).toEqual([]);
		const counter = new Int32Array(new SharedArrayBuffer(4));
		expect([takeRun(counter), takeRun(counter), takeRun(counter)]).toEqual([0, 1, 2]);
	});
});
