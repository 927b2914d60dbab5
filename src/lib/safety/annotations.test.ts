import { describe, expect, test } from 'vitest';
import { annotation, escapeData, oneLine, printUncommanded, summaryCell } from './annotations.ts';

describe('output a workflow runner reads', () => {
	test("a message with a newline cannot forge an annotation or stop the runner's commands", () => {
		const line = annotation({
			kind: 'error',
			file: 'content/salons/a.md',
			line: 3,
			title: 'x',
			message: '「a\n::error file=README.md::forged\n::stop-commands::pwn」という項目はありません',
		});
		expect(line.split('\n')).toHaveLength(1);
		expect(line).toBe(
			'::error file=content/salons/a.md,line=3,title=x::「a%0A::error file=README.md::forged%0A::stop-commands::pwn」という項目はありません',
		);
	});
	test('properties escape : and , so a file name cannot add a property', () => {
		expect(annotation({ kind: 'warning', file: 'a,line=1,title=x:y.md', title: 'f:g,h', message: '100%' })).toBe(
			'::warning file=a%2Cline=1%2Ctitle=x%3Ay.md,title=f%3Ag%2Ch::100%25',
		);
	});
	test('a bare CR is escaped too (a runner splits lines on it)', () => {
		expect(escapeData('a\rb')).toBe('a%0Db');
	});
	test('a printed line is always one line, with control characters visible', () => {
		expect(oneLine('x\n::error::pwn\r\u001b[31m')).toBe('x\\n::error::pwn\\r\\u001b[31m');
	});
	test('the human list is wrapped in stop-commands with a fresh token', () => {
		const out: string[] = [];
		printUncommanded(['content/a.md:1 [エラー] ok', '::error::looks like a command'], true, (l) => out.push(l));
		expect(out[0]).toMatch(/^::stop-commands::[0-9a-f]{32}$/);
		expect(out.at(-1)).toBe(`::${out[0]!.slice('::stop-commands::'.length)}::`);
		expect(out).toHaveLength(4);
	});
	test('a summary cell cannot break the table or add HTML', () => {
		expect(summaryCell('a | b\n<img src=x onerror=1>')).toBe('a \\| b\\n&lt;img src=x onerror=1&gt;');
	});
});

test('a bidirectional override in a file name is shown as its code, so the log reads as the file is named', () => {
	expect(oneLine('kamigawa-\u202egnp.md')).toBe('kamigawa-\\u202egnp.md');
});
