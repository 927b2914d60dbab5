/**
 * The relay's settings, from environment variables (Workers: `wrangler secret put` and [vars]; Node: the
 * process environment). Checked once per request; a missing setting is named in the log, never its value.
 */

export interface RateLimitBinding {
	limit(options: { key: string }): Promise<{ success: boolean }>;
}

export interface RelayEnv {
	GITHUB_TOKEN?: string;
	GITHUB_REPOSITORY?: string;
	ALLOWED_ORIGIN?: string;
	RELAY_SECRET?: string;
	TURNSTILE_SECRET?: string;
	TURNSTILE_SITE_KEY?: string;
	TURNSTILE_VERIFY_URL?: string;
	GITHUB_API_URL?: string;
	/** Cloudflare's rate limiting binding, when the town configures one in wrangler.toml. */
	RATE_LIMITER?: RateLimitBinding;
}

export interface RelayConfig {
	token: string;
	repository: string;
	origin: string;
	secret: string;
	turnstileSecret: string | undefined;
	turnstileSiteKey: string | undefined;
	turnstileUrl: string | undefined;
	apiUrl: string | undefined;
	rateLimiter: RateLimitBinding | undefined;
}

const REPOSITORY = /^[A-Za-z0-9_.-]{1,100}\/[A-Za-z0-9_.-]{1,100}$/;
/** An origin: scheme, host and port, nothing after. */
const ORIGIN = /^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?$/;
/** RELAY_SECRET must be long enough that nobody can guess it. */
export const MIN_SECRET_CHARS = 32;

const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);

/** The settings, or the names of what is missing or wrong (never a value). */
export function readConfig(env: RelayEnv): { config: RelayConfig } | { problems: string[] } {
	const problems: string[] = [];
	const token = text(env.GITHUB_TOKEN);
	const repository = text(env.GITHUB_REPOSITORY);
	const origin = text(env.ALLOWED_ORIGIN)?.replace(/\/+$/, '');
	const secret = text(env.RELAY_SECRET);
	if (!token) problems.push('GITHUB_TOKEN がありません');
	if (!repository || !REPOSITORY.test(repository)) problems.push('GITHUB_REPOSITORY がないか、owner/name の形ではありません');
	if (!origin || !ORIGIN.test(origin))
		problems.push('ALLOWED_ORIGIN がないか、https://example.jp のような形ではありません（最後の / やパスは付けません）');
	if (!secret || secret.length < MIN_SECRET_CHARS) problems.push(`RELAY_SECRET がないか、${MIN_SECRET_CHARS}文字より短いです`);
	if (problems.length) return { problems };
	return {
		config: {
			token: token!,
			repository: repository!,
			origin: origin!,
			secret: secret!,
			turnstileSecret: text(env.TURNSTILE_SECRET),
			turnstileSiteKey: text(env.TURNSTILE_SITE_KEY),
			turnstileUrl: text(env.TURNSTILE_VERIFY_URL),
			apiUrl: text(env.GITHUB_API_URL),
			rateLimiter: env.RATE_LIMITER && typeof env.RATE_LIMITER.limit === 'function' ? env.RATE_LIMITER : undefined,
		},
	};
}
