/** The form's relay client against the real relay (called in this process) and a stub GitHub on 127.0.0.1. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createRelay } from '../../../relay/relay.ts';
import { relayEnv, startStub, type Stub } from '../../../tests/relay-stub.ts';
import { parseContentFile } from '../safety/frontmatter.ts';
import { entryText } from './entry-file.ts';
import { fetchToken, readAnswer, sendToRelay } from './relay-client.ts';
import { SALON, SALON_PATH } from './test-fixtures.ts';

const ORIGIN = 'https://town.example';
const RELAY = 'http://relay.test/';
let stub: Stub;
let clock = 1_800_000_000_000;
const relay = createRelay({ now: () => clock, log: () => {} });
/** fetch as the browser calls it from the site: with the site's Origin. */
const fetcher = ((input: RequestInfo | URL, init?: RequestInit) => {
	const request = new Request(input, init);
	request.headers.set('origin', ORIGIN);
	return relay.fetch(request, relayEnv(stub, ORIGIN), { clientAddress: '192.0.2.7' } as never);
}) as typeof fetch;

beforeAll(async () => {
	stub = await startStub();
});
afterAll(() => stub.close());

const parsed = parseContentFile(SALON);
const FILE = entryText(parsed.data as Record<string, unknown>, parsed.body);

describe('sending through the relay', () => {
	test('a token, then the file: the receipt is the issue number, with the page where progress is seen', async () => {
		const token = await fetchToken(RELAY, fetcher, () => clock);
		expect(token?.token).toMatch(/\./);
		clock += 10_000;
		const answer = await sendToRelay(RELAY, token!, { path: SALON_PATH, file: FILE, confirmed: true, website: '' }, fetcher);
		expect(answer).toEqual({ ok: true, receipt: stub.issues.at(-1)!.number, url: stub.issues.at(-1)!.html_url });
		expect(stub.issues.at(-1)!.body).toContain(SALON_PATH);
	});
	test('what the relay refuses comes back in its own Japanese words', async () => {
		const token = await fetchToken(RELAY, fetcher, () => clock);
		clock += 10_000;
		const answer = await sendToRelay(
			RELAY,
			token!,
			{ path: SALON_PATH, file: FILE.replace(/^yomi: .*$/m, 'yomi: ABC'), confirmed: true, website: '' },
			fetcher,
		);
		expect(answer.ok).toBe(false);
		expect(!answer.ok && answer.problems.join('\n')).toMatch(/ひらがな/);
	});
	test('a relay that cannot be reached, or answers with no JSON, is said plainly', async () => {
		const down = (() => Promise.reject(new TypeError('fetch failed'))) as typeof fetch;
		expect(await fetchToken(RELAY, down)).toBeUndefined();
		const answer = await sendToRelay(RELAY, { token: 'x.y', at: 0 }, { path: SALON_PATH, file: FILE, confirmed: true, website: '' }, down);
		expect(!answer.ok && answer.problems[0]).toMatch(/^いまは送れませんでした/);
		expect(await readAnswer(new Response('<html>', { status: 502 }))).toEqual({
			ok: false,
			problems: [expect.stringMatching(/^いまは送れませんでした/)],
		});
	});
});
