/**
 * Text from a file, made safe to print on a coordinator's terminal or in a report: every control, escape,
 * bidirectional or invisible character is shown as a visible mark (「␛」 for ESC, 「⟨U+202E⟩」 for the others), so
 * a cell cannot clear the screen, move the cursor, recolour the report or hide words. Line breaks become 「⏎」 so
 * one value stays on one line. Long values are cut with 「…（N文字）」.
 */

const PICTURES: Record<number, string> = { 0x1b: '␛', 0x0a: '⏎', 0x0d: '␍', 0x09: '⇥', 0x00: '␀', 0x07: '␇', 0x08: '␈' };
const INVISIBLE =
	/[\u0000-\u001F\u007F-\u009F\u061C\u180E\u200B-\u200F\u2028\u2029\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\uFFF9-\uFFFB]/gu;

/** `value` with every invisible or controlling character made visible, cut to `max` characters (default 200). */
export function visibleText(value: string, max = 200): string {
	const shown = value.replace(INVISIBLE, (c) => {
		const code = c.codePointAt(0)!;
		return PICTURES[code] ?? `⟨U+${code.toString(16).toUpperCase().padStart(4, '0')}⟩`;
	});
	const chars = [...shown];
	return chars.length > max ? `${chars.slice(0, max).join('')}…（${chars.length}文字）` : shown;
}
