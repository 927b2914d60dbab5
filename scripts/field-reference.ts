/**
 * npm run fields: writes docs/fields.md, the field reference for people, from the zod schemas' own descriptions
 * (src/lib/help/field-reference.ts; the site's /help/fields/ page shows the same). `--check` only compares and
 * exits 1 when the file is out of date (the tests run it).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fieldReferenceMarkdown } from '../src/lib/help/field-reference.ts';

const FILE = 'docs/fields.md';
const text = fieldReferenceMarkdown();
if (process.argv.includes('--check')) {
	const current = (() => {
		try {
			return readFileSync(FILE, 'utf8');
		} catch {
			return '';
		}
	})();
	if (current !== text) {
		console.error(`${FILE} がスキーマと合っていません。npm run fields で作り直してください。`);
		process.exit(1);
	}
	console.log(`${FILE} はスキーマと合っています。`);
} else {
	writeFileSync(FILE, text);
	console.log(`${FILE} を書きました。`);
}
