/**
 * 「紙で出す」 and back: the address that carries the file (send/<kind>/?file=<code>, for the QR code printed on
 * the sheet), its QR code as SVG, and the file read back from such an address on the coordinator's phone, by the
 * same reader as every sent file (parseContentFile: YAML as data only, no aliases, no tags, within the size
 * limit). The form then fills itself with it and checks it with the schema like anything typed. Loaded by the
 * form only when a sheet is printed or such an address is opened.
 */
import QRCode from 'qrcode';
import { FrontmatterError, parseContentFile } from '../safety/frontmatter.ts';
import { decodeFile, encodeFile } from './file-code.ts';

/** The form's address with the file in it; `edit` keeps the entry being fixed (?edit=<area>/<name>). */
export async function paperAddress(formUrl: string, text: string, edit?: string): Promise<string> {
	const url = new URL(formUrl);
	url.search = '';
	url.hash = '';
	if (edit) url.searchParams.set('edit', edit);
	url.searchParams.set('file', await encodeFile(text));
	return url.href;
}

/** The QR code of an address as SVG, or undefined when the address is too long for one. */
export async function qrSvg(address: string): Promise<string | undefined> {
	try {
		return await QRCode.toString(address, { type: 'svg', margin: 2, errorCorrectionLevel: 'L' });
	} catch {
		return undefined;
	}
}

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
