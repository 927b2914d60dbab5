import { expect, test } from 'vitest';
import { lineOfPath } from './yaml-lines.ts';

const matter = [
	'name: サロン',
	'schedule:',
	'  rules:',
	'    - repeat: 毎週',
	'      weekdays: [火]',
	'    - repeat: 毎月',
	'      start: 25:00',
	'status: 活動中',
].join('\n');

test.each([
	[['name'], 2],
	[['schedule', 'rules', 1, 'start'], 8],
	[['schedule', 'rules', 0, 'weekdays', 0], 6],
	[['status'], 9],
	[['schedule', 'rules', 1, 'end'], 7],
	[['nowhere'], undefined],
])('field %j is on line %s of the file (front matter starts on line 2)', (path, line) => {
	expect(lineOfPath(matter, path)).toBe(line);
});

test('in a plain YAML file the first line is line 1', () => {
	expect(lineOfPath('a: 1\nb: 2', ['b'], 1)).toBe(2);
});
