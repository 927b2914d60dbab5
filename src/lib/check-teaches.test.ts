/** npm run check teaches: the usual mistakes of a volunteer writing by hand, named on their line, with what to do. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { TOWNS } from '../../tests/towns.ts';
import { loadContent } from './content-files.ts';
import { formatProblem } from './problems.ts';

const dir = mkdtempSync(join(tmpdir(), 'sasaeai-teach-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
cpSync(TOWNS.kawanami, dir, { recursive: true });
const file = join(dir, 'salons/kamigawa/kamigawa-orange-cafe.md');
const original = readFileSync(file, 'utf8');
const problemsWith = (text: string) => {
	writeFileSync(file, text);
	return loadContent(dir, { displayRoot: dir })
		.problems.filter((p) => p.file.endsWith('kamigawa-orange-cafe.md'))
		.map(formatProblem);
};

test('a schedule written as text gets the YAML line to paste instead', () => {
	const text = original.replace(/^schedule:\n(  .*\n)+/m, 'schedule: 第２・第４水曜　１３：３０〜１５：００\n');
	const [problem] = problemsWith(text);
	expect(problem).toMatch(
		/^salons\/kamigawa\/kamigawa-orange-cafe\.md:\d+ \[エラー\] schedule: 日時は文章ではなく、きまりの形で書きます。この行を次の1行に置きかえてください: schedule: \{ rules: \[/,
	);
	expect(problem).toContain('weeks: [ 2, 4 ]');
});
test('a placeholder left from the template is named, on its line', () => {
	const text = original.replace(/^area: .*$/m, 'area: {{area}}');
	const line = text.split('\n').findIndex((l) => l.startsWith('area:')) + 1;
	expect(problemsWith(text)).toEqual([
		`salons/kamigawa/kamigawa-orange-cafe.md:${line} [エラー] ひな形の「{{area}}」がそのまま残っています。地域の id（content/areas/ のファイル名。例: aoba）に書きかえてください`,
	]);
});
