/**
 * <my-list>: shows the places of わたしのリスト from the link (?ids=…) or this browser's list, as cards a resident can
 * print on one sheet, with remove buttons, a link to share, and 「印刷する」. Text only: every value is set with
 * textContent, never as HTML.
 */
import { leftOutLine } from '../lib/freshness.ts';
import { parseRefs, serializeRefs, STORAGE_KEY, toggle } from '../lib/my-list.ts';

interface Place {
	ref: string;
	name: string;
	kind: string;
	when: string;
	where: string;
	tel: string;
	contact: string;
	apply: string;
	cost: string;
	url: string;
	status: string;
	/** Not confirmed for over two years: shown here, left off the print. */
	old?: boolean;
}

const stored = () => {
	try {
		return parseRefs(localStorage.getItem(STORAGE_KEY));
	} catch {
		return [];
	}
};
const store = (refs: string[]) => {
	try {
		localStorage.setItem(STORAGE_KEY, serializeRefs(refs));
	} catch {
		/* storage off: the list lives in the link */
	}
};
const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) => {
	const e = document.createElement(tag);
	if (text !== undefined) e.textContent = text;
	if (className) e.className = className;
	return e;
};

class MyList extends HTMLElement {
	private refs: string[] = [];
	private places = new Map<string, Place>();

	async connectedCallback(): Promise<void> {
		this.querySelector<HTMLElement>('[data-fallback]')!.hidden = true;
		this.querySelector<HTMLElement>('[data-app]')!.hidden = false;
		const linked = new URL(location.href).searchParams.get('ids');
		this.refs = linked !== null ? parseRefs(linked) : stored();
		if (linked !== null) store(this.refs);
		try {
			const response = await fetch(this.dataset['places']!);
			for (const p of (await response.json()) as Place[]) this.places.set(p.ref, p);
		} catch {
			this.status('一覧を読み込めませんでした。通信のよいところで、もう一度開いてください。');
		}
		this.querySelector('[data-print]')!.addEventListener('click', () => print());
		this.querySelector('[data-clear]')!.addEventListener('click', () => this.update([]));
		this.querySelector('[data-copy]')!.addEventListener('click', () => this.copy());
		const person = this.querySelector<HTMLInputElement>('[data-person]')!;
		person.addEventListener(
			'input',
			() => (this.querySelector('[data-person-print]')!.textContent = person.value ? `${person.value} さんのための一覧` : ''),
		);
		this.render();
	}

	/** On paper, a line saying how many places over two years unconfirmed were left off. */
	private leftOut(list: Element, count: number): void {
		this.querySelector('[data-left-out]')?.remove();
		const line = leftOutLine(count);
		if (!line) return;
		const p = el('p', line, 'print-only');
		p.dataset['leftOut'] = '';
		list.after(p);
	}

	private status(text: string): void {
		this.querySelector('[data-status]')!.textContent = text;
	}

	private link(): string {
		const url = new URL(location.href);
		url.search = this.refs.length ? `?ids=${serializeRefs(this.refs)}` : '';
		url.hash = '';
		return url.toString();
	}

	private async copy(): Promise<void> {
		const link = this.link();
		try {
			await navigator.clipboard.writeText(link);
			this.status('リンクをコピーしました。メールなどに貼り付けると、同じリストが開きます。');
		} catch {
			this.status('コピーできませんでした。下のリンクを長押ししてコピーしてください。');
		}
	}

	private update(refs: string[]): void {
		this.refs = refs;
		store(refs);
		history.replaceState(null, '', this.link());
		this.render();
	}

	private render(): void {
		const list = this.querySelector('[data-items]')!;
		list.replaceChildren();
		const shown = this.refs.filter((r) => this.places.has(r));
		for (const ref of shown) {
			const p = this.places.get(ref)!;
			const item = el('li', undefined, p.old ? 'card no-print' : 'card');
			const title = el('a', p.name, 'card-title');
			title.href = p.url;
			const facts = el('dl', undefined, 'my-list-facts');
			for (const [label, value] of [
				['種類', p.kind],
				['いつ', p.when],
				['どこで', p.where],
				['費用', p.cost],
				['参加のしかた', p.apply],
				['問い合わせ', p.contact],
				['電話', p.tel],
			] as const) {
				if (!value) continue;
				const row = el('div');
				row.append(el('dt', label), el('dd', value));
				facts.append(row);
			}
			if (p.status !== '活動中') facts.append(el('p', `いまは${p.status}です`, 'badge badge-paused'));
			const remove = el('button', 'リストから外す', 'button no-print');
			remove.type = 'button';
			remove.addEventListener('click', () => this.update(toggle(this.refs, ref)));
			item.append(title, facts, remove);
			list.append(item);
		}
		this.leftOut(list, shown.filter((r) => this.places.get(r)!.old).length);
		this.status(
			shown.length
				? `${shown.length}か所がリストに入っています。`
				: 'リストは空です。地域のページや一覧で「わたしのリストに入れる」を押してください。',
		);
		const note = this.querySelector('[data-link-note]')!;
		note.replaceChildren();
		if (shown.length) {
			const a = el('a', 'このリストを開くリンク');
			a.href = this.link();
			note.append('同じリストを開く: ', a);
		}
		for (const b of this.querySelectorAll<HTMLButtonElement>('[data-print], [data-copy], [data-clear]')) b.disabled = shown.length === 0;
	}
}

customElements.define('my-list', MyList);
