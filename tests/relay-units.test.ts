/**
 * The relay's small parts on their own: the time token, the per-address bucket, the settings, the submission's
 * fields. The whole relay is tested in tests/relay.test.ts.
 */
import { describe, expect, test } from 'vitest';
import { readSubmission } from '../relay/check.ts';
import { readConfig } from '../relay/config.ts';
import { RateLimiter } from '../relay/rate-limit.ts';
import { checkToken, makeToken } from '../relay/time-token.ts';

const SECRET = 'a-secret-of-at-least-thirty-two-characters';
const T = Date.parse('2026-12-06T10:00:00Z');

describe('time token', () => {
	test('accepted from 3 seconds to 2 hours after it was made, refused before and after', async () => {
		const token = await makeToken(SECRET, T);
		expect(await checkToken(SECRET, token, T + 2_000)).toBe('too-new');
		expect(await checkToken(SECRET, token, T + 3_000)).toBe('ok');
		expect(await checkToken(SECRET, token, T + 2 * 3600_000)).toBe('ok');
		expect(await checkToken(SECRET, token, T + 2 * 3600_000 + 1_000)).toBe('too-old');
	});
	test('another secret, a changed time or a changed signature is invalid', async () => {
		const token = await makeToken(SECRET, T);
		const [time, mac] = token.split('.') as [string, string];
		expect(await checkToken(`${SECRET}x`, token, T + 10_000)).toBe('invalid');
		expect(await checkToken(SECRET, `${Number(time) - 100}.${mac}`, T + 10_000)).toBe('invalid');
		expect(await checkToken(SECRET, `${time}.${mac.slice(0, -1)}${mac.endsWith('A') ? 'B' : 'A'}`, T + 10_000)).toBe('invalid');
		for (const junk of ['', 'x', `${time}`, `${time}.${mac}.x`, `-1.${mac}`])
			expect(await checkToken(SECRET, junk, T + 10_000)).toBe('invalid');
	});
});

describe('rate limit', () => {
	test('a burst, then one request per refill period, per address', () => {
		const limiter = new RateLimiter({ burst: 3, refillSeconds: 60 });
		const takes = Array.from({ length: 5 }, () => limiter.take('a', T).allowed);
		expect(takes).toEqual([true, true, true, false, false]);
		expect(limiter.take('a', T).retryAfterSeconds).toBe(60);
		expect(limiter.take('b', T).allowed).toBe(true);
		expect(limiter.take('a', T + 59_000).allowed).toBe(false);
		expect(limiter.take('a', T + 60_000).allowed).toBe(true);
		expect(limiter.take('a', T + 60_000).allowed).toBe(false);
	});
	test('forgets the oldest addresses beyond its size, which then start with a full bucket', () => {
		const limiter = new RateLimiter({ burst: 1, refillSeconds: 3600, maxAddresses: 2 });
		expect(limiter.take('a', T).allowed).toBe(true);
		expect(limiter.take('a', T).allowed).toBe(false);
		limiter.take('b', T);
		limiter.take('c', T);
		expect(limiter.take('a', T).allowed).toBe(true);
	});
});

describe('settings', () => {
	const good = { GITHUB_TOKEN: 't', GITHUB_REPOSITORY: 'town/site', ALLOWED_ORIGIN: 'https://town.example/', RELAY_SECRET: SECRET };
	test('read, with the trailing slash of the origin taken off', () => {
		const read = readConfig(good);
		expect('config' in read && read.config.origin).toBe('https://town.example');
	});
	test('each missing or wrong setting is named, never its value', () => {
		const read = readConfig({
			GITHUB_TOKEN: '',
			GITHUB_REPOSITORY: 'town',
			ALLOWED_ORIGIN: 'https://town.example/path',
			RELAY_SECRET: 'short-secret-value',
		});
		const problems = 'problems' in read ? read.problems.join('\n') : '';
		for (const name of ['GITHUB_TOKEN', 'GITHUB_REPOSITORY', 'ALLOWED_ORIGIN', 'RELAY_SECRET']) expect(problems).toContain(name);
		expect(problems).not.toContain('short-secret-value');
	});
});

describe('the submission', () => {
	const fields = { path: 'salons/aoba/x.md', file: '---\n---\n', confirmed: true, token: 'x', website: '' };
	test("only the form's fields: anything about the sender is refused", () => {
		expect(readSubmission(fields).ok).toBe(true);
		const refused = readSubmission({ ...fields, name: '山田', contact: '090' });
		expect(refused.ok === false && refused.problems.join()).toContain('受け付けない項目があります（name、contact）');
	});
	test('not an object, or fields of the wrong type', () => {
		for (const json of [null, [], 'text', 1]) expect(readSubmission(json).ok).toBe(false);
		const wrong = readSubmission({ ...fields, path: 1, note: {} });
		expect(wrong.ok === false && wrong.problems.join()).toContain('「ファイルの場所」がありません');
		expect(wrong.ok === false && wrong.problems.join()).toContain('「コーディネーターへのひとこと」が読めません');
	});
});
