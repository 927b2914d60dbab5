import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadContent } from '../src/lib/content-files.ts';
import { parseRows } from '../src/lib/import/csv.ts';
import { formatProblem } from '../src/lib/problems.ts';
import { runCollected, type Said } from './lib/command-io.ts';
import { confirmedCommand } from './lib/confirmed-command.ts';
import { DUE, reconfirmTown, TODAY } from './lib/reconfirm-town.ts';

const { work, content } = reconfirmTown('sasaeai-confirmed-');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** npm run confirmed on the test's town, run in this process (scripts/confirmed.ts runs the same function). */
const confirmed = (args: string[]): Promise<Said> =>
	runCollected({ SASAEAI_CONTENT: content, SASAEAI_TODAY: TODAY }, (io) => confirmedCommand(args, io));
/** The errors npm run check would list for the town (its problems are loadContent's). */
const checkErrors = () =>
	loadContent(content, { today: TODAY })
		.problems.filter((p) => p.severity === 'error')
		.map(formatProblem);
const file = (ref: string) => join(content, `${ref}.md`);
const read = (ref: string) => readFileSync(file(ref), 'utf8');

/** The lines of `after` that are not in `before`, and those of `before` gone from `after`. */
function lineDiff(before: string, after: string) {
	const a = before.split(/(?<=\n)/);
	const b = after.split(/(?<=\n)/);
	return { added: b.filter((l) => !a.includes(l)), removed: a.filter((l) => !b.includes(l)) };
}

describe('npm run confirmed', { timeout: 120_000 }, () => {
	test('changes only the confirmation lines of each file named, by id or by file', async () => {
		const byId = 'salons/shimogawa/shimogawa-kawabata-taiso';
		const byFile = 'resources/kawanami/kawanami-haishoku';
		const before = [read(byId), read(byFile)];
		const result = await confirmed([byId, file(byFile), '--date', '2027-08-30', '--by', '電話']);
		expect(result.status, result.stdout + result.stderr).toBe(0);
		expect(result.stdout).toContain('2 件を記録しました');
		expect(read(byId)).toBe(before[0]!.replace(`last_confirmed: ${DUE[byId]}\n`, 'last_confirmed: 2027-08-30\nconfirmed_by: 電話\n'));
		expect(read(byFile)).toBe(before[1]!.replace(`last_confirmed: ${DUE[byFile]}\n`, 'last_confirmed: 2027-08-30\nconfirmed_by: 電話\n'));
		expect(checkErrors()).toEqual([]);
	});

	test('a CRLF file keeps every other byte, its line endings included', async () => {
		const ref = 'salons/kamigawa/kamigawa-fureai-shokujikai';
		const crlf = read(ref).replace(/\n/g, '\r\n');
		writeFileSync(file(ref), crlf);
		expect((await confirmed([ref, '--date', '2027-08-31', '--by', '郵送'])).status).toBe(0);
		const after = readFileSync(file(ref));
		expect(
			after.equals(Buffer.from(crlf.replace(`last_confirmed: ${DUE[ref]}\r\n`, 'last_confirmed: 2027-08-31\r\nconfirmed_by: 郵送\r\n'))),
		).toBe(true);
	});

	test('--status with --note records the change of status and the note at the end of the text', async () => {
		const ref = 'volunteers/nakazato/nakazato-tsuin-tsukisoi';
		const before = read(ref);
		const result = await confirmed([
			ref,
			'--by',
			'電話',
			'--status',
			'休止中',
			'--note',
			'付き添いの担い手を探しているため、しばらく募集を休みます。',
		]);
		expect(result.status, result.stdout + result.stderr).toBe(0);
		const { added, removed } = lineDiff(before, read(ref));
		expect(removed).toEqual([`last_confirmed: ${DUE[ref]}\n`, 'status: 活動中\n']);
		expect(added).toEqual([
			`last_confirmed: ${TODAY}\n`,
			'confirmed_by: 電話\n',
			'status: 休止中\n',
			'2027年9月1日の確認では、お休みしていました（休止中）。付き添いの担い手を探しているため、しばらく募集を休みます。\n',
		]);
		expect(checkErrors()).toEqual([]);
	});

	test('refuses a date in the future or not a real date, and an unknown entry, changing nothing', async () => {
		const ref = 'salons/shimogawa/shimogawa-igo-shogi-no-kai';
		const before = read(ref);
		const future = await confirmed([ref, '--date', '2027-09-02', '--by', '電話']);
		expect(future.status).toBe(1);
		expect(future.stderr).toContain('今日（2027-09-01）より後です');
		const unreal = await confirmed([ref, '--date', '2027-02-29', '--by', '電話']);
		expect(unreal.status).toBe(1);
		expect(unreal.stderr).toContain('ありえない日付です');
		const unknown = await confirmed(['salons/shimogawa/nai', '--by', '電話']);
		expect(unknown.status).toBe(1);
		expect(unknown.stdout).toContain('「salons/shimogawa/nai」という情報が見つかりません');
		// The command itself, as a coordinator starts it: the same refusal and exit code.
		const script = spawnSync(process.execPath, ['scripts/confirmed.ts', ref, '--by', 'FAX'], {
			env: { ...process.env, SASAEAI_CONTENT: content, SASAEAI_TODAY: TODAY },
			encoding: 'utf8',
		});
		expect(script.status).toBe(1);
		expect(script.stderr).toContain('--by は 本人・電話・郵送・訪問・メール のどれかです');
		expect(read(ref)).toBe(before);
	});

	test('--from applies a filled worklist and reports, with its row, a row it cannot apply', async () => {
		const out = join(work, 'campaign');
		const made = spawnSync(process.execPath, ['scripts/reconfirm.ts', '--out', out, '--no-pdf'], {
			env: { ...process.env, SASAEAI_CONTENT: content, SASAEAI_TODAY: TODAY },
			encoding: 'utf8',
		});
		expect(made.status, made.stderr).toBe(0);
		const csv = readFileSync(join(out, 'worklist.csv'), 'utf8');
		const rows = parseRows(csv.slice(1), ',');
		const header = rows[0]!.cells;
		const col = (name: string) => header.indexOf(name);
		const rowOf = (ref: string) => rows.findIndex((r) => r.cells[col('ID')]!.split('\n').includes(ref));
		const ended = 'resources/shimogawa/shimogawa-tougeko-mimamori'; // shares its row with the 囲碁・将棋の会
		const shared = rows[rowOf(ended)]!.cells[col('ID')]!.split('\n');
		const marks = shared.map((ref) => (ref === ended ? '終了' : '○')).join('、');
		const bad = rowOf('salons/shimogawa/shimogawa-ekimae-engawa');
		const filled = rows.map((r, i) => {
			const cells = [...r.cells];
			if (i === rowOf(ended))
				[cells[col('結果')], cells[col('確認日')], cells[col('メモ')]] = [marks, '2027/8/20', '見守りの担い手がいなくなったため'];
			if (i === bad) [cells[col('結果')], cells[col('確認日')]] = ['たぶん', '2027-08-21'];
			return cells;
		});
		const quote = (c: string) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
		writeFileSync(join(out, 'filled.csv'), `\uFEFF${filled.map((r) => r.map(quote).join(',')).join('\r\n')}\r\n`);
		const badBefore = read('salons/shimogawa/shimogawa-ekimae-engawa');

		const result = await confirmed(['--from', join(out, 'filled.csv')]);
		expect(result.status).toBe(1);
		expect(result.stdout).toContain('2 件を記録しました');
		expect(result.stdout).toContain(`filled.csv ${bad + 1}行目`);
		expect(result.stdout).toContain('結果「たぶん」が読めません。○（または 済）・休止・終了・再開 のどれかを書いてください');
		expect(result.stdout).toMatch(/「結果」が空の行が \d+ 行ありました/);
		expect(read(ended)).toMatch(/^last_confirmed: 2027-08-20\nconfirmed_by: 電話\n[\s\S]*^status: 終了$/m);
		expect(read(ended).trimEnd().endsWith('2027年8月20日の確認では、終了していました。見守りの担い手がいなくなったため')).toBe(true);
		const kept = shared.find((ref) => ref !== ended)!;
		expect(read(kept)).toMatch(/^last_confirmed: 2027-08-20\nconfirmed_by: 電話$/m);
		expect(read(kept)).toMatch(/^status: 休止中$/m);
		expect(read('salons/shimogawa/shimogawa-ekimae-engawa')).toBe(badBefore);
		expect(checkErrors()).toEqual([]);
	}, 60_000);
});
