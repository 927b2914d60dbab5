import { expect, test } from 'vitest';
import { headersFile, joinPolicies, metaPolicy } from './headers-file.ts';

test('the policy is read from a page and sent as a header with framing refused, under the base path', () => {
	const html = `<head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-AAA='"></head>`;
	expect(metaPolicy(html)).toBe("default-src 'self'; script-src 'self' 'sha256-AAA='");
	expect(metaPolicy('<head></head>')).toBeUndefined();
	const file = headersFile(metaPolicy(html)!, '/kawanami-guide/');
	expect(file.split('\n')[0]).toBe('/kawanami-guide/*');
	expect(file).toContain("  Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-AAA='; frame-ancestors 'none'\n");
	expect(file).toContain('  X-Frame-Options: DENY\n');
});

test('pages with different script hashes are joined into one policy that allows each', () => {
	expect(joinPolicies(["default-src 'self'; script-src 'self' 'sha256-A='", "default-src 'self'; script-src 'self' 'sha256-B='"])).toBe(
		"default-src 'self'; script-src 'self' 'sha256-A=' 'sha256-B='",
	);
});
