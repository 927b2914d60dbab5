/**
 * The form's steps in the browser: shows one step at a time (the form's own fieldsets, then 確かめる and 送る
 * in the output section), marks the step indicator (aria-current="step") and brings the step's top into sight.
 * Without the script every fieldset shows: the form is one long page. Which step a field is on is read from the
 * page, so the order lives in one place (src/lib/contribute/form-steps.ts, at build time).
 */

export interface Steps {
	/** How many steps in all: the form's, 確かめる and 送る. */
	readonly count: number;
	/** The index of the form's last step; 確かめる is `lastForm + 1`, 送る `lastForm + 2`. */
	readonly lastForm: number;
	readonly current: number;
	/**
	 * Shows step `index` (clamped to the steps there are). `move`: focus goes to the step (a screen reader reads
	 * its title) and its top comes into sight; without it (the page opening, a message to show) nothing moves.
	 */
	show(index: number, move?: boolean): void;
	/** The form step an element is in (0 when it is in none). */
	stepOf(element: Element): number;
	/** The top-level field keys of a form step. */
	keysOf(index: number): string[];
}

export function formStepsIn(root: HTMLElement): Steps {
	const form = root.querySelector<HTMLFormElement>('[data-form]')!;
	const fieldsets = [...form.querySelectorAll<HTMLFieldSetElement>(':scope > [data-step]')];
	const bar = root.querySelector<HTMLElement>('[data-step-bar]')!;
	const marks = [...bar.querySelectorAll<HTMLElement>('[data-step-mark]')];
	const output = root.querySelector<HTMLElement>('[data-output]')!;
	const checkPart = output.querySelector<HTMLElement>('[data-check-part]')!;
	const sendPart = output.querySelector<HTMLElement>('[data-send-part]')!;
	// Without the script the form cannot be sent, so its buttons wait hidden and disabled (no submission by Enter).
	for (const nav of form.querySelectorAll<HTMLElement>('[data-step-nav]')) nav.hidden = false;
	for (const b of form.querySelectorAll<HTMLButtonElement>('[type=submit]')) b.disabled = false;
	form.querySelector<HTMLElement>('[data-step-submit]')!.hidden = false;
	form.dataset['stepped'] = '';
	const lastForm = fieldsets.length - 1;
	let current = 0;
	return {
		count: marks.length,
		lastForm,
		get current() {
			return current;
		},
		show(index, move = true) {
			current = Math.max(0, Math.min(index, lastForm + 2));
			fieldsets.forEach((f, i) => (f.hidden = i !== current));
			form.hidden = current > lastForm;
			output.hidden = current <= lastForm;
			checkPart.hidden = current !== lastForm + 1;
			sendPart.hidden = current !== lastForm + 2;
			bar.hidden = false;
			marks.forEach((m, i) => {
				if (i === current) m.setAttribute('aria-current', 'step');
				else m.removeAttribute('aria-current');
				m.toggleAttribute('data-done', i < current);
			});
			const top = current <= lastForm ? fieldsets[current]! : current === lastForm + 1 ? output : sendPart;
			if (!move) return;
			top.focus({ preventScroll: true });
			bar.scrollIntoView({ block: 'start' });
		},
		stepOf(element) {
			const index = fieldsets.findIndex((f) => f.contains(element));
			return Math.max(index, 0);
		},
		keysOf(index) {
			const fieldset = fieldsets[index];
			if (!fieldset) return [];
			return [...fieldset.querySelectorAll<HTMLElement>('[data-field]')]
				.filter((f) => f.parentElement?.closest('[data-field], [data-item], form') === form)
				.map((f) => f.dataset['field']!);
		},
	};
}
