import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkCommand } from './lib/check-command.ts';
import { runAsking, runCollected, type AskingIo } from './lib/command-io.ts';
import { initTownCommand } from './lib/init-town-command.ts';
import { newEntryCommand } from './lib/new-entry-command.ts';

const work = mkdtempSync(join(tmpdir(), 'sasaeai-init-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
/** A command run in this process on `content`, with `input` as the lines typed in answer. */
const run = (command: (args: string[], io: AskingIo) => Promise<number>, args: string[], content: string, input = '') =>
	runAsking({ SASAEAI_CONTENT: content }, (io) => command(args, io), input);
const initTown = (args: string[], content: string, input?: string) => run(initTownCommand, args, content, input);

describe('npm run init-town', { timeout: 30_000 }, () => {
	const dir = join(work, 'town');
	const args = [
		'--name',
		'山里村',
		'--yomi',
		'やまざとむら',
		'--id',
		'yamazato',
		'--prefecture',
		'架空県',
		'--code',
		'203840',
		'--district',
		'地区',
		'--center',
		'35.6,137.2',
		'--owner',
		'yamazato-shakyo',
		'--repository',
		'yamazato-guide',
	];
	test("writes site.yaml and the 村's area file; the only errors left are the blanks to fill", async () => {
		const r = await initTown(args, dir);
		expect(r.status, r.stderr).toBe(0);
		const site = readFileSync(join(dir, 'site.yaml'), 'utf8');
		expect(site).toContain('municipality: "山里村"');
		expect(site).toContain('base: "/yamazato-guide/"');
		expect(site).toContain('district_term: "地区"');
		expect(readFileSync(join(dir, 'areas/yamazato.md'), 'utf8')).toMatch(/^level: 村$/m);
		const check = await runCollected({ SASAEAI_CONTENT: dir }, (io) => checkCommand(io));
		const errors = check.stdout.split('\n').filter((l) => l.includes('[エラー]'));
		expect(errors.length).toBeGreaterThan(0);
		for (const e of errors) expect(e).toMatch(/空欄にはできません|電話番号を書いてください/);
	});
	test('a 地区 can be added under it at once', async () => {
		const r = await run(newEntryCommand, ['--kind', 'area', '--slug', 'kamimura', '--level', '地区'], dir);
		expect(r.status, r.stderr).toBe(0);
		expect(readFileSync(join(dir, 'areas/kamimura.md'), 'utf8')).toMatch(/^parent: yamazato\s/m);
	});
	// The script itself, its answers piped to its standard input.
	test('every question is asked, from standard input: the code with its check digit, then the 第2層 word', () => {
		const asked = join(work, 'interactive');
		const answers = [
			'河合町',
			'かわいちょう',
			'kawai',
			'奈良県',
			'294275',
			'２９４２７',
			'区域',
			'',
			'34.58,135.74',
			'kawai-shakyo',
			'kawai-guide',
		];
		const r = spawnSync(process.execPath, ['scripts/init-town.ts'], {
			env: { ...process.env, SASAEAI_CONTENT: asked },
			input: `${answers.join('\n')}\n`,
			encoding: 'utf8',
		});
		expect(r.status, r.stderr).toBe(0);
		expect(r.stdout).toContain('全国地方公共団体コード（6けた');
		expect(r.stdout).toContain('最後のけた（検査数字）が合いません。29427 なら 294276 です');
		expect(r.stdout).toContain('最後のけた（検査数字）を足して 294276 にしました');
		expect(r.stdout).toContain('第2層の地域（小学校区などの単位）をなんと呼びますか');
		expect(r.stdout).toContain('校区・地区・小学校区・中学校区・日常生活圏域 のどれかを書いてください');
		const site = readFileSync(join(asked, 'site.yaml'), 'utf8');
		expect(site).toContain('municipality_code: "294276"');
		expect(site).toContain('prefecture: "奈良県"');
		expect(site).not.toContain('district_term');
		expect(readFileSync(join(asked, 'areas/kawai.md'), 'utf8')).toContain('center: { lat: 34.58, lng: 135.74 }');
	});
	test('the 第2層 word is written when it is not 校区; a code is never left as 000000', async () => {
		const other = join(work, 'other');
		const base = [
			'--name',
			'川辺町',
			'--yomi',
			'かわべちょう',
			'--id',
			'kawabe',
			'--prefecture',
			'滋賀県',
			'--center',
			'35,135',
			'--owner',
			'o',
			'--repository',
			'r',
		];
		const r = await initTown([...base, '--code', '000000'], other);
		expect(r.status).toBe(1);
		expect(r.stderr).toContain('--code: はじめの2けた「00」は都道府県の番号（01〜47）ではありません');
		expect(existsSync(join(other, 'site.yaml'))).toBe(false);
		const silent = await initTown(base, other, '');
		expect(silent.status).toBe(1);
		expect(silent.stderr).toContain('--code で指定するか、質問に答えてください');
		expect(existsSync(join(other, 'site.yaml'))).toBe(false);
		expect((await initTown([...base, '--code', '294276'], other)).stderr).toContain(
			'--code: はじめの2けた「29」は奈良県の番号です（都道府県名は 滋賀県）',
		);
		const ok = await initTown([...base, '--code', '25384', '--district', '日常生活圏域'], other);
		expect(ok.status, ok.stderr).toBe(0);
		const site = readFileSync(join(other, 'site.yaml'), 'utf8');
		expect(site).toContain('municipality_code: "253847"');
		expect(site).toContain('district_term: "日常生活圏域"');
	});
	test('nothing is written when the area file is already there', async () => {
		const half = join(work, 'half');
		mkdirSync(join(half, 'areas'), { recursive: true });
		writeFileSync(join(half, 'areas/yamazato.md'), '---\nname: 手で書いた\n---\n');
		const r = await initTown(args, half);
		expect(r.status).toBe(1);
		expect(r.stderr).toContain('yamazato.md はもうあります。上書きはしません');
		expect(existsSync(join(half, 'site.yaml'))).toBe(false);
		expect(readFileSync(join(half, 'areas/yamazato.md'), 'utf8')).toContain('手で書いた');
	});
	test('never overwrites; asks again after a wrong answer', async () => {
		expect((await initTown(args, dir)).stderr).toContain('はもうあります。上書きはしません');
		const fresh = join(work, 'asked');
		const r = await initTown(args.slice(2), fresh, '山里\n山里村\n');
		expect(r.stdout).toContain('「山里」の最後が 市・町・村・区 のどれかになるように');
		expect(readFileSync(join(fresh, 'site.yaml'), 'utf8')).toContain('municipality: "山里村"');
	});
});
