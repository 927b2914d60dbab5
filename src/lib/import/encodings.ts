/**
 * Decoding the bytes of a text file as Japanese offices save them: UTF-8 with or without a BOM, UTF-16LE or BE
 * (Excel's 「Unicode テキスト」 is UTF-16LE with a BOM, tab-separated), or Shift_JIS. Shift_JIS is decoded as cp932
 * (Windows-31J): Node's TextDecoder('shift_jis') is cp932, so 「～」 (U+FF5E), 「①」 and 「髙」 come through.
 * A file over IMPORT_LIMITS.fileBytes is refused before it is read (`importFileProblem`).
 */
import { IMPORT_LIMITS, mib } from '../safety/limits.ts';

export interface Decoded {
	text: string;
	/** The encoding found, as shown to the person importing: UTF-8 (BOM), UTF-8, UTF-16LE, UTF-16BE, Shift_JIS. */
	encoding: string;
}

/** Counts the zero bytes at even and odd positions of the first bytes: UTF-16 text without a BOM has many. */
function utf16Guess(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
	const n = Math.min(bytes.length, 4096);
	if (n < 4) return undefined;
	let even = 0;
	let odd = 0;
	for (let i = 0; i < n; i++) if (bytes[i] === 0) i % 2 === 0 ? even++ : odd++;
	const pairs = n / 2;
	if (odd > pairs * 0.3 && even < pairs * 0.05) return 'utf-16le';
	if (even > pairs * 0.3 && odd < pairs * 0.05) return 'utf-16be';
	return undefined;
}

/** Decodes a file's bytes, trying each encoding in turn; never throws. A leading BOM is removed. */
export function decodeBytes(bytes: Uint8Array): Decoded {
	const strip = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
	if (bytes[0] === 0xff && bytes[1] === 0xfe)
		return { text: strip(new TextDecoder('utf-16le').decode(bytes.subarray(2))), encoding: 'UTF-16LE' };
	if (bytes[0] === 0xfe && bytes[1] === 0xff)
		return { text: strip(new TextDecoder('utf-16be').decode(bytes.subarray(2))), encoding: 'UTF-16BE' };
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
		return { text: strip(new TextDecoder('utf-8').decode(bytes.subarray(3))), encoding: 'UTF-8 (BOM)' };
	const utf16 = utf16Guess(bytes);
	if (utf16) return { text: strip(new TextDecoder(utf16).decode(bytes)), encoding: utf16 === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE' };
	try {
		return { text: strip(new TextDecoder('utf-8', { fatal: true }).decode(bytes)), encoding: 'UTF-8' };
	} catch {
		return { text: strip(new TextDecoder('shift_jis').decode(bytes)), encoding: 'Shift_JIS' };
	}
}

/** Whether the bytes are an Excel workbook (.xlsx is a ZIP archive: PK\x03\x04). */
export function isZip(bytes: Uint8Array): boolean {
	return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * Why a file of `bytes` bytes is not read, in Japanese and naming the file, or undefined. Ask it with the size
 * from stat, before reading: a 2 GB CSV is refused without a byte of it in memory.
 */
export function importFileProblem(file: string, bytes: number): string | undefined {
	if (bytes <= IMPORT_LIMITS.fileBytes) return undefined;
	return `${file} は ${mib(bytes)} あります。取りこめるのは ${mib(IMPORT_LIMITS.fileBytes)} までです（ファイルの大きさの上限）。市区町村ごとなど、いくつかのファイルに分けてください`;
}
