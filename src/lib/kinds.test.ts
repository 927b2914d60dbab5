import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { line, yomi, areaId, isoDate } from '../schemas/common.ts';
import { SCHEMAS } from '../schemas/index.ts';
import { shapeOf, type SchemaNode } from '../schemas/introspect.ts';
import { z } from '../schemas/zod.ts';
import { sendKind } from './contribute/kinds.ts';
import { formModel, formPaths } from './contribute/form-model.ts';
import { entriesDocument } from './export/entries.ts';
import { formKinds, KIND_LIST, newEntryChoices, searchKindLabels, laterKindLabels, shortLabels, type Kind } from './kinds.ts';
import { footerKindLinks, headerNavigation } from './navigation.ts';
import { checkReferences } from './references.ts';
import { inNeutralOrder, plainRecord } from './search/records.ts';

const ROOT = join(import.meta.dirname, '../..');

/** What a kind of the table needs beside its row: its schema, its template, its pages. */
function missingParts(kind: Kind, schemas: Record<string, unknown>): string[] {
	const missing: string[] = [];
	const schema = schemas[kind.key] as SchemaNode | undefined;
	if (!schema) missing.push(`${kind.key}: no schema in src/schemas/index.ts`);
	if (!kind.label.trim() || !kind.short.trim()) missing.push(`${kind.key}: no label`);
	if (!/^[a-z][a-z-]*$/.test(kind.folder)) missing.push(`${kind.key}: folder "${kind.folder}" is not a URL segment`);
	if (!existsSync(join(ROOT, 'scripts/templates', kind.newEntry.template)))
		missing.push(`${kind.key}: no template scripts/templates/${kind.newEntry.template}`);
	const pages = existsSync(join(ROOT, 'src/pages', kind.folder)) ? readdirSync(join(ROOT, 'src/pages', kind.folder)) : [];
	if (!pages.includes('index.astro')) missing.push(`${kind.key}: no list page src/pages/${kind.folder}/index.astro`);
	if (!pages.some((p) => /^\[(\.\.\.)?id\]\.astro$/.test(p)))
		missing.push(`${kind.key}: no entry page src/pages/${kind.folder}/[...id].astro`);
	if (schema && kind.areas && !shapeOf(schema).some(([key]) => key === kind.areas!.field))
		missing.push(`${kind.key}: the schema has no ${kind.areas.field} field`);
	if (kind.form && !kind.areas) missing.push(`${kind.key}: a form needs an area field to name its file`);
	return missing;
}

describe('the table of kinds', () => {
	test.each(KIND_LIST.map((k) => [k.key, k] as const))(
		'%s has every part: schema, labels, folder, template, pages, its area field',
		(_, kind) => {
			expect(missingParts(kind, SCHEMAS)).toEqual([]);
		},
	);
	test('the check above fails for a kind that lacks a part', () => {
		const orphan: Kind = {
			...KIND_LIST[0],
			key: 'orphans',
			folder: 'orphans',
			label: '',
			newEntry: { name: 'orphan', template: 'orphan.md', fileName: 'area-and-slug' },
		};
		expect(missingParts(orphan, SCHEMAS)).toEqual([
			'orphans: no schema in src/schemas/index.ts',
			'orphans: no label',
			'orphans: no template scripts/templates/orphan.md',
			'orphans: no list page src/pages/orphans/index.astro',
			'orphans: no entry page src/pages/orphans/[...id].astro',
		]);
	});
	test('keys, folders, names for npm run new, labels and export keys are each used once', () => {
		for (const part of [
			(k: Kind) => k.key,
			(k: Kind) => k.folder,
			(k: Kind) => k.newEntry.name,
			(k: Kind) => k.label,
			(k: Kind) => k.exports.key,
		]) {
			const values = KIND_LIST.map(part);
			expect(new Set(values).size, values.join(' ')).toBe(values.length);
		}
	});
	test('every template of npm run new belongs to a kind, and every template names its kind’s area field', () => {
		expect(readdirSync(join(ROOT, 'scripts/templates')).sort()).toEqual(KIND_LIST.map((k) => k.newEntry.template).sort());
		for (const kind of KIND_LIST.filter((k) => 'areas' in k)) {
			expect(readFileSync(join(ROOT, 'scripts/templates', kind.newEntry.template), 'utf8'), kind.key).toMatch(
				new RegExp(`^${kind.areas.field}:`, 'm'),
			);
		}
	});
	test('what the site shows today: the search’s kinds, the header and the footer', () => {
		expect(searchKindLabels()).toEqual(['サロン・通いの場', '地域の資源', 'ボランティア募集', '地域', '協議体の会議録', '地域課題']);
		expect(laterKindLabels()).toEqual(['協議体の会議録', '地域課題']);
		expect(headerNavigation('校区').map((i) => i.label)).toEqual([
			'今日・今週',
			'校区から探す',
			'サロン・通いの場',
			'地域の資源',
			'分野から探す',
			'ボランティア募集',
			'協議体の会議録',
		]);
		expect(footerKindLinks().map((i) => [i.label, i.href])).toEqual([['地域課題', '/local-issues/']]);
		expect(shortLabels()).toBe('サロン・地域の資源・ボランティア募集・会議録・地域課題・地域');
		expect(newEntryChoices().map((c) => c.name)).toEqual(['salon', 'resource', 'volunteer', 'report', 'issue', 'area']);
	});
});

/** A kind being added: one row and one schema, nothing else. */
const gardenSchema = z.strictObject({
	name: line.describe('畑の名前'),
	yomi: yomi.describe('よみがな'),
	area: areaId.describe('地域の id'),
	summary: line.describe('どんな畑か、ひとことで'),
	opened: isoDate.describe('始めた日'),
});
const garden: Kind = {
	key: 'gardens',
	folder: 'gardens',
	extensions: ['md'],
	label: 'みんなの畑',
	short: '畑',
	place: true,
	areas: { field: 'area', kinds: ['district'] },
	newEntry: { name: 'garden', template: 'garden.md', fileName: 'area-and-slug' },
	form: {
		intro: '畑の名前と場所を入れてください。',
		audience: 'everyone',
		bodyLabel: 'くわしい説明',
		defaults: (today) => ({ opened: today }),
		fileName: (d, area) => `${area}-${String(d['name'] ?? 'garden')}`,
	},
	nav: 'header',
	search: { later: false },
	exports: { key: 'gardens' },
};
const withGarden = [...KIND_LIST, garden];

describe('a kind added by one row and one schema', () => {
	test('appears in the header among the places, with its list page’s address', () => {
		const nav = headerNavigation('校区', withGarden);
		expect(nav.map((i) => i.label)).toEqual([
			'今日・今週',
			'校区から探す',
			'サロン・通いの場',
			'地域の資源',
			'みんなの畑',
			'分野から探す',
			'ボランティア募集',
			'協議体の会議録',
		]);
		expect(nav.find((i) => i.key === 'gardens')?.href).toBe('/gardens/');
	});
	test('is a kind the search offers, and its entries are found under it', () => {
		expect(searchKindLabels(withGarden)).toContain('みんなの畑');
		const record = plainRecord(
			garden,
			'/gardens/aoba/aoba-hatake/',
			{ name: '青葉のみんなの畑', yomi: 'あおばのみんなのはたけ', summary: '誰でも土いじり' },
			'毎週土曜の朝に集まります',
		);
		const [ordered] = inNeutralOrder([record]);
		expect(ordered).toMatchObject({
			url: '/gardens/aoba/aoba-hatake/',
			kind: 'みんなの畑',
			meta: { title: '青葉のみんなの畑', kind: 'みんなの畑', summary: '誰でも土いじり' },
			filters: { 種類: ['みんなの畑'] },
		});
		expect(ordered!.text).toContain('毎週土曜の朝');
		expect(ordered!.title).toContain('あおばのみんなのはたけ');
	});
	test('has a form read from its schema, which names its file under its folder', () => {
		expect(formKinds(withGarden).map((k) => k.key)).toContain('gardens');
		const nodes = formModel('gardens', gardenSchema, withGarden);
		expect(nodes.slice(0, 3).map((n) => n.key)).toEqual(['name', 'yomi', 'area']);
		expect(formPaths(nodes)).toEqual(expect.arrayContaining(['summary', 'opened']));
		expect(nodes.find((n) => n.key === 'area')).toMatchObject({ type: 'widget', widget: 'area' });
		const form = sendKind(garden as Kind & { form: NonNullable<Kind['form']> });
		expect(form).toMatchObject({ slug: 'gardens', title: 'みんなの畑', audience: 'everyone' });
		expect(form.defaults('2026-12-06')).toEqual({ opened: '2026-12-06' });
	});
	test('is one of npm run new’s choices, with its template', () => {
		expect(newEntryChoices(withGarden).at(-1)).toMatchObject({
			name: 'garden',
			label: 'みんなの畑',
			kind: { newEntry: { template: 'garden.md' } },
		});
	});
	test('is a list of /data/entries.json, each entry with its page’s address', () => {
		const doc = entriesDocument(
			{ generated: '2026-12-06' },
			(kind) =>
				kind.key === 'gardens'
					? [{ id: 'aoba/aoba-hatake', data: { name: '青葉のみんなの畑' } }]
					: kind.key === 'areas'
						? [{ id: 'aoba', data: { name: '青葉小学校区' } }]
						: [],
			(kind, id) => `https://example.jp/${kind.folder}/${id}/`,
			withGarden,
		);
		expect(Object.keys(doc)).toEqual(['generated', 'areas', 'salons', 'resources', 'volunteers', 'reports', 'local_issues', 'gardens']);
		expect(doc['gardens']).toEqual([
			{ id: 'aoba/aoba-hatake', url: 'https://example.jp/gardens/aoba/aoba-hatake/', name: '青葉のみんなの畑' },
		]);
		expect(doc['areas']).toEqual([{ id: 'aoba', name: '青葉小学校区' }]);
	});
	test('has its area checked against the kinds of area its row allows', () => {
		const areas = new Map([['north', { name: '北部圏域', yomi: 'ほくぶ', level: '圏域', center: { lat: 35, lng: 135 } }]]) as never;
		const [problem] = checkReferences(
			[{ collection: 'gardens', id: 'north/x', file: 'content/gardens/north/x.md', data: { area: 'north' } }],
			areas,
			withGarden,
		);
		expect(problem).toMatchObject({ severity: 'error', field: 'area' });
		expect(problem!.message).toContain('「north」は圏域です');
		expect(checkReferences([{ collection: 'gardens', id: 'north/x', file: 'x.md', data: { area: 'north' } }], areas)).toEqual([]);
	});
});
