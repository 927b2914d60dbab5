import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadContent } from '../src/lib/content-files.ts';
import { formatProblem } from '../src/lib/problems.ts';
import { SAMPLE, TOWNS } from '../tests/towns.ts';
import { runAsking, type Said } from './lib/command-io.ts';
import { newEntryCommand } from './lib/new-entry-command.ts';

const work = mkdtempSync(join(tmpdir(), 'sasaeai-new-'));
const dir = join(work, 'city');
const town = join(work, 'town');
cpSync(SAMPLE, dir, { recursive: true });
cpSync(TOWNS.kawanami, town, { recursive: true });
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * npm run new in the town given, run in this process (scripts/new-entry.ts runs the same function), the answers
 * typed as the lines of `input`.
 */
function run(args: string[], input = '', content = dir): Promise<Said> {
	return runAsking({ SASAEAI_CONTENT: content }, (io) => newEntryCommand(args, io), input);
}
/** The lines npm run check prints for a town (its problems are loadContent's), without starting it. */
const check = (content = dir) => loadContent(content).problems.map(formatProblem).join('\n');

/** The only errors a fresh template may have: the blanks the author must fill in. */
const FILL_IN = /空欄にはできません|よみがなは ひらがな|電話番号を書いてください/;
const onlyBlanks = (path: string, content = dir) => {
	const mine = check(content)
		.split('\n')
		.filter((l) => l.includes(path));
	expect(mine.length, path).toBeGreaterThan(0);
	for (const line of mine) expect(line).toMatch(FILL_IN);
};

describe('npm run new', () => {
	test.each([
		['salon', 'aoba', 'salons/aoba/aoba-yuuhi-cafe.md'],
		['resource', 'hokubu', 'resources/hokubu/hokubu-yuuhi-cafe.md'],
		['volunteer', 'chuo', 'volunteers/chuo/chuo-yuuhi-cafe.md'],
	])('%s in %s: a template in the right folder whose only errors are the blanks to fill', async (kind, area, path) => {
		const result = await run(['--kind', kind, '--area', area, '--slug', 'yuuhi-cafe']);
		expect(result.status, result.stderr).toBe(0);
		expect(existsSync(join(dir, path))).toBe(true);
		onlyBlanks(path);
	});
	test('the area id is not doubled when the file name already starts with it', async () => {
		const result = await run(['--kind', 'salon', '--area', 'kawahara', '--slug', 'kawahara-asa-taiso']);
		expect(result.status, result.stderr).toBe(0);
		expect(existsSync(join(dir, 'salons/kawahara/kawahara-asa-taiso.md'))).toBe(true);
		expect(existsSync(join(dir, 'salons/kawahara/kawahara-kawahara-asa-taiso.md'))).toBe(false);
	});
	test('a meeting report is named by its meeting date, and a second one that day gets its own name', async () => {
		const first = await run(['--kind', 'report', '--area', 'hidamari', '--date', '2026-12-03']);
		const second = await run(['--kind', 'report', '--area', 'hidamari', '--date', '2026-12-03']);
		expect(first.stdout).toContain('reports/hidamari/2026-12-03-hidamari-council.md を作りました');
		expect(second.stdout).toContain('reports/hidamari/2026-12-03-hidamari-council-2.md を作りました');
		expect(readFileSync(join(dir, 'reports/hidamari/2026-12-03-hidamari-council-2.md'), 'utf8')).toMatch(/^date: 2026-12-03/m);
		onlyBlanks('2026-12-03-hidamari-council.md');
		onlyBlanks('2026-12-03-hidamari-council-2.md');
	});
	test('asks for the kind, the area and the file name when they are not given', async () => {
		const result = await run([], '1\nkawahara\nasa-no-kai\n');
		expect(result.stdout).toContain('何を作りますか');
		expect(result.stdout).toContain('kawahara（川原小学校区）');
		expect(readFileSync(join(dir, 'salons/kawahara/kawahara-asa-no-kai.md'), 'utf8')).toContain('area: kawahara');
	});
	test('a wrong answer is explained and asked again', async () => {
		const result = await run([], '9\nsalon\naobaa\naoba\nユウヒ\nyuuhi-2\n');
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).toContain('「9」はありません。1〜6 の番号か');
		expect(result.stdout).toContain('「aobaa」は使えません。使える id: aoba（青葉小学校区）');
		expect(result.stdout).toContain('「ユウヒ」は使えません。英小文字・数字・ハイフン');
		expect(existsSync(join(dir, 'salons/aoba/aoba-yuuhi-2.md'))).toBe(true);
	});
	test('a salon must be in a 第2層 area: a 圏域 given on the command line is refused with the ids that work', async () => {
		const result = await run(['--kind', 'salon', '--area', 'hokubu', '--slug', 'x']);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('「hokubu」は使えません。使える id: aoba（青葉小学校区）');
	});
	test('never overwrites a file', async () => {
		const result = await run(['--kind', 'salon', '--area', 'aoba', '--slug', 'danchi-ikiiki-salon']);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('はもうあります。上書きはしません');
		expect(readFileSync(join(dir, 'salons/aoba/aoba-danchi-ikiiki-salon.md'), 'utf8')).toContain('青葉団地 いきいきサロン');
	});
	test('--help prints the help, not a stack trace; an unknown option says so', async () => {
		const help = await run(['--help']);
		expect(help.status).toBe(0);
		expect(help.stdout).toContain('使い方: npm run new');
		expect(help.stdout).toContain('--kind');
		// The command itself, as a coordinator starts it.
		const wrong = spawnSync(process.execPath, ['scripts/new-entry.ts', '--colour', 'red'], {
			env: { ...process.env, SASAEAI_CONTENT: dir },
			encoding: 'utf8',
		});
		expect(wrong.status).toBe(1);
		expect(wrong.stderr).toContain('「--colour」という指定はありません');
		expect(wrong.stderr).not.toMatch(/\bat \S+ \(/);
	});
	test('a local issue, with its id and date, whose only errors are the blanks', async () => {
		const result = await run(['--kind', 'issue', '--area', 'aoba', '--slug', 'kaidan-ga-kowai', '--date', '2026-11-20']);
		expect(result.status, result.stderr).toBe(0);
		const text = readFileSync(join(dir, 'local-issues/aoba/kaidan-ga-kowai.md'), 'utf8');
		expect(text).toMatch(/^raised: 2026-11-20/m);
		expect(text).toContain('issues: [kaidan-ga-kowai]');
		onlyBlanks('local-issues/aoba/kaidan-ga-kowai.md');
		expect((await run(['--kind', 'issue', '--area', 'chuo', '--slug', 'kaidan-ga-kowai'])).stderr).toContain(
			'「kaidan-ga-kowai」という地域課題はもうあります',
		);
	});
	test("a 地区 for a 町: the parent is the town, the words are the town's", async () => {
		const result = await run(['--kind', 'area', '--slug', 'nishiyama', '--level', '地区'], undefined, town);
		expect(result.status, result.stderr).toBe(0);
		const text = readFileSync(join(town, 'areas/nishiyama.md'), 'utf8');
		expect(text).toMatch(/^level: 地区/m);
		expect(text).toMatch(/^parent: kawanami/m);
		onlyBlanks('areas/nishiyama.md', town);
		expect(readdirSync(join(town, 'areas'))).toContain('nishiyama.md');
	});
	test('an area id that exists is refused', async () => {
		expect((await run(['--kind', 'area', '--slug', 'okuyama', '--level', '地区'], undefined, town)).stderr).toContain(
			'「okuyama」という地域はもうあります',
		);
	});
});
