/**
 * The form's side of the relay (relay/, docs/relay.md): a time token fetched when the page opens, then the file
 * sent with it. Answers are turned into what the form shows: a receipt (受付番号 = the issue number, and the page
 * where progress can be seen) or the relay's own Japanese problems, or a plain message when it cannot be reached.
 */

export interface RelayToken {
	token: string;
	/** When the token was fetched (ms): the relay accepts it from 3 seconds on. */
	at: number;
	turnstileSiteKey?: string;
}
export type RelayAnswer = { ok: true; receipt: number; url: string } | { ok: false; problems: string[] };
export interface Sending {
	path: string;
	file: string;
	note?: string;
	/** 「個人の名前・自宅の住所・個人の電話番号は入っていません」 was ticked. */
	confirmed: boolean;
	/** The honeypot: the hidden field's value, empty for a person. */
	website: string;
	turnstile?: string;
}

const UNREACHABLE =
	'いまは送れませんでした。インターネットにつながっているか確かめて、しばらくしてからもう一度押してください。ほかの送り方も使えます。';
/** The relay's wait before a token is good (3 s) and a little more. */
export const TOKEN_WAIT_MS = 3200;

const endpoint = (relay: string, path: string) => `${relay.replace(/\/+$/, '')}/${path}`;

export async function fetchToken(relay: string, fetcher: typeof fetch = fetch, now = Date.now): Promise<RelayToken | undefined> {
	try {
		const response = await fetcher(endpoint(relay, 'token'), { method: 'GET', credentials: 'omit' });
		if (!response.ok) return undefined;
		const body = (await response.json()) as { token?: unknown; turnstileSiteKey?: unknown };
		if (typeof body.token !== 'string') return undefined;
		return {
			token: body.token,
			at: now(),
			...(typeof body.turnstileSiteKey === 'string' ? { turnstileSiteKey: body.turnstileSiteKey } : {}),
		};
	} catch {
		return undefined;
	}
}

/** The relay's answer as the form shows it. */
export async function readAnswer(response: Response): Promise<RelayAnswer> {
	let body: { receipt?: unknown; url?: unknown; problems?: unknown } = {};
	try {
		body = (await response.json()) as typeof body;
	} catch {
		// An answer that is not JSON (a proxy's error page) is said plainly below.
	}
	if (response.status === 201 && typeof body.receipt === 'number' && typeof body.url === 'string' && /^https:\/\//.test(body.url))
		return { ok: true, receipt: body.receipt, url: body.url };
	const problems = Array.isArray(body.problems) ? body.problems.filter((p): p is string => typeof p === 'string' && p.length > 0) : [];
	if (problems.length) return { ok: false, problems };
	if (response.status === 429)
		return { ok: false, problems: ['続けて送られたため、しばらく受け付けません。2分ほど待ってから、もう一度押してください。'] };
	return { ok: false, problems: [UNREACHABLE] };
}

export async function sendToRelay(relay: string, token: RelayToken, sending: Sending, fetcher: typeof fetch = fetch): Promise<RelayAnswer> {
	const { note, turnstile, ...rest } = sending;
	const payload = { ...rest, ...(note ? { note } : {}), token: token.token, ...(turnstile ? { turnstile } : {}) };
	try {
		const response = await fetcher(endpoint(relay, 'send'), {
			method: 'POST',
			credentials: 'omit',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify(payload),
		});
		return await readAnswer(response);
	} catch {
		return { ok: false, problems: [UNREACHABLE] };
	}
}
