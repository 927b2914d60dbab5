/** Where a site path lands in a built folder, as a static host (GitHub Pages) finds it. */
import { existsSync, statSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';

/** The file a request path names inside `root` under `base`, or undefined (outside the base or the folder, or missing). */
export function fileFor(root: string, base: string, requestPath: string): string | undefined {
	const prefix = base.replace(/\/$/, '');
	if (prefix && requestPath !== prefix && !requestPath.startsWith(`${prefix}/`)) return undefined;
	const inside = requestPath.slice(prefix.length) || '/';
	let file = normalize(join(root, inside));
	if (file !== root && !file.startsWith(root.endsWith(sep) ? root : root + sep)) return undefined;
	if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
	return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/** A built file's public path: dist/areas/aoba/index.html → /base/areas/aoba/ */
export function publicPath(root: string, base: string, file: string): string {
	const rel = file.slice(root.length).split(sep).join('/').replace(/^\/?/, '/');
	return `${base.replace(/\/$/, '')}${rel.replace(/index\.html$/, '')}`;
}
