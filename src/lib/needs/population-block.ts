/**
 * The `population` block an area file gets from `npm run import-population`: the counts rounded to whole people,
 * with source, year and method, put at the end of the front matter. The rest of the file is kept as written
 * (comments, order, the boundary's layout): only an old `population:` block and the hand-typed `population_65:`
 * line are taken out, as the block replaces them.
 */
import { Document } from 'yaml';
import type { Counts, Measure } from './estat-table.ts';

export interface PopulationBlock {
	total: number;
	age65?: number;
	age75?: number;
	age85?: number;
	households?: number;
	elderly_single?: number;
	elderly_couple?: number;
	source: string;
	year: number;
	method: string;
	/** 65+ of each mesh touching the area (whole-mesh counts, as published), for walking reach at build time. */
	age65_by_mesh?: Record<string, number>;
}

const KEYS: [Measure, keyof PopulationBlock][] = [
	['total', 'total'],
	['age65', 'age65'],
	['age75', 'age75'],
	['age85', 'age85'],
	['households', 'households'],
	['elderlySingle', 'elderly_single'],
	['elderlyCouple', 'elderly_couple'],
];

/** Whole people from an apportioned count: 201.4999999997 (floating point for 201.5) rounds to 202. */
export const roundCount = (n: number) => Math.round(Number(n.toFixed(6)));

/** The block for counts (fractions from apportioning are rounded to whole people); measures in `missing` are left out. */
export function populationBlock(
	counts: Counts,
	missing: readonly Measure[],
	note: { source: string; year: number; method: string },
	age65ByMesh?: Record<string, number>,
): PopulationBlock {
	const block: Record<string, unknown> = {};
	for (const [m, key] of KEYS) if (!missing.includes(m)) block[key] = roundCount(counts[m]);
	const meshes = age65ByMesh && Object.keys(age65ByMesh).length ? { age65_by_mesh: age65ByMesh } : {};
	return { ...(block as Omit<PopulationBlock, 'source' | 'year' | 'method'> & { total: number }), ...note, ...meshes };
}

/** The lines of the given top-level keys (with their indented lines), removed. */
function withoutKeys(lines: string[], keys: readonly string[]): string[] {
	const out: string[] = [];
	let skipping = false;
	for (const l of lines) {
		if (keys.some((k) => new RegExp(`^${k}\\s*:`).test(l))) {
			skipping = true;
			continue;
		}
		if (skipping && (/^[ \t]/.test(l) || l.trim() === '')) continue;
		skipping = false;
		out.push(l);
	}
	return out;
}

/**
 * The file's text with `key: value` at the end of its front matter, replacing the keys in `replaces` (and `key`).
 * Throws when the file has no front matter.
 */
export function withFrontMatterBlock(fileText: string, key: string, value: unknown, replaces: readonly string[] = []): string {
	const text = fileText.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	const end = text.indexOf('\n---', 3);
	if (!text.startsWith('---\n') || end === -1) throw new Error('front matter（--- で囲まれた部分）が見つかりません');
	const matter = withoutKeys(
		text
			.slice(4, end + 1)
			.split('\n')
			.slice(0, -1),
		[key, ...replaces],
	);
	const yaml = new Document({ [key]: value }).toString({ lineWidth: 0 });
	return `---\n${[...matter, ...yaml.trimEnd().split('\n')].join('\n')}\n${text.slice(end + 1)}`;
}

/** The area file's text with the population block, in place of an old one and of population_65. */
export function withPopulation(fileText: string, block: PopulationBlock): string {
	return withFrontMatterBlock(fileText, 'population', block, ['population_65']);
}
