/**
 * 「紙で出す」: the address that carries the file (send/<kind>/?file=<code>) and its QR code as SVG, printed on
 * the sheet. Reading it back is ./paper-read.ts. Loaded by the form only when a sheet is printed.
 */
import QRCode from 'qrcode';
import { encodeFile } from './file-code.ts';

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
