import { describe, expect, test } from 'vitest';
import { parseContentFile } from '../safety/frontmatter.ts';
import { entryText } from './entry-file.ts';
import { decodeFile, encodeFile } from './file-code.ts';
import { SALON } from './test-fixtures.ts';

const parsed = parseContentFile(SALON);
const FILE = entryText(parsed.data, parsed.body);

describe('a file as a code for an address', () => {
	test('a new salon comes back byte for byte, and its code is short enough for a QR code in an address', async () => {
		const code = await encodeFile(FILE);
		expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
		expect(await decodeFile(code)).toBe(FILE);
		// A QR code holds up to 2,331 bytes at error correction M; the address around the code needs some of them.
		expect(code.length).toBeLessThan(2000);
		expect(code.length).toBeLessThan(new TextEncoder().encode(FILE).length);
	});
	test('what is not a code gives nothing: other characters, a code cut short, plain text', async () => {
		const code = await encodeFile(FILE);
		expect(await decodeFile('<script>alert(1)</script>')).toBeUndefined();
		expect(await decodeFile(code.slice(0, code.length / 2))).toBeUndefined();
		expect(await decodeFile('aGVsbG8')).toBeUndefined();
		expect(await decodeFile('')).toBeUndefined();
	});
	test('a small code that unfolds past the limit is refused, not unfolded', async () => {
		const bomb = await encodeFile('あ'.repeat(200_000));
		expect(bomb.length).toBeLessThan(2000);
		expect(await decodeFile(bomb, 64 * 1024)).toBeUndefined();
		expect(await decodeFile(bomb, 1024 * 1024)).toHaveLength(200_000);
	});
});
