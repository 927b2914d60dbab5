/**
 * When someone writes a schedule as text (「第２・第４水曜 13:30〜15:00」) where the schema expects its structure, the
 * check reads the text with the schedule parser and shows the YAML to paste instead, on one line. Pure.
 */
import { stringify } from 'yaml';
import { parseScheduleText } from './parse-text.ts';

type Parsed = ReturnType<typeof parseScheduleText>;

/** The parser's structure, whichever shape it answers in (with leftover words, or the structure alone). */
function structureOf(parsed: Parsed): { schedule: Record<string, unknown> | undefined; leftover: string[] } {
	if (parsed && typeof parsed === 'object' && 'leftover' in parsed) {
		const p = parsed as { schedule?: Record<string, unknown>; leftover: string[] };
		return { schedule: p.schedule, leftover: p.leftover };
	}
	return { schedule: (parsed as Record<string, unknown> | null) ?? undefined, leftover: [] };
}

/** `schedule: { rules: [ … ] }` for the text, or undefined when the text gives no structure. */
export function scheduleSuggestion(text: string): string | undefined {
	const { schedule, leftover } = structureOf(parseScheduleText(text));
	const rules = schedule?.['rules'] as unknown[] | undefined;
	if (!schedule || !rules?.length) return undefined;
	const value = { ...schedule, ...(leftover.length ? { note: leftover.join(' ') } : {}) };
	return `schedule: ${stringify(value, { collectionStyle: 'flow', lineWidth: 0 }).trim()}`;
}
