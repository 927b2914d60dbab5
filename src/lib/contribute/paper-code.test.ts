import { describe, expect, test } from 'vitest';
import { parseContentFile } from '../safety/frontmatter.ts';
import { entryText } from './entry-file.ts';
import { encodeFile } from './file-code.ts';
import { paperAddress, qrSvg } from './paper-code.ts';
import { fileFromCode, readSentFile } from './paper-read.ts';
import { SALON } from './test-fixtures.ts';

const parsed = parseContentFile(SALON);
const FILE = entryText(parsed.data, parsed.body);
const FORM = 'https://town.example/guide/send/salons/?edit=old#top';

describe('「紙で出す」 and back', () => {
	test('the address on the sheet carries the file; read back, it is the same entry', async () => {
		const address = await paperAddress(FORM, FILE);
		const url = new URL(address);
		expect(url.origin + url.pathname).toBe('https://town.example/guide/send/salons/');
		expect([...url.searchParams.keys()]).toEqual(['file']);
		const back = await fileFromCode(url.searchParams.get('file')!);
		expect(back).toEqual({ data: parsed.data, body: parsed.body.trim() });
	});
	test('a fix keeps the entry it fixes', async () => {
		const url = new URL(await paperAddress(FORM, FILE, 'aoba/aoba-salon'));
		expect(url.searchParams.get('edit')).toBe('aoba/aoba-salon');
	});
	test('a new salon fits in a QR code; a file far too long gives none', async () => {
		const svg = await qrSvg(await paperAddress(FORM, FILE));
		expect(svg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
		expect(svg).not.toMatch(/<script|on[a-z]+=/i);
		const random = Array.from({ length: 6000 }, (_, i) => String.fromCharCode(0x4e00 + ((i * 7919) % 20000))).join('');
		expect(await qrSvg(await paperAddress(FORM, `---\nname: x\n---\n${random}`))).toBeUndefined();
	});
	test('a code holding no file, or a hostile one, gives a plain message and no data', async () => {
		expect(await fileFromCode('!!!')).toEqual({ problem: expect.stringContaining('読めませんでした') });
		const alias = await encodeFile('---\na: &x [1]\nb: *x\n---\n');
		expect(await fileFromCode(alias)).toEqual({ problem: expect.stringContaining('ファイルになっていません') });
		const tagged = await encodeFile('---\nname: !!js/function "function(){}"\n---\n');
		expect(await fileFromCode(tagged)).toEqual({ problem: expect.stringContaining('ファイルになっていません') });
		const notFile = await encodeFile('hello');
		expect(await fileFromCode(notFile)).toEqual({ problem: expect.stringContaining('ファイルになっていません') });
	});
	test('a file is read as parseContentFile reads it', () => {
		const read = readSentFile(FILE);
		expect(read.data).toEqual(parsed.data);
		expect(read.body.trim()).toBe(parsed.body.trim());
		expect(() => readSentFile('---js\nx\n---\n')).toThrow(/1行目/);
		expect(() => readSentFile('---\nname: x\n')).toThrow(/終わりの ---/);
		expect(() => readSentFile('---\n- a\n---\n')).toThrow(/項目名: 値/);
	});
});
