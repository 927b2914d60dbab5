import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { SAMPLE } from '../tests/towns.ts';

const dir = mkdtempSync(join(tmpdir(), 'sasaeai-new-'));
cpSync(SAMPLE, dir, { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (args: string[], input?: string) =>
	spawnSync(process.execPath, ['scripts/new-entry.ts', ...args], { env: { ...process.env, SASAEAI_CONTENT: dir }, input, encoding: 'utf8' });
const check = () => spawnSync(process.execPath, ['scripts/check-content.ts'], { env: { ...process.env, SASAEAI_CONTENT: dir }, encoding: 'utf8' }).stdout;

/** The only errors a fresh template may have: the blanks the author must fill in. */
const FILL_IN = /空欄にはできません|よみがなは ひらがな|電話番号を書いてください/;

describe('npm run new', () => {
	test.each([
		['salon', 'aoba', 'salons/aoba/aoba-yuuhi-cafe.md'],
		['resource', 'hokubu', 'resources/hokubu/hokubu-yuuhi-cafe.md'],
		['volunteer', 'chuo', 'volunteers/chuo/chuo-yuuhi-cafe.md'],
	])('%s in %s: a template in the right folder whose only errors are the blanks to fill', (kind, area, path) => {
		const result = run(['--kind', kind, '--area', area, '--slug', 'yuuhi-cafe']);
		expect(result.status, result.stderr).toBe(0);
		expect(existsSync(join(dir, path))).toBe(true);
		const mine = check().split('\n').filter((l) => l.includes(path));
		expect(mine.length).toBeGreaterThan(0);
		for (const line of mine) expect(line).toMatch(FILL_IN);
	});
	test('a meeting report is named by today\'s date', () => {
		const result = run(['--kind', 'report', '--area', 'hidamari']);
		expect(result.status, result.stderr).toBe(0);
		const created = result.stdout.match(/reports\/hidamari\/(\S+)\.md/)![1]!;
		expect(created).toMatch(/^\d{4}-\d{2}-\d{2}-hidamari-council$/);
		for (const line of check().split('\n').filter((l) => l.includes(created))) expect(line).toMatch(FILL_IN);
	});
	test('asks for the kind, the area and the file name when they are not given', () => {
		const result = run([], '1\nkawahara\nasa-no-kai\n');
		expect(result.stdout).toContain('何を作りますか');
		expect(result.stdout).toContain('kawahara（川原小学校区）');
		expect(readFileSync(join(dir, 'salons/kawahara/kawahara-asa-no-kai.md'), 'utf8')).toContain('area: kawahara');
	});
	test('a salon must be in a 校区: a 圏域 is refused with the ids that work', () => {
		const result = run(['--kind', 'salon', '--area', 'hokubu', '--slug', 'x']);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('「hokubu」は使えません。使える id: aoba（青葉小学校区）');
	});
	test('never overwrites a file', () => {
		const result = run(['--kind', 'salon', '--area', 'aoba', '--slug', 'danchi-ikiiki-salon']);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('はもうあります。上書きはしません');
		expect(readFileSync(join(dir, 'salons/aoba/aoba-danchi-ikiiki-salon.md'), 'utf8')).toContain('青葉団地 いきいきサロン');
	});
});
