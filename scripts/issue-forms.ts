/**
 * npm run issue-forms: makes the `area` field of every issue form in .github/ISSUE_TEMPLATE/ a dropdown of the
 * town's 第2層 areas (src/lib/issue-forms.ts). `--check` only compares and exits 1 when a form is out of date.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from '../src/lib/content-dir.ts';
import { formAreas, issueFormsDrift } from '../src/lib/issue-forms-files.ts';
import { withAreaDropdown } from '../src/lib/issue-forms.ts';

const folder = '.github/ISSUE_TEMPLATE';
if (!existsSync(folder)) {
	console.log(`${folder} がありません。`);
	process.exit(0);
}
const { areas, word } = formAreas(contentDir());
if (process.argv.includes('--check')) {
	const drift = issueFormsDrift(folder, contentDir());
	for (const f of drift) console.log(`${f} が content/areas/ と合っていません。npm run issue-forms で作り直してください。`);
	process.exit(drift.length ? 1 : 0);
}
for (const f of readdirSync(folder).filter((f) => f.endsWith('.yml') && f !== 'config.yml')) {
	const path = join(folder, f);
	const before = readFileSync(path, 'utf8');
	const after = withAreaDropdown(before, areas, word);
	if (after !== before) {
		writeFileSync(path, after);
		console.log(`${path}: ${word}の選択肢を ${areas.length} 件にしました。`);
	}
}
