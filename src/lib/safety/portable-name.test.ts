import { describe, expect, test } from 'vitest';
import { MAX_NAME_LENGTH, portableNameProblem } from './portable-name.ts';

describe('portableNameProblem', () => {
	test.each(['con', 'CON.md', 'aux', 'nul', 'Nul.MDX', 'prn.txt', 'com1', 'COM9.md', 'lpt1', 'lpt9.yaml', 'con.tar.gz'])(
		'refuses the Windows name %s',
		(name) => {
			expect(portableNameProblem(name)).toMatch(/Windows で使えない名前/);
		},
	);
	test.each(['aoba.', 'aoba ', 'aoba.md.'])('refuses %j, which ends in a dot or space', (name) => {
		expect(portableNameProblem(name)).toMatch(/終わりにドット/);
	});
	test('refuses names over the length limit and accepts one at it', () => {
		expect(portableNameProblem('a'.repeat(MAX_NAME_LENGTH + 1))).toMatch(/長すぎます（101文字）/);
		expect(portableNameProblem('a'.repeat(MAX_NAME_LENGTH))).toBeUndefined();
	});
	test.each(['console.md', 'aux-salon.md', 'com10.md', 'lpt0.md', 'nullable', 'aoba-ikiiki-salon.md', 'com'])('accepts %s', (name) => {
		expect(portableNameProblem(name)).toBeUndefined();
	});
});
