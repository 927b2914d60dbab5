/**
 * The contribution form in the browser (<send-form> on /send/<kind>/): fills in today's date and, when fixing an
 * entry, the entry itself; validates with the collection's own zod schema and shows each message beside its
 * field; then writes the entry file and offers the ways out (GitHub, a GitHub issue, a download, an e-mail).
 * Only this page loads it; the schema of the kind at hand is loaded with it.
 */
import { parseEntryPath, SENDABLE, type SendableCollection } from '../../lib/contribute/entry-path.ts';
import { editFileLink, issueLink, mailLink, newFileLink, type Repository } from '../../lib/contribute/github-urls.ts';
import { kindOf } from '../../lib/contribute/kinds.ts';
import { tokyoDate } from '../../lib/schedule/calendar.ts';
import { changedKeys, fileData, formIssues, withHiddenFields } from '../../lib/contribute/submission.ts';
import { addItem, clearMessages, fieldsIn, readField, readGroup, renumber, showMessages, widgets, writeField, writeGroup } from './form-data.ts';
import { locationWidget } from './location-picker.ts';
import { scheduleWidget } from './schedule-builder.ts';

widgets['schedule'] = scheduleWidget;
widgets['location'] = locationWidget;

interface SafeParser {
	safeParse(data: unknown): { success: true; data: unknown } | { success: false; error: { issues: { path: PropertyKey[]; message: string; code?: string }[] } };
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
	#schema!: Promise<SafeParser>;
	#checked = false;
	#download: string | undefined;

	get #form() {
		return this.querySelector<HTMLFormElement>('[data-form]')!;
	}

	connectedCallback(): void {
		this.#collection = this.dataset['collection'] as SendableCollection;
		this.#schema = SCHEMAS[this.#collection]();
		const form = this.#form;
		this.querySelector<HTMLElement>('[data-fallback]')!.hidden = true;
		form.hidden = false;
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
		for (const root of form.querySelectorAll<HTMLElement>('[data-type]')) widgets[root.dataset['type']!]?.setup(root, () => this.#changed());
		form.addEventListener('change', () => this.#changed());
		form.addEventListener('input', () => void loadWriter(), { once: true });
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			void this.#finish();
		});
		this.querySelector('[data-back]')!.addEventListener('click', () => {
			this.querySelector<HTMLElement>('[data-output]')!.hidden = true;
			form.hidden = false;
			form.querySelector<HTMLElement>('input, select, textarea')?.focus();
		});
		this.querySelector('[data-copy]')!.addEventListener('click', () => void this.#copy());
		const edit = new URLSearchParams(location.search).get('edit');
		if (edit) void this.#loadOriginal(edit);
		else writeGroup(form, JSON.parse((this.dataset['defaults'] ?? '{}').replaceAll('@@today@@', tokyoDate(new Date()))) as Record<string, unknown>);
	}

	/** Fills the form with an existing entry (?edit=aoba/aoba-danchi-ikiiki-salon). */
	async #loadOriginal(id: string): Promise<void> {
		const loading = this.querySelector<HTMLElement>('[data-loading]')!;
		const path = parseEntryPath(`${SENDABLE[this.#collection]}/${id}.md`);
		loading.hidden = false;
		loading.textContent = 'いまの情報を読みこんでいます…';
		try {
			if (!path) throw new Error('bad id');
			const response = await fetch(`${this.dataset['files']}${path.path.replace(/\.md$/, '.json')}`);
			if (!response.ok) throw new Error(String(response.status));
			this.#original = (await response.json()) as Original;
			writeGroup(this.#form, this.#original.data);
			writeField(this.#form.querySelector<HTMLElement>('[data-type="body"]')!, this.#original.body);
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

	async #validate(focusSummary: boolean): Promise<{ data: Record<string, unknown>; body: string } | undefined> {
		const form = this.#form;
		const shown = fieldsIn(form).map((f) => f.dataset['field']!).filter((k) => k !== 'body');
		const typed = withHiddenFields(readGroup(form), this.#original?.data, shown);
		const body = String(readField(form.querySelector<HTMLElement>('[data-type="body"]')!) ?? '');
		const result = (await this.#schema).safeParse(typed);
		const summary = this.querySelector<HTMLElement>('[data-summary]')!;
		if (result.success) {
			clearMessages(form);
			summary.hidden = true;
			return { data: fileData(typed, result.data as Record<string, unknown>, this.#original?.data), body };
		}
		const messages = showMessages(form, formIssues(result.error.issues, typed));
		const list = summary.querySelector('[data-summary-list]')!;
		list.replaceChildren(
			...messages.map((m) => {
				const li = document.createElement('li');
				const a = document.createElement('a');
				if (!m.target.id) m.target.id = `f-${Math.random().toString(36).slice(2, 9)}`;
				a.href = `#${m.target.id}`;
				a.textContent = `${m.label}: ${m.message}`;
				a.addEventListener('click', (e) => {
					e.preventDefault();
					m.target.focus();
					m.target.scrollIntoView({ block: 'center' });
				});
				li.append(a);
				return li;
			}),
		);
		summary.querySelector('h2')!.textContent = `直すところがあります（${messages.length}か所）`;
		summary.hidden = false;
		if (focusSummary) summary.focus();
		return undefined;
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
			if (!bodyChanged && !changedKeys(this.#original.data, data).length) return this.#say('まだ何も変わっていません。直したいところを書きかえてから、もう一度押してください。');
			text = changedText(this.#original.text, this.#original.data, data, bodyChanged ? body : undefined);
		} else {
			path = (await this.#freePath(kind.fileFor(data)?.path)) ?? undefined;
			text = entryText(data, body);
		}
		if (!path) return this.#say('ファイルの名前を決められませんでした。地域を選んでいるか確かめてください。');
		this.#showOutput(path, text, data);
	}

	/** A message about the whole form, in the summary box. */
	#say(message: string): void {
		const summary = this.querySelector<HTMLElement>('[data-summary]')!;
		summary.querySelector('h2')!.textContent = 'まだ送れません';
		summary.querySelector('[data-summary-list]')!.replaceChildren(Object.assign(document.createElement('li'), { textContent: message }));
		summary.hidden = false;
		summary.focus();
	}

	/** The proposed path, or the first free one after it (…-2, …-3) when an entry of that name exists. */
	async #freePath(path: string | undefined): Promise<string | undefined> {
		if (!path) return undefined;
		for (let n = 1; n < 20; n++) {
			const candidate = n === 1 ? path : path.replace(/\.md$/, `-${n}.md`);
			try {
				const r = await fetch(`${this.dataset['files']}${candidate.replace(/\.md$/, '.json')}`, { method: 'HEAD' });
				if (!r.ok) return candidate;
			} catch {
				return candidate;
			}
		}
		return path;
	}

	#showOutput(path: string, text: string, data: Record<string, unknown>): void {
		const repo: Repository = { url: this.dataset['repo']!, branch: this.dataset['branch']!, contentFolder: this.dataset['contentFolder']! };
		const name = String(data['name'] ?? data['title'] ?? path);
		const fix = !!this.#original;
		const note = (this.querySelector<HTMLTextAreaElement>('[data-sender-note]')?.value ?? '').trim();
		const out = this.querySelector<HTMLElement>('[data-output]')!;
		out.querySelector('[data-path]')!.textContent = path;
		out.querySelector<HTMLTextAreaElement>('[data-text]')!.value = text;
		const changes = out.querySelector<HTMLElement>('[data-changes]')!;
		changes.textContent = fix ? `直したところ: ${changedKeys(this.#original!.data, data).join('、') || '本文'}` : '';

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

		if (this.#download) URL.revokeObjectURL(this.#download);
		this.#download = URL.createObjectURL(new Blob([text], { type: 'text/markdown;charset=utf-8' }));
		const download = out.querySelector<HTMLAnchorElement>('[data-download]')!;
		download.href = this.#download;
		download.download = path.split('/').pop()!;
		const mail = out.querySelector<HTMLAnchorElement>('[data-mail]');
		if (mail && this.dataset['email']) {
			const body = `${note ? `${note}\n\n` : ''}ファイルの場所: ${path}\n\n${text}`;
			mail.href = mailLink(this.dataset['email'], title, body).url;
		}
		this.#form.hidden = true;
		out.hidden = false;
		out.focus();
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
