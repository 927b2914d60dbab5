/**
 * The schedule builder's browser side against its markup, without a browser: every part the script looks for
 * is in ScheduleBuilder.astro (inside a rule when it is a rule's part), every id in a rule is numbered per rule,
 * every label names an input that exists, and the module loads without touching the DOM. What it does with the
 * inputs is in src/lib/contribute/schedule-form.ts (tested beside it); the form's browser tests drive the rest.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const markup = readFileSync(new URL('../../components/send/ScheduleBuilder.astro', import.meta.url), 'utf8');
const script = readFileSync(new URL('./schedule-builder.ts', import.meta.url), 'utf8');
/** The markup of one rule, drawn once on the page and once in the <template>. */
const rule = markup.slice(markup.indexOf('const rule = ('), markup.indexOf('return n === '));
const names = (text: string) => new Set([...text.matchAll(/data-sb="([a-z-]+)"/g)].map((m) => m[1]!));
/** The expressions of an attribute written as attr={…} (braces balanced). */
function exprs(text: string, attr: string): string[] {
	const out: string[] = [];
	for (const m of text.matchAll(new RegExp(`\\s${attr}=\\{`, 'g'))) {
		let depth = 1;
		let i = m.index + m[0].length;
		const start = i;
		for (; i < text.length && depth; i++) depth += text[i] === '{' ? 1 : text[i] === '}' ? -1 : 0;
		out.push(text.slice(start, i - 1));
	}
	return out;
}

/** Parts the script reads by a name it builds: a rule's boxes for an issue's path (errorAt). */
const BUILT = ['repeat', 'weeks', 'weekdays', 'days', 'start', 'end'].map((p) => `${p}-box`);
/** Parts of one rule, looked for inside the rule's element. */
const RULE_PARTS = [
	'repeat',
	'by',
	'week',
	'weekday',
	'days',
	'start',
	'end',
	'remove-rule',
	'rule-no',
	'err',
	'by-box',
	'weeks-box',
	...BUILT,
];

describe('the markup has every part the script looks for', () => {
	const used = new Set([...script.matchAll(/\bqa?(?:<[^>]*>)?\(\s*\w+,\s*'([a-z-]+)'/g)].map((m) => m[1]!));

	test('the script names its parts', () => {
		expect(used.size).toBeGreaterThan(30);
	});

	test.each([...used, ...BUILT])('%s', (name) => {
		expect(names(markup).has(name) || markup.includes(`data-sb="${name}"`), name).toBe(true);
	});

	test.each(RULE_PARTS)('%s is part of each rule', (name) => {
		expect(names(rule).has(name), name).toBe(true);
	});

	test('the rule is drawn once and kept once as the template for new rules', () => {
		expect(rule.length).toBeGreaterThan(1000);
		expect(markup).toContain("['0', '__r__'].map");
		expect(markup).toContain('<template data-sb="rule-template">{rule}</template>');
		expect(script).toContain("replaceAll('__r__', n)");
	});
});

describe('ids and labels', () => {
	test('every id, name and description inside a rule is numbered per rule', () => {
		const attrs = ['id', 'for', 'name', 'aria-describedby'].flatMap((a) => exprs(rule, a));
		expect(attrs.length).toBeGreaterThan(20);
		for (const a of attrs) expect(a, a).toMatch(/^(rid\(n, '[a-z-]+'\)|`\$\{rid\(n, '[a-z-]+'\)\} \$\{rid\(n, '[a-z-]+'\)\}`)$/);
		// Nothing in a rule has a fixed id, which a second rule would repeat.
		expect(rule).not.toMatch(/\sid="/);
	});

	test('every label names an input that exists', () => {
		const ids = new Set(exprs(markup, 'id'));
		const fors = exprs(markup, 'for');
		expect(fors.length).toBeGreaterThan(8);
		for (const f of fors) expect(ids.has(f), f).toBe(true);
	});

	test('the field has its wrapper, and no input inside it is a form field of its own', () => {
		expect(markup).toMatch(/<div class="form-field[^"]*" data-field="schedule" data-type="schedule" id=\{id\}>/);
		expect(markup.match(/data-field=/g)).toHaveLength(1);
	});

	test('every button is type="button", so none submits the form', () => {
		const buttons = [...markup.matchAll(/<button\b[^>]*>/g)].map((m) => m[0]);
		expect(buttons.length).toBe(4);
		for (const b of buttons) expect(b).toContain('type="button"');
	});
});

describe('the module', () => {
	test('loads without a DOM and is a widget', async () => {
		const { scheduleWidget } = await import('./schedule-builder.ts');
		expect(typeof scheduleWidget.setup).toBe('function');
		expect(typeof scheduleWidget.read).toBe('function');
		expect(typeof scheduleWidget.write).toBe('function');
		expect(typeof scheduleWidget.errorAt).toBe('function');
	});
});
