/**
 * The form's fields as data, and back: reads what was typed into the shape of the entry file, fills the form
 * from an existing entry, and puts each message of the schema beside the field it is about. The fields are the
 * elements with data-field (their key in the file) and data-type, drawn by src/components/send/FormNode.astro;
 * widgets (the schedule builder, the place on the map) read and fill themselves (./widget.ts).
 */
import { hiraganaReading, plainMessage } from '../../lib/contribute/corrections.ts';
import type { Widget } from './widget.ts';

export const widgets: Record<string, Widget> = {};

const FIELD = '[data-field]';
/** The fields directly inside a container: not those inside a nested group, list item or widget. */
export function fieldsIn(container: Element): HTMLElement[] {
	return [...container.querySelectorAll<HTMLElement>(FIELD)].filter(
		(f) => f.parentElement?.closest(`${FIELD}, [data-item], form`) === container,
	);
}
const own = <T extends Element>(el: Element, selector: string) => el.querySelector<T>(`:scope > ${selector}`);
const control = (el: Element) =>
	el.querySelector<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(
		':scope > input, :scope > select, :scope > textarea, :scope > label > input',
	);
const items = (el: Element) => [...(own(el, '[data-items]')?.children ?? [])] as HTMLElement[];

/** What was typed, corrected as the file wants it: よみがな in hiragana (phone numbers: tidyPhones in form.ts). */
export function corrected(input: string | undefined, value: string): string {
	return input === 'yomi' ? hiraganaReading(value) : value;
}

/** A number as typed: full-width digits and commas are read; anything else is left for the schema to name. */
function numberOf(text: string): number | string {
	const folded = text.normalize('NFKC').replace(/,/g, '').trim();
	return /^-?\d+(\.\d+)?$/.test(folded) ? Number(folded) : text;
}

export function readField(el: HTMLElement): unknown {
	const type = el.dataset['type']!;
	if (widgets[type]) return widgets[type].read(el);
	switch (type) {
		case 'text':
		case 'body': {
			const value = corrected(el.dataset['input'], control(el)!.value.trim());
			if (!value) return undefined;
			return el.dataset['input'] === 'number' ? numberOf(value) : value;
		}
		case 'choice':
			return control(el)!.value || undefined;
		case 'choices': {
			const values = [...el.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')].map((b) => b.value);
			return values.length ? values : undefined;
		}
		case 'boolean':
			return (control(el) as HTMLInputElement).checked || undefined;
		case 'group': {
			// An empty required group is still a group, so each of its required fields says it is empty.
			const data = readGroup(el);
			return Object.keys(data).length || !('optional' in el.dataset) ? data : undefined;
		}
		case 'repeat': {
			const values = items(el).flatMap((li) => {
				const inner = fieldsIn(li)[0];
				const v = inner ? readField(inner) : undefined;
				const blank = v === undefined || (typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0);
				return blank ? [] : [v];
			});
			return values.length ? values : undefined;
		}
		default:
			return undefined;
	}
}

/** The fields of a container as an object, leaving out what is empty. */
export function readGroup(container: Element): Record<string, unknown> {
	const data: Record<string, unknown> = {};
	for (const f of fieldsIn(container)) {
		const key = f.dataset['field'];
		if (!key || f.dataset['type'] === 'body') continue;
		const value = readField(f);
		if (value !== undefined) data[key] = value;
	}
	return data;
}

/** Adds a list item from the list's template, numbering its ids and labels. */
export function addItem(list: HTMLElement): HTMLElement {
	const template = own<HTMLTemplateElement>(list, 'template[data-template]')!;
	const n = items(list).length + 1;
	const html = template.innerHTML.replaceAll('__i__', `${n}-${Math.random().toString(36).slice(2, 7)}`);
	const holder = document.createElement('ol');
	holder.innerHTML = html;
	const li = holder.firstElementChild as HTMLElement;
	own(list, '[data-items]')!.append(li);
	renumber(list);
	return li;
}

/** Item labels say which one they are: 議題 1, 議題 2. The remove button is offered while more than the minimum remain. */
export function renumber(list: HTMLElement): void {
	const all = items(list);
	const min = Number(list.dataset['min'] ?? 0);
	all.forEach((li, i) => {
		for (const label of li.querySelectorAll<HTMLElement>('[data-item-label]')) {
			if (label.closest('[data-item]') !== li) continue;
			label.dataset['base'] ??= label.textContent ?? '';
			label.textContent = `${label.dataset['base']} ${i + 1}`;
		}
		const remove = li.querySelector<HTMLButtonElement>(':scope > [data-remove]');
		if (remove) remove.hidden = all.length <= Math.max(1, min);
	});
	const add = own<HTMLButtonElement>(list, '[data-add]');
	if (add) add.hidden = all.length >= Number(list.dataset['max'] ?? 50);
}

export function writeField(el: HTMLElement, value: unknown): void {
	const type = el.dataset['type']!;
	if (widgets[type]) return widgets[type].write(el, value);
	switch (type) {
		case 'text':
		case 'body':
			control(el)!.value = value === undefined || value === null ? '' : String(value);
			return;
		case 'choice':
			control(el)!.value = typeof value === 'string' ? value : '';
			return;
		case 'choices': {
			const wanted = Array.isArray(value) ? value.map(String) : [];
			for (const box of el.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) box.checked = wanted.includes(box.value);
			return;
		}
		case 'boolean':
			(control(el) as HTMLInputElement).checked = value === true;
			return;
		case 'group':
			writeGroup(el, value && typeof value === 'object' ? (value as Record<string, unknown>) : {});
			return;
		case 'repeat': {
			const values = Array.isArray(value) ? value : [];
			while (items(el).length < values.length) addItem(el);
			while (items(el).length > Math.max(1, values.length)) items(el).at(-1)!.remove();
			items(el).forEach((li, i) => {
				const inner = fieldsIn(li)[0];
				if (inner) writeField(inner, values[i]);
			});
			renumber(el);
			return;
		}
	}
}

export function writeGroup(container: Element, data: Record<string, unknown>): void {
	for (const f of fieldsIn(container)) {
		const key = f.dataset['field'];
		if (key && f.dataset['type'] !== 'body') writeField(f, data[key]);
	}
}

// Messages --------------------------------------------------------------------------------------------------

export interface Shown {
	/** What the summary links to: the field's first input. */
	target: HTMLElement;
	label: string;
	message: string;
}

/** The field a path leads to, and what is left of the path when it enters a widget. */
function locate(form: Element, path: readonly PropertyKey[]): { field: HTMLElement | undefined; rest: PropertyKey[] } {
	let container: Element = form;
	let field: HTMLElement | undefined;
	for (let i = 0; i < path.length; i++) {
		const key = path[i]!;
		if (field && widgets[field.dataset['type']!]) return { field, rest: path.slice(i) };
		if (typeof key === 'number') {
			if (field?.dataset['type'] !== 'repeat') return { field, rest: path.slice(i) };
			const li = items(field)[key];
			const inner = li ? fieldsIn(li)[0] : undefined;
			if (!inner) return { field, rest: path.slice(i) };
			field = inner;
			container = inner;
			continue;
		}
		const next = fieldsIn(container).find((f) => f.dataset['field'] === String(key));
		if (!next) return { field, rest: path.slice(i) };
		field = next;
		container = next;
	}
	return { field, rest: [] };
}

const labelOf = (field: HTMLElement) =>
	(field.querySelector(':scope > label, :scope > legend, :scope > fieldset > legend')?.textContent ?? field.dataset['field'] ?? '')
		.replace(/（必須）|（わかれば）/g, '')
		.trim();

/** Clears every message. */
export function clearMessages(form: Element): void {
	for (const p of form.querySelectorAll<HTMLElement>('.field-error')) {
		p.hidden = true;
		p.textContent = '';
		p.style.minHeight = '';
		delete p.dataset['ok'];
	}
	for (const c of form.querySelectorAll('[aria-invalid]')) c.removeAttribute('aria-invalid');
}

interface Spot {
	field: HTMLElement;
	message: HTMLElement;
	input: HTMLElement;
	text: string;
}

/** Where each issue is shown (one message per place: the first the schema gives), in the order of the issues. */
function spotsOf(form: Element, issues: readonly { path: PropertyKey[]; message: string; missing?: boolean }[]): Spot[] {
	const spots: Spot[] = [];
	for (const issue of issues) {
		const { field, rest } = locate(form, issue.path);
		const widget = field ? widgets[field.dataset['type']!] : undefined;
		const spot = widget?.errorAt?.(field!, rest);
		const message = spot?.message ?? (field ? own<HTMLElement>(field, '.field-error') : null);
		const input = spot?.control ?? (field ? (control(field) ?? field.querySelector<HTMLElement>('input, select, textarea, button')) : null);
		if (!message || !input || !field || spots.some((s) => s.message === message)) continue;
		const choose = issue.missing && ['choice', 'choices'].includes(field.dataset['type']!);
		spots.push({ field, message, input, text: choose ? '選んでください' : plainMessage(issue.message) });
	}
	return spots;
}

const show = (s: Spot) => {
	s.message.textContent = s.text;
	s.message.hidden = false;
	delete s.message.dataset['ok'];
	s.input.setAttribute('aria-invalid', 'true');
};

/**
 * Puts each message beside its field and returns them in the order of the form, for the summary.
 * `live` (while the resident corrects, after a first check): nothing appears or disappears, so nothing below
 * moves under a finger: a message already shown is updated, or says 「直りました」 in the same space once its field
 * is right; a new problem waits for the next 「できあがりを確かめる」.
 */
export function showMessages(
	form: Element,
	issues: readonly { path: PropertyKey[]; message: string; missing?: boolean }[],
	live = false,
): Shown[] {
	const spots = spotsOf(form, issues);
	if (!live) {
		clearMessages(form);
		spots.forEach(show);
	} else {
		for (const message of form.querySelectorAll<HTMLElement>('.field-error:not([hidden])')) {
			message.style.minHeight = `${message.offsetHeight}px`;
			const spot = spots.find((s) => s.message === message);
			if (spot) show(spot);
			else if (!('ok' in message.dataset)) {
				message.textContent = '直りました';
				message.dataset['ok'] = '';
				const id = message.id;
				for (const c of form.querySelectorAll(`[aria-invalid][aria-describedby~="${id}"]`)) c.removeAttribute('aria-invalid');
			}
		}
	}
	const visible = spots.filter((s) => !s.message.hidden);
	const order = [...form.querySelectorAll('input, select, textarea, button')];
	return visible
		.map((s) => ({ target: s.input, label: labelOf(s.field), message: s.text }))
		.sort((a, b) => order.indexOf(a.target) - order.indexOf(b.target));
}
