/**
 * The entry file as a short code for an address (?file=…), so the QR code on the 「紙で出す」 sheet can carry it
 * to the coordinator's phone: the file's UTF-8 bytes compressed (deflate, the browser's own CompressionStream)
 * and written in base64url. Reading a code back gives text only, never more than `maxBytes` (a small code cannot
 * unfold into megabytes); the text is then read like any sent file (parseContentFile) and validated by the form.
 */

/** The most a decoded file may hold: the size limit of a content file is far below it. */
export const FILE_CODE_MAX_BYTES = 256 * 1024;

async function drain(stream: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array | undefined> {
	const reader = stream.getReader();
	const parts: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.byteLength;
		if (size > maxBytes) {
			await reader.cancel();
			return undefined;
		}
		parts.push(value);
	}
	const out = new Uint8Array(size);
	let at = 0;
	for (const p of parts) {
		out.set(p, at);
		at += p.byteLength;
	}
	return out;
}

const toBase64url = (bytes: Uint8Array) =>
	btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join(''))
		.replace(/\+/g, '-')
		.replace(/\//g, '_')
		.replace(/=+$/, '');

function fromBase64url(code: string): Uint8Array<ArrayBuffer> | undefined {
	if (!/^[A-Za-z0-9_-]*$/.test(code)) return undefined;
	try {
		const binary = atob(code.replace(/-/g, '+').replace(/_/g, '/'));
		return Uint8Array.from(binary, (c) => c.charCodeAt(0));
	} catch {
		return undefined;
	}
}

/** The file as a code for an address. */
export async function encodeFile(text: string): Promise<string> {
	const input = new Blob([new TextEncoder().encode(text)]).stream().pipeThrough(new CompressionStream('deflate-raw'));
	return toBase64url((await drain(input, Number.MAX_SAFE_INTEGER))!);
}

/** The file a code holds, or undefined when it is not one (broken, cut short, or unfolding past `maxBytes`). */
export async function decodeFile(code: string, maxBytes = FILE_CODE_MAX_BYTES): Promise<string | undefined> {
	const bytes = fromBase64url(code.trim());
	if (!bytes?.length) return undefined;
	try {
		const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
		const out = await drain(stream, maxBytes);
		return out && new TextDecoder('utf-8', { fatal: true }).decode(out);
	} catch {
		return undefined;
	}
}
