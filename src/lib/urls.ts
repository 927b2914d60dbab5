/**
 * Every internal link goes through here, so the site works under any base path (/ or /sasaeai/). An entry's
 * address is its kind's folder (src/lib/kinds.ts) and its id: /local-issues/chuo/chuo-kadai-20261124/.
 */
import { KINDS, type KindKey } from './kinds.ts';

const base = (import.meta.env?.BASE_URL ?? '/').replace(/\/$/, '');

/** '/areas/aoba/' → '/sasaeai/areas/aoba/' under a base path. */
export function withBase(path: string): string {
	return `${base}${path}`;
}

/** An entry's address without the base path (for absolute URLs and the sitemap): /salons/aoba/aoba-yuuhi-cafe/. */
export function entryRoute(kind: KindKey, id: string): string {
	return `/${KINDS[kind].folder}/${id}/`;
}

/** An entry's page: /salons/aoba/aoba-yuuhi-cafe/ under the base path. */
export function entryPath(kind: KindKey, id: string): string {
	return withBase(entryRoute(kind, id));
}

/** A kind's list page: /local-issues/ under the base path. */
export function listPath(kind: KindKey): string {
	return withBase(`/${KINDS[kind].folder}/`);
}

/** A salon's own calendar file (without the base path), for its 「カレンダーに追加」 link and the exports. */
export function calendarPath(salonId: string): string {
	return `/data/calendar/salons/${salonId}.ics`;
}

export function areaPath(id: string): string {
	return entryPath('areas', id);
}

/** An absolute URL for feeds and exports: site_url + base + path. */
export function absoluteUrl(siteUrl: string, path: string): string {
	return `${siteUrl.replace(/\/$/, '')}${withBase(path)}`;
}

/** The repository's web editor for a content file: GitHub's /edit/<branch>/<path>. */
export function editUrl(repository: { url: string; branch: string }, filePath: string): string {
	return `${repository.url.replace(/\/$/, '')}/edit/${repository.branch}/${filePath.replace(/^\.\//, '')}`;
}
