import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { COLLECTIONS } from '../../schemas/index.ts';
import { z } from '../../schemas/zod.ts';
import { fieldReference, fieldReferenceMarkdown, fieldRows } from './field-reference.ts';

const sections = fieldReference();
const rowOf = (section: string, path: string) => sections.find((s) => s.id === section)!.rows.find((r) => r.path === path);

describe('the field reference comes from the schemas', () => {
	test('every collection and the site settings have a section, salons first', () => {
		expect(sections.map((s) => s.id).sort()).toEqual([...Object.values(COLLECTIONS).map((c) => c.folder), 'site'].sort());
		expect(sections[0]!.id).toBe('salons');
	});
	test('every field of every collection is explained in Japanese', () => {
		for (const s of sections) {
			expect(s.rows.length, s.title).toBeGreaterThan(3);
			for (const r of s.rows) expect(r.description, `${s.title} ${r.path}`).toMatch(/[ぁ-んァ-ヶ一-龥]/u);
		}
	});
	test('what weeks means, without reading TypeScript', () => {
		const weeks = rowOf('salons', 'schedule.rules[].weeks')!;
		expect(weeks.description).toContain('[2, 4] は「第2・第4」');
		expect(weeks.required).toBe(false);
	});
	test('choices, required fields and nested fields', () => {
		expect(rowOf('salons', 'category')).toMatchObject({ required: true, kind: '次のどれか' });
		expect(rowOf('salons', 'category')!.choices).toContain('いきいきサロン');
		expect(rowOf('salons', 'fields')!.choices).toEqual(['健康づくり', '生活支援', '見守り', '集いと交流', '参加と活動', '地域貢献']);
		expect(rowOf('salons', 'place.location.lat')).toMatchObject({ depth: 2, required: true, kind: '数' });
		expect(rowOf('salons', 'last_confirmed')!.kind).toContain('日付');
		expect(rowOf('areas', 'level')!.choices).toEqual(expect.arrayContaining(['町', '地区', '日常生活圏域']));
		expect(rowOf('reports', 'participants')!.kind).toContain('まとまりのリスト');
	});
	test('a field added to a schema appears without a second edit', () => {
		const rows = fieldRows(z.strictObject({ color: z.enum(['赤', '青']).optional().describe('色') }));
		expect(rows).toEqual([{ path: 'color', depth: 0, required: false, kind: '次のどれか', description: '色', choices: ['赤', '青'] }]);
	});
	test('docs/fields.md is the same text (npm run fields --check)', () => {
		const r = spawnSync(process.execPath, ['scripts/field-reference.ts', '--check'], { encoding: 'utf8' });
		expect(r.stderr).toBe('');
		expect(r.status).toBe(0);
		expect(fieldReferenceMarkdown()).toContain('| 　　`place.location.lat` | 必須 | 数 |');
	});
});
