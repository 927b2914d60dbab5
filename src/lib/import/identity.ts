/**
 * Which entry a row is: the dataset's name and the row's own id (NO / ID, or a hash of its name and address when
 * the file has none), written as `source: { dataset, id }` so a newer version of the same file updates the entries
 * instead of adding twins. Also the entry's file name.
 */
import { createHash } from 'node:crypto';
import { basename, dirname, extname } from 'node:path';
import { LAYOUTS, type Layout } from './layouts.ts';

const GENERIC_STEMS = /^(data|output|export|download|index|list|csv|sheet\d*|book\d*|一覧|データ)$/i;

/** The file's name without extension, municipality code, dates or version marks: 222127_library_20260630 → library. */
export function fileStem(file: string): string {
	let stem = basename(file, extname(file)).normalize('NFKC');
	if (GENERIC_STEMS.test(stem)) {
		const parent = basename(dirname(file));
		if (parent && parent !== '.' && parent !== '/') stem = parent;
	}
	const cleaned = stem
		.replace(/^\d{5,6}[_-]/, '')
		.replace(/[_-]?(19|20)\d{2}[-_.]?\d{2}([-_.]?\d{2})?$/, '')
		.replace(/[_-]?(r|令和|h|平成)\d{1,2}(年度?)?$/i, '')
		.replace(/[_-]?v\d+$/i, '')
		.replace(/[（(]\d+[)）]$/, '')
		.trim();
	return cleaned || stem;
}

/** 「高松市 公共施設一覧（exchange_center）」: municipality, the layout's kind and the file's stem. */
export function datasetName(file: string, layout: Layout, municipality: string): string {
	return `${municipality} ${LAYOUTS[layout].kind}（${fileStem(file)}）`;
}

/** A row's id in its file: the NO / ID cell, NFKC, spaces removed. */
export function cleanId(value: string): string {
	return value.normalize('NFKC').replace(/\s+/g, '');
}

/** The id of a row without an id column: 12 hex digits of SHA-256 over its name and address. */
export function hashId(name: string, address: string): string {
	const key = `${name.normalize('NFKC').replace(/\s+/g, '')}|${address.normalize('NFKC').replace(/\s+/g, '')}`;
	return `h${createHash('sha256').update(key).digest('hex').slice(0, 12)}`;
}

/** The slug of a file name made from an id: lowercase ASCII letters, digits and hyphens. */
export function idSlug(id: string): string {
	const ascii = id.normalize('NFKC').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
	return ascii || createHash('sha256').update(id).digest('hex').slice(0, 10);
}

/** `aoba-shisetsu-12.md` (or `_aoba-shisetsu-12.md` for a draft). */
export function entryFileName(area: string, layout: Layout, id: string, draft: boolean): string {
	return `${draft ? '_' : ''}${area}-${LAYOUTS[layout].slug}-${idSlug(id)}.md`;
}
