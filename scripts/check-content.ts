/**
 * npm run check: validates every content file with the schemas the build uses and lists every problem,
 * `file:line [エラー] field: message`, then exits 1 if there is any error (warnings alone exit 0).
 */
import { contentDir } from '../src/lib/content-dir.ts';
import { loadContent } from '../src/lib/content-files.ts';
import { formatProblem } from '../src/lib/problems.ts';

const root = contentDir();
const { entries, problems } = loadContent(root);
const sorted = [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
for (const p of sorted) console.log(formatProblem(p));
const errors = problems.filter((p) => p.severity === 'error').length;
const warnings = problems.length - errors;
console.log(`\n${entries.length} 件のファイルを確かめました。エラー ${errors} 件、注意 ${warnings} 件。`);
if (errors > 0) {
	console.log('エラーを直してから、もう一度 npm run check を実行してください。');
	process.exit(1);
}
