/**
 * The contribution form in the browser (<send-form> on /send/<kind>/): fills in today's date and, when fixing an
 * entry, the entry itself; validates with the collection's own zod schema and shows each message beside its
 * field; then writes the entry file and offers the ways out (GitHub, a GitHub issue, a download, an e-mail).
 * Only this page loads it; the schema of the kind at hand is loaded with it.
 */
import { entryFilesOf, parseEntryPath, SENDABLE, type EntryPath, type SendableCollection } from '../../lib/contribute/entry-path.ts';
import { editFileLink, issueLink, mailLink, newFileLink, type Repository } from '../../lib/contribute/github-urls.ts';
import { answerSummary, summaryText } from '../../lib/contribute/answer-summary.ts';
import type { ConfirmAnswer } from '../../lib/contribute/confirmation.ts';
import { kindOf } from '../../lib/contribute/kinds.ts';
import { fetchToken, sendToRelay, TOKEN_WAIT_MS, type RelayToken } from '../../lib/contribute/relay-client.ts';
import { tokyoDate } from '../../lib/schedule/calendar.ts';
import { changedKeys, fileData, formIssues, withHiddenFields } from '../../lib/contribute/submission.ts';
import {
	addItem,
	clearMessages,
	corrected,
	fieldsIn,
	readField,
	readGroup,
	renumber,
	showMessages,
	widgets,
	writeField,
	writeGroup,
} from './form-data.ts';
import { forget, keep, keptKey, readKept } from './kept-answers.ts';
import { locationWidget } from './location-picker.ts';
import { scheduleWidget } from './schedule-builder.ts';
import { formStepsIn, type Steps } from './steps.ts';

widgets['schedule'] = scheduleWidget;
widgets['location'] = locationWidget;

interface SafeParser {
	safeParse(
		data: unknown,
	): { success: true; data: unknown } | { success: false; error: { issues: { path: PropertyKey[]; message: string; code?: string }[] } };
}
/** The YAML writer is needed only at the end: it loads while the resident types, not with the page. */
let writer: Promise<typeof import('../../lib/contribute/entry-file.ts')> | undefined;
const loadWriter = () => (writer ??= import('../../lib/contribute/entry-file.ts'));

const SCHEMAS: Record<SendableCollection, () => Promise<SafeParser>> = {
	salons: () => import('../../schemas/salons.ts').then((m) => m.salonSchema as unknown as SafeParser),
	resources: () => import('../../schemas/resources.ts').then((m) => m.resourceSchema as unknown as SafeParser),
	volunteers: () => import('../../schemas/volunteers.ts').then((m) => m.volunteerSchema as unknown as SafeParser),
	reports: () => import('../../schemas/reports.ts').then((m) => m.reportSchema as unknown as SafeParser),
	localIssues: () => import('../../schemas/local-issues.ts').then((m) => m.localIssueSchema as unknown as SafeParser),
};

interface Original {
	path: string;
	data: Record<string, unknown>;
	body: string;
	text: string;
}

class SendForm extends HTMLElement {
	#collection!: SendableCollection;
	#original: Original | undefined;
	#filesByArea = new Map<string, Promise<Record<string, Original>>>();
	#schema!: Promise<SafeParser>;
	#checked = false;
	#download: string | undefined;
	/** The relay's time token, asked for when the page opens (it is good from 3 seconds on). */
	#token: Promise<RelayToken | undefined> | undefined;
	/** The steps: one topic at a time, then 確かめる and 送る. */
	#steps!: Steps;
	/** What 「送る」 sends: the file made last. */
	#made: { path: string; text: string; title: string } | undefined;

	get #form() {
		return this.querySelector<HTMLFormElement>('[data-form]')!;
	}

	connectedCallback(): void {
		this.#collection = this.dataset['collection'] as SendableCollection;
		this.#schema = SCHEMAS[this.#collection]();
		const form = this.#form;
		this.querySelector<HTMLElement>('[data-fallback]')!.hidden = true;
		form.hidden = false;
		this.#steps = formStepsIn(this);
		for (const list of form.querySelectorAll<HTMLElement>('[data-type="repeat"]')) renumber(list);
		form.addEventListener('click', (event) => {
			const button = (event.target as Element).closest('button');
			if (!button) return;
			const list = button.closest<HTMLElement>('[data-type="repeat"]');
			if (button.matches('[data-add]') && list) {
				const li = addItem(list);
				li.querySelector<HTMLElement>('input, select, textarea')?.focus();
			} else if (button.matches('[data-remove]') && list) {
				const li = button.closest('[data-item]')!;
				const next = li.nextElementSibling ?? li.previousElementSibling;
				li.remove();
				renumber(list);
				(next?.querySelector<HTMLElement>('input, select, textarea') ?? list.querySelector<HTMLElement>('[data-add]'))?.focus();
				this.#changed();
			}
		});
		for (const root of form.querySelectorAll<HTMLElement>('[data-type]'))
			widgets[root.dataset['type']!]?.setup(root, () => this.#changed());
		form.addEventListener('change', (event) => {
			// A corrected よみがな or phone number is shown as it will be written (on change, so never under the cursor).
			const input = event.target as HTMLInputElement;
			const kind = input.closest<HTMLElement>('[data-input]')?.dataset['input'];
			if (input.matches('input') && kind === 'yomi') input.value = corrected(kind, input.value.trim());
			if (input.matches('input') && kind === 'tel') void this.#tidyPhones().then(() => this.#changed());
			else this.#changed();
		});
		form.addEventListener('input', () => void loadWriter(), { once: true });
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			void this.#finish();
		});
		this.#wireSteps();
		this.querySelector('[data-copy]')!.addEventListener('click', () => void this.#copy());
		this.querySelector('[data-print]')?.addEventListener('click', () => void this.#print());
		const relay = this.dataset['relay'];
		if (relay) {
			this.#token = fetchToken(relay);
			this.querySelector('[data-relay-send]')?.addEventListener('click', () => void this.#sendToRelay(relay));
		}
		const edit = new URLSearchParams(location.search).get('edit');
		this.#keptKey = keptKey(this.#collection, edit ?? new URLSearchParams(location.search).get('confirm'));
		this.#offerKept();
		let saving: number | undefined;
		const save = () => {
			this.#touched = true;
			clearTimeout(saving);
			saving = window.setTimeout(() => this.#keep(), 300);
		};
		this.addEventListener('input', save);
		this.addEventListener('change', save);
		// Leaving the page (Back, a closed tab) keeps what was typed last.
		window.addEventListener('pagehide', () => this.#keep());
		const confirm = new URLSearchParams(location.search).get('confirm');
		if (!confirm) this.#steps.show(0, false);
		const file = new URLSearchParams(location.search).get('file');
		if (confirm) void this.#loadOriginal(confirm).then(() => this.#showConfirm());
		else if (edit)
			void this.#loadOriginal(edit).then(async () => {
				if (file) await this.#fillFromCode(file);
			});
		else {
			writeGroup(
				form,
				JSON.parse((this.dataset['defaults'] ?? '{}').replaceAll('@@today@@', tokyoDate(new Date()))) as Record<string, unknown>,
			);
			if (file) void this.#fillFromCode(file);
		}
	}

	/**
	 * An address from the QR code of a 「紙で出す」 sheet (?file=…): the file it holds fills the form, read by the
	 * same reader as any sent file, and is checked like anything typed (確かめる, or the step of a mistake).
	 */
	async #fillFromCode(code: string): Promise<void> {
		const loading = this.querySelector<HTMLElement>('[data-loading]')!;
		const { fileFromCode } = await import('../../lib/contribute/paper-read.ts');
		const read = await fileFromCode(code);
		loading.hidden = false;
		if ('problem' in read) {
			loading.textContent = read.problem;
			return;
		}
		writeGroup(this.#form, read.data);
		writeField(this.#form.querySelector<HTMLElement>('[data-type="body"]')!, read.body);
		loading.textContent = '紙の QR コードから、入れた内容を読みこみました。確かめてから送ってください。';
		this.#touched = true;
		await this.#finish();
	}

	/** 「紙で出す」: the sheet gets a QR code of the address that fills the form with this file, then prints. */
	async #print(): Promise<void> {
		const made = this.#made;
		const box = this.querySelector<HTMLElement>('[data-paper-qr]')!;
		if (made) {
			const { paperAddress, qrSvg } = await import('../../lib/contribute/paper-code.ts');
			const edit = this.#original ? (new URLSearchParams(location.search).get('edit') ?? undefined) : undefined;
			const address = await paperAddress(location.href, made.text, edit);
			const svg = await qrSvg(address);
			box.dataset['address'] = address;
			const drawn = svg && new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
			if (drawn) drawn.setAttribute('aria-label', '入れた内容の QR コード');
			box.replaceChildren(
				drawn || Object.assign(document.createElement('p'), { textContent: '（長いので QR コードに入りきりませんでした）' }),
			);
		}
		window.print();
	}

	/** 「次へ」「戻る」 between steps; 「次へ」 first shows the step's own mistakes, and stays while there are any. */
	#wireSteps(): void {
		const steps = this.#steps;
		const move = (index: number) => {
			this.querySelector<HTMLElement>('[data-summary]')!.hidden = true;
			steps.show(index);
			this.#keep();
		};
		this.#form.addEventListener('click', (event) => {
			const button = (event.target as Element).closest('button');
			if (button?.matches('[data-step-prev]')) move(steps.current - 1);
			if (button?.matches('[data-step-next]')) {
				// From the step that was pressed: a second tap while the first is checked moves one step, not two.
				const from = steps.current;
				void this.#checkStep(from).then((ok) => {
					if (ok && steps.current === from) move(from + 1);
				});
			}
		});
		this.querySelector('[data-back]')!.addEventListener('click', () => move(steps.lastForm));
		this.querySelector('[data-to-send]')!.addEventListener('click', () => move(steps.lastForm + 2));
		this.querySelector('[data-send-back]')!.addEventListener('click', () => move(steps.lastForm + 1));
	}

	/** The messages of one step's own fields, shown when leaving it: true when it has none. */
	async #checkStep(index: number): Promise<boolean> {
		const keys = this.#steps.keysOf(index);
		const { typed, result } = await this.#parse();
		this.#checked = true;
		const issues = result.success ? [] : formIssues(result.error.issues, typed).filter((i) => keys.includes(String(i.path[0])));
		const messages = showMessages(this.#form, issues, false);
		if (!messages.length) return true;
		this.#showSummary(messages);
		return false;
	}

	/** Each step offers 「できあがりを確かめる」 (after 「直す」, and when fixing an entry: the rest is already there). */
	#offerDone(): void {
		for (const b of this.#form.querySelectorAll<HTMLElement>('[data-step-done]')) b.hidden = false;
	}

	#keptKey = '';
	/** Set once the resident typed something: only then is anything kept (an untouched form keeps nothing). */
	#touched = false;

	#keep(): void {
		const form = this.#form;
		if (!this.#touched) return;
		keep(this.#keptKey, {
			data: readGroup(form),
			body: String(readField(form.querySelector<HTMLElement>('[data-type="body"]')!) ?? ''),
			note: this.querySelector<HTMLTextAreaElement>('[data-sender-note]')?.value ?? '',
			at: Date.now(),
			step: this.#steps.current,
		});
	}

	/** 「つづきから」 and 「消してやり直す」, when answers were kept on this phone. */
	#offerKept(): void {
		const kept = readKept(this.#keptKey);
		const box = this.querySelector<HTMLElement>('[data-kept]')!;
		if (!kept) return;
		const when = new Date(kept.at);
		box.querySelector('[data-kept-when]')!.textContent =
			`${when.getMonth() + 1}月${when.getDate()}日 ${when.getHours()}時${String(when.getMinutes()).padStart(2, '0')}分`;
		box.hidden = false;
		box.querySelector('[data-kept-resume]')!.addEventListener('click', () => {
			writeGroup(this.#form, kept.data);
			writeField(this.#form.querySelector<HTMLElement>('[data-type="body"]')!, kept.body);
			const note = this.querySelector<HTMLTextAreaElement>('[data-sender-note]');
			if (note) note.value = kept.note;
			this.#touched = true;
			box.hidden = true;
			// Back on the step reached; from 確かめる or 送る, the answers are checked again and shown.
			if ((kept.step ?? 0) > this.#steps.lastForm) void this.#finish();
			else this.#steps.show(kept.step ?? 0);
		});
		box.querySelector('[data-kept-clear]')!.addEventListener('click', () => {
			forget(this.#keptKey);
			box.hidden = true;
			this.#steps.show(0);
		});
	}

	/** Fills the form with an existing entry (?edit=aoba/aoba-danchi-ikiiki-salon). */
	async #loadOriginal(id: string): Promise<void> {
		const loading = this.querySelector<HTMLElement>('[data-loading]')!;
		const path = parseEntryPath(`${SENDABLE[this.#collection]}/${id}.md`);
		loading.hidden = false;
		loading.textContent = 'いまの情報を読みこんでいます…';
		try {
			if (!path) throw new Error('bad id');
			const original = (await this.#areaFiles(path))[path.name];
			if (!original) throw new Error('not found');
			this.#original = original;
			writeGroup(this.#form, this.#original.data);
			writeField(this.#form.querySelector<HTMLElement>('[data-type="body"]')!, this.#original.body);
			this.#offerDone();
			const heading = document.querySelector<HTMLElement>('[data-heading]')!;
			heading.textContent = heading.dataset['fix'] ?? heading.textContent;
			document.title = `${heading.textContent}｜${document.title.split('｜').at(-1)}`;
			loading.textContent = 'いまの情報を入れました。直したいところだけ書きかえてください。';
		} catch {
			loading.textContent = 'この情報を読みこめませんでした。新しく入れることはできます。';
		}
	}

	/** After the first check, messages follow the resident's corrections as they make them. */
	#changed(): void {
		if (this.#checked) void this.#validate(false);
	}

	/** Phone numbers typed as digits get their hyphens (the numbering plan loads with the first one typed). */
	async #tidyPhones(): Promise<void> {
		const inputs = [...this.#form.querySelectorAll<HTMLInputElement>('[data-input="tel"] > input')].filter((i) => i.value.trim());
		if (!inputs.length) return;
		const { phoneWithHyphens } = await import('../../lib/contribute/phone-format.ts');
		for (const input of inputs) {
			const tidy = phoneWithHyphens(input.value.trim());
			if (tidy !== input.value) input.value = tidy;
		}
	}

	/** `focusSummary`: a check asked for by the button (messages all shown); otherwise a live update while correcting. */
	async #validate(focusSummary: boolean): Promise<{ data: Record<string, unknown>; body: string } | undefined> {
		const form = this.#form;
		const { typed, result } = await this.#parse();
		const body = String(readField(form.querySelector<HTMLElement>('[data-type="body"]')!) ?? '');
		const summary = this.querySelector<HTMLElement>('[data-summary]')!;
		const live = !focusSummary;
		if (result.success && !live) {
			clearMessages(form);
			summary.hidden = true;
		}
		const messages = result.success ? showMessages(form, [], live) : showMessages(form, formIssues(result.error.issues, typed), live);
		if (live) {
			// The summary keeps its lines while the resident corrects (nothing above the finger moves): each says when it is right.
			for (const a of summary.querySelectorAll<HTMLAnchorElement>('[data-summary-list] a')) {
				const now = messages.find((m) => m.target.id === a.hash.slice(1));
				a.textContent = now ? `${now.label}: ${now.message}` : `✓ ${a.dataset['label']}: 直りました`;
			}
		}
		if (result.success) return { data: fileData(typed, result.data as Record<string, unknown>, this.#original?.data), body };
		if (live) return undefined;
		// Back to the step of the first mistake; the summary names them all, each link opening its step.
		if (messages[0]) this.#steps.show(this.#steps.stepOf(messages[0].target), false);
		this.#showSummary(messages);
		return undefined;
	}

	/** What was typed, as the file would hold it, and what the schema says of it. */
	async #parse() {
		const form = this.#form;
		await this.#tidyPhones();
		const shown = fieldsIn(form)
			.map((f) => f.dataset['field']!)
			.filter((k) => k !== 'body');
		const typed = withHiddenFields(readGroup(form), this.#original?.data, shown);
		return { typed, result: (await this.#schema).safeParse(typed) };
	}

	/** The summary of the messages shown, each a link to its field (on its step), scrolled whole into sight. */
	#showSummary(messages: { target: HTMLElement; label: string; message: string }[]): void {
		const summary = this.querySelector<HTMLElement>('[data-summary]')!;
		const list = summary.querySelector('[data-summary-list]')!;
		list.replaceChildren(
			...messages.map((m) => {
				const li = document.createElement('li');
				const a = document.createElement('a');
				if (!m.target.id) m.target.id = `f-${Math.random().toString(36).slice(2, 9)}`;
				a.href = `#${m.target.id}`;
				a.dataset['label'] = m.label;
				a.textContent = `${m.label}: ${m.message}`;
				a.addEventListener('click', (e) => {
					e.preventDefault();
					const step = this.#steps.stepOf(m.target);
					if (step !== this.#steps.current) this.#steps.show(step, false);
					m.target.focus({ preventScroll: true });
					m.target.scrollIntoView({ block: 'center' });
				});
				li.append(a);
				return li;
			}),
		);
		summary.querySelector('h2')!.textContent = `直すところがあります（${messages.length}か所）`;
		summary.hidden = false;
		// The whole box in sight, its heading first (focus alone would leave the heading above the screen).
		summary.focus({ preventScroll: true });
		summary.scrollIntoView({ block: 'start' });
	}

	async #finish(): Promise<void> {
		this.#checked = true;
		const valid = await this.#validate(true);
		if (!valid) return;
		const { data, body } = valid;
		const kind = kindOf(this.#collection);
		let path = this.#original?.path;
		let text: string;
		const { changedText, entryText } = await loadWriter();
		if (this.#original) {
			// The body is rewritten only when it changed, so an unchanged one keeps its bytes too.
			const bodyChanged = body.trim() !== this.#original.body.trim();
			if (!bodyChanged && !changedKeys(this.#original.data, data).length)
				return this.#say('まだ何も変わっていません。直したいところを書きかえてから、もう一度押してください。');
			text = changedText(this.#original.text, this.#original.data, data, bodyChanged ? body : undefined);
		} else {
			path = (await this.#freePath(kind.fileFor(data)?.path)) ?? undefined;
			text = entryText(data, body);
		}
		if (!path) return this.#say('ファイルの名前を決められませんでした。地域を選んでいるか確かめてください。');
		this.#showOutput(path, text, data);
	}

	/** 「確かめる」: every answer as residents will read it, each with 「直す」 back to its field. */
	#showCheck(out: HTMLElement, data: Record<string, unknown>): void {
		const keys = fieldsIn(this.#form)
			.map((f) => f.dataset['field']!)
			.filter((k) => k !== 'body');
		const list = out.querySelector('[data-check-list]')!;
		list.replaceChildren(
			...answerSummary(this.#readable(data), keys, (path) => this.#labelOf(path)).map((line) => {
				const row = document.createElement('div');
				const button = Object.assign(document.createElement('button'), {
					type: 'button',
					className: 'button-secondary',
					textContent: '直す',
				});
				button.setAttribute('aria-label', `${line.label}を直す`);
				button.addEventListener('click', () => this.#backTo(line.key));
				// The button in a <dd> of its own: a <dl>'s rows hold only <dt> and <dd>.
				const fix = Object.assign(document.createElement('dd'), { className: 'fix' });
				fix.append(button);
				row.append(
					Object.assign(document.createElement('dt'), { textContent: line.label }),
					Object.assign(document.createElement('dd'), { textContent: line.text }),
					fix,
				);
				return row;
			}),
		);
	}

	/** The data with each value chosen from a list named as the list shows it (the area's name, not its id). */
	#readable(data: Record<string, unknown>): Record<string, unknown> {
		const out = { ...data };
		for (const field of fieldsIn(this.#form)) {
			const key = field.dataset['field']!;
			const select = field.querySelector<HTMLSelectElement>(':scope > select');
			const option = select && [...select.options].find((o) => o.value === out[key]);
			if (option) out[key] = option.text;
			if (field.dataset['type'] === 'choices' && Array.isArray(out[key])) {
				out[key] = (out[key] as unknown[]).map(
					(v) => field.querySelector<HTMLInputElement>(`input[value="${CSS.escape(String(v))}"]`)?.parentElement?.textContent?.trim() ?? v,
				);
			}
		}
		return out;
	}

	/** Back from 「確かめる」 to one field. */
	#backTo(key: string): void {
		const field = fieldsIn(this.#form).find((f) => f.dataset['field'] === key);
		this.#steps.show(field ? this.#steps.stepOf(field) : 0, false);
		this.#offerDone();
		const control = [...(field?.querySelectorAll<HTMLElement>('input:not([type=hidden]), select, textarea, button') ?? [])].find(
			(c) => c.getClientRects().length > 0,
		);
		control?.focus({ preventScroll: true });
		(field ?? this.#form).scrollIntoView({ block: 'start' });
	}

	/** The confirm mode: the entry as residents see it, and 「このままで正しい」「直すところがある」「休止中です」「終わりました」. */
	#showConfirm(): void {
		const original = this.#original;
		if (!original) return;
		const section = this.querySelector<HTMLElement>('[data-confirm]')!;
		const keys = fieldsIn(this.#form)
			.map((f) => f.dataset['field']!)
			.filter((k) => k !== 'body');
		section.querySelector('[data-confirm-list]')!.replaceChildren(
			...answerSummary(this.#readable(original.data), keys, (path) => this.#labelOf(path)).map((line) => {
				const row = document.createElement('div');
				row.append(
					Object.assign(document.createElement('dt'), { textContent: line.label }),
					Object.assign(document.createElement('dd'), { textContent: line.text }),
				);
				return row;
			}),
		);
		const heading = document.querySelector<HTMLElement>('[data-heading]')!;
		heading.textContent = `${String(original.data['name'] ?? original.data['title'] ?? '')}を確かめる`;
		this.querySelector<HTMLElement>('[data-loading]')!.hidden = true;
		this.#form.hidden = true;
		section.hidden = false;
		section.querySelector('[data-confirm-fix]')!.addEventListener('click', () => {
			section.hidden = true;
			this.#steps.show(0);
		});
		for (const button of section.querySelectorAll<HTMLButtonElement>('[data-confirm-answer]')) {
			button.addEventListener('click', async () => {
				// Loaded with the YAML writer, only when an answer is given.
				const { confirmationNote, confirmedData, confirmedText } = await import('../../lib/contribute/confirmation.ts');
				const by = section.querySelector<HTMLInputElement>('[data-confirm-by]:checked')?.value;
				const err = section.querySelector<HTMLElement>('[data-confirm-err]')!;
				if (!by) {
					err.textContent = 'どうやって確かめたかを選んでください';
					err.hidden = false;
					section.querySelector<HTMLInputElement>('[data-confirm-by]')!.focus();
					return;
				}
				err.hidden = true;
				const c = { today: tokyoDate(new Date()), by: by as never, answer: button.dataset['confirmAnswer'] as ConfirmAnswer };
				const note = this.querySelector<HTMLTextAreaElement>('[data-sender-note]');
				if (note) note.value = confirmationNote(c, section.querySelector<HTMLTextAreaElement>('[data-confirm-note]')!.value);
				section.hidden = true;
				this.#showOutput(original.path, confirmedText(original.text, original.data, c), confirmedData(original.data, c));
			});
		}
		section.focus();
	}

	/** A field's name as the form shows it (持ち物, not bring), by its key or dotted path (place.address). */
	#labelOf(key: string): string {
		const id = `f-${key.replace(/\[\]/g, '').replace(/[._]/g, '-')}`;
		const byId = document.getElementById(id) ?? document.getElementById(`${id}-0`);
		const field = key.includes('.')
			? byId?.closest<HTMLElement>('[data-field]')
			: fieldsIn(this.#form).find((f) => f.dataset['field'] === key);
		const label = field?.querySelector(':scope > label, :scope > legend, :scope > fieldset > legend')?.textContent;
		return label ? label.replace(/（必須）|（わかれば）/g, '').trim() : key;
	}

	/** A message about the whole form, in the summary box. */
	#say(message: string): void {
		const summary = this.querySelector<HTMLElement>('[data-summary]')!;
		summary.querySelector('h2')!.textContent = 'まだ送れません';
		summary.querySelector('[data-summary-list]')!.replaceChildren(Object.assign(document.createElement('li'), { textContent: message }));
		summary.hidden = false;
		summary.focus({ preventScroll: true });
		summary.scrollIntoView({ block: 'start' });
	}

	/** The proposed path, or the first free one after it (…-2, …-3) when an entry of that name exists. */
	async #freePath(path: string | undefined): Promise<string | undefined> {
		if (!path) return undefined;
		const parsed = parseEntryPath(path);
		if (!parsed) return path;
		let taken: Record<string, Original>;
		try {
			taken = await this.#areaFiles(parsed);
		} catch {
			return path;
		}
		for (let n = 1; n < 20; n++) {
			const name = n === 1 ? parsed.name : `${parsed.name}-${n}`;
			if (!Object.hasOwn(taken, name)) return path.replace(/[^/]+\.md$/, `${name}.md`);
		}
		return path;
	}

	/** The current files of the area's entries of this kind (none yet: an empty set), read once per area. */
	#areaFiles(path: EntryPath): Promise<Record<string, Original>> {
		const url = `${this.dataset['files']}${entryFilesOf(path)}`;
		let files = this.#filesByArea.get(url);
		if (!files) {
			files = fetch(url).then(async (response) => {
				if (response.status === 404) return {};
				if (!response.ok) throw new Error(String(response.status));
				return (await response.json()) as Record<string, Original>;
			});
			files.catch(() => this.#filesByArea.delete(url));
			this.#filesByArea.set(url, files);
		}
		return files;
	}

	#showOutput(path: string, text: string, data: Record<string, unknown>): void {
		const repo: Repository = { url: this.dataset['repo']!, branch: this.dataset['branch']!, contentFolder: this.dataset['contentFolder']! };
		const name = String(data['name'] ?? data['title'] ?? path);
		const fix = !!this.#original;
		const note = (this.querySelector<HTMLTextAreaElement>('[data-sender-note]')?.value ?? '').trim();
		const out = this.querySelector<HTMLElement>('[data-output]')!;
		out.querySelector('[data-path]')!.textContent = path;
		out.querySelector<HTMLTextAreaElement>('[data-text]')!.value = text;
		this.#showCheck(out, data);
		const changes = out.querySelector<HTMLElement>('[data-changes]')!;
		changes.textContent = fix
			? `直したところ: ${
					changedKeys(this.#original!.data, data)
						.map((k) => this.#labelOf(k))
						.join('、') || '本文'
				}`
			: '';

		const github = fix ? editFileLink(repo, path) : newFileLink(repo, path, text);
		const githubLink = out.querySelector<HTMLAnchorElement>('[data-github]')!;
		githubLink.href = github.url;
		githubLink.textContent = fix ? 'GitHub で直す' : 'GitHub で送る';
		githubLink.onclick = github.complete ? null : () => void this.#copy();
		out.querySelector('[data-github-note]')!.textContent = github.complete
			? 'GitHub の画面で、いちばん下の「Propose changes」（変更を提案）を押すと、係に届きます。'
			: `押すとファイルの中身がコピーされ、GitHub の${fix ? '編集' : '新しいファイルの'}画面が開きます。${fix ? '中身をすべて消してから、' : '大きな入力欄に'}貼り付けてください。そのあと、いちばん下の「Propose changes」（変更を提案）を押します。`;

		const title = `${fix ? '【直す】' : '【新しく】'}${name}`;
		const issue = issueLink(repo.url, this.dataset['issueTemplate']!, { title, path, file: text, ...(note ? { note } : {}) });
		const issueAnchor = out.querySelector<HTMLAnchorElement>('[data-issue]')!;
		issueAnchor.href = issue.url;
		issueAnchor.onclick = issue.complete ? null : () => void this.#copy();
		out.querySelector('[data-issue-note]')!.textContent = issue.complete
			? 'GitHub にログインして「Create」（作成）を押すと、係が確かめてサイトに入れます。'
			: '押すとファイルの中身がコピーされます。開いた画面の「ファイルの中身」に貼り付けて、「Create」（作成）を押してください。';

		this.#made = { path, text, title };
		const problems = out.querySelector<HTMLElement>('[data-relay-problems]');
		if (problems) problems.hidden = true;
		if (this.#download) URL.revokeObjectURL(this.#download);
		this.#download = URL.createObjectURL(new Blob([text], { type: 'text/markdown;charset=utf-8' }));
		const download = out.querySelector<HTMLAnchorElement>('[data-download]')!;
		download.href = this.#download;
		download.download = path.split('/').pop()!;
		const mail = out.querySelector<HTMLAnchorElement>('[data-mail]');
		if (mail && this.dataset['email']) {
			const keys = fieldsIn(this.#form)
				.map((f) => f.dataset['field']!)
				.filter((k) => k !== 'body');
			const readable = summaryText(answerSummary(data, keys, (p) => this.#labelOf(p)));
			// The readable summary first, then the file as one block for the coordinator (npm run import reads it).
			const body = `${note ? `${note}\n\n` : ''}${readable}\n\n――― 係が使うファイル（${path}）―――\n${text.trim()}\n`;
			mail.href = mailLink(this.dataset['email'], title, body).url;
		}
		this.#steps.show(this.#steps.lastForm + 1);
	}

	/** 「送る」: the file to the relay, then the receipt (受付番号 and where to see progress), or the relay's problems. */
	async #sendToRelay(relay: string): Promise<void> {
		const made = this.#made;
		if (!made) return;
		const button = this.querySelector<HTMLButtonElement>('[data-relay-send]')!;
		const box = this.querySelector<HTMLElement>('[data-relay-problems]')!;
		const confirm = this.querySelector<HTMLInputElement>('[data-relay-confirm]')!;
		const fail = (problems: string[]) => {
			box
				.querySelector('[data-relay-problem-list]')!
				.replaceChildren(...problems.map((p) => Object.assign(document.createElement('li'), { textContent: p })));
			box.hidden = false;
			box.focus({ preventScroll: true });
			box.scrollIntoView({ block: 'center' });
		};
		if (!confirm.checked) return fail(['「個人の名前・自宅の住所・個人の電話番号は入っていません」を確かめて、チェックを入れてください。']);
		button.disabled = true;
		button.textContent = '送っています…';
		try {
			let token = await (this.#token ??= fetchToken(relay));
			if (!token) token = await (this.#token = fetchToken(relay));
			if (!token)
				return fail([
					'いまは送れませんでした。インターネットにつながっているか確かめて、しばらくしてからもう一度押してください。ほかの送り方も使えます。',
				]);
			const wait = token.at + TOKEN_WAIT_MS - Date.now();
			if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
			const note = (this.querySelector<HTMLTextAreaElement>('[data-sender-note]')?.value ?? '').trim();
			const answer = await sendToRelay(relay, token, {
				path: made.path,
				file: made.text,
				...(note ? { note } : {}),
				confirmed: true,
				website: this.querySelector<HTMLInputElement>('[data-relay-website]')?.value ?? '',
			});
			// A token serves one sending; the next one asks again.
			this.#token = fetchToken(relay);
			if (!answer.ok) return fail(answer.problems);
			this.#showReceipt(answer.receipt, answer.url);
		} finally {
			button.disabled = false;
			button.textContent = '送る';
		}
	}

	#showReceipt(receipt: number, url: string): void {
		forget(this.#keptKey);
		const section = this.querySelector<HTMLElement>('[data-receipt]')!;
		section.querySelector('[data-receipt-number]')!.textContent = String(receipt);
		section.querySelector<HTMLAnchorElement>('[data-receipt-link]')!.href = url;
		this.querySelector<HTMLElement>('[data-output]')!.hidden = true;
		this.querySelector<HTMLElement>('[data-step-bar]')!.hidden = true;
		// Sent: the directions for filling in are done with.
		const lead = this.querySelector<HTMLElement>('.lead');
		if (lead) lead.hidden = true;
		this.#form.hidden = true;
		section.hidden = false;
		section.focus({ preventScroll: true });
		section.scrollIntoView({ block: 'start' });
	}

	async #copy(): Promise<void> {
		const area = this.querySelector<HTMLTextAreaElement>('[data-text]')!;
		const status = this.querySelector<HTMLElement>('[data-copy-status]')!;
		try {
			await navigator.clipboard.writeText(area.value);
		} catch {
			area.closest('details')?.setAttribute('open', '');
			area.select();
			document.execCommand('copy');
		}
		status.textContent = 'コピーしました。';
	}
}

customElements.define('send-form', SendForm);
