/** Every internal link goes through here, so the site works under any base path (/ or /sasaeai/). */

export type EntryKind = 'salons' | 'resources' | 'volunteers' | 'reports';

const base = (import.meta.env?.BASE_URL ?? '/').replace(/\/$/, '');

/** '/areas/aoba/' → '/sasaeai/areas/aoba/' under a base path. */
export function withBase(path: string): string {
	return `${base}${path}`;
}

export function entryPath(kind: EntryKind, id: string): string {
	return withBase(`/${kind}/${id}/`);
}

export function areaPath(id: string): string {
	return withBase(`/areas/${id}/`);
}

/** An absolute URL for feeds and exports: site_url + base + path. */
export function absoluteUrl(siteUrl: string, path: string): string {
	return `${siteUrl.replace(/\/$/, '')}${withBase(path)}`;
}

/** The repository's web editor for a content file: GitHub's /edit/<branch>/<path>. */
export function editUrl(repository: { url: string; branch: string }, filePath: string): string {
	return `${repository.url.replace(/\/$/, '')}/edit/${repository.branch}/${filePath.replace(/^\.\//, '')}`;
}
