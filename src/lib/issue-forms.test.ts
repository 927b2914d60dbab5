import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, test } from 'vitest';
import { SAMPLE, TOWNS } from '../../tests/towns.ts';
import { formAreas, issueFormsDrift } from './issue-forms-files.ts';
import { UNKNOWN_AREA, withAreaDropdown } from './issue-forms.ts';

const work = mkdtempSync(join(tmpdir(), 'sasaeai-forms-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
/**
 * A form as the project ships it (tests/fixtures/issue-forms/): the repository's own .github/ISSUE_TEMPLATE/
 * belongs to the town once it runs npm run issue-forms, so no test reads it.
 */
const FORMS = 'tests/fixtures/issue-forms';
const FORM = readFileSync(join(FORMS, 'salon.yml'), 'utf8');

describe('issue forms in step with the areas', () => {
	test("the area field becomes a dropdown of the town's 第2層 areas, in its word, comments and other fields kept", () => {
		const { areas, word } = formAreas(TOWNS.kawanami);
		const form = parse(withAreaDropdown(FORM, areas, word)) as {
			body: { id?: string; type: string; attributes: { label: string; options?: string[] } }[];
		};
		const area = form.body.find((b) => b.id === 'area')!;
		expect(area.type).toBe('dropdown');
		expect(area.attributes.label).toBe('地区');
		expect(area.attributes.options).toEqual(['奥山地区', '上川地区', '下川地区', '中里地区', UNKNOWN_AREA]);
		expect(form.body.filter((b) => b.id !== 'area').map((b) => b.id)).toEqual(
			(parse(FORM) as { body: { id?: string }[] }).body.filter((b) => b.id !== 'area').map((b) => b.id),
		);
	});
	test("the forms as shipped list the sample city's areas", () => {
		expect(issueFormsDrift(FORMS, SAMPLE)).toEqual([]);
	});
	test.each(Object.keys(TOWNS) as (keyof typeof TOWNS)[])(
		'forms rewritten for %s match it, and rewriting them again changes nothing',
		(town) => {
			const folder = join(work, `rewritten-${town}`);
			mkdirSync(folder);
			const { areas, word } = formAreas(TOWNS[town]);
			const once = withAreaDropdown(FORM, areas, word);
			writeFileSync(join(folder, 'salon.yml'), once);
			expect(issueFormsDrift(folder, TOWNS[town])).toEqual([]);
			expect(withAreaDropdown(once, areas, word)).toBe(once);
		},
	);
	test('forms that drifted from the areas are found: another town, or an area added', () => {
		const folder = join(work, 'forms');
		mkdirSync(folder);
		writeFileSync(join(folder, 'salon.yml'), FORM);
		expect(issueFormsDrift(folder, TOWNS.kawanami)).toEqual([join(folder, 'salon.yml')]);
		const town = join(work, 'town');
		cpSync(SAMPLE, town, { recursive: true });
		writeFileSync(
			join(town, 'areas/minato.md'),
			readFileSync(join(SAMPLE, 'areas/aoba.md'), 'utf8')
				.replace('name: 青葉小学校区', 'name: 港小学校区')
				.replace(/^boundary:[\s\S]*?(?=^---)/m, ''),
		);
		expect(issueFormsDrift(folder, town)).toEqual([join(folder, 'salon.yml')]);
	});
});
