/** How a contributed entry's file is named from what it is called. Pure: runs in the browser and in Node. */
import { romanize, slugify } from '../import/areas/romanize.ts';

/**
 * A file name from what the entry is called: the reading in romaji (いきいきさろん → ikiikisaron), else the ASCII
 * letters of the name, else `fallback`. Prefixed with the area id once (aoba-…), as `npm run new` names files.
 */
export function proposedName(area: string, yomi: string | undefined, name: string | undefined, fallback: string): string {
	const fromYomi = yomi ? slugify(romanize(yomi.replace(/[\s　・]+/g, ' ').trim())) : '';
	const fromName = name ? slugify(name) : '';
	let stem = (fromYomi || fromName || fallback).slice(0, 60).replace(/-+$/, '') || fallback;
	stem = stem.replace(/-{2,}/g, '-');
	return stem.startsWith(`${area}-`) || stem === area ? stem : `${area}-${stem}`;
}
