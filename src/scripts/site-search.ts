/**
 * <site-search>: the search page's client. Reads the plain GET form (q and filter checkboxes), turns the
 * query into the same bigrams the index holds, asks Pagefind, and lists results built from text nodes only.
 * Pagefind's files load on the first search, not before. Without JavaScript the page explains where else to look.
 */
import { displayOrder, planQuery, rank } from '../lib/search/query.ts';

interface PagefindResultData {
	url: string;
	meta: Record<string, string>;
}
interface PagefindResult {
	id: string;
	score: number;
	data(): Promise<PagefindResultData>;
}
interface Pagefind {
	options(o: object): Promise<void>;
	init(): Promise<void>;
	search(
		q: string | null,
		o?: { filters?: Record<string, { any: string[] }>; sort?: Record<string, 'asc' | 'desc'> },
	): Promise<{ results: PagefindResult[] }>;
}

const FILTER_NAMES = ['地域', '種類', '分野', '曜日', '費用', '送迎'];
const PAGE_SIZE = 20;

class SiteSearch extends HTMLElement {
	#pagefind: Promise<Pagefind> | undefined;

	connectedCallback(): void {
		const form = this.querySelector('form')!;
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			const params = new URLSearchParams(new FormData(form) as unknown as Record<string, string>);
			for (const [key, value] of [...params]) if (!value) params.delete(key);
			history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
			void this.run();
		});
		const params = new URLSearchParams(location.search);
		(form.elements.namedItem('q') as HTMLInputElement).value = params.get('q') ?? '';
		for (const name of FILTER_NAMES) {
			const wanted = params.getAll(name);
			for (const box of form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)) box.checked = wanted.includes(box.value);
		}
		if ([...params.keys()].length) void this.run();
	}

	#load(): Promise<Pagefind> {
		this.#pagefind ??= (async () => {
			const pagefind = (await import(/* @vite-ignore */ this.dataset['pagefind']!)) as Pagefind;
			await pagefind.options({ baseUrl: '/' });
			await pagefind.init();
			return pagefind;
		})();
		return this.#pagefind;
	}

	/** Shows results from `from` on, a page at a time, with a 「もっと見る」 button while more remain. */
	async #show(results: (PagefindResult & { titleHits?: number })[], from: number): Promise<void> {
		const list = this.querySelector<HTMLOListElement>('[data-results]')!;
		const more = this.querySelector<HTMLButtonElement>('[data-more]')!;
		const loaded = await Promise.all(results.slice(from, from + PAGE_SIZE).map(async (r) => ({ data: await r.data(), titleHits: r.titleHits ?? 0 })));
		const data = displayOrder(loaded.map((l) => ({ ...l, yomi: l.data.meta['yomi'] ?? '' }))).map((l) => l.data);
		list.append(...data.map(resultItem));
		const next = from + PAGE_SIZE;
		more.hidden = next >= results.length;
		more.textContent = `もっと見る（あと${results.length - next}件）`;
		more.onclick = () => void this.#show(results, next);
	}

	async run(): Promise<void> {
		const form = this.querySelector('form')!;
		const status = this.querySelector<HTMLElement>('[data-status]')!;
		const list = this.querySelector<HTMLOListElement>('[data-results]')!;
		const q = (form.elements.namedItem('q') as HTMLInputElement).value.trim();
		const filters: Record<string, { any: string[] }> = {};
		for (const name of FILTER_NAMES) {
			const values = [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((b) => b.value);
			if (values.length) filters[name] = { any: values };
		}
		const plans = planQuery(q);
		if (!plans.length && !Object.keys(filters).length) {
			status.textContent = 'ことばを入れるか、条件を選んでください。';
			list.replaceChildren();
			return;
		}
		status.textContent = 'さがしています…';
		try {
			const pagefind = await this.#load();
			let results: (PagefindResult & { titleHits?: number })[];
			if (plans.length) {
				const found = await Promise.all(plans.map((p) => pagefind.search(p.term, { filters })));
				const named = await Promise.all(plans.map((p) => pagefind.search(p.titleTerm, { filters })));
				results = rank(
					found.map((f) => f.results),
					named.map((n) => new Set(n.results.map((r) => r.id))),
				);
			} else {
				results = (await pagefind.search(null, { filters, sort: { yomi: 'asc' } })).results;
			}
			list.replaceChildren();
			await this.#show(results, 0);
			status.textContent = results.length ? `${results.length}件 見つかりました。` : '見つかりませんでした。ことばを短くするか、ひらがなで入れてみてください。';
		} catch {
			status.textContent = '検索を読み込めませんでした。地域や分野の一覧からお探しください。';
		}
	}
}

/** One result: title link, then kind, when, place and area, each as plain text. */
function resultItem(r: PagefindResultData): HTMLLIElement {
	const li = document.createElement('li');
	li.className = 'card';
	const a = document.createElement('a');
	a.className = 'card-title';
	a.href = r.url;
	a.textContent = r.meta['title'] ?? r.url;
	const meta = document.createElement('ul');
	meta.className = 'card-meta';
	for (const [key, prefix] of [['kind', ''], ['status', ''], ['when', ''], ['place', ''], ['area', ''], ['summary', '']] as const) {
		const value = r.meta[key];
		if (!value) continue;
		const item = document.createElement('li');
		if (key === 'when') {
			const strong = document.createElement('strong');
			strong.textContent = value;
			item.append(strong);
		} else if (key === 'status') {
			const badge = document.createElement('span');
			badge.className = 'badge badge-paused';
			badge.textContent = value;
			item.append(badge);
		} else {
			item.textContent = prefix + value;
		}
		meta.append(item);
	}
	li.append(a, meta);
	return li;
}

customElements.define('site-search', SiteSearch);
