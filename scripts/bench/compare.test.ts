import { describe, expect, it } from 'vitest';
import { compareFigures, comparisonMarkdown, comparisonText, recordFigures, type Figure } from './compare.ts';

const figures: Figure[] = [
	{ key: 'build_cpu_s', label: 'build CPU time', unit: 's', value: 33 },
	{ key: 'pagefind_bytes', label: 'Pagefind index', unit: 'MB', value: 9.5 },
	{ key: 'dist_files', label: 'files in dist/', unit: 'files', value: 7000 },
];
const recorded = { measured: '2026-12-06, quiet', figures: { build_cpu_s: 30, pagefind_bytes: 10 } };

describe('the benchmark compared with its recorded figures', () => {
	it('flags a figure that grew by more than 10 %, not one that shrank or has no record', () => {
		const rows = compareFigures(figures, recorded);
		expect(rows.map((r) => [r.label, r.before, r.grew])).toEqual([
			['build CPU time', 30, false],
			['Pagefind index', 10, false],
			['files in dist/', undefined, false],
		]);
		const slower = compareFigures([{ ...figures[0]!, value: 33.1 }], recorded);
		expect(slower[0]!.grew).toBe(true);
		expect(slower[0]!.change).toBeCloseTo(0.1033, 3);
	});

	it('prints each figure beside the recorded one, with the change and the flag', () => {
		const text = comparisonText(compareFigures([{ ...figures[0]!, value: 36 }, figures[2]!], recorded), recorded.measured);
		expect(text).toContain('2026-12-06, quiet');
		expect(text).toMatch(/build CPU time\s+36 s\s+30 s\s+\+20\.0 %\s+grew more than 10 %/);
		expect(text).toMatch(/files in dist\/\s+7,000 files\s+—\s+—/);
		expect(text).toContain('1 figure(s) grew by more than 10 %.');
	});

	it('writes a Markdown table for the step summary', () => {
		const md = comparisonMarkdown(compareFigures(figures, recorded), 2000, recorded.measured);
		expect(md).toContain('## Benchmark at 2,000 entries');
		expect(md).toContain('| build CPU time | 33 s | 30 s | +10.0 % |  |');
		expect(md).toContain('| Pagefind index | 9.50 MB | 10 MB | -5.0 % |  |');
	});

	it('records a run under its number of entries, keeping the other records', () => {
		const next = recordFigures({ '10000': recorded }, 2000, figures, 'now');
		expect(next['10000']).toEqual(recorded);
		expect(next['2000']).toEqual({ measured: 'now', figures: { build_cpu_s: 33, pagefind_bytes: 9.5, dist_files: 7000 } });
	});
});
