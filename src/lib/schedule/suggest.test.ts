import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { schedule as scheduleSchema } from '../../schemas/schedule.ts';
import { describeSchedule } from './describe.ts';
import { scheduleSuggestion } from './suggest.ts';

describe('a schedule written as text gets the YAML to paste', () => {
	test.each([
		['第2・第4水曜 13:30〜15:00（祝日は休み）', '第2・第4水曜 13:30〜15:00（祝日は休み）'],
		['毎週火曜 10:00〜12:00', '毎週火曜 10:00〜12:00'],
	])('%s', (text, words) => {
		const line = scheduleSuggestion(text)!;
		expect(line).toMatch(/^schedule: \{ rules: \[/);
		expect(line).not.toContain('\n');
		const pasted = scheduleSchema.parse((parse(line) as { schedule: unknown }).schedule);
		expect(describeSchedule(pasted)).toBe(words);
	});
	test('text with no structure gets no suggestion', () => {
		expect(scheduleSuggestion('日程は広報でお知らせします')).toBeUndefined();
	});
});
