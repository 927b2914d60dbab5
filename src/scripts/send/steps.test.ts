/**
 * The steps' browser side against the form page's markup, without a browser: every part src/scripts/send/steps.ts
 * and the form script look for is drawn by src/pages/send/[kind].astro, the steps are fieldsets drawn in the
 * page (so without the script the form is one long page), and their buttons are hidden until the script shows
 * them. What the steps do is driven in tests/browser/send-steps.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const page = readFileSync(new URL('../../pages/send/[kind].astro', import.meta.url), 'utf8');
const scripts = ['./steps.ts', './form.ts'].map((f) => readFileSync(new URL(f, import.meta.url), 'utf8')).join('\n');
const looked = new Set([...scripts.matchAll(/\[(data-[a-z-]+)\]/g)].map((m) => m[1]!));

describe('the steps and the page', () => {
	test('every part the scripts look for is in the page', () => {
		const missing = [...looked].filter((attr) => !new RegExp(`\\s${attr}[\\s=>/]`).test(page));
		// data-add, data-remove, data-item… belong to FormNode.astro; data-input and data-type too.
		const elsewhere = [
			'data-add',
			'data-remove',
			'data-item',
			'data-type',
			'data-input',
			'data-field',
			'data-items',
			'data-confirm-answer',
		];
		expect(missing.filter((a) => !elsewhere.includes(a))).toEqual([]);
	});
	test('steps are fieldsets with their title as legend; the step buttons wait hidden for the script', () => {
		expect(page).toMatch(/<fieldset class="form-step" data-step=\{step\.id\}/);
		expect(page).toMatch(/<legend class="step-title">\{stepLabel\(i\)\}<\/legend>/);
		expect(page).toMatch(/<p class="step-nav" data-step-nav hidden>/);
		expect(page).toMatch(/<ol class="step-bar" data-step-bar hidden/);
		// Without the script, nothing sends the form (typed answers never go into an address).
		expect(page).toMatch(/<form novalidate data-form>/);
		for (const submit of page.match(/<button type="submit"[^>]*>/g)!) expect(submit).toMatch(/ disabled hidden>$/);
	});
});
