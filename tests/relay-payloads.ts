/**
 * The hostile payloads of tests/hostile.test.ts and tests/hostile-files.test.ts that are a file's content or a
 * file's name, as the relay receives them (a path and a file), with what the relay must answer: each is built
 * from the same fixture files in the same way, and expects the same words the check prints (the relay's lines
 * say 「field」（line）: message, the check's field: message). Where the relay refuses earlier than the check,
 * the expectation says the relay's words: a path the form never makes (the issue workflow's path rule), a
 * request too large to read, an area folder that differs from `area` (the relay cannot see the town's areas).
 * Payloads about the repository itself (symbolic links, files in public/, CI output) have no counterpart: the
 * relay receives text, never files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SAMPLE, TOWNS } from './towns.ts';

export interface Payload {
	/** Where it comes from: the test and the case. */
	from: string;
	path: string;
	file: string;
	/** Words every refusal must contain, one of them per item. */
	expect: string[];
	/** The HTTP status: 413 (too large to read), else 422 (the file refused). */
	status?: number;
}

const PWN = `globalThis.process.getBuiltinModule('fs').writeFileSync('/tmp/relay-pwned', 'pwned')`;
const validSalon = readFileSync(join(SAMPLE, 'salons/aoba/aoba-danchi-ikiiki-salon.md'), 'utf8');
const validReport = readFileSync(join(SAMPLE, 'reports/aoba/2026-09-17-aoba-council.mdx'), 'utf8');
const frontOf = (text: string) => text.slice(0, text.indexOf('\n---', 3) + 4);
const kawanamiSalon = readFileSync(join(TOWNS.kawanami, 'salons/kamigawa/kamigawa-orange-cafe.md'), 'utf8');
const kawanamiReport = readFileSync(join(TOWNS.kawanami, 'reports/kamigawa/2026-09-30-kamigawa-council.md'), 'utf8');
const named = (name: string, extra = '') => kawanamiSalon.replace(/^name: .*$/m, `name: ${name}`) + extra;
const K = (name: string) => `salons/kamigawa/${name}`;
const PATH_FORM = '「ファイルの場所」が使えない形です';

const many = (n: number) =>
	Array.from(
		{ length: n },
		(_, i) => `    - { repeat: 毎週, weekdays: [月, 火, 水, 木, 金, 土, 日], start: "${String(6 + (i % 12)).padStart(2, '0')}:00" }`,
	).join('\n');
const laughs = [
	'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
	...Array.from(
		{ length: 9 },
		(_, i) =>
			`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10)
				.fill(`*${String.fromCharCode(97 + i)}`)
				.join(',')}]`,
	),
].join('\n');
const evilMdx = `${frontOf(validReport)}\nimport fs from 'node:fs'\nexport const x = ${PWN}\n\n合計 {${PWN}}\n\n<Evil />\n<div onClick={() => 1}>x</div>\n`;

export const HOSTILE_PAYLOADS: Payload[] = [
	// tests/hostile.test.ts: code in front matter, markup in bodies, wrong fields, broken files
	{
		from: 'hostile js-front-matter',
		path: 'salons/aoba/js-front-matter.md',
		file: `---js\n{ name: (${PWN}, 'x') }\n---\n本文`,
		expect: ['「---js」の front matter は使えません'],
	},
	{
		from: 'hostile javascript-front-matter',
		path: 'salons/aoba/javascript-front-matter.md',
		file: `---javascript\n({ name: (${PWN}, 'x') })\n---\n`,
		expect: ['「---javascript」の front matter は使えません'],
	},
	{
		from: 'hostile coffee-front-matter',
		path: 'salons/aoba/coffee-front-matter.md',
		file: `---coffee\nname: do -> ${PWN}\n---\n`,
		expect: ['「---coffee」の front matter は使えません'],
	},
	{
		from: 'hostile yaml-function-tag',
		path: 'salons/aoba/yaml-function-tag.md',
		file: `---\nname: !!js/function "function () { ${PWN} }"\n---\n`,
		expect: ['YAML のタグ（!!js/function）は使えません'],
	},
	{
		from: 'hostile raw-html',
		path: 'salons/aoba/raw-html.md',
		file: `${frontOf(validSalon).replace('name: 青葉団地 いきいきサロン', 'name: 危険なサロン')}\n\n<script>${PWN}</script>\n\n<img src="x" onerror="alert(1)">\n\n[押して](javascript:alert(1))\n`,
		expect: ['HTML のタグ <script> は使えません', 'HTML のタグ <img> は使えません', 'リンク先「javascript:alert'],
	},
	{
		from: 'hostile salon-in-mdx',
		path: 'salons/aoba/salon-in-mdx.mdx',
		file: `${frontOf(validSalon)}\n{${PWN}}\n`,
		expect: ['MDX（.mdx）のファイルはフォームからは送れません'],
	},
	{
		from: 'hostile unknown-and-wrong',
		path: 'salons/aoba/unknown-and-wrong.md',
		file: frontOf(validSalon).replace('status: 活動中', 'status: 営業中\ncolour: 赤').replace('area: aoba', 'area: aobaa'),
		expect: [
			'次のどれかを書いてください: 活動中、休止中、終了',
			'「colour」という項目はありません',
			'ファイルの場所のフォルダ（aoba）と area（aobaa）がちがいます',
		],
	},
	{
		from: 'hostile proto-pollution',
		path: 'salons/aoba/proto-pollution.md',
		file: frontOf(validSalon).replace('status: 活動中', 'status: 活動中\n__proto__:\n  polluted: true'),
		expect: ['「__proto__」という項目はありません'],
	},
	{
		from: 'hostile swapped-coordinates',
		path: 'salons/aoba/swapped-coordinates.md',
		file: frontOf(validSalon).replace('{ lat: 34.8412, lng: 135.6183 }', '{ lat: 135.6183, lng: 34.8412 }'),
		expect: ['緯度（lat）と経度（lng）が逆になっています'],
	},
	{ from: 'hostile Bad Name', path: 'salons/aoba/Bad Name.md', file: validSalon, expect: ['名前に空白は使えません'] },
	{
		from: 'hostile no-front-matter',
		path: 'salons/aoba/no-front-matter.md',
		file: '# ただの文章\n',
		expect: ['ファイルの1行目は --- にしてください'],
	},
	{
		from: 'hostile broken-yaml',
		path: 'salons/aoba/broken-yaml.md',
		file: '---\nname: [閉じていない\nyomi: あ\n---\n',
		expect: ['YAML の書き方に誤りがあります'],
	},
	{ from: 'hostile evil.mdx', path: 'reports/aoba/evil.mdx', file: evilMdx, expect: ['MDX（.mdx）のファイルはフォームからは送れません'] },
	{
		from: 'hostile evil.mdx sent as .md',
		path: 'reports/aoba/2026-11-01-evil.md',
		file: evilMdx,
		expect: ['HTML のタグ <Evil> は使えません', 'HTML のタグ <div> は使えません'],
	},

	// tests/hostile-files.test.ts: names the check refuses, paths that leave, active formats
	{ from: 'hostile-files .hidden.md', path: K('.hidden.md'), file: named('隠しファイル'), expect: ['ドット（.）で始まる名前は使えません'] },
	{ from: 'hostile-files ..md', path: K('..md'), file: named('ドットドット'), expect: ['ドット（.）で始まる名前は使えません'] },
	{ from: 'hostile-files name with space', path: K('kamigawa with space.md'), file: named('空白'), expect: ['名前に空白は使えません'] },
	{ from: 'hostile-files Japanese name', path: K('上川サロン.md'), file: named('日本語'), expect: ['名前に日本語などは使えません'] },
	{ from: 'hostile-files -dash.md', path: K('-dash.md'), file: named('ダッシュ'), expect: ['ハイフン（-）で始まる名前は使えません'] },
	{
		from: 'hostile-files bidi name',
		path: K('kamigawa-\u202egnp.md'),
		file: named('向き'),
		expect: ['向きの上書き（右から左）（U+202E）'],
	},
	{ from: 'hostile-files logo.svg', path: K('logo.svg'), file: '<svg><script>x</script></svg>', expect: [PATH_FORM] },
	{ from: 'hostile-files a folder outside', path: '../../outside/kamigawa-outside.md', file: named('外のサロン'), expect: [PATH_FORM] },
	{ from: 'portable-name CON', path: K('con.md'), file: named('コン'), expect: ['「con」は Windows で使えない名前です'] },
	{
		from: 'portable-name trailing dot',
		path: 'salons/kamigawa./kamigawa-x.md',
		file: named('ドット'),
		expect: ['名前の終わりにドット（.）や空白は使えません'],
	},
	{ from: 'workflow path rule: .github', path: '.github/workflows/x.md', file: named('ワークフロー'), expect: [PATH_FORM] },
	{ from: 'workflow path rule: backslash', path: 'salons\\kamigawa\\kamigawa-x.md', file: named('バックスラッシュ'), expect: [PATH_FORM] },
	{ from: 'workflow path rule: %2F', path: 'salons/kamigawa/..%2F..%2Fx.md', file: named('エンコード'), expect: [PATH_FORM] },
	{
		from: 'hostile-files image escape',
		path: K('kamigawa-image-escape.md'),
		file: named('画像のサロン', '\n![x](../../../../outside/secret.png)\n\n![y](/photos/../../../outside/secret.png)\n'),
		expect: ['画像「../../../../outside/secret.png」は使えません', '画像「/photos/../../../outside/secret.png」は使えません'],
	},
	{
		from: 'hostile-files Photo escape (MDX)',
		path: 'reports/kamigawa/2026-11-01-kamigawa-council.mdx',
		file: `${kawanamiReport}\n<Photo src="/photos/../../outside/secret.png" alt="x" />\n`,
		expect: ['MDX（.mdx）のファイルはフォームからは送れません'],
	},

	// text: one policy for every field
	{
		from: 'hostile-files CR',
		path: K('kamigawa-cr.md'),
		file: named('"サロン\\rX-INJECTED:1\\rBEGIN:VEVENT"'),
		expect: ['改行コード CR（U+000D）'],
	},
	{
		from: 'hostile-files newline',
		path: K('kamigawa-newline.md'),
		file: named('"サロン\\n::error file=README.md::forged"'),
		expect: ['この項目は1行で書いてください（改行は使えません）'],
	},
	{
		from: 'hostile-files bidi',
		path: K('kamigawa-bidi.md'),
		file: named('"サロン\\u202Eexe.txt"'),
		expect: ['向きの上書き（右から左）（U+202E）'],
	},
	{
		from: 'hostile-files control',
		path: K('kamigawa-control.md'),
		file: named('"サロン\\u0001\\u001b[31m"'),
		expect: ['制御文字（U+0001）'],
	},
	{
		from: 'hostile-files zero-width summary',
		path: K('kamigawa-zwsp-summary.md'),
		file: kawanamiSalon.replace(/^summary: .*$/m, 'summary: "お茶\\u200bを飲みます"'),
		expect: ['ゼロ幅スペース（U+200B）'],
	},
	{
		from: 'hostile-files report title NUL',
		path: 'reports/kamigawa/2026-11-02-kamigawa-council.md',
		file: kawanamiReport.replace(/^title: .*$/m, 'title: "会議\\u0000録\\u000b"'),
		expect: ['制御文字（U+0000）'],
	},
	{
		from: 'hostile-files body bidi',
		path: K('kamigawa-body.md'),
		file: named('本文のサロン', '\n本文に\u202e逆向き\u200bの文字\n'),
		expect: ['「本文」', '向きの上書き（右から左）（U+202E）'],
	},

	// dates as written
	{
		from: 'hostile-files 2026-02-30',
		path: K('kamigawa-feb30.md'),
		file: kawanamiSalon.replace(/^last_confirmed: .*$/m, 'last_confirmed: 2026-02-30'),
		expect: ['ありえない日付です'],
	},
	{
		from: 'hostile-files "2026-02-30"',
		path: K('kamigawa-feb30-quoted.md'),
		file: kawanamiSalon.replace(/^last_confirmed: .*$/m, 'last_confirmed: "2026-02-30"'),
		expect: ['ありえない日付です'],
	},
	{
		from: 'hostile-files 0026-11-01',
		path: K('kamigawa-year26.md'),
		file: kawanamiSalon.replace(/^last_confirmed: .*$/m, 'last_confirmed: 0026-11-01'),
		expect: ['1900年から2100年までの日付にしてください'],
	},
	{
		from: 'hostile-files timestamp',
		path: K('kamigawa-timestamp.md'),
		file: kawanamiSalon.replace(/^last_confirmed: .*$/m, 'last_confirmed: 2026-11-01T10:00:00+09:00'),
		expect: ['日付は 2026-04-01 のように書いてください'],
	},

	// limits
	{
		from: 'hostile-files 5 MB summary',
		path: K('kamigawa-huge.md'),
		file: kawanamiSalon.replace(/^summary: .*$/m, `summary: ${'長'.repeat(5 * 1024 * 1024)}`),
		expect: ['送られた内容が大きすぎます'],
		status: 413,
	},
	{
		from: 'hostile-files long line',
		path: K('kamigawa-long-line.md'),
		file: kawanamiSalon.replace(/^summary: .*$/m, `summary: ${'長'.repeat(600)}`),
		expect: ['長すぎます（500文字まで）'],
	},
	{
		from: 'hostile-files 16 rules from year 1',
		path: K('kamigawa-rules.md'),
		file: kawanamiSalon.replace(/^schedule:\n  rules:\n[\s\S]*?(?=^\S)/m, `schedule:\n  from: 0001-01-01\n  rules:\n${many(16)}\n`),
		expect: ['多すぎます（8個まで）', '1900年から2100年までの日付にしてください'],
	},
	{
		from: 'hostile-files billion laughs',
		path: K('kamigawa-laughs.md'),
		file: `---\n${laughs}\n---\n`,
		expect: ['YAML のアンカー（&a）は使えません'],
	},
	{
		from: 'hostile-files long body',
		path: K('kamigawa-long-body.md'),
		file: named('長い本文', `\n${'あ'.repeat(25_000)}\n`),
		expect: ['本文が長すぎます'],
	},
	{
		from: 'file over 100 KB, request under the cap',
		path: K('kamigawa-100kb.md'),
		file: named('大きいサロン', `\n${'a'.repeat(110 * 1024)}\n`),
		expect: ['「ファイルの中身」が大きすぎます'],
	},

	// private data: a warning for npm run check, a refusal for a public issue
	{
		from: 'hostile-files private data in a report',
		path: 'reports/kamigawa/2026-09-30-kamigawa-council.md',
		file: `${kawanamiReport}\n山\u2060田さん（０９０\u2060-１２３４-５６７８）から相談があった。\n`,
		expect: ['単語結合子（U+2060）'],
	},
	{
		from: 'hostile-files private data in a report, without hidden characters',
		path: 'reports/kamigawa/2026-09-30-kamigawa-council.md',
		file: `${kawanamiReport}\n山田さん（０９０-１２３４-５６７８）から相談があった。\n`,
		expect: ['「山田さん」は個人の名前ではありませんか', '電話番号 090-1234-5678 は', 'Issue はだれでも読めるため'],
	},
];

/** Bodies the check's Markdown processor refuses; the stricter scanner of the Workers build must refuse them too. */
export const HOSTILE_BODIES: string[] = [
	'<script>alert(1)</script>',
	'<img src=x onerror=alert(1)>',
	'<!-- a comment -->',
	'[押して](javascript:alert(1))',
	'[押して](JaVaScRiPt:alert(1))',
	'[押して](  javascript:alert(1) )',
	'[押して](<javascript:alert(1)>)',
	'[押して][r]\n\n[r]: javascript:alert(1)',
	'[押して][r]\n\n[r]:\n  javascript:alert(1)',
	'[押して](jav&#97;script:alert(1))',
	'[押して](data:text/html,<script>alert(1)</script>)',
	'[押して](vbscript:msgbox)',
	'<javascript:alert(1)>',
	'<https://example.com>',
	'![x](../../outside.png)',
	'![x](/photos/../../outside.png)',
	'![x][r]\n\n[r]: ../../outside.png',
	'![x](https://tracker.example/p.gif)',
	'- ```\n  x\n  ```\n<script>alert(1)</script>',
	'> ```\n> x\n<script>alert(1)</script>',
	'x `y\nz` <script>alert(1)</script> `w`',
	'\\`<script>alert(1)</script>`',
	'    <script>alert(1)</script>',
	'テキスト\n<div>\n\n*a*\n\n</div>',
	'<details><summary>a</summary>b</details>',
	'- [ ] やること',
	'1. [x] やったこと',
	'> - [X] 引用の中',
	'- a\n  - [ ] 入れ子',
];
