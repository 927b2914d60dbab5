/**
 * npm run new [-- --kind salon --area aoba --slug yuuhi-cafe]: creates a salon, resource, volunteer opening
 * or meeting report from a template whose every field is explained in Japanese. Asks for what is not given.
 * Never overwrites a file.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/lib/content-dir.ts';
import { loadContent } from '../src/lib/content-files.ts';
import { tokyoDate } from '../src/lib/schedule/calendar.ts';

const KINDS = {
	salon: { label: 'サロン・通いの場', folder: 'salons', template: 'salon.md', levels: ['校区'] },
	resource: { label: '地域の資源', folder: 'resources', template: 'resource.md', levels: ['校区', '圏域', '市'] },
	volunteer: { label: 'ボランティア募集', folder: 'volunteers', template: 'volunteer.md', levels: ['校区', '圏域', '市'] },
	report: { label: '協議体の会議録', folder: 'reports', template: 'report.md', levels: ['校区', '市'] },
} as const;
type Kind = keyof typeof KINDS;

const { values } = parseArgs({ options: { kind: { type: 'string' }, area: { type: 'string' }, slug: { type: 'string' } } });
const root = contentDir();
const today = tokyoDate(new Date());
const areas = loadContent(root).entries.filter((e) => e.collection === 'areas');
const fail = (message: string): never => {
	console.error(message);
	process.exit(1);
};

const rl = createInterface({ input: process.stdin });
const answers = rl[Symbol.asyncIterator]();
/** Asks on the terminal; reading lines through the iterator also works when answers are piped in. */
const ask = async (question: string): Promise<string> => {
	process.stdout.write(question);
	const next = await answers.next();
	if (next.done) return fail(`\n${question.replace(/[:：]\s*$/, '')}: 答えがありません。--kind、--area、--slug で指定することもできます`);
	return String(next.value).trim();
};

let kind = values.kind as Kind | undefined;
if (!kind) {
	const names = Object.keys(KINDS) as Kind[];
	names.forEach((k, i) => console.log(`  ${i + 1}. ${KINDS[k].label}（${k}）`));
	const answer = await ask('何を作りますか？ 番号を入れてください: ');
	kind = names[Number(answer) - 1] ?? (answer as Kind);
}
if (!(kind in KINDS)) fail(`種類「${kind}」はありません。salon / resource / volunteer / report のどれかです`);
const spec = KINDS[kind!];
const choices = areas.filter((a) => (spec.levels as readonly string[]).includes(a.data['level'] as string));

let area = values.area;
if (!area) {
	choices.forEach((a) => console.log(`  ${a.id}（${a.data['name']}）`));
	area = await ask('地域の id を入れてください: ');
}
if (!choices.some((a) => a.id === area)) fail(`「${area}」は使えません。使える id: ${choices.map((a) => `${a.id}（${a.data['name']}）`).join('、')}`);

let slug = values.slug;
if (!slug && kind !== 'report') slug = await ask('ファイル名を英小文字・数字・ハイフンで入れてください（例: yuuhi-cafe）: ');
const name = kind === 'report' ? `${today}-${area}-council` : `${area}-${slug}`;
if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) fail(`ファイル名「${name}」には英小文字・数字・ハイフンだけが使えます`);
rl.close();

const file = join(root, spec.folder, area!, `${name}.md`);
if (existsSync(file)) fail(`${relative(process.cwd(), file)} はもうあります。上書きはしません。別の名前にしてください`);
const template = readFileSync(join(import.meta.dirname, 'templates', spec.template), 'utf8');
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, template.replaceAll('{{area}}', area!).replaceAll('{{today}}', today));
console.log(`\n${relative(process.cwd(), file)} を作りました。`);
console.log('1. ファイルを開いて、"" の中と説明を見ながら書きかえてください。');
console.log('2. npm run check で確かめてください（直すところを行番号つきで教えます）。');
console.log('3. npm run build のあと npm run preview でページを見られます。');
