/**
 * npm run confirmed as a function (what it does: scripts/confirmed.ts): the script runs it for a coordinator,
 * scripts/confirmed.test.ts in its own process on a town of its own.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { contentDir, SAMPLE_NOTICE, usingSampleCity } from '../../src/lib/content-dir.ts';
import { loadContent } from '../../src/lib/content-files.ts';
import { decodeText } from '../../src/lib/import/csv.ts';
import type { Confirmation } from '../../src/lib/reconfirm/confirm-lines.ts';
import { readConfirmDate } from '../../src/lib/reconfirm/confirm-date.ts';
import { confirmEntries, type ConfirmEntry } from '../../src/lib/reconfirm/entries.ts';
import { noteProblem, recordConfirmation } from '../../src/lib/reconfirm/record.ts';
import { findTarget } from '../../src/lib/reconfirm/targets.ts';
import { placeOf, readWorklist, RESULT_WORDS } from '../../src/lib/reconfirm/worklist-read.ts';
import { visibleText } from '../../src/lib/safety/visible-text.ts';
import { tokyoDate } from '../../src/lib/schedule/calendar.ts';
import { CONFIRMATION_METHODS, STATUSES, type ConfirmationMethod, type Status } from '../../src/schemas/taxonomy.ts';

import { CONSOLE, readOptions, refuse, withRefusals, type CommandIo } from './command-io.ts';

const HELP = `使い方:
  npm run confirmed -- ID またはファイル… --by 電話 [--date 2026-12-10]
  npm run confirmed -- ID またはファイル… --by 電話 --status 休止中 --note "会場の改修のため、4月まで休みます"
  npm run confirmed -- --from worklist.csv

情報を確かめたことを記録します。変えるのは最終確認日（last_confirmed）と確認のしかた（confirmed_by）の行、
--status のときは status の行と本文の最後の一文だけで、ほかの文字は1つも変えません。

オプション:
  --by しかた      ${CONFIRMATION_METHODS.join('・')}（--from では「方法」の列が空の行に使います。ふつうは 電話）
  --date 日付      確かめた日（ふつうは今日）。未来の日付は使えません
  --status 状況    ${STATUSES.join('・')}。お休みになった・終わった・再開したとき
  --note 文        状況が変わったわけ（1行）。本文の最後に「◯年◯月◯日の確認では、…」と書きます
  --from ファイル  npm run reconfirm の worklist.csv に「結果」（${RESULT_WORDS}）と「確認日」を書きこんだもの
  --dry-run        何を書きかえるかを見るだけで、何も書きません
  --help           この説明

ID は worklist.csv の ID の列（例: salons/aoba/aoba-yuuhi-cafe）です。`;

interface Job {
	entry: ConfirmEntry;
	change: Confirmation;
	/** Where the request came from, for messages: the argument or 「worklist.csv 5行目」. */
	source: string;
}

async function run(args: string[], io: CommandIo): Promise<number> {
	const { values, positionals } = readOptions(
		{
			args,
			allowPositionals: true,
			options: {
				by: { type: 'string' },
				date: { type: 'string' },
				status: { type: 'string' },
				note: { type: 'string' },
				from: { type: 'string' },
				'dry-run': { type: 'boolean' },
				help: { type: 'boolean', short: 'h' },
			},
		},
		HELP,
	);
	if (values.help) {
		io.out(HELP);
		return 0;
	}
	const today = io.env['SASAEAI_TODAY'] ?? tokyoDate(new Date());
	const has = <T extends string>(list: readonly T[], v: string | undefined): v is T =>
		v !== undefined && (list as readonly string[]).includes(v);
	if (values.by !== undefined && !has(CONFIRMATION_METHODS, values.by))
		refuse(`--by は ${CONFIRMATION_METHODS.join('・')} のどれかです（「${visibleText(values.by, 40)}」とあります）`);
	if (values.status !== undefined && !has(STATUSES, values.status))
		refuse(`--status は ${STATUSES.join('・')} のどれかです（「${visibleText(values.status, 40)}」とあります）`);
	if (values.note !== undefined && values.status === undefined)
		refuse('--note は --status といっしょに使います（状況が変わったわけを書きます）');
	const noteError = values.note === undefined ? undefined : noteProblem(values.note);
	if (noteError) refuse(noteError);
	if (values.from !== undefined && (positionals.length || values.status !== undefined || values.date !== undefined))
		refuse('--from のときは、ID・--status・--date は書きません（worklist.csv の「結果」と「確認日」を使います）');
	if (values.from === undefined && !positionals.length) refuse(HELP);
	if (values.from === undefined && values.by === undefined)
		refuse(`--by で確かめたしかたを書いてください（${CONFIRMATION_METHODS.join('・')}）`);

	if (usingSampleCity(io.env, io.cwd)) io.out(`${SAMPLE_NOTICE}\n`);
	const cwd = io.cwd;
	const loaded = loadContent(contentDir(io.env, io.cwd));
	const entries = confirmEntries(loaded.entries);
	const byRef = new Map(entries.map((e) => [e.ref, e]));

	const jobs: Job[] = [];
	const problems: string[] = [];

	if (values.from !== undefined) {
		let bytes: Buffer;
		try {
			bytes = readFileSync(resolve(io.cwd, values.from));
		} catch {
			refuse(`${values.from} が読めません。ファイルの場所を確かめてください`);
		}
		const reading = readWorklist(decodeText(bytes).text, {
			today,
			method: (values.by as ConfirmationMethod | undefined) ?? '電話',
			known: (ref) => byRef.has(ref),
		});
		for (const p of reading.problems) problems.push(`${values.from} ${placeOf(p)}: ${p.message}`);
		for (const a of reading.actions) jobs.push({ entry: byRef.get(a.ref)!, change: a.change, source: `${values.from} ${placeOf(a)}` });
		if (reading.notDone) io.out(`「結果」が空の行が ${reading.notDone} 行ありました（まだ確かめていないものとして、そのままにします）。`);
	} else {
		const date = values.date === undefined ? { date: today } : readConfirmDate(values.date, today);
		if ('problem' in date) refuse(`--date: ${date.problem}`);
		const change: Confirmation = {
			date: date.date,
			by: values.by as ConfirmationMethod,
			...(values.status ? { status: values.status as Status } : {}),
			...(values.note ? { note: values.note } : {}),
		};
		for (const arg of positionals) {
			const target = findTarget(arg, entries, loaded.unvalidated, cwd);
			if ('problem' in target) problems.push(target.problem);
			else jobs.push({ entry: target.entry, change, source: arg });
		}
	}

	let written = 0;
	for (const { entry, change, source } of jobs) {
		const path = resolve(cwd, entry.file);
		const result = recordConfirmation(readFileSync(path, 'utf8'), entry.collection, change);
		if ('problem' in result) {
			problems.push(`${source}（${entry.file}）: ${result.problem}`);
			continue;
		}
		if (!values['dry-run']) writeFileSync(path, result.text);
		written++;
		const what = [`最終確認日 ${change.date}`, change.by, change.status && `状況 ${change.status}`].filter(Boolean).join('、');
		io.out(`${values['dry-run'] ? '（書きかえる予定）' : '記録しました'} ${entry.file}: ${entry.name}（${what}）`);
	}

	io.out(`\n${written} 件${values['dry-run'] ? 'を書きかえる予定です（--dry-run のため、何も書いていません）' : 'を記録しました'}。`);
	if (problems.length) {
		io.out(`\n記録できなかったもの ${problems.length} 件:`);
		for (const p of problems) io.out(`  ${p}`);
		io.out('\n直してから、その分だけもう一度実行してください（記録したものは、もう一度記録しても同じ結果になります）。');
		return 1;
	}
	return 0;
}

/** Runs `npm run confirmed -- <args>`; resolves to the exit code (1: refused, or some entries not recorded). */
export async function confirmedCommand(args: string[], io: CommandIo = CONSOLE): Promise<number> {
	return withRefusals(io, () => run(args, io));
}
