/**
 * After the build, writes dist/_headers (the format Cloudflare Pages and Netlify read) so that hosts which honour
 * it send the pages' Content Security Policy as a real header, with what a <meta> policy cannot say:
 * `frame-ancestors 'none'` and `X-Frame-Options: DENY` (no other site may show a page inside a frame). The policy
 * is read from the built pages' own <meta> tags, so the script hashes Astro computed are the ones sent; pages
 * with different hashes are joined into one policy. public/ stays photos only (src/lib/safety/file-policy.ts):
 * the file is made here, never copied from there. Hosts that ignore _headers (GitHub Pages) get the frame check
 * in the page itself (src/layouts/Layout.astro).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The policy of a page, as its <meta http-equiv="content-security-policy"> holds it, or undefined. */
export function metaPolicy(html: string): string | undefined {
	const tag = /<meta\b[^>]*http-equiv=["']?content-security-policy["']?[^>]*>/i.exec(html)?.[0];
	const content = tag && /\bcontent=(?:"([^"]*)"|'([^']*)')/i.exec(tag);
	return content
		? (content[1] ?? content[2] ?? '')
				.replace(/&#39;/g, "'")
				.replace(/&quot;/g, '"')
				.replace(/&amp;/g, '&')
		: undefined;
}

/** Several policies as one: each directive keeps every source any page gives it, in first-seen order. */
export function joinPolicies(policies: readonly string[]): string {
	const directives = new Map<string, string[]>();
	for (const policy of policies) {
		for (const part of policy.split(';')) {
			const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
			if (!name) continue;
			const list = directives.get(name) ?? [];
			for (const s of sources) if (!list.includes(s)) list.push(s);
			directives.set(name, list);
		}
	}
	return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The _headers file for a site published under `base`: every path gets the policy, framing refused. */
export function headersFile(policy: string, base: string): string {
	const framing = "frame-ancestors 'none'";
	const full = policy ? `${joinPolicies([policy])}; ${framing}` : framing;
	return [
		`${base.replace(/\/?$/, '/')}*`,
		`  Content-Security-Policy: ${full}`,
		'  X-Frame-Options: DENY',
		'  X-Content-Type-Options: nosniff',
		'  Referrer-Policy: strict-origin-when-cross-origin',
		'',
	].join('\n');
}

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((e) => e.isFile() && e.name.endsWith('.html'))
		.map((e) => join(e.parentPath, e.name));
}

export default function headersIntegration(): AstroIntegration {
	let base = '/';
	return {
		name: 'sasaeai-headers-file',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:build:done': ({ dir }) => {
				const root = fileURLToPath(dir);
				const policies = new Set<string>();
				for (const file of htmlFiles(root)) {
					const policy = metaPolicy(readFileSync(file, 'utf8'));
					if (policy) policies.add(policy);
				}
				writeFileSync(join(root, '_headers'), headersFile(joinPolicies([...policies]), base));
			},
		},
	};
}
