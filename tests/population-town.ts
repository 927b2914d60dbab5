/**
 * What the tests of npm run import-population (scripts/import-population*.test.ts) share: a content folder of one
 * 町 and its 校区 (with their boundaries) in a temporary folder, the command run on it, and the population block
 * it wrote into a 校区's file.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { District } from '../src/lib/needs/apportion.ts';
import { parseContentFile } from '../src/lib/safety/frontmatter.ts';

interface Point {
	lat: number;
	lng: number;
}
const temporary: string[] = [];
const at = ({ lat, lng }: Point) => `{ lat: ${lat}, lng: ${lng} }`;

/**
 * A town whose 町 is centred on `centres.town` and each 校区 on `centres.districts`; `extra` adds front-matter
 * lines to a 校区 by its id (before its boundary). Removed by removePopulationTowns.
 */
export function populationTown(
	districts: readonly District[],
	centres: { town: Point; districts: Point },
	extra: Partial<Record<string, string>> = {},
): string {
	const dir = mkdtempSync(join(tmpdir(), 'sasaeai-import-population-'));
	temporary.push(dir);
	mkdirSync(join(dir, 'areas'));
	writeFileSync(join(dir, 'areas', 'machi.md'), `---\nname: テスト町\nlevel: 町\ncenter: ${at(centres.town)}\n---\n\n町です。\n`);
	for (const d of districts)
		writeFileSync(
			join(dir, 'areas', `${d.id}.md`),
			`---\nname: ${d.name}\nlevel: 校区\nparent: machi\ncenter: ${at(centres.districts)}\n${extra[d.id] ?? ''}boundary: ${JSON.stringify(d.boundary)}\n---\n\n${d.name}です。\n`,
		);
	return dir;
}

export function removePopulationTowns(): void {
	for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
}

const node = Number(process.versions.node.split('.')[0]) >= 22 ? process.execPath : join(process.cwd(), 'node_modules', '.bin', 'node');

/** npm run import-population on the town in `content`. */
export const runImportPopulation = (content: string, args: string[]) =>
	spawnSync(node, ['scripts/import-population.ts', ...args], { env: { ...process.env, SASAEAI_CONTENT: content }, encoding: 'utf8' });

/** The front matter of an area's file, as data. */
export const areaData = (content: string, id: string) => parseContentFile(readFileSync(join(content, 'areas', `${id}.md`), 'utf8')).data;

/** The population block of a 校区's file (undefined while none was written). */
export const populationOf = (content: string, id: string) => areaData(content, id)['population'] as Record<string, unknown>;
