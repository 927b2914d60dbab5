/**
 * npm run check: validates every content file with the schemas the build uses and lists every problem,
 * `file:line [エラー] field: message`, then exits 1 if there is any error (warnings alone exit 0).
 * Inside GitHub Actions it also annotates the files (GitHub shows at most 10 errors and 10 warnings per step)
 * and writes the whole list to the step summary.
 */
import { appendFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { cacheCompiledModules } from '../src/lib/compile-cache.ts';
import type { Problem } from '../src/lib/problems.ts';

// The project's modules are loaded after the compile cache is on (src/lib/compile-cache.ts), hence dynamically,
// and after the worker threads of a large town are started, so that they load theirs meanwhile.
cacheCompiledModules();
const { contentDir, SAMPLE_NOTICE, usingSampleCity } = await import('../src/lib/content-dir.ts');
const { loadContentInParallel, startReaders } = await import('../src/lib/content-files-parallel.ts');
const readers = startReaders(contentDir());
const { issueFormsDrift } = await import('../src/lib/issue-forms-files.ts');
const { formatProblem } = await import('../src/lib/problems.ts');
const { annotation, oneLine, printUncommanded, summaryCell } = await import('../src/lib/safety/annotations.ts');
const { describeChange, plainFileText, pullRequestSiteChanges } = await import('../src/lib/safety/site-changes.ts');
const { tokyoDate } = await import('../src/lib/schedule/calendar.ts');
const { lineOfPath } = await import('../src/lib/yaml-lines.ts');

const ANNOTATION_LIMIT = 10;

if (usingSampleCity()) console.log(`${SAMPLE_NOTICE}\n`);
const { entries, problems } = await (async () => {
	try {
		// The entry files on every core (a town of thousands); the result is loadContent's to the letter.
		return await loadContentInParallel(contentDir(), { today: process.env['SASAEAI_TODAY'] ?? tokyoDate(new Date()) }, { readers });
	} catch (error) {
		// Each file's own failure is already its problem (src/lib/content-files.ts); this is the last resort: a
		// Japanese sentence, never a stack trace.
		console.log(
			`確かめる途中で止まりました（${oneLine(String((error as Error)?.message ?? error)).slice(0, 300)}）。content/ のファイルを確かめてください`,
		);
		process.exit(1);
	}
})();
// The issue forms offer the town's areas: a form that drifted from content/areas/ is a warning (npm run issue-forms).
for (const form of issueFormsDrift('.github/ISSUE_TEMPLATE', contentDir(), entries)) {
	problems.push({
		severity: 'warning',
		file: form,
		field: 'area',
		message: 'この Issue フォームの地域の選択肢が content/areas/ と合っていません。npm run issue-forms で作り直してください',
	});
}
// In a pull request, every setting it changes in site.yaml, and what that redirects (src/lib/safety/site-changes.ts).
const siteFile = join(contentDir(), 'site.yaml');
const siteShown = relative(process.cwd(), siteFile).split(sep).join('/');
const siteText = plainFileText(siteFile) ?? '';
const settings = (pullRequestSiteChanges(contentDir()) ?? []).map((change) => ({
	...change,
	line: lineOfPath(siteText, change.path.split('.'), 1),
	text: describeChange(change),
}));
const SETTINGS_HEAD = `このプルリクエストは、サイトの設定（${siteShown}）を ${settings.length} か所変えます。管理者（docs/maintainers.md）が確かめてからマージしてください:`;
const sorted = [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
const errors = sorted.filter((p) => p.severity === 'error');
const warnings = sorted.filter((p) => p.severity === 'warning');
const inActions = process.env['GITHUB_ACTIONS'] === 'true';
// Content values reach these messages: each is printed as one line, and in GitHub Actions with workflow commands
// stopped around the list (src/lib/safety/annotations.ts).
printUncommanded(
	[
		...(settings.length ? [SETTINGS_HEAD, ...settings.map((c) => `  ${siteShown}${c.line ? `:${c.line}` : ''} ${c.text}`), ''] : []),
		...sorted.map(formatProblem),
	],
	inActions,
);
console.log(`\n${entries.length} 件のファイルを確かめました。エラー ${errors.length} 件、注意 ${warnings.length} 件。`);

if (inActions) {
	const annotate = (list: Problem[], kind: 'error' | 'warning') => {
		for (const p of list.slice(0, ANNOTATION_LIMIT))
			console.log(annotation({ kind, file: p.file, line: p.line, title: p.field || 'ファイル', message: p.message }));
	};
	for (const c of settings)
		console.log(
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
	const summary = process.env['GITHUB_STEP_SUMMARY'];
	if (summary && settings.length) {
		const rows = settings.map(
			(c) =>
				`| ${summaryCell(c.path)} | ${summaryCell(c.before ?? '（なし）')} | ${summaryCell(c.after ?? '（なし）')} | ${summaryCell(c.effect)} |`,
		);
		appendFileSync(
			summary,
			[`## ⚠ ${summaryCell(SETTINGS_HEAD)}`, '', '| 設定 | 前 | 後 | 変わること |', '| --- | --- | --- | --- |', ...rows, ''].join('\n'),
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
	console.log('エラーを直してから、もう一度 npm run check を実行してください。');
	process.exit(1);
}
