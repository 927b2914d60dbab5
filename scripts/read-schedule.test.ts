/**
 * npm run read-schedule: phrases on standard input, one JSON line each on standard output, exactly what the import
 * writes for the phrase.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { combineHours } from '../src/lib/import/hours.ts';

const script = join(import.meta.dirname, 'read-schedule.ts');
const run = (input: string) => spawnSync(process.execPath, [script], { input, encoding: 'utf8' });

describe('read-schedule', () => {
	interface ReadLine extends Record<string, unknown> {
		text: string;
		schedule: Record<string, unknown>;
	}
	const phrases = [
		'第2金曜日、第4金曜日 17:00〜19:30',
		'月1回 土曜日 10時30分〜',
		'毎週水曜日(第5週は休み)',
		'【開館時間】9:00～17:00 【休館日】月曜日、年末年始 ※入館は16:30まで',
	];
	const r = run(`${phrases.join('\n')}\n\n`);
	const lines = r.stdout
		.trim()
		.split('\n')
		.map((l) => JSON.parse(l) as ReadLine);

	test('one JSON line per phrase, blank lines skipped, exit 0', () => {
		expect(r.status).toBe(0);
		expect(lines.map((l) => l['text'])).toEqual(phrases);
	});

	test('a phrase understood whole: the structured schedule, nothing verbatim', () => {
		expect(lines[0]).toEqual({
			text: '第2金曜日、第4金曜日 17:00〜19:30',
			schedule: { rules: [{ repeat: '毎月', weekdays: ['金'], weeks: [2, 4], start: '17:00', end: '19:30' }] },
			verbatim: null,
			understood: true,
		});
		expect(lines[2]!['schedule']).toEqual({ rules: [{ repeat: '毎月', weekdays: ['水'], weeks: [1, 2, 3, 4] }] });
	});

	test('a frequency that fixes no day: no rule, the phrase verbatim, and why the import makes a draft', () => {
		expect(lines[1]).toMatchObject({
			schedule: { rules: [], note: '月1回 土曜日 10時30分〜' },
			verbatim: '月1回 土曜日 10時30分〜',
			understood: false,
		});
		expect(lines[1]!['draftReason']).toContain('月1回 土曜日 10時30分〜');
	});

	test('a phrase understood in part: the rules, and the whole phrase kept as the note', () => {
		expect(lines[3]!['schedule']['rules']).toEqual([
			{ repeat: '毎週', weekdays: ['火', '水', '木', '金', '土', '日'], start: '09:00', end: '17:00' },
		]);
		expect(lines[3]!['schedule']['closed']).toEqual({ weekdays: ['月'], new_year: true });
		expect(lines[3]!['verbatim']).toBe('【開館時間】9:00～17:00 【休館日】月曜日、年末年始 ※入館は16:30まで');
		expect(lines[3]!['understood']).toBe(false);
	});

	test('the schedule is exactly what the import writes', () => {
		for (const l of lines) expect(l['schedule']).toEqual(combineHours({ text: l['text'] }).schedule);
	});
});
