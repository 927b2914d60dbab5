import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { contentFiles, nameProblem, publicFiles } from './file-policy.ts';

const root = mkdtempSync(join(tmpdir(), 'sasaeai-policy-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const folder = (files: Record<string, string | Buffer>) => {
	const dir = mkdtempSync(join(root, 'c-'));
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
	return dir;
};
const messages = (dir: string) => contentFiles(dir, dir).problems.map((p) => `${p.file}: ${p.message}`);

describe('which files are content', () => {
	test('entry files of each collection, drafts aside', () => {
		const dir = folder({
			'site.yaml': 'x',
			'salons/aoba/aoba-x.md': '---\n---\n',
			'salons/aoba/_draft.md': 'x',
			'reports/aoba/2026-01-01-aoba.mdx': 'x',
			'salons/.gitkeep': '',
		});
		const result = contentFiles(dir, dir);
		expect(result.problems).toEqual([]);
		expect(result.entries.map((e) => `${e.collection} ${e.rel}`)).toEqual(['reports aoba/2026-01-01-aoba.mdx', 'salons aoba/aoba-x.md']);
		expect(result.drafts).toHaveLength(1);
	});
	test('two files with one address, and two local issues with one id, are refused', () => {
		const dir = folder({
			'site.yaml': 'x',
			'reports/aoba/2026-01-01-x.md': 'x',
			'reports/aoba/2026-01-01-x.mdx': 'x',
			'local-issues/aoba/gomi.md': 'x',
			'local-issues/chuo/gomi.md': 'x',
		});
		const found = messages(dir);
		expect(found).toHaveLength(2);
		expect(found[0]).toBe(
			'local-issues/chuo/gomi.md: local-issues/aoba/gomi.md と同じ地域課題の id「gomi」になるため使えません（すでにあるのは local-issues/aoba/gomi.md の方です）。ページを置きかえることはできません。直すときは local-issues/aoba/gomi.md を直し、別のページなら、このファイルの名前を変えてください',
		);
		expect(found[1]).toMatch(
			/^reports\/aoba\/2026-01-01-x\.mdx: reports\/aoba\/2026-01-01-x\.md と同じページのアドレス（reports\/aoba\/2026-01-01-x\/）になるため使えません（すでにあるのは reports\/aoba\/2026-01-01-x\.md の方です）/,
		);
		expect(contentFiles(dir, dir).entries.map((e) => e.rel)).toEqual(['aoba/gomi.md', 'aoba/2026-01-01-x.md']);
	});
	test('x/index.md is the page x.md makes: the plainer name is the one already there, in whichever order they are read', () => {
		const dir = folder({
			'site.yaml': 'x',
			'salons/aoba/aoba-x/index.md': 'x',
			'salons/aoba/aoba-x.md': 'x',
			'reports/aoba/y/index.mdx': 'x',
			'reports/aoba/y/index.md': 'x',
		});
		expect(messages(dir)).toEqual([
			expect.stringMatching(/^reports\/aoba\/y\/index\.mdx: reports\/aoba\/y\/index\.md と同じページのアドレス（reports\/aoba\/y\/）/),
			expect.stringMatching(/^salons\/aoba\/aoba-x\/index\.md: salons\/aoba\/aoba-x\.md と同じページのアドレス（salons\/aoba\/aoba-x\/）/),
		]);
	});
	test('a name differing only by case or Unicode form is refused, naming the page it would take', () => {
		const dir = folder({ 'site.yaml': 'x', 'salons/aoba/aoba-x.md': 'x', 'salons/aoba/Aoba-X.md': 'x', 'salons/aoba/aoba-ｘ.md': 'x' });
		const found = messages(dir);
		expect(found).toHaveLength(2);
		for (const line of found)
			expect(line).toMatch(
				/^salons\/aoba\/(Aoba-X|aoba-ｘ)\.md: .*。salons\/aoba\/aoba-x\.md と同じページになります（すでにあるのは salons\/aoba\/aoba-x\.md の方です）$/,
			);
	});
	test('names Windows reserves, and names over 100 characters, are refused for files, folders and photos', () => {
		const long = `a${'b'.repeat(100)}`;
		const dir = folder({
			'site.yaml': 'x',
			'salons/aoba/con.md': 'x',
			'salons/lpt1/aoba-x.md': 'x',
			[`salons/aoba/${long}.md`]: 'x',
			'areas/nul.md': 'x',
		});
		expect(messages(dir)).toEqual([
			'areas/nul.md: 「nul」は Windows で使えない名前です（CON・PRN・AUX・NUL・COM1〜9・LPT1〜9 は拡張子を付けても使えません）。別の名前にしてください',
			`salons/aoba/${long}.md: 名前が長すぎます（104文字）。100文字以内にしてください`,
			'salons/aoba/con.md: 「con」は Windows で使えない名前です（CON・PRN・AUX・NUL・COM1〜9・LPT1〜9 は拡張子を付けても使えません）。別の名前にしてください',
			'salons/lpt1: フォルダの「lpt1」は Windows で使えない名前です（CON・PRN・AUX・NUL・COM1〜9・LPT1〜9 は拡張子を付けても使えません）。別の名前にしてください',
		]);
		const pub = folder({ 'photos/aux.jpg': Buffer.from([0xff, 0xd8, 0xff, 0]) });
		expect(publicFiles(pub, pub).map((p) => `${p.file}: ${p.message}`)).toEqual([
			expect.stringMatching(/^photos\/aux\.jpg: 「aux」は Windows で使えない名前です/),
		]);
	});
	test('a missing site.yaml and an unknown top-level folder are named', () => {
		expect(messages(folder({ 'notes/a.md': 'x' }))).toEqual([
			'notes: 「notes」というフォルダは使われません。使えるフォルダ: areas、salons、resources、volunteers、reports、local-issues',
			'site.yaml: サイトの設定ファイル site.yaml がありません（npm run init-town で作れます）',
		]);
	});
	test('a symbolic link is refused and never followed, also to a folder', () => {
		const dir = folder({ 'site.yaml': 'x' });
		mkdirSync(join(dir, 'salons/aoba'), { recursive: true });
		symlinkSync('/etc', join(dir, 'salons/aoba/etc'));
		expect(messages(dir)).toEqual([
			'salons/aoba/etc: シンボリックリンク（リンク先: /etc）は使えません。リンクではなく、ふつうのファイルを置いてください',
		]);
	});
	test.each([
		['.hidden', 'ドット（.）で始まる名前は使えません（隠しファイルになり、確認から漏れます）'],
		['-x', 'ハイフン（-）で始まる名前は使えません'],
		['a b', '名前に空白は使えません'],
		['あおば', '名前に日本語などは使えません（英小文字・数字・ハイフンで）'],
		['Aoba', '名前は英小文字・数字・ハイフン（-）だけにしてください（例: aoba-ikiiki-salon.md）'],
		['a\u202eb', '名前に見えない文字・制御文字 向きの上書き（右から左）（U+202E）が入っています'],
	])('the name %j: %s', (name, message) => {
		expect(nameProblem(name)).toBe(message);
	});
});

describe('public/: photos only', () => {
	const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
	test('real photos pass; anything else, or a photo that is not what its name says, is refused', () => {
		const dir = folder({
			'photos/ok.png': PNG,
			'photos/2026/meeting.jpg': Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
			'photos/x.svg': '<svg/>',
			'photos/fake.jpg': PNG,
			'robots.txt': 'x',
			'photos/.gitkeep': '',
		});
		expect(publicFiles(dir, dir).map((p) => `${p.file}: ${p.message}`)).toEqual([
			'photos/fake.jpg: 中身がJPEGの画像ではありません（名前と中身が合いません）',
			'photos/x.svg: 写真は JPEG・PNG・WebP・GIF・AVIF（.jpg .png .webp .gif .avif）にしてください。SVG・HTML・XML・PDF などは、開いたときにプログラムが動くことがあるため置けません',
			'robots.txt: public/ に置けるのは public/photos/ の写真（JPEG・PNG・WebP・GIF・AVIF）だけです',
		]);
	});
});
