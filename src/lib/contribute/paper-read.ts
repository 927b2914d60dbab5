/**
 * The file of a 「紙で出す」 sheet read back on the coordinator's phone (send/<kind>/?file=<code>): decoded
 * (./file-code.ts) and read by the same reader as every sent file (parseContentFile: YAML as data only, no
 * aliases, no tags, within the size limit). The form then fills itself with it and checks it with the schema like
 * anything typed. Loaded by the form only when such an address is opened.
 */
import { FrontmatterError, parseContentFile } from '../safety/frontmatter.ts';
import { decodeFile } from './file-code.ts';

export type FileFromCode = { data: Record<string, unknown>; body: string } | { problem: string };

/** The entry an address's ?file= code holds, or a plain Japanese problem. */
export async function fileFromCode(code: string): Promise<FileFromCode> {
	const text = await decodeFile(code);
	if (text === undefined) return { problem: 'QR コードの内容を読めませんでした。紙の内容を見ながら入れてください。' };
	try {
		const { data, body } = parseContentFile(text);
		return { data, body: body.trim() };
	} catch (error) {
		const why = error instanceof FrontmatterError ? error.message : String(error);
		return { problem: `QR コードの内容がファイルになっていません（${why}）。紙の内容を見ながら入れてください。` };
	}
}
