/**
 * The benchmark's regression guard (npm run bench -- --compare): each figure beside the last recorded one
 * (docs/performance-baseline.json, one record per number of entries), flagged when it grew by more than
 * GROWTH_LIMIT. Every figure is "less is better" (seconds, bytes, files, ratios). A report, never a verdict:
 * CI machines are noisy, so the lead reads it (GitHub's step summary) instead of a test failing on it.
 * Pure: reading and writing the file is bench.ts's.
 */

/** A figure grown by more than this share is flagged. */
export const GROWTH_LIMIT = 0.1;

export interface Figure {
	/** Stable key in the baseline file. */
	key: string;
	label: string;
	unit: string;
	value: number;
}

export interface BaselineRecord {
	/** When and how the figures were taken (machine, load): a figure means little without it. */
	measured: string;
	figures: Record<string, number>;
}

/** docs/performance-baseline.json: a record per number of entries ("2000"). */
export type Baseline = Record<string, BaselineRecord>;

export interface ComparedRow {
	label: string;
	unit: string;
	now: number;
	before: number | undefined;
	/** now / before − 1; undefined without a recorded figure. */
	change: number | undefined;
	grew: boolean;
}

export function compareFigures(figures: readonly Figure[], recorded: BaselineRecord | undefined): ComparedRow[] {
	return figures.map((f) => {
		const before = recorded?.figures[f.key];
		const change = before === undefined || before === 0 ? undefined : f.value / before - 1;
		return {
			label: f.label,
			unit: f.unit,
			now: f.value,
			before,
			change,
			grew: before !== undefined && before > 0 && f.value > before * (1 + GROWTH_LIMIT),
		};
	});
}

const number = (value: number) => (Number.isInteger(value) ? value.toLocaleString('en-US') : value.toFixed(value < 10 ? 2 : 1));
const percent = (change: number | undefined) => (change === undefined ? '—' : `${change >= 0 ? '+' : ''}${(change * 100).toFixed(1)} %`);
const flag = (row: ComparedRow) => (row.grew ? `grew more than ${GROWTH_LIMIT * 100} %` : '');

/** The comparison as aligned text, for the terminal. */
export function comparisonText(rows: readonly ComparedRow[], measured: string | undefined): string {
	const lines = [`compared with the recorded figures (${measured ?? 'none recorded for this number of entries'}):`];
	for (const r of rows) {
		lines.push(
			`${r.label.padEnd(46)} ${`${number(r.now)} ${r.unit}`.padStart(14)} ${(r.before === undefined ? '—' : `${number(r.before)} ${r.unit}`).padStart(14)} ${percent(r.change).padStart(9)}  ${flag(r)}`,
		);
	}
	const grown = rows.filter((r) => r.grew).length;
	lines.push(
		grown ? `${grown} figure(s) grew by more than ${GROWTH_LIMIT * 100} %.` : `No figure grew by more than ${GROWTH_LIMIT * 100} %.`,
	);
	return lines.join('\n');
}

/** The comparison as a Markdown table, for GitHub's step summary. */
export function comparisonMarkdown(rows: readonly ComparedRow[], n: number, measured: string | undefined): string {
	const cell = (s: string) => s.replace(/\|/g, '\\|');
	return [
		`## Benchmark at ${n.toLocaleString('en-US')} entries`,
		'',
		`Recorded figures: ${cell(measured ?? 'none for this number of entries')}. A report, not a test: CI machines are noisy; CPU seconds and sizes are steadier than wall time.`,
		'',
		'| figure | now | recorded | change | |',
		'| --- | ---: | ---: | ---: | --- |',
		...rows.map(
			(r) =>
				`| ${cell(r.label)} | ${number(r.now)} ${r.unit} | ${r.before === undefined ? '—' : `${number(r.before)} ${r.unit}`} | ${percent(r.change)} | ${r.grew ? '⚠ ' + flag(r) : ''} |`,
		),
		'',
	].join('\n');
}

/** The baseline with this run's figures recorded for `n` entries (the others kept), to three decimals. */
export function recordFigures(baseline: Baseline, n: number, figures: readonly Figure[], measured: string): Baseline {
	return {
		...baseline,
		[String(n)]: { measured, figures: Object.fromEntries(figures.map((f) => [f.key, Math.round(f.value * 1000) / 1000])) },
	};
}
