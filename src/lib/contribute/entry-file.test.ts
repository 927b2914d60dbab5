import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SAMPLE_CITY } from '../content-dir.ts';
import { parseContentFile } from '../safety/frontmatter.ts';
import { salonSchema } from '../../schemas/salons.ts';
import { changedText, entryText } from './entry-file.ts';

const salonFile = readFileSync(join(SAMPLE_CITY, 'salons/aoba/aoba-danchi-ikiiki-salon.md'), 'utf8');
const lines = (s: string) => s.split('\n');
/** The lines of `after` that are not in `before`, and the reverse. */
function diff(before: string, after: string): { added: string[]; removed: string[] } {
	const b = lines(before);
	const a = lines(after);
	return { added: a.filter((l) => !b.includes(l)), removed: b.filter((l) => !a.includes(l)) };
}

describe('a new entry file', () => {
	test('is front matter the safe reader reads back to the same data, then the body', () => {
		const data = {
			name: '夕日カフェ: 毎月 #2',
			yomi: 'ゆうひかふぇ',
			schedule: {
				rules: [{ repeat: '毎月', weeks: [2, '最終'], weekdays: ['水'], start: '13:30', end: '15:00' }],
				closed: { holidays: true },
			},
			last_confirmed: '2026-11-24',
			capacity: 20,
			note: 'yes',
			code: '0123',
		};
		const text = entryText(data, 'はじめての方も\r\nどうぞ。');
		const parsed = parseContentFile(text);
		expect(parsed.data).toEqual(data);
		expect(parsed.body.trim()).toBe('はじめての方も\nどうぞ。');
		expect(text.startsWith('---\n')).toBe(true);
	});
	test('values that look like code or YAML stay plain text', () => {
		const data = { name: '${{ github.token }} $(rm -rf /) `x` <script>', summary: '- [a]\n---\nkey: value', url: '*anchor' };
		expect(parseContentFile(entryText(data, '')).data).toEqual(data);
	});
});

describe('fixing an existing file', () => {
	const original = parseContentFile(salonFile).data;
	test('only the changed field differs; comments and other fields stay byte for byte', () => {
		const after = { ...original, capacity: 30 };
		const out = changedText(salonFile, original, after);
		const d = diff(salonFile, out);
		expect(d.removed).toEqual([expect.stringMatching(/^capacity:/)]);
		expect(d.added).toEqual(['capacity: 30']);
		expect(parseContentFile(out).data).toEqual(after);
		expect(parseContentFile(out).body).toBe(parseContentFile(salonFile).body);
	});
	test('a nested change rewrites that field only, and the result still passes the schema', () => {
		const schedule = structuredClone(original['schedule']) as { rules: { start: string }[] };
		schedule.rules[0]!.start = '14:00';
		const after = { ...original, schedule };
		const out = changedText(salonFile, original, after);
		expect(parseContentFile(out).data).toEqual(after);
		expect(salonSchema.safeParse(parseContentFile(out).data).success).toBe(true);
		for (const line of lines(salonFile)) if (!/^\s/.test(line) && !line.startsWith('schedule')) expect(lines(out)).toContain(line);
	});
	test('a removed field goes, a new one is added, a new body replaces the old', () => {
		const { bring: _b, ...rest } = original;
		const after = { ...rest, url: 'https://example.jp/salon' };
		const out = changedText(salonFile, original, after, '新しい説明です。');
		const parsed = parseContentFile(out);
		expect(parsed.data).toEqual(after);
		expect(parsed.body.trim()).toBe('新しい説明です。');
	});
	test('comment lines above a field stay with it', () => {
		const file = '---\n# the name residents use\nname: 夕日カフェ\n\n# reading\nyomi: ゆうひかふぇ\n---\n\n本文\n';
		const out = changedText(file, { name: '夕日カフェ', yomi: 'ゆうひかふぇ' }, { name: '夕日カフェ', yomi: 'ゆうひ かふぇ' });
		expect(out).toBe('---\n# the name residents use\nname: 夕日カフェ\n\n# reading\nyomi: ゆうひ かふぇ\n---\n\n本文\n');
	});
});
