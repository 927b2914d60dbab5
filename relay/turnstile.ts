/**
 * Cloudflare Turnstile, when the town turns it on (TURNSTILE_SECRET): the page shows the widget with the site
 * key, sends its answer as `turnstile`, and the relay asks Cloudflare's siteverify whether it is genuine.
 * The address is TURNSTILE_VERIFY_URL when set (the tests' stub on 127.0.0.1).
 */

export const SITEVERIFY_URL = 'https://challenges.cloudflare.com/turnstile/v0/siteverify';

/** Whether siteverify accepts the widget's answer; false also when it cannot be reached. */
export async function turnstilePasses(
	secret: string,
	response: string | undefined,
	address: string | undefined,
	url = SITEVERIFY_URL,
): Promise<boolean> {
	if (!response || response.length > 2048) return false;
	const form = new URLSearchParams({ secret, response });
	if (address) form.set('remoteip', address);
	try {
		const r = await fetch(url, { method: 'POST', body: form });
		if (!r.ok) return false;
		const answer = (await r.json()) as { success?: unknown };
		return answer.success === true;
	} catch {
		return false;
	}
}
