/**
 * A token bucket per client address, in memory: each address may send `burst` requests at once, then one more
 * every `refillSeconds`. In Cloudflare Workers the memory is per isolate (each data centre and each restart has
 * its own buckets), so a town may also bind Cloudflare's rate limiter (relay/wrangler.toml, RATE_LIMITER); the
 * relay then asks both. The map forgets the oldest addresses beyond `maxAddresses`, so it cannot grow without end.
 */

export interface BucketOptions {
	burst: number;
	refillSeconds: number;
	maxAddresses?: number;
}

export class RateLimiter {
	readonly #buckets = new Map<string, { tokens: number; at: number }>();
	readonly #burst: number;
	readonly #refillMs: number;
	readonly #max: number;

	constructor({ burst, refillSeconds, maxAddresses = 10_000 }: BucketOptions) {
		this.#burst = burst;
		this.#refillMs = refillSeconds * 1000;
		this.#max = maxAddresses;
	}

	/** Takes one token for `address`; false when its bucket is empty. Also says when the next token comes. */
	take(address: string, nowMs: number): { allowed: boolean; retryAfterSeconds: number } {
		const bucket = this.#buckets.get(address) ?? { tokens: this.#burst, at: nowMs };
		const refilled = Math.min(this.#burst, bucket.tokens + (nowMs - bucket.at) / this.#refillMs);
		const allowed = refilled >= 1;
		const tokens = allowed ? refilled - 1 : refilled;
		this.#buckets.delete(address);
		this.#buckets.set(address, { tokens, at: nowMs });
		if (this.#buckets.size > this.#max) this.#buckets.delete(this.#buckets.keys().next().value!);
		return { allowed, retryAfterSeconds: allowed ? 0 : Math.ceil(((1 - tokens) * this.#refillMs) / 1000) };
	}
}
