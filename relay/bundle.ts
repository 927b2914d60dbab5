/**
 * The relay as one ES module for Cloudflare Workers, made with esbuild the way `wrangler deploy` makes it from
 * relay/wrangler.toml: the Markdown processor (a native module) replaced by relay/strict-markdown.ts, Node's
 * built-in modules left to the runtime (compatibility flag nodejs_compat), including those that CommonJS
 * packages `require`. The tests run this bundle in workerd through Miniflare.
 *   node relay/bundle.ts [out.mjs]   writes the bundle (default: relay/dist/worker.mjs) and prints its size
 */
import { build, type Plugin } from 'esbuild';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';

/** The same replacement as [alias] in relay/wrangler.toml. */
export const ALIAS = { satteri: fileURLToPath(new URL('./strict-markdown.ts', import.meta.url)) };
/** The same flags and date as relay/wrangler.toml. */
export const COMPATIBILITY = { compatibilityDate: '2026-04-01', compatibilityFlags: ['nodejs_compat'] };

const BUILTIN = new RegExp(`^(node:)?(${builtinModules.map((m) => m.replace(/[/]/g, '\\/')).join('|')})$`);

/** `require('fs')` in a CommonJS package becomes an import of node:fs that workerd provides. */
const nodeBuiltins: Plugin = {
	name: 'node-builtins',
	setup(b) {
		b.onResolve({ filter: BUILTIN }, (args) => {
			const name = args.path.startsWith('node:') ? args.path : `node:${args.path}`;
			if (args.kind === 'require-call') return { path: name, namespace: 'node-require' };
			return { path: name, external: true };
		});
		b.onLoad({ filter: /.*/, namespace: 'node-require' }, (args) => ({
			contents: `import m from ${JSON.stringify(args.path)}; module.exports = m;`,
			loader: 'js',
		}));
	},
};

/** The Workers bundle of relay/handler.ts, as text. */
export async function bundleRelay(outfile?: string): Promise<string> {
	const result = await build({
		entryPoints: [fileURLToPath(new URL('./handler.ts', import.meta.url))],
		bundle: true,
		format: 'esm',
		platform: 'neutral',
		target: 'es2022',
		mainFields: ['module', 'main'],
		conditions: ['workerd', 'worker', 'browser'],
		alias: ALIAS,
		plugins: [nodeBuiltins],
		logLevel: 'silent',
		write: outfile !== undefined,
		...(outfile ? { outfile } : { outdir: 'out' }),
	});
	if (outfile) return '';
	return result.outputFiles![0]!.text;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const out = process.argv[2] ?? fileURLToPath(new URL('./dist/worker.mjs', import.meta.url));
	await bundleRelay(out);
	const { statSync } = await import('node:fs');
	console.log(`${out}: ${Math.round(statSync(out).size / 1024)} KB`);
}
