/**
 * The form in short steps, one topic each, in the order a volunteer knows things: what it is, its name, when,
 * where, whom to ask, then cost, who may come and what to bring; then 確かめる (the answers as residents will
 * read them) and 送る. Each of the form's top-level fields belongs to one step by its key; a field no topic names
 * goes to the last step of the form. A topic with no field in a kind's form is left out (a meeting report has no
 * 「いつ」 of its own beyond its date). Pure: the form page groups its fields with it at build time.
 */

export interface FormStep {
	/** 'what', 'name', 'when', 'where', 'contact', 'details': the step's id in the page and in what is kept. */
	id: string;
	/** As the step indicator shows it: 「3 / 8 いつ」. */
	title: string;
	/** The top-level keys of the fields it asks, in the form's order. */
	keys: string[];
}

/** The topics and the keys each one asks, in order. The last topic also takes every key no topic names. */
const TOPICS: readonly { id: string; title: string; keys: readonly string[] }[] = [
	{ id: 'what', title: '何の情報か', keys: ['category', 'summary', 'fields', 'service_class', 'origin', 'tasks'] },
	{ id: 'name', title: '名前', keys: ['name', 'title', 'yomi'] },
	{ id: 'when', title: 'いつ', keys: ['schedule', 'date', 'when', 'commitment', 'posted', 'open_until', 'raised', 'next_meeting'] },
	{ id: 'where', title: 'どこ', keys: ['area', 'areas', 'place', 'venue'] },
	{ id: 'contact', title: '連絡先', keys: ['provider', 'contact', 'how_to_apply', 'url'] },
	{ id: 'details', title: '費用・対象・持ち物', keys: ['cost', 'target', 'capacity', 'bring', 'transport', 'accessibility'] },
];
/** The last step's title when it asks none of its own topic's fields (a report's agenda and decisions). */
const REST_TITLE = 'そのほか';

/** The steps after the form's own: the answers to check, then the ways to send. */
export const CHECK_STEP = { id: 'check', title: '確かめる' } as const;
export const SEND_STEP = { id: 'send', title: '送る' } as const;

/** The form's steps for the keys of its top-level fields (in the form's order). */
export function formSteps(keys: readonly string[]): FormStep[] {
	const last = TOPICS.at(-1)!;
	const topicOf = (key: string) => TOPICS.find((t) => t.keys.includes(key)) ?? last;
	const steps = TOPICS.map((t) => ({ id: t.id, title: t.title, keys: keys.filter((k) => topicOf(k) === t) }));
	const details = steps.at(-1)!;
	if (!details.keys.some((k) => last.keys.includes(k))) details.title = REST_TITLE;
	// The last step always exists: it holds the body and the button to check.
	return steps.filter((s) => s.keys.length || s === details);
}

/** Every step of the whole way, the form's then 確かめる and 送る, for the indicator: 「3 / 8 いつ」. */
export function stepTitles(steps: readonly FormStep[]): string[] {
	return [...steps.map((s) => s.title), CHECK_STEP.title, SEND_STEP.title];
}
