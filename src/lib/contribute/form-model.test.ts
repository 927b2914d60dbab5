import { describe, expect, test } from 'vitest';
import { COLLECTIONS } from '../../schemas/index.ts';
import { fieldRows } from '../help/field-reference.ts';
import type { z } from '../../schemas/zod.ts';
import { SENDABLE, type SendableCollection } from './entry-path.ts';
import { formModel, formPaths } from './form-model.ts';

const collections = Object.keys(SENDABLE) as SendableCollection[];

describe('the form is read from the schemas', () => {
	test.each(collections)(
		'%s: every field of the schema is in the form (except the import’s own record), labelled by its description',
		(c) => {
			const paths = new Set(formPaths(formModel(c)));
			const widgetRoots = ['schedule', 'place.location'];
			const rows = fieldRows(COLLECTIONS[c].schema as unknown as z.ZodType).filter(
				(r) => !r.path.startsWith('source') && !widgetRoots.some((w) => r.path.startsWith(`${w}.`)),
			);
			for (const r of rows) expect(paths, r.path).toContain(r.path);
		},
	);
	test('labels, choices and kinds of input come from the schema', () => {
		const salon = formModel('salons');
		const by = (p: string) => formPaths(salon).includes(p) && JSON.parse(JSON.stringify(salon)) && find(salon, p);
		expect(by('name')).toMatchObject({ type: 'text', label: '名前', required: true });
		expect(by('category')).toMatchObject({ type: 'choice', choices: expect.arrayContaining(['いきいきサロン', 'カフェ']) });
		expect(by('fields')).toMatchObject({ type: 'choices', required: true });
		expect(by('contact.tel')).toMatchObject({ type: 'text', input: 'tel', required: false });
		expect(by('last_confirmed')).toMatchObject({ type: 'text', input: 'date' });
		expect(by('capacity')).toMatchObject({ type: 'text', input: 'number' });
		expect(by('schedule')).toMatchObject({ type: 'widget', widget: 'schedule' });
		expect(by('area')).toMatchObject({ type: 'widget', widget: 'area' });
		expect(by('place.location')).toMatchObject({ type: 'widget', widget: 'location' });
	});
	test('a meeting report has repeatable participants, agenda, decisions and actions, and never a name field', () => {
		const report = formModel('reports');
		expect(find(report, 'participants')).toMatchObject({ type: 'repeat', min: 1, item: { type: 'group' } });
		expect(formPaths(report)).toEqual(
			expect.arrayContaining([
				'participants[].organisation',
				'participants[].role',
				'participants[].count',
				'agenda[]',
				'decisions[]',
				'actions[].what',
				'actions[].owner',
				'actions[].due',
				'actions[].status',
			]),
		);
		expect(find(report, 'issues')).toMatchObject({ type: 'widget', widget: 'issues' });
		expect(formPaths(report).some((p) => /name/.test(p))).toBe(false);
	});
});

function find(nodes: ReturnType<typeof formModel>, path: string): unknown {
	for (const n of nodes) {
		if (n.path === path) return n;
		const inner = n.type === 'group' ? find(n.children, path) : n.type === 'repeat' ? find([n.item], path) : undefined;
		if (inner) return inner;
	}
	return undefined;
}
