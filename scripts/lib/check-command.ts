/**
 * npm run check as a function (what it does: scripts/check-content.ts): the script runs it for a coordinator, the
 * tests in their own process on a town of their own (a check started per test cost the suite about a CPU-second
 * each, most of it loading the same modules again).
 */
import { appendFileSync } from 'node:fs';
import type { Worker } from 'node:worker_threads';
import { join, relative, sep } from 'node:path';
import { contentDir, SAMPLE_NOTICE, usingSampleCity } from '../../src/lib/content-dir.ts';
import { loadContentInParallel } from '../../src/lib/content-files-parallel.ts';
import { issueFormsDrift } from '../../src/lib/issue-forms-files.ts';
import { formatProblem, type Problem } from '../../src/lib/problems.ts';
import { annotation, oneLine, printUncommanded, summaryCell } from '../../src/lib/safety/annotations.ts';
import { describeChange, plainFileText, pullRequestSiteChanges } from '../../src/lib/safety/site-changes.ts';
import { tokyoDate } from '../../src/lib/schedule/calendar.ts';
import { lineOfPath } from '../../src/lib/yaml-lines.ts';
import { CONSOLE, type CommandIo } from './command-io.ts';

/** GitHub shows at most 10 error and 10 warning annotations per step. */
const ANNOTATION_LIMIT = 10;

/**
 * @param readers worker threads already reading the town's files (the script starts them before loading this
 *   module); without them a town large enough for workers gets them here, a small one is read on this thread
 * @returns the exit code: 1 when there is an error, 0 otherwise (warnings alone pass)
 */
export async function checkCommand(io: CommandIo = CONSOLE, readers?: Worker[]): Promise<number> {
	const root = contentDir(io.env, io.cwd);
	const shown = (file: string) => relative(io.cwd, file).split(sep).join('/');
	if (usingSampleCity(io.env, io.cwd)) io.out(`${SAMPLE_NOTICE}\n`);
	let loaded;
	try {
		// The entry files on every core (a town of thousands); the result is loadContent's to the letter.
		loaded = await loadContentInParallel(
			root,
			{ today: io.env['SASAEAI_TODAY'] ?? tokyoDate(new Date()), displayRoot: io.cwd, publicDir: join(io.cwd, 'public') },
			readers ? { readers } : {},
		);
	} catch (error) {
		// Each file's own failure is already its problem (src/lib/content-files.ts); this is the last resort: a
		// Japanese sentence, never a stack trace.
		io.out(
			`確かめる途中で止まりました（${oneLine(String((error as Error)?.message ?? error)).slice(0, 300)}）。content/ のファイルを確かめてください`,
		);
		return 1;
	}
	const { entries, problems } = loaded;
	// The issue forms offer the town's areas: a form that drifted from content/areas/ is a warning (npm run issue-forms).
	for (const form of issueFormsDrift(join(io.cwd, '.github/ISSUE_TEMPLATE'), root, entries)) {
		problems.push({
			severity: 'warning',
			file: shown(form),
			field: 'area',
			message: 'この Issue フォームの地域の選択肢が content/areas/ と合っていません。npm run issue-forms で作り直してください',
		});
	}
	// In a pull request, every setting it changes in site.yaml, and what that redirects (src/lib/safety/site-changes.ts).
	const siteFile = join(root, 'site.yaml');
	const siteShown = shown(siteFile);
	const siteText = plainFileText(siteFile) ?? '';
	const settings = (pullRequestSiteChanges(root, io.env) ?? []).map((change) => ({
		...change,
		line: lineOfPath(siteText, change.path.split('.'), 1),
		text: describeChange(change),
	}));
	const settingsHead = `このプルリクエストは、サイトの設定（${siteShown}）を ${settings.length} か所変えます。管理者（docs/maintainers.md）が確かめてからマージしてください:`;
	const sorted = [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
	const errors = sorted.filter((p) => p.severity === 'error');
	const warnings = sorted.filter((p) => p.severity === 'warning');
	const inActions = io.env['GITHUB_ACTIONS'] === 'true';
	// Content values reach these messages: each is printed as one line, and in GitHub Actions with workflow commands
	// stopped around the list (src/lib/safety/annotations.ts).
	printUncommanded(
		[
			...(settings.length ? [settingsHead, ...settings.map((c) => `  ${siteShown}${c.line ? `:${c.line}` : ''} ${c.text}`), ''] : []),
			...sorted.map(formatProblem),
		],
		inActions,
		io.out,
	);
	io.out(`\n${entries.length} 件のファイルを確かめました。エラー ${errors.length} 件、注意 ${warnings.length} 件。`);

	if (inActions) {
		const annotate = (list: Problem[], kind: 'error' | 'warning') => {
			for (const p of list.slice(0, ANNOTATION_LIMIT))
				io.out(annotation({ kind, file: p.file, line: p.line, title: p.field || 'ファイル', message: p.message }));
		};
		for (const c of settings)
			io.out(
				annotation({
					kind: 'warning',
					file: siteShown,
					line: c.line,
					title: 'サイトの設定の変更（管理者が確かめてください）',
					message: c.text,
				}),
			);
		annotate(errors, 'error');
		annotate(warnings, 'warning');
		const summary = io.env['GITHUB_STEP_SUMMARY'];
		if (summary && settings.length) {
			const rows = settings.map(
				(c) =>
					`| ${summaryCell(c.path)} | ${summaryCell(c.before ?? '（なし）')} | ${summaryCell(c.after ?? '（なし）')} | ${summaryCell(c.effect)} |`,
			);
			appendFileSync(
				summary,
				[`## ⚠ ${summaryCell(settingsHead)}`, '', '| 設定 | 前 | 後 | 変わること |', '| --- | --- | --- | --- |', ...rows, ''].join('\n'),
			);
		}
		if (summary) {
			const rows = sorted.map(
				(p) =>
					`| ${p.severity === 'error' ? 'エラー' : '注意'} | ${summaryCell(p.file)}${p.line ? `:${p.line}` : ''} | ${summaryCell(p.field)} | ${summaryCell(p.message)} |`,
			);
			appendFileSync(
				summary,
				[
					`## npm run check: エラー ${errors.length} 件、注意 ${warnings.length} 件`,
					'',
					...(rows.length ? ['| 種類 | ファイル | 項目 | 内容 |', '| --- | --- | --- | --- |', ...rows] : ['問題は見つかりませんでした。']),
					'',
				].join('\n'),
			);
		}
	}

	if (errors.length > 0) {
		io.out('エラーを直してから、もう一度 npm run check を実行してください。');
		return 1;
	}
	return 0;
}
