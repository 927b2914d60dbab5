/**
 * The answers as residents will read them, one line per top-level field of the file, in the form's order: the
 * schedule in the site's own wording (describeSchedule), a place as its name and address, a group as its parts,
 * a list joined with 「、」. Used by 「確かめる」 (each line with 「直す」 back to its field), the e-mail's readable
 * part and the paper sheet. Pure.
 */
import { preview } from './schedule-form.ts';

export interface SummaryLine {
	/** The field's key in the file (schedule, place…), for 「直す」. */
	key: string;
	label: string;
	text: string;
}

const YES = 'はい';

/**
 * One value in words: a date as 2026年4月1日, true as はい, a list joined, a group as its filled parts, each named
 * by `labelFor` of its dotted path (place.address → 住所).
 */
export function valueText(value: unknown, labelFor: (path: string) => string = (k) => k, path = ''): string {
	if (value === undefined || value === null || value === '') return '';
	if (value === true) return YES;
	if (value === false) return 'いいえ';
	if (typeof value === 'number') return String(value);
	if (typeof value === 'string') {
		const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
		return date ? `${Number(date[1])}年${Number(date[2])}月${Number(date[3])}日` : value;
	}
	if (Array.isArray(value))
		return value
			.map((v) => valueText(v, labelFor, `${path}[]`))
			.filter(Boolean)
			.join('、');
	if (typeof value === 'object') {
		const o = value as Record<string, unknown>;
		if ('lat' in o && 'lng' in o && Object.keys(o).length === 2) return '地図で場所を選びました';
		return Object.entries(o)
			.map(([k, v]) => [path ? `${path}.${k}` : k, valueText(v, labelFor, path ? `${path}.${k}` : k)] as const)
			.filter(([, t]) => t)
			.map(([k, t]) => (t === YES ? labelFor(k) : `${labelFor(k)}: ${t}`))
			.join(' ／ ');
	}
	return '';
}

/** The lines of the summary, in the order of `keys` (the form's order), leaving out what is empty. */
export function answerSummary(data: Record<string, unknown>, keys: readonly string[], labelFor: (path: string) => string): SummaryLine[] {
	const lines: SummaryLine[] = [];
	for (const key of keys) {
		const value = data[key];
		if (value === undefined) continue;
		const shown = key === 'schedule' ? preview(value) : undefined;
		const text = shown
			? [shown.when, shown.period && `期間: ${shown.period}`, shown.note].filter(Boolean).join('\n')
			: valueText(value, labelFor, key);
		if (text) lines.push({ key, label: labelFor(key), text });
	}
	return lines;
}

/** The summary as plain text (the e-mail's readable part, the paper sheet). */
export function summaryText(lines: readonly SummaryLine[]): string {
	return lines.map((l) => `■ ${l.label}\n${l.text}`).join('\n');
}
