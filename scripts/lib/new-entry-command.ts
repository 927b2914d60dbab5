/**
 * npm run new as a function (what it does: scripts/new-entry.ts): the script runs it for a coordinator, asking on
 * the terminal; scripts/new-entry.test.ts runs it in its own process with the answers given as lines.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { contentDir } from '../../src/lib/content-dir.ts';
import { loadContent } from '../../src/lib/content-files.ts';
import { isRealDate } from '../../src/lib/japanese.ts';
import { newEntryChoices } from '../../src/lib/kinds.ts';
import { portableNameProblem } from '../../src/lib/safety/portable-name.ts';
import type { EntryRef } from '../../src/lib/references.ts';
import { tokyoDate } from '../../src/lib/schedule/calendar.ts';
import { AREA_LEVELS, areaKind, DISTRICT_LEVELS, type AreaKind, type AreaLevel } from '../../src/schemas/taxonomy.ts';

import { asking, askUntil, readOptions, refuse, withRefusals, type AskingIo, type Checked } from './command-io.ts';

/** The choices, from the table of kinds (src/lib/kinds.ts): the name typed after --kind, what it makes. */
const CHOICES = newEntryChoices();
const KIND_NAMES = CHOICES.map((c) => c.name);
const choiceOf = (name: string) => CHOICES.find((c) => c.name === name);

const HELP = `使い方: npm run new [-- 項目]

新しい情報のファイルを、説明つきのひな形から作ります。足りないことは質問します。
ファイルを上書きすることはありません。

  --kind   何を作るか: ${CHOICES.map((c) => `${c.name}（${c.label}）`).join('、')}
  --area   地域の id（content/areas/ のファイル名。例: aoba）
  --slug   ファイル名（英小文字・数字・ハイフン。例: yuuhi-cafe）。地域の id は自動で前に付きます
  --date   会議録の開催日・地域課題の提起日（例: 2026-11-19。書かなければ今日）
  --level  地域の種類（--kind area のとき。例: 地区）
  --parent ひとつ上の地域の id（--kind area のとき）
  --help   この説明

例:
  npm run new -- --kind salon --area aoba --slug yuuhi-cafe
  npm run new -- --kind report --area aoba --date 2026-11-19
  npm run new -- --kind area --slug kamigawa --level 地区 --parent kawanami

作ったあとは npm run check で確かめてください。項目の意味は docs/fields.md（サイトの /help/fields/）にあります。`;

async function run(args: string[], io: AskingIo): Promise<number> {
	const values: Record<string, string | boolean | undefined> = readOptions(
		{
			args,
			options: {
				kind: { type: 'string' },
				area: { type: 'string' },
				slug: { type: 'string' },
				date: { type: 'string' },
				level: { type: 'string' },
				parent: { type: 'string' },
				help: { type: 'boolean', short: 'h' },
			},
		},
		HELP,
	).values;
	if (values['help']) {
		io.out(HELP);
		return 0;
	}

	const root = contentDir(io.env, io.cwd);
	const today = tokyoDate(new Date());
	const loaded = loadContent(root);
	/** Areas as written, also one whose blanks are still to be filled in (init-town's, a template's). */
	const areas = [...loaded.entries, ...loaded.unvalidated].filter(
		(e) => e.collection === 'areas' && AREA_LEVELS.includes(e.data['level'] as AreaLevel),
	);
	const ask = <T>(question: string, check: (answer: string) => Checked<T>): Promise<T> =>
		askUntil(
			io,
			question,
			check,
			`\n${question.replace(/[:：]\s*$/, '')}: 答えがありません。--kind、--area、--slug などで指定することもできます（npm run new -- --help）`,
		);
	/** Uses the value given on the command line (stopping on a wrong one), or asks. */
	async function given<T>(value: unknown, question: string, check: (answer: string) => Checked<T>, list?: () => void): Promise<T> {
		if (typeof value === 'string') {
			const result = check(value.trim());
			return 'ok' in result ? result.ok : refuse(result.error);
		}
		list?.();
		return ask(question, check);
	}

	const SLUG = /^[a-z0-9][a-z0-9-]*$/;
	const slugCheck = (answer: string) => {
		if (!SLUG.test(answer))
			return { error: `「${answer}」は使えません。英小文字・数字・ハイフン（-）で、先頭は英小文字か数字にしてください（例: yuuhi-cafe）` };
		const unportable = portableNameProblem(`${answer}.md`);
		return unportable ? { error: unportable } : { ok: answer };
	};
	const dateCheck = (answer: string) => {
		const date = answer === '' ? today : answer.normalize('NFKC').replace(/[/.]/g, '-');
		return isRealDate(date) ? { ok: date } : { error: `「${answer}」は日付として読めません。2026-11-19 のように書いてください` };
	};
	const areaLine = (a: EntryRef) => `${a.id}（${a.data['name']}）`;
	/** One of `list` by its id: given, or asked with the list shown. */
	const chooseArea = (value: unknown, question: string, list: EntryRef[]) =>
		given(
			value,
			question,
			(answer) =>
				list.some((a) => a.id === answer)
					? { ok: answer }
					: { error: `「${answer}」は使えません。使える id: ${list.map(areaLine).join('、')}` },
			() => list.forEach((a) => io.out(`  ${areaLine(a)}`)),
		);

	const { kind, label } = await given(
		values['kind'],
		'何を作りますか？ 番号か名前を入れてください: ',
		(answer) => {
			const choice = choiceOf(KIND_NAMES[Number(answer) - 1] ?? answer);
			return choice
				? { ok: choice }
				: { error: `「${answer}」はありません。1〜${KIND_NAMES.length} の番号か、${KIND_NAMES.join(' / ')} のどれかです` };
		},
		() => CHOICES.forEach((c, i) => io.out(`  ${i + 1}. ${c.label}（${c.name}）`)),
	);
	const naming = kind.newEntry.fileName;

	let file: string;
	const replacements: Record<string, string> = { today };

	if (naming === 'area-file') {
		const ids = new Set(areas.map((a) => a.id));
		const top = areas.filter((a) => areaKind(a.data['level'] as AreaLevel) === 'top');
		const parents = areas.filter((a) => areaKind(a.data['level'] as AreaLevel) !== 'district');
		const districtWord = (areas.map((a) => a.data['level'] as AreaLevel).find((l) => areaKind(l) === 'district') ?? '校区') as AreaLevel;
		const level = await given(
			values['level'],
			`地域の種類を入れてください（${top.length ? `${DISTRICT_LEVELS.join('・')}、圏域` : '市・町・村・区'}。何も入れなければ ${top.length ? districtWord : '町'}）: `,
			(answer) => {
				const l = (answer || (top.length ? districtWord : '町')) as AreaLevel;
				return (AREA_LEVELS as readonly string[]).includes(l)
					? { ok: l }
					: { error: `「${answer}」は使えません。${AREA_LEVELS.join('・')} のどれかです` };
			},
		);
		const slug = await given(values['slug'], 'この地域の id（ファイル名）を英小文字で入れてください（例: kamigawa）: ', (answer) => {
			const checked = slugCheck(answer);
			if ('error' in checked) return checked;
			return ids.has(answer) ? { error: `「${answer}」という地域はもうあります。別の id にしてください` } : checked;
		});
		let parent = '';
		if (areaKind(level) !== 'top') {
			if (!parents.length)
				refuse(`ひとつ上の地域（市町村全体）のファイルがまだありません。先に npm run new -- --kind area --level 町 で作ってください`);
			parent = await chooseArea(
				values['parent'] ?? (parents.length === 1 ? parents[0]!.id : undefined),
				'ひとつ上の地域の id を入れてください: ',
				parents,
			);
		}
		const center = (areas.find((a) => a.id === parent)?.data['center'] as { lat: number; lng: number } | undefined) ?? {
			lat: 35,
			lng: 135,
		};
		Object.assign(replacements, { id: slug, level, parent, lat: String(center.lat), lng: String(center.lng) });
		file = join(root, kind.folder, `${slug}.md`);
	} else {
		const allowed: readonly AreaKind[] = kind.areas?.kinds ?? [];
		const choices = areas.filter((a) => allowed.includes(areaKind(a.data['level'] as AreaLevel)));
		if (!choices.length)
			refuse(`${label}を置ける地域がまだありません。先に content/areas/ に地域を作ってください（npm run new -- --kind area）`);
		const area = await chooseArea(values['area'], '地域の id を入れてください: ', choices);
		replacements['area'] = area;
		const folder = join(root, kind.folder, area);
		if (naming === 'meeting-date') {
			const date = await given(values['date'], '開催日を入れてください（例: 2026-11-19。何も入れなければ今日）: ', dateCheck);
			// A second meeting on the same day gets its own name: …-council-2.md
			let name = `${date}-${area}-council`;
			for (let n = 2; kind.extensions.some((ext) => existsSync(join(folder, `${name}.${ext}`))); n++) name = `${date}-${area}-council-${n}`;
			replacements['date'] = date;
			file = join(folder, `${name}.md`);
		} else if (naming === 'unique-slug') {
			// Every issue file counts, also one still being written (which the check refuses): ids are unique across areas.
			const issueFolder = join(root, kind.folder);
			const issueIds = new Set(
				existsSync(issueFolder)
					? (readdirSync(issueFolder, { recursive: true }) as string[]).map((f) => basename(f).replace(/\.mdx?$/, ''))
					: [],
			);
			const slug = await given(values['slug'], '課題の id（ファイル名）を英小文字で入れてください（例: gomidashi-konnan）: ', (answer) => {
				const checked = slugCheck(answer);
				if ('error' in checked) return checked;
				return issueIds.has(answer) ? { error: `「${answer}」という${label}はもうあります。別の id にしてください` } : checked;
			});
			replacements['date'] = await given(values['date'], '提起された日を入れてください（何も入れなければ今日）: ', dateCheck);
			replacements['id'] = slug;
			file = join(folder, `${slug}.md`);
		} else {
			const slug = await given(values['slug'], 'ファイル名を英小文字・数字・ハイフンで入れてください（例: yuuhi-cafe）: ', slugCheck);
			// The area id comes first in every file name, once: aoba-yuuhi-cafe, also when "aoba-yuuhi-cafe" was typed.
			const name = slug.startsWith(`${area}-`) ? slug : `${area}-${slug}`;
			file = join(folder, `${name}.md`);
		}
	}

	// The whole name, area id included, is one every system can hold (the file policy's rule).
	const unportable = portableNameProblem(basename(file));
	if (unportable) refuse(`${relative(io.cwd, file)}: ${unportable}`);
	if (existsSync(file)) refuse(`${relative(io.cwd, file)} はもうあります。上書きはしません。別の名前にしてください`);
	let text = readFileSync(join(import.meta.dirname, '..', 'templates', kind.newEntry.template), 'utf8');
	for (const [key, value] of Object.entries(replacements)) text = text.replaceAll(`{{${key}}}`, value);
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, text);
	io.out(`\n${relative(io.cwd, file)} を作りました。`);
	io.out('1. ファイルを開いて、"" の中と説明を見ながら書きかえてください（項目の意味は docs/fields.md）。');
	io.out('2. npm run check で確かめてください（直すところを行番号つきで教えます）。');
	io.out('3. npm run build のあと npm run preview でページを見られます。');
	return 0;
}

/** Runs `npm run new -- <args>`; resolves to the exit code (1: refused, nothing written). */
export async function newEntryCommand(args: string[], io?: AskingIo): Promise<number> {
	return asking(io, (asked) => withRefusals(asked, () => run(args, asked)));
}
