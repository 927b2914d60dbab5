/**
 * Which entry a row is: the dataset's name and the row's own id (NO / ID, or a hash of its name and address when
 * the file has none), written as `source: { dataset, id }` so a newer version of the same file updates the entries
 * instead of adding twins. Also the entry's file name.
 */
import { createHash } from 'node:crypto';
import { basename, dirname, extname } from 'node:path';
import { MAX_NAME_LENGTH } from '../safety/portable-name.ts';
import { LIMITS } from '../safety/limits.ts';
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
	const ascii = id
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	return ascii || createHash('sha256').update(id).digest('hex').slice(0, 10);
}

const shortHash = (id: string) => createHash('sha256').update(id).digest('hex').slice(0, 10);

/**
 * `aoba-shisetsu-12.md` (or `_aoba-shisetsu-12.md` for a draft). An id too long for a portable name (a 300-character
 * NO) is cut and given a hash of the whole id, so two long ids that share a beginning still get different files.
 */
export function entryFileName(area: string, layout: Layout, id: string, draft: boolean): string {
	const head = `${draft ? '_' : ''}${area}-${LAYOUTS[layout].slug}-`;
	const slug = idSlug(id);
	const room = MAX_NAME_LENGTH - head.length - '.md'.length;
	if (slug.length <= room && slug.length <= 60) return `${head}${slug}.md`;
	const keep = Math.max(0, Math.min(60, room) - 11);
	return `${head}${slug.slice(0, keep).replace(/-+$/, '')}${keep ? '-' : ''}${shortHash(id)}.md`;
}

/** The id written in `source.id`: the row's own, or for one longer than a line may be, its start and a hash. */
export function sourceId(id: string): string {
	return id.length <= LIMITS.lineChars ? id : `${id.slice(0, 80)}…${shortHash(id)}`;
}
