import { describe, expect, test } from 'vitest';
import { visibleText } from './visible-text.ts';

describe('visibleText', () => {
	test('terminal escapes cannot clear the screen or recolour the report', () => {
		const shown = visibleText('青葉\u001b[2J\u001b[31mサロン\u0007');
		expect(shown).toBe('青葉␛[2J␛[31mサロン␇');
		expect(shown).not.toMatch(/[\u0000-\u001f]/);
	});
	test('bidirectional and zero-width characters are named by code point', () => {
		expect(visibleText('a\u202Eb\u200Bc')).toBe('a⟨U+202E⟩b⟨U+200B⟩c');
	});
	test('line breaks keep one value on one line', () => {
		expect(visibleText('9:00\r\n17:00')).toBe('9:00␍⏎17:00');
	});
	test('plain Japanese is unchanged and long values are cut with their length', () => {
		expect(visibleText('第2・第4水曜 13:30〜15:00')).toBe('第2・第4水曜 13:30〜15:00');
		expect(visibleText('あ'.repeat(250), 10)).toBe(`${'あ'.repeat(10)}…（250文字）`);
	});
});
