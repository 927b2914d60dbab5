/**
 * <my-list>: shows the places of わたしのリスト kept in this browser, as cards a resident can print on one A4 sheet
 * (with the coming month's dates and a QR code that reopens the list), remove, or send. A shared link (?ids=…)
 * never replaces the kept list silently: it opens only when nothing would be lost, else the resident chooses
 * 「このリストを開く／今のリストに足す／やめる」 (src/lib/my-list.ts). Text only: every value is set with textContent,
 * never as HTML.
 */
import { leftOutLine } from '../lib/freshness.ts';
import { linkedList, merge, parseRefs, serializeRefs, STORAGE_KEY, toggle } from '../lib/my-list.ts';
import { shareLinks, shareMessage } from '../lib/my-list-share.ts';
import { comingMonth } from '../lib/schedule/coming-month.ts';

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
	/** Its next dates worked out at build time, each as [YYYY-MM-DD, 12月9日（水）]. */
	dates?: [string, string][];
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
/** Today in Japan, YYYY-MM-DD. */
const today = () => new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 10);

class MyList extends HTMLElement {
	private refs: string[] = [];
	/** The list before the last replacing or emptying, for 「前のリストに戻す」. */
	private previous: string[] | undefined;
	private places = new Map<string, Place>();

	async connectedCallback(): Promise<void> {
		this.querySelector<HTMLElement>('[data-fallback]')!.hidden = true;
		this.querySelector<HTMLElement>('[data-app]')!.hidden = false;
		try {
			const response = await fetch(this.dataset['places']!);
			for (const p of (await response.json()) as Place[]) this.places.set(p.ref, p);
		} catch {
			// Nothing is decided without the places: the link stays in the address bar, to open again later.
			this.status('一覧を読み込めませんでした。通信のよいところで、もう一度開いてください。');
			return;
		}
		this.wire();
		this.open(linkedList(stored(), location.search, (ref) => this.places.has(ref)));
	}

	private wire(): void {
		const on = (selector: string, handler: () => void) => this.querySelector(selector)!.addEventListener('click', handler);
		on('[data-print]', () => print());
		on('[data-clear]', () => this.replace([], 'リストを空にしました。'));
		on('[data-copy]', () => void this.copy());
		on('[data-share]', () => void this.share());
		on('[data-undo]', () => this.replace(this.previous ?? this.refs, '前のリストに戻しました。'));
		const person = this.querySelector<HTMLInputElement>('[data-person]')!;
		person.addEventListener(
			'input',
			() => (this.querySelector('[data-person-print]')!.textContent = person.value ? `${person.value} さんのための一覧` : ''),
		);
	}

	/** What the page's own link asks for: keep, open, add one place, or ask before touching the kept list. */
	private open(link: ReturnType<typeof linkedList>): void {
		this.refs = link.refs;
		if (link.action !== 'keep' && link.action !== 'ask') store(this.refs);
		history.replaceState(null, '', link.action === 'ask' ? location.href : this.link());
		this.render();
		if (link.action === 'keep' && link.ignored)
			this.status('このリンクには、開けるところが入っていませんでした。いまのリストはそのままです。');
		if (link.action === 'add')
			this.status(
				`「${this.places.get(link.added)?.name ?? 'このところ'}」をわたしのリストに入れました。いま ${this.refs.length}か所です。`,
			);
		if (link.action === 'ask') this.ask(link.linked);
	}

	/** 「このリストを開く／今のリストに足す／やめる」: nothing changes until the resident chooses. */
	private ask(linked: string[]): void {
		const prompt = this.querySelector<HTMLElement>('[data-prompt]')!;
		const known = linked.filter((r) => this.places.has(r));
		this.querySelector('[data-prompt-text]')!.textContent = `送られてきたリストには、${known.length}か所が入っています。`;
		this.querySelector('[data-prompt-names]')!.replaceChildren(...known.map((r) => el('li', this.places.get(r)!.name)));
		prompt.hidden = false;
		this.querySelector<HTMLElement>('[data-prompt-title]')!.focus();
		const choose = (choice: string | undefined) => {
			prompt.hidden = true;
			if (choice === 'open') this.replace(linked, '送られてきたリストを開きました。');
			else if (choice === 'add') this.update(merge(this.refs, linked), '送られてきたリストを、いまのリストに足しました。');
			else this.update(this.refs, 'いまのリストのままです。');
		};
		for (const b of prompt.querySelectorAll<HTMLButtonElement>('[data-choice]'))
			b.addEventListener('click', () => choose(b.dataset['choice']), { once: true });
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
		try {
			await navigator.clipboard.writeText(this.link());
			this.status('リンクをコピーしました。メールなどに貼り付けると、同じリストが開きます。');
		} catch {
			this.status('コピーできませんでした。下のリンクを長押ししてコピーしてください。');
		}
	}

	private async share(): Promise<void> {
		try {
			await navigator.share({ title: 'わたしのリスト', text: shareMessage(this.refs.length), url: this.link() });
		} catch {
			/* closed by the resident, or not allowed: the links below stay */
		}
	}

	/** Replaces the list, keeping the one before for 「前のリストに戻す」. */
	private replace(refs: string[], said: string): void {
		const before = this.refs;
		this.update(refs, said);
		this.previous = before.length && serializeRefs(before) !== serializeRefs(refs) ? before : undefined;
		this.querySelector<HTMLElement>('[data-undo]')!.hidden = !this.previous;
	}

	private update(refs: string[], said?: string): void {
		this.refs = refs;
		this.previous = undefined;
		this.querySelector<HTMLElement>('[data-undo]')!.hidden = true;
		store(refs);
		history.replaceState(null, '', this.link());
		this.render();
		if (said) this.status(`${said}${this.refs.length ? `いま ${this.refs.length}か所です。` : ''}`);
	}

	private card(p: Place): HTMLLIElement {
		const item = el('li', undefined, p.old ? 'card no-print' : 'card');
		const title = el('a', p.name, 'card-title');
		title.href = p.url;
		// On paper the cost rides on the name's line (one line less a place: five places fit one sheet).
		const cost = el('span', p.cost ? `　費用 ${p.cost}` : '', 'print-only card-cost');
		const facts = el('dl', undefined, 'my-list-facts');
		const labels = new Map(p.dates ?? []);
		const month = comingMonth([...labels.keys()], today(), 4).map((d) => labels.get(d)!);
		for (const [label, value, className] of [
			['種類', p.kind, 'no-print'],
			['いつ', p.when],
			['次の日', month.join('、')],
			['どこで', p.where],
			['費用', p.cost, 'no-print'],
			['申し込み', p.apply],
			['電話', p.tel && [p.tel, p.contact]],
			['連絡先', !p.tel && p.contact],
		] as const) {
			if (!value) continue;
			const row = el('div', undefined, className);
			const dd = el('dd');
			if (label === '次の日') dd.append(...month.map((d, i) => el('span', i < month.length - 1 ? `${d}、` : d, 'list-date')));
			else if (Array.isArray(value)) dd.append(el('span', value[0], 'phone'), `　${value[1]}`);
			else dd.textContent = value as string;
			row.append(el('dt', label), dd);
			facts.append(row);
		}
		if (p.status !== '活動中') facts.append(el('p', `いまは${p.status}です`, 'badge badge-paused'));
		const remove = el('button', 'リストから外す', 'button no-print');
		remove.type = 'button';
		remove.addEventListener('click', () => this.update(toggle(this.refs, p.ref), `「${p.name}」をリストから外しました。`));
		item.append(title, cost, facts, remove);
		return item;
	}

	private render(): void {
		const list = this.querySelector('[data-items]')!;
		const shown = this.refs.filter((r) => this.places.has(r));
		list.replaceChildren(...shown.map((r) => this.card(this.places.get(r)!)));
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
		this.shareBox(shown.length);
		void this.drawQr(shown.length);
	}

	/** 「送る」: the phone's own share sheet where it has one, and LINE, e-mail and SMS links always. */
	private shareBox(count: number): void {
		this.querySelector<HTMLElement>('[data-share-box]')!.hidden = count === 0;
		this.querySelector<HTMLElement>('[data-share]')!.hidden = !('share' in navigator);
		const links = shareLinks(this.link(), count).map(({ label, href }) => {
			const li = el('li');
			const a = el('a', label, 'button');
			a.href = href;
			li.append(a);
			return li;
		});
		this.querySelector('[data-share-links]')!.replaceChildren(...links);
	}

	/** The printed QR code of the list's link, drawn by a module loaded only when the list has places. */
	private async drawQr(count: number): Promise<void> {
		const box = this.querySelector<HTMLElement>('[data-qr-box]')!;
		box.hidden = count === 0;
		if (count === 0) return;
		const { qrPath } = await import('../lib/my-list-qr.ts');
		const { size, d } = qrPath(this.link());
		const ns = 'http://www.w3.org/2000/svg';
		const svg = document.createElementNS(ns, 'svg');
		svg.setAttribute('viewBox', `-4 -4 ${size + 8} ${size + 8}`);
		svg.setAttribute('role', 'img');
		svg.setAttribute('aria-label', 'このリストを開く QR コード');
		const path = document.createElementNS(ns, 'path');
		path.setAttribute('d', d);
		svg.append(path);
		this.querySelector('[data-qr]')!.replaceChildren(svg);
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
}

customElements.define('my-list', MyList);
