/**
 * The bytes of a file given to `npm run import-population`, as text tables: a .txt or .csv as it is, or the .zip
 * e-Stat delivers (`tblT001141H5339.zip` holding `tblT001141H5339.txt`), opened with the bounded ZIP reading of
 * src/lib/safety/xlsx-guard.ts (sizes checked on the archive's own list before a byte is unpacked, each part
 * unpacked with a cap). Text is decoded by src/lib/import/encodings.ts (Shift_JIS is read as cp932).
 */
import { decodeBytes, isZip } from '../import/encodings.ts';
import { IMPORT_LIMITS, mib } from '../safety/limits.ts';
import { unpack, XlsxLimitError, zipEntries } from '../safety/xlsx-guard.ts';

export interface TextPart {
	/** `file` or `file の中の part.txt`, for messages. */
	name: string;
	text: string;
	encoding: string;
}

/** The text tables in a file's bytes. Throws a Japanese message naming the file when it cannot be read. */
export function meshFileTexts(bytes: Uint8Array, file: string): TextPart[] {
	if (!isZip(bytes)) {
		const { text, encoding } = decodeBytes(bytes);
		return [{ name: file, text, encoding }];
	}
	try {
		const entries = zipEntries(bytes).filter((e) => /\.(txt|csv)$/i.test(e.name) && !e.name.endsWith('/'));
		if (!entries.length) throw new XlsxLimitError('中に .txt か .csv のファイルがありません');
		const total = entries.reduce((sum, e) => sum + e.size, 0);
		if (total > IMPORT_LIMITS.xlsxUnpackedBytes)
			throw new XlsxLimitError(`展開すると ${mib(total)} になります（${mib(IMPORT_LIMITS.xlsxUnpackedBytes)} まで）`);
		if (entries.some((e) => e.flags & 1)) throw new XlsxLimitError('パスワードで暗号化されています');
		return entries.map((e) => {
			const { text, encoding } = decodeBytes(unpack(bytes, e));
			return { name: `${file} の中の ${e.name.slice(0, 100)}`, text, encoding };
		});
	} catch (error) {
		if (error instanceof XlsxLimitError) throw new Error(`${file}: ZIP を開けません: ${error.message}`, { cause: error });
		throw error;
	}
}
