/**
 * The schedule builder's browser side (src/components/send/ScheduleBuilder.astro): reads and fills its inputs,
 * shows what applies to each rule, adds and removes rules, tidies times and dates as typed, and keeps the preview
 * in the site's own words. The logic is in src/lib/contribute/schedule-form.ts; this file only moves values
 * between it and the inputs (found by data-sb names).
 *
 * What the builder does not show (closed.weekdays, nth, annual, holiday_shift, unknown keys) is kept per root,
 * and per rule element, and merged back by `read`, so fixing an entry never loses a field.
 */
import { afternoonEnd } from '../../lib/contribute/corrections.ts';
import type { Widget } from './widget.ts';
import { LIMITS } from '../../lib/safety/limits.ts';
import { describeClosed } from '../../lib/schedule/describe.ts';
import type { Schedule } from '../../schemas/schedule.ts';
import type { Weekday } from '../../schemas/taxonomy.ts';
import {
	emptyRule,
	formToSchedule,
	isBlankRule,
	parseDays,
	preview,
	readText,
	readTimes,
	scheduleToForm,
	tidyDates,
	type Repeat,
	type RuleForm,
	type ScheduleForm,
	type Week,
} from '../../lib/contribute/schedule-form.ts';

type Kept = Pick<ScheduleForm, 'extra' | 'source'>;
const kept = new WeakMap<HTMLElement, Kept>();
const ruleExtras = new WeakMap<Element, Record<string, unknown>>();
let serial = 0;

const q = <T extends HTMLElement = HTMLInputElement>(el: ParentNode, part: string) => el.querySelector<T>(`[data-sb="${part}"]`)!;
const qa = <T extends HTMLElement = HTMLInputElement>(el: ParentNode, part: string) => [...el.querySelectorAll<T>(`[data-sb="${part}"]`)];
const checked = (el: ParentNode, part: string) =>
	qa(el, part)
		.filter((i) => i.checked)
		.map((i) => i.value);
const check = (el: ParentNode, part: string, values: readonly unknown[]) =>
	qa(el, part).forEach((i) => (i.checked = values.map(String).includes(i.value)));
const rulesOf = (root: HTMLElement) => qa<HTMLFieldSetElement>(root, 'rule');
const errOf = (box: Element) => box.querySelector<HTMLElement>(':scope > [data-sb="err"]')!;
/** The input to focus for a box: its chosen radio button, or its first input. */
const focusable = (box: Element) =>
	(box.querySelector<HTMLElement>('input[type="radio"]:checked') ?? box.querySelector<HTMLElement>('input, textarea, button'))!;

/* ------------------------------------------------------------ inputs ↔ model */

function readRule(el: HTMLElement): RuleForm {
	return {
		repeat: (checked(el, 'repeat')[0] ?? '毎週') as Repeat,
		by: checked(el, 'by')[0] === 'days' ? 'days' : 'weeks',
		weeks: checked(el, 'week').map((w) => (w === '最終' ? w : Number(w))) as Week[],
		weekdays: checked(el, 'weekday') as Weekday[],
		days: q(el, 'days').value,
		start: q(el, 'start').value,
		end: q(el, 'end').value,
		extra: ruleExtras.get(el) ?? {},
	};
}

function readForm(root: HTMLElement): ScheduleForm {
	const k = kept.get(root);
	return {
		rules: rulesOf(root).map(readRule),
		holidays: q(root, 'holidays').checked,
		newYear: q(root, 'new-year').checked,
		obon: q(root, 'obon').checked,
		months: checked(root, 'month').map(Number),
		dates: q(root, 'dates').value,
		from: q(root, 'from').value || q(root, 'from-period').value,
		until: q(root, 'until').value,
		note: q(root, 'note').value,
		extra: k?.extra ?? { top: {}, closed: {} },
		...(k?.source ? { source: k.source } : {}),
	};
}

/** A new rule from the template, its ids and names numbered afresh. */
function newRule(root: HTMLElement): HTMLFieldSetElement {
	const el = q<HTMLTemplateElement>(root, 'rule-template').content.firstElementChild!.cloneNode(true) as HTMLFieldSetElement;
	const n = String(++serial);
	for (const node of [el, ...el.querySelectorAll('*')]) {
		for (const attr of ['id', 'for', 'name', 'aria-describedby']) {
			const v = node.getAttribute(attr);
			if (v?.includes('__r__')) node.setAttribute(attr, v.replaceAll('__r__', n));
		}
	}
	return el;
}

function fillRule(el: HTMLElement, r: RuleForm): void {
	check(el, 'repeat', [r.repeat]);
	check(el, 'by', [r.by]);
	check(el, 'week', r.weeks);
	check(el, 'weekday', r.weekdays);
	q(el, 'days').value = r.days;
	q(el, 'start').value = r.start;
	q(el, 'end').value = r.end;
	ruleExtras.set(el, r.extra);
}

function writeForm(root: HTMLElement, form: ScheduleForm): void {
	q(root, 'rules').replaceChildren(
		...(form.rules.length ? form.rules : [emptyRule()]).map((r) => {
			const el = newRule(root);
			fillRule(el, r);
			return el;
		}),
	);
	q(root, 'holidays').checked = form.holidays;
	q(root, 'new-year').checked = form.newYear;
	q(root, 'obon').checked = form.obon;
	check(root, 'month', form.months);
	q(root, 'dates').value = form.dates;
	q(root, 'from').value = q(root, 'from-period').value = form.from;
	q(root, 'until').value = form.until;
	q(root, 'note').value = form.note;
	kept.set(root, { extra: form.extra, ...(form.source ? { source: form.source } : {}) });
	// Folded parts with something in them are opened, so nothing filled in is out of sight.
	if (form.months.length || form.dates.trim()) q<HTMLDetailsElement>(root, 'more-closed').open = true;
	if (form.from || form.until) q<HTMLDetailsElement>(root, 'period').open = true;
	refresh(root);
}

/* ------------------------------------------------------------------ display */

/** Shows the inputs that apply, numbers the rules, and updates the kept closures and the preview. */
function refresh(root: HTMLElement): void {
	const rules = rulesOf(root);
	rules.forEach((el, i) => {
		const r = readRule(el);
		const monthly = r.repeat === '毎月';
		q(el, 'by-box').hidden = !monthly;
		q(el, 'weeks-box').hidden = !monthly || r.by === 'days';
		q(el, 'days-box').hidden = !monthly || r.by !== 'days';
		q(el, 'weekdays-box').hidden = monthly && r.by === 'days';
		q(el, 'remove-rule').hidden = rules.length === 1;
		qa(el, 'rule-no').forEach((s) => (s.textContent = String(i + 1)));
	});
	const full = rules.length >= LIMITS.scheduleRules;
	q<HTMLButtonElement>(root, 'add-rule').disabled = full;
	q(root, 'limit').hidden = !full;
	q(root, 'from-box').hidden = !rules.some((el) => checked(el, 'repeat')[0] === '隔週');

	const closedExtra = kept.get(root)?.extra.closed ?? {};
	const keptBox = q(root, 'kept');
	keptBox.hidden = !Object.keys(closedExtra).length;
	if (!keptBox.hidden) {
		let text: string;
		try {
			text = describeClosed({ rules: [], closed: closedExtra } as Schedule);
		} catch {
			text = '';
		}
		q(root, 'kept-text').textContent = text || Object.keys(closedExtra).join('、');
	}

	const value = formToSchedule(readForm(root));
	const shown = preview(value);
	const line = (part: string, text: string) => {
		const el = q(root, part);
		if (el.textContent !== text) el.textContent = text;
		el.hidden = !text;
	};
	line(
		'pv-empty',
		shown ? '' : value === undefined ? '曜日と時刻を選ぶと、ここに表示されます' : 'まだ表示できません。たりないところを入れてください',
	);
	line('pv-when', shown?.when ?? '');
	q(root, 'pv-when-row').hidden = !shown?.when;
	line('pv-period', shown?.period ? `期間: ${shown.period}` : '');
	line('pv-note', shown?.note ?? '');
}

/** Rewrites what was typed into the form the builder reads (on change, so never under the cursor). */
function tidy(root: HTMLElement, input: HTMLInputElement): void {
	const part = input.dataset['sb'];
	if (part === 'start' || part === 'end') {
		const t = readTimes(input.value);
		const rule = input.closest<HTMLElement>('[data-sb="rule"]')!;
		if (t?.start && t.end) {
			// A range typed in one box (13:30〜15:00) fills both.
			q(rule, 'start').value = t.start;
			q(rule, 'end').value = t.end;
		} else if (t) input.value = t.start ?? t.end ?? input.value;
		// 「3時」 after a 13:30 start means 15:00: read it so, and say so where the preview shows the result.
		const start = q(rule, 'start').value;
		const end = q(rule, 'end').value;
		const afternoon = afternoonEnd(start, end);
		const read = q(root, 'pv-read');
		if (afternoon) q(rule, 'end').value = afternoon;
		read.textContent = afternoon ? `終わる時刻は ${afternoon} と読みました` : '';
		read.hidden = !afternoon;
		if (afternoon) say(root, `${afternoon} と読みました`);
	} else if (part === 'days') {
		const days = parseDays(input.value);
		if (days.every((d) => typeof d === 'number')) input.value = days.join('、');
	} else if (part === 'dates') input.value = tidyDates(input.value);
	else if (part === 'from' || part === 'from-period') q(root, part === 'from' ? 'from-period' : 'from').value = input.value;
}

const say = (root: HTMLElement, text: string) => (q(root, 'status').textContent = text);

/* -------------------------------------------------------------------- widget */

export const scheduleWidget: Widget = {
	setup(root, changed) {
		if (!kept.has(root)) kept.set(root, { extra: { top: {}, closed: {} } });
		refresh(root);
		root.addEventListener('input', (e) => {
			const input = e.target as HTMLInputElement;
			// The two boxes for `from` (隔週's start and the period's start) are one value.
			if (input.dataset['sb'] === 'from' || input.dataset['sb'] === 'from-period') tidy(root, input);
			changed();
		});
		root.addEventListener('change', (e) => {
			tidy(root, e.target as HTMLInputElement);
			refresh(root);
			changed();
		});
		root.addEventListener('click', (e) => {
			const button = (e.target as Element).closest<HTMLButtonElement>('button[data-sb]');
			if (!button || !root.contains(button)) return;
			const action = button.dataset['sb'];
			if (action === 'add-rule') {
				if (rulesOf(root).length >= LIMITS.scheduleRules) return;
				const el = newRule(root);
				q(root, 'rules').append(el);
				refresh(root);
				focusable(el).focus();
				say(root, `きまり ${rulesOf(root).length} を足しました。`);
			} else if (action === 'remove-rule') {
				const rules = rulesOf(root);
				const el = button.closest<HTMLElement>('[data-sb="rule"]')!;
				const i = rules.indexOf(el as HTMLFieldSetElement);
				if (rules.length <= 1 || i < 0) return;
				el.remove();
				refresh(root);
				const next = rulesOf(root)[Math.min(i, rules.length - 2)]!;
				focusable(next).focus();
				say(root, `きまり ${i + 1} を消しました。`);
			} else if (action === 'read-text') {
				const { form, said } = readText(q<HTMLTextAreaElement>(root, 'text').value, readForm(root));
				writeForm(root, form);
				q(root, 'read-said').textContent = said;
			} else if (action === 'drop-kept') {
				const k = kept.get(root);
				if (k) k.extra = { ...k.extra, closed: {} };
				refresh(root);
				q(root, 'holidays').focus();
				say(root, 'ほかのお休みを消しました。');
			} else return;
			changed();
		});
	},

	read(root) {
		return formToSchedule(readForm(root));
	},

	write(root, value) {
		writeForm(root, scheduleToForm(value));
		q(root, 'read-said').textContent = '';
	},

	errorAt(root, path) {
		const [head, index, key] = path;
		const at = (box: HTMLElement, control: HTMLElement = focusable(box)) => {
			const details = box.closest('details');
			if (details) details.open = true;
			return { control, message: errOf(box) };
		};
		if (head === 'rules') {
			// Rules with nothing filled in are not in the value: the index counts the others.
			const all = rulesOf(root);
			const filled = all.filter((el) => !isBlankRule(readRule(el)));
			const rule = (typeof index === 'number' ? filled[index] : undefined) ?? filled[0] ?? all[0]!;
			// 「毎月」 with nothing chosen is reported at weeks: show it at whichever of weeks, days, weekdays is in sight.
			const near: Record<string, string[]> = {
				repeat: ['repeat'],
				weeks: ['weeks', 'weekdays', 'days'],
				days: ['days', 'weeks'],
				weekdays: ['weekdays', 'days'],
				start: ['start'],
				end: ['end'],
			};
			for (const part of near[String(key)] ?? []) {
				const box = q(rule, `${part}-box`);
				if (!box.hidden) return at(box);
			}
			return at(rule);
		}
		if (head === 'closed') {
			if (index === 'dates') return at(q(root, 'dates-box'));
			if (index === 'months') return at(q(root, 'months-box'));
			const box = q(root, 'closed-box');
			const own: Record<string, string> = { holidays: 'holidays', new_year: 'new-year', obon: 'obon' };
			const control = own[String(index)] ? q(box, own[String(index)]!) : q(root, 'kept').hidden ? q(box, 'holidays') : q(root, 'drop-kept');
			return at(box, control);
		}
		if (head === 'from') return at(q(root, 'from-box').hidden ? q(root, 'from-period-box') : q(root, 'from-box'));
		if (head === 'until') return at(q(root, 'until-box'));
		if (head === 'note') return at(q(root, 'note-box'));
		return { control: focusable(rulesOf(root)[0]!), message: errOf(root.querySelector('fieldset.sb')!) };
	},
};
