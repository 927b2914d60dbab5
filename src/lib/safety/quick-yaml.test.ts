import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseDocument, visit } from 'yaml';
import { numbersOnly, quickReadable, quickYaml } from './quick-yaml.ts';

/** The full reading as the check does it, a refused feature or an error as 'refused'. */
function full(source: string): unknown {
	const doc = parseDocument(source, { schema: 'core', uniqueKeys: true, merge: false, strict: true, prettyErrors: false });
	if (doc.errors.length) return 'refused';
	let refused = false;
	visit(doc, {
		Alias: () => void (refused = true),
		Node: (_key, node) => void ((node.anchor || node.tag) && (refused = true)),
	});
	return refused ? 'refused' : doc.toJS({ maxAliasCount: 0 });
}

/** Every string up to `length` characters over YAML's indicators, digits and a few letters. */
function shortValues(length: number): string[] {
	const alphabet = ['0', '1', '.', '+', '-', 'e', 'x', 'b', ':', 'a', ' ', '#', '"', "'", '[', ']', '{', '}', ',', '|', '>'];
	const extra = ['&', '*', '!', '%', '?', '@', '`', '\t', '\\', '\n', '~'];
	let frontier = [''];
	const all = [''];
	for (let l = 1; l <= length; l++) {
		frontier = frontier.flatMap((p) => [...alphabet, ...(l === 1 ? extra : [])].map((c) => p + c));
		all.push(...frontier);
	}
	return all;
}
const SHAPES = [
	(v: string) => `k: ${v}\n`,
	(v: string) => `${v}: v\n`,
	(v: string) => `k:\n  - ${v}\n`,
	(v: string) => `k: [a, ${v}, b]\nj: 1\n`,
	(v: string) => `k: {a: ${v}}\n`,
	(v: string) => `k:\n  a: 1\n${v}\n`,
	(v: string) => `k:\n  - a: 1\n    ${v}\n`,
];

describe('the quick way reads exactly what the full way reads, or leaves the text to it', () => {
	test('every short value in every shape', () => {
		let quick = 0;
		const differ: string[] = [];
		for (const value of shortValues(3))
			for (const shape of SHAPES) {
				const source = shape(value);
				const read = quickYaml(source);
				if (read === undefined) continue;
				quick++;
				if (JSON.stringify(read) !== JSON.stringify(full(source))) differ.push(JSON.stringify(source));
			}
		expect(differ).toEqual([]);
		expect(quick).toBeGreaterThan(10_000);
	});
	test('every file of the sample city and the fixture towns, most of them the quick way', () => {
		const files = ['src/sample-city', 'tests/fixtures/towns'].flatMap((root) =>
			(readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith('.md')).map((f) => join(root, f)),
		);
		const matters = files.map((f) =>
			readFileSync(f, 'utf8')
				.replace(/\r\n?/g, '\n')
				.split(/\n---\s*\n/)[0]!
				.replace(/^---\n/, ''),
		);
		const quick = matters.filter((m) => quickYaml(m) !== undefined);
		for (const m of quick) expect(quickYaml(m)).toEqual(full(m));
		expect(quick.length / matters.length).toBeGreaterThan(0.9);
	});
	test.each([
		['a binary number', 'k: 0b101\n'],
		['a signed fraction', 'k: +.5\n'],
		['a signed hexadecimal number', 'k: -0x1F\n'],
		['an anchor and an alias', 'a: &x 1\nb: *x\n'],
		['a tag', 'k: !!str 1\n'],
		['~ as a key', '~: v\n'],
		['a collection as a key', 'k:\n  [a]: 1\n'],
		['a tab', 'k:\n\t- a\n'],
		['a block scalar', 'k: |\n  text\n'],
		['a quoted value carried on to the next line', 'k: "a\nb"\n'],
		['a bracket carried on to an unindented line', 'k: [a,\nb]\n'],
		['a # straight after a value', 'k: []#\n'],
		['a merge key', 'k:\n  <<: {a: 1}\n'],
		['an odd indentation', 'k:\n   a: 1\n'],
	])('%s goes the full way', (_what, source) => {
		expect(quickReadable(source)).toBe(false);
	});
	test('every value of up to six brackets, digits, commas, signs, points and spaces, nested sequences included', () => {
		const alphabet = ['[', ']', ',', '1', '2', '-', '.', ' '];
		let values = [''];
		const all: string[] = [];
		for (let l = 1; l <= 6; l++) {
			values = values.flatMap((v) => alphabet.map((c) => v + c));
			for (const value of values) all.push(value);
		}
		const shapes = [(v: string) => `k: ${v}\n`, (v: string) => `a:\n  type: Polygon\n  k: ${v}\nb: 1\n`];
		const differ: string[] = [];
		let nested = 0;
		for (const value of all.filter((v) => v.startsWith('[') && v.indexOf('[', 1) !== -1))
			for (const shape of shapes) {
				const read = quickYaml(shape(value));
				if (read === undefined) continue;
				nested++;
				if (JSON.stringify(read) !== JSON.stringify(full(shape(value)))) differ.push(JSON.stringify(shape(value)));
			}
		expect(differ).toEqual([]);
		expect(nested).toBeGreaterThan(100);
	});
	test("a 校区's boundary (nested sequences of numbers) is read the quick way, as the full way reads it", () => {
		const polygon =
			'boundary:\n  type: Polygon\n  coordinates: [[[135.0200,34.0000],[135.0400,34.0000],[135.0400,34.0200],[135.0200,34.0000]]]\n';
		const multi =
			'boundary:\n  type: MultiPolygon\n  coordinates: [[[[135.1, -34.2], [135.2, 34.3], [135.1, 34.2]]], [[[1, 2], [3, 4], [1, 2]]]]\n';
		for (const source of [polygon, multi]) {
			expect(quickReadable(source)).toBe(true);
			expect(quickYaml(source)).toEqual(full(source));
		}
		expect(numbersOnly('[[1, 2.5], [], [-3]]')).toBe(true);
	});
	test.each([
		['a list of lists that holds a word', 'k: [[1, 2], [a]]\n'],
		['a list as a key in a flow mapping', 'k: {a: [1, 2], [3]: 4}\n'],
		['a list of lists as a key', '[[1, 2]]: v\n'],
		['a list of lists carried on to the next line', 'k: [[1, 2],\n  [3, 4]]\n'],
		['a number with an underscore', 'k: [[1_000, 2], [3, 4]]\n'],
		['a trailing comma', 'k: [[1, 2], [3, 4],]\n'],
		['an empty item', 'k: [[1, 2], , [3, 4]]\n'],
	])('%s still goes the full way', (_what, source) => {
		expect(quickReadable(source)).toBe(false);
		expect(numbersOnly(source.replace(/^[^[]*/, '').trim())).toBe(false);
	});
	test('a duplicate key goes the full way, which refuses it', () => {
		expect(quickReadable('a: 1\na: 2\n')).toBe(true);
		expect(quickYaml('a: 1\na: 2\n')).toBeUndefined();
	});
});
