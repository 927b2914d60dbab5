import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { COLLECTIONS } from '../../schemas/index.ts';
import { parseContentFile } from '../safety/frontmatter.ts';
import { LIMITS } from '../safety/limits.ts';
import { entryText } from './entry-file.ts';
import { issueToFile, type IssueFile } from './issue-to-file.ts';
import { REPORT, REPORT_PATH, SALON, SALON_PATH } from './test-fixtures.ts';

const make = (file: string, path = SALON_PATH, existing?: string) =>
	issueToFile({ path, file, note: undefined, confirmed: true }, { existing });
const refusedWith = (result: IssueFile, ...words: string[]) => {
	expect(result.text).toBeUndefined();
	expect(result.problems.length).toBeGreaterThan(0);
	for (const word of words) expect(result.problems.join('\n')).toContain(word);
};
/** The salon with one line replaced. */
const salonWith = (from: string, to: string) => {
	expect(SALON).toContain(from);
	return SALON.replace(from, to);
};

describe('a valid salon', () => {
	const result = make(SALON);
	test('is written anew by the serialiser: byte for byte entryText of the data read from the issue', () => {
		expect(result.problems).toEqual([]);
		const parsed = parseContentFile(SALON);
		expect(result.text).toBe(entryText(parsed.data, parsed.body));
		expect(result.text).not.toBe(SALON); // the issue's own layout (flow style, unquoted times) is gone
		expect(result.entry?.path).toBe(SALON_PATH);
		expect(result.title).toBe('下川 夕日カフェ');
	});
	test('the written file passes the salon schema and reads back as the same data', () => {
		const back = parseContentFile(result.text!);
		expect(COLLECTIONS.salons.schema.safeParse(back.data).success).toBe(true);
		expect(back.data).toEqual(parseContentFile(SALON).data);
	});
	test('comments and layout from the issue do not survive', () => {
		const commented = salonWith('category: 居場所', 'category: 居場所 # ${{ secrets.GITHUB_TOKEN }}\n# $(curl evil)');
		const text = make(commented).text!;
		expect(text).not.toContain('secrets');
		expect(text).not.toContain('curl');
		expect(text).toBe(result.text);
	});
});

describe('the path', () => {
	test.each([
		['../../.github/workflows/x.md'],
		['salons/../../.github/workflows/x.md'],
		['salons/aoba/../../../etc/passwd.md'],
		['/etc/passwd.md'],
		['/salons/aoba/x.md'],
		['.github/workflows/x.yml'],
		['.github/workflows/aoba/x.md'],
		['salons\\aoba\\x.md'],
		['salons/aoba\\..\\x.md'],
		['salons%2Faoba%2Fx.md'],
		['salons/aoba/%2e%2e.md'],
		['salons/ａｏｂａ/x.md'], // full-width letters
		['salons/aoba/аоba.md'], // Cyrillic а and о
		['ｓａｌｏｎｓ/aoba/x.md'],
		['Salons/aoba/x.md'],
		['salons/Aoba/x.md'],
		['salons/aoba/X.md'],
		['salons/aoba/x.MD'],
		['salons/aoba/my salon.md'],
		['salons/aoba/x.md '],
		['salons/aoba/-x.md'],
		['salons/-aoba/x.md'],
		['salons/aoba/.x.md'],
		['salons/aoba/x..md'],
		['salons/aoba/x--y.md'],
		['salons/aoba/x.md\u0000.yml'],
		['salons/aoba/x\u202e.md'],
		['salons/aoba/x.md/'],
		['salons/aoba/sub/x.md'],
		['salons/x.md'],
		['areas/aoba/x.md'],
		['site.yaml'],
		['salons/aoba/x.yml'],
		['salons/aoba/x'],
	])('refuses %j', (path) => {
		refusedWith(make(SALON, path), '「ファイルの場所」');
	});
	test('MDX is refused with its own reason', () => {
		refusedWith(make(SALON, 'reports/aoba/2026-01-01-aoba.mdx'), 'MDX（.mdx）のファイルはフォームからは送れません');
	});
	test("the folder must be the entry's area (its areas, for a resource)", () => {
		refusedWith(make(SALON, 'salons/kamigawa/shimogawa-yuhi-cafe.md'), '「area」', 'kamigawa', 'shimogawa');
		const resource = [
			'---',
			'name: 下川 買い物バス',
			'yomi: しもがわ かいものばす',
			'summary: 週に一度、スーパーまでの送迎バスを出しています。',
			'target: 下川地区の方',
			'fields: [生活支援]',
			'service_class: 地域の助け合い',
			'provider:',
			'  name: 下川地区 自治会連合会',
			'  type: 自治会',
			'areas: [shimogawa]',
			'contact:',
			'  name: 下川地区 自治会連合会',
			'  tel: 000-300-0012',
			'how_to_apply: 電話で申し込んでください。',
			'last_confirmed: 2026-10-01',
			'status: 活動中',
			'---',
			'',
		].join('\n');
		expect(make(resource, 'resources/shimogawa/shimogawa-kaimono-bus.md').problems).toEqual([]);
		refusedWith(make(resource, 'resources/kamigawa/shimogawa-kaimono-bus.md'), '「areas」');
	});
});

describe('the YAML is data only', () => {
	test.each([
		['a tag that builds a function', salonWith('category: 居場所', 'category: !!js/function "function(){}"'), 'タグ'],
		['a custom tag', salonWith('category: 居場所', 'category: !custom 居場所'), 'タグ'],
		['an anchor and an alias', salonWith('target: どなたでも', 'target: &a どなたでも\nbring: *a'), 'アンカー'],
		['a merge key', salonWith('provider:\n', 'defaults: &d { type: 自治会 }\nprovider:\n  <<: *d\n'), 'アンカー'],
		['a merge key without an alias', salonWith('status: 活動中', 'status: 活動中\n<<: { capacity: 5 }'), '「<<」という項目はありません'],
		['a __proto__ key', salonWith('status: 活動中', 'status: 活動中\n__proto__: { isAdmin: true }'), '「__proto__」という項目はありません'],
		['a nested __proto__ key', salonWith('  type: 自治会', '  type: 自治会\n  __proto__: { polluted: true }'), '「provider.__proto__」'],
		[
			'a constructor key',
			salonWith('status: 活動中', 'status: 活動中\nconstructor: { prototype: { x: 1 } }'),
			'「constructor」という項目はありません',
		],
		['a duplicate key', salonWith('status: 活動中', 'status: 活動中\nstatus: 終了'), '同じ項目名が2回'],
		['JavaScript front matter', SALON.replace(/^---\n/, '---js\n'), '---js'],
		['no front matter', '# タイトル\n\n本文', '1行目は ---'],
		['a front matter that is a list', '---\n- a\n- b\n---\n', '項目名: 値'],
	])('%s is refused', (_name, file, message) => {
		const result = make(file);
		refusedWith(result, message);
		expect(({} as Record<string, unknown>)['isAdmin']).toBeUndefined();
		expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
	});
});

describe('what the schemas and the body rules refuse', () => {
	test.each([
		['a script tag in the body', `${SALON}\n<script>alert(1)</script>\n`, '「本文」', '<script>'],
		['a javascript: link in the body', `${SALON}\n[押してください](javascript:alert(1))\n`, '「本文」', 'javascript:alert(1)'],
		['an image from elsewhere in the body', `${SALON}\n![x](https://evil.example/x.svg)\n`, '「本文」', '画像'],
		['a javascript: url field', salonWith('status: 活動中', 'status: 活動中\nurl: javascript:alert(1)'), '「url」', 'https://'],
		['a line break in the name', salonWith('name: 下川 夕日カフェ', 'name: "下川\\n夕日カフェ"'), '「name」', '1行'],
		['a NUL in the name', salonWith('name: 下川 夕日カフェ', 'name: "下川\\0夕日カフェ"'), '「name」', 'U+0000'],
		['a right-to-left override in the name', salonWith('name: 下川 夕日カフェ', 'name: "下川\u202e夕日カフェ"'), '「name」', 'U+202E'],
		['a zero-width space in the summary', salonWith('summary: 川沿い', 'summary: 川\u200b沿い'), '「summary」', 'U+200B'],
		['a bidi isolate in the body', `${SALON}\n夕日\u2066カフェ\n`, '「本文」', 'U+2066'],
		['an escape character in the body', `${SALON}\n\u001b[31m赤\n`, '「本文」', '制御文字'],
		['an unknown key', salonWith('status: 活動中', 'status: 活動中\nstatuss: 活動中'), '「statuss」という項目はありません'],
		['a wrong category', salonWith('category: 居場所', 'category: 秘密基地'), '「category」', '次のどれか'],
		['a missing name', salonWith('name: 下川 夕日カフェ\n', ''), '「name」'],
	])('%s', (_name, file, ...words) => {
		refusedWith(make(file), ...words);
	});
	test('a problem names the line of the file in the issue', () => {
		expect(make(salonWith('category: 居場所', 'category: 秘密基地')).problems[0]).toContain('（4行目）');
	});
});

describe('shell and workflow syntax in values', () => {
	const hostile =
		'$(touch /tmp/pwned) `id` ${{ secrets.GITHUB_TOKEN }} ; rm -rf ~ | cat /etc/passwd && echo "x" \'y\' \\n %0A ::set-output name=x::y';
	const result = make(salonWith('target: どなたでも', `target: ${JSON.stringify(hostile)}`));
	test('is accepted as text and comes out as exactly the same string, read by any YAML reader', () => {
		expect(result.problems).toEqual([]);
		expect(parseContentFile(result.text!).data['target']).toBe(hostile);
		expect((load(result.text!.split('---\n')[1]!) as Record<string, unknown>)['target']).toBe(hostile);
	});
	test('stays one scalar on the target line: it cannot start a key, a document or a new line', () => {
		const lines = result.text!.split('\n');
		expect(lines.filter((l) => /pwned|passwd|set-output|secrets/.test(l))).toEqual([lines.find((l) => l.startsWith('target: '))]);
		expect(Object.keys(parseContentFile(result.text!).data)).toEqual(Object.keys(parseContentFile(SALON).data));
	});
});

describe('size', () => {
	test('a file over the size limit is refused before it is read', () => {
		const huge = `${SALON}\n${'あ'.repeat(LIMITS.fileBytes / 3 + 10)}\n`;
		refusedWith(make(huge), '大きすぎます', `${Math.round(LIMITS.fileBytes / 1024)} KB`);
	});
	test('a body over the body limit is refused', () => {
		refusedWith(make(`${SALON}\n${'a'.repeat(LIMITS.bodyChars + 1)}\n`), '本文が長すぎます');
	});
});

describe('a fix to a file already in the repository', () => {
	const existing = `---\n# 2026年10月に自治会に確かめた\n${SALON.slice(4)}`;
	test('rewrites only the fields that changed; the rest keeps its lines, comments included', () => {
		const fixed = salonWith('      start: 15:00\n      end: 17:00', '      start: 14:00\n      end: 16:00');
		const result = make(fixed, SALON_PATH, existing);
		expect(result.problems).toEqual([]);
		expect(result.text).toContain('# 2026年10月に自治会に確かめた');
		expect(result.text).toContain('fields: [集いと交流]');
		expect(result.text).toContain('start: "14:00"');
		expect(parseContentFile(result.text!).data).toEqual(parseContentFile(fixed).data);
	});
	test('the same content as the file already there is refused: there is nothing to change', () => {
		refusedWith(make(SALON, SALON_PATH, existing), '今のファイルと同じです');
	});
	test('a file already there that does not read is replaced by a new file', () => {
		const result = make(SALON, SALON_PATH, '---\nname: [\n---\n');
		expect(result.text).toBe(make(SALON).text);
	});
});

describe('private data', () => {
	test('a report naming a person and a private phone is made, with warnings for the coordinator', () => {
		const result = issueToFile({ path: REPORT_PATH, file: REPORT, note: undefined, confirmed: true });
		expect(result.problems).toEqual([]);
		expect(result.warnings.join('\n')).toContain('090-1234-5678');
		expect(result.warnings.join('\n')).toContain('山田さん');
	});
	test('an organisation phone the town lists is not a warning', () => {
		const report = REPORT.replace('山田さんから、090-1234-5678', '自治会長会から、000-300-0012');
		const result = issueToFile(
			{ path: REPORT_PATH, file: report, note: undefined, confirmed: true },
			{ knownPhones: new Set(['000-300-0012']) },
		);
		expect(result.warnings).toEqual([]);
	});
});
