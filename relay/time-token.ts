/**
 * The signed time token: the page asks the relay for one (GET /token) when the form opens, and sends it back
 * with the file. It is `<seconds since 1970>.<HMAC-SHA-256 of that time, base64url>` signed with RELAY_SECRET,
 * so the page computes nothing and cannot make one itself. A token younger than 3 seconds (a script that fetches
 * and posts at once) or older than 2 hours is refused. Web Crypto only: runs in Workers and in Node.
 */

export const TOKEN_MIN_AGE_SECONDS = 3;
export const TOKEN_MAX_AGE_SECONDS = 2 * 60 * 60;

export type TokenVerdict = 'ok' | 'invalid' | 'too-new' | 'too-old';

const encoder = new TextEncoder();

function base64url(bytes: ArrayBuffer): string {
	let binary = '';
	for (const b of new Uint8Array(bytes)) binary += String.fromCharCode(b);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

async function sign(secret: string, seconds: number): Promise<string> {
	const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
	return base64url(await crypto.subtle.sign('HMAC', key, encoder.encode(`sasaeai-relay:${seconds}`)));
}

/** A token for this moment. */
export async function makeToken(secret: string, nowMs: number): Promise<string> {
	const seconds = Math.floor(nowMs / 1000);
	return `${seconds}.${await sign(secret, seconds)}`;
}

/** Compares without stopping at the first difference. */
function sameText(a: string, b: string): boolean {
	if (a.length !== b.length) return false;
	let diff = 0;
	for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
	return diff === 0;
}

/** Whether a token is ours and of the right age. */
export async function checkToken(secret: string, token: string, nowMs: number): Promise<TokenVerdict> {
	const m = /^(\d{9,11})\.([A-Za-z0-9_-]{43})$/.exec(token);
	if (!m) return 'invalid';
	const seconds = Number(m[1]);
	if (!sameText(await sign(secret, seconds), m[2]!)) return 'invalid';
	const age = nowMs / 1000 - seconds;
	if (age < TOKEN_MIN_AGE_SECONDS) return 'too-new';
	if (age > TOKEN_MAX_AGE_SECONDS) return 'too-old';
	return 'ok';
}
