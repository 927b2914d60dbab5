/**
 * The file of a 「紙で出す」 sheet read back on the coordinator's phone (send/<kind>/?file=<code>): decoded
 * (./file-code.ts) and its front matter read by the same YAML reader as every sent file (parseYamlData: data
 * only, no anchors, aliases or tags, no duplicate keys), within the size limit of a content file. The form then
 * fills itself with it and checks it with the schema like anything typed. Loaded by the form only when such an
 * address is opened. Split at its --- fences as parseContentFile splits every file (../safety/split-frontmatter.ts).
 */
import { FrontmatterError, parseYamlData } from '../safety/frontmatter.ts';
import { LIMITS } from '../safety/limits.ts';
import { blankFrontmatter, splitFrontmatter } from '../safety/split-frontmatter.ts';
import { decodeFile } from './file-code.ts';

/** A content file's front matter as data, and its body. Throws FrontmatterError as parseContentFile does. */
export function readSentFile(text: string): { data: Record<string, unknown>; body: string } {
	if (new TextEncoder().encode(text).length > LIMITS.fileBytes) throw new FrontmatterError('ファイルが大きすぎます');
	const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	// Exactly ---: a language after it (---js) is refused, as parseContentFile refuses it.
	if (source.split('\n', 1)[0] !== '---')
		throw new FrontmatterError('ファイルの1行目は --- にしてください（front matter が見つかりません）', 1);
	const split = splitFrontmatter(source);
	if (!split) throw new FrontmatterError('front matter の終わりの --- が見つかりません');
	const data = blankFrontmatter(split.matter) ? {} : parseYamlData(split.matter);
	if (typeof data !== 'object' || data === null || Array.isArray(data))
		throw new FrontmatterError('front matter は「項目名: 値」の形で書いてください', 2);
	return { data: data as Record<string, unknown>, body: split.body };
}

export type FileFromCode = { data: Record<string, unknown>; body: string } | { problem: string };

/** The entry an address's ?file= code holds, or a plain Japanese problem. */
export async function fileFromCode(code: string): Promise<FileFromCode> {
	const text = await decodeFile(code);
	if (text === undefined) return { problem: 'QR コードの内容を読めませんでした。紙の内容を見ながら入れてください。' };
	try {
		const { data, body } = readSentFile(text);
		return { data, body: body.trim() };
	} catch (error) {
		const why = error instanceof FrontmatterError ? error.message : String(error);
		return { problem: `QR コードの内容がファイルになっていません（${why}）。紙の内容を見ながら入れてください。` };
	}
}
