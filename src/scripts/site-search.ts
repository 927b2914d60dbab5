/**
 * <site-search>: the search page's client. Reads the plain GET form (q and filter checkboxes), turns the
 * query into the same bigrams the index holds, asks Pagefind, and lists results built from text nodes only.
 *
 * Fast on a slow phone: Pagefind starts loading as soon as the resident touches the form (or at once when the
 * page opens with a query, when the page's own inline script has already asked for its files); what they type
 * is preloaded while they type; Pagefind runs on the page's own thread so it uses those preloaded files; results
 * show their names straight from the names file and fetch the rest of each card (when, where, summary) only
 * for the cards on screen. Without JavaScript the page offers the keyword index (/words/) instead.
 */
import { answerQuery, type Filters, type Ordering, type SearchIndex } from '../lib/search/answer.ts';
import { mergeLaterParts, partedIndex, partOptions, readPartsAttribute } from '../lib/search/parts.ts';
import { chunksFor, planAttempts, planQuery, type PlannedSearch } from '../lib/search/query.ts';
import type { FirstScreen } from '../integrations/first-screens.ts';

interface PagefindResultData {
	url: string;
	meta: Record<string, string>;
}
interface PagefindResult {
	id: string;
	score: number;
	data(): Promise<PagefindResultData>;
}
interface PagefindInstance extends SearchIndex<PagefindResult> {
	init(): Promise<void>;
	preload(q: string, o?: { filters?: Filters }): Promise<void>;
	mergeIndex(indexPath: string, options: object): Promise<void>;
}
interface PagefindModule {
	createInstance(options: object): PagefindInstance;
}
/** What the page's inline script (src/pages/search.astro) gives the element. */
interface Host {
	loadPagefind?: () => Promise<PagefindModule>;
}
/** Page id → [name, address, kind, status], in the site's neutral order: src/integrations/search-index.ts. */
type Names = Record<string, [string, string, string, string?]>;

/**
 * Pagefind (the index's later parts merged in), its search as the page asks it (`index`: src/lib/search/parts.ts),
 * the names, and how results are put in order (`order`: every page's place, from the names file).
 */
interface Engine extends Ordering {
	pagefind: PagefindInstance;
	index: SearchIndex<PagefindResult>;
	names: Names | undefined;
}

const FILTER_NAMES = ['地域', '種類', '分野', '曜日', '費用', '送迎'];
const PAGE_SIZE = 20;
/** Cards that fill a phone's screen. */
const FIRST_SCREEN = 6;
/** A placeholder left in the page (npm run dev has no index): not a value. */
const filled = (value: string | undefined) => (value && !value.startsWith('@@') ? value : '');

class SiteSearch extends HTMLElement {
	#engine: Promise<Engine> | undefined;
	#ready = false;
	#runs = 0;
	#observer: IntersectionObserver | undefined;
	#typing: ReturnType<typeof setTimeout> | undefined;
	/** The run whose first screen (made at build time) is on display, and its pages' ids. */
	#firstScreen: { run: number; ids: string[] } | undefined;
	/** The last run whose own answer is on display. */
	#answered = 0;

	connectedCallback(): void {
		const form = this.querySelector('form')!;
		const input = form.elements.namedItem('q') as HTMLInputElement;
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			const params = new URLSearchParams(new FormData(form) as unknown as Record<string, string>);
			for (const [key, value] of [...params]) if (!value) params.delete(key);
			history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
			void this.run();
		});
		// The resident is about to search: start loading the search now, not when they press さがす.
		const warm = () => void this.#load().catch(() => undefined);
		for (const type of ['focusin', 'pointerdown', 'keydown']) form.addEventListener(type, warm, { once: true, passive: true });
		// While they type, load the part of the index their words are in.
		input.addEventListener('input', (event) => {
			if ((event as InputEvent).isComposing) return; // still choosing kanji: wait for the word
			clearTimeout(this.#typing);
			this.#typing = setTimeout(() => void this.#preload(input.value), 250);
		});
		const params = new URLSearchParams(location.search);
		input.value = params.get('q') ?? '';
		for (const name of FILTER_NAMES) {
			const wanted = params.getAll(name);
			for (const box of form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)) box.checked = wanted.includes(box.value);
		}
		if ([...params.keys()].length) void this.run();
		else if (form.contains(document.activeElement)) warm();
	}

	/** Pagefind, the names and the neutral order: loaded once, side by side. */
	#load(): Promise<Engine> {
		this.#engine ??= (async () => {
			const base = this.dataset['base']!;
			const meta = filled(this.dataset['meta']);
			const namesFile = filled(this.dataset['names']);
			const names = namesFile
				? fetch(base + namesFile)
						.then((r) => (r.ok ? (r.json() as Promise<Names>) : undefined))
						.catch(() => undefined)
				: Promise.resolve(undefined);
			const load = (this as unknown as Host).loadPagefind;
			if (!load) throw new Error('Pagefind loader missing');
			const module = await load();
			// On the page's own thread: its requests then meet the files the page preloaded (a worker's would not).
			// A large town's index is written in parts (src/lib/search/parts.ts): the later ones are merged into the first.
			const later = readPartsAttribute(filled(this.dataset['parts']));
			const pagefind = module.createInstance({
				baseUrl: '/',
				noWorker: true,
				...(meta ? { metaCacheTag: meta } : {}),
				...partOptions(1, later.length + 1),
			});
			await pagefind.init();
			await mergeLaterParts(pagefind, base, later, { baseUrl: '/' });
			await yieldToPage();
			// Each page's place in the neutral order: the names file is written in it. Without one (a large town), each
			// search asks Pagefind for its own pages in that order (#search): sorting every page of 10,000 cost a slow
			// phone 0.4 s before the first result.
			const named = await names;
			const order = named
				? { position: new Map(Object.keys(named).map((id, i) => [id, i])), laterFrom: Number(filled(this.dataset['later']) || Infinity) }
				: undefined;
			const laterIds = new Set(filled(this.dataset['laterIds']).split(' ').filter(Boolean));
			this.#ready = true;
			return { pagefind, index: partedIndex(pagefind, later.length + 1), names: named, order, laterIds };
		})();
		this.#engine.catch(() => (this.#engine = undefined));
		return this.#engine;
	}

	/**
	 * While Pagefind is still loading, asks for the index chunks the query's words are in (from the chunk ranges
	 * the build wrote into the page), so they arrive with Pagefind instead of after it.
	 */
	#preloadChunks(plans: PlannedSearch[]): void {
		if (this.#ready) return;
		let chunks: [string, string, string][];
		try {
			// Written into <head> for the page's first script (src/lib/search/preload-script.ts).
			chunks = JSON.parse(filled(document.querySelector('script[data-search-chunks]')?.textContent ?? '') || '[]') as [
				string,
				string,
				string,
			][];
		} catch {
			return;
		}
		const wanted = chunksFor(plans, chunks);
		for (const file of wanted) {
			const href = `${this.dataset['base']}${file}.pf_index`;
			if (document.querySelector(`link[rel="preload"][href="${href}"]`)) continue;
			const link = document.createElement('link');
			link.rel = 'preload';
			link.as = 'fetch';
			link.crossOrigin = 'anonymous';
			link.href = href;
			document.head.append(link);
		}
	}

	async #preload(text: string): Promise<void> {
		const plans = planQuery(text);
		if (!plans.length) return;
		this.#preloadChunks(plans);
		const { pagefind } = await this.#load();
		await Promise.all(plans.flatMap((p) => [pagefind.preload(p.term), pagefind.preload(p.titleTerm)]));
	}

	/**
	 * Lists results from `from` on, a page at a time, with a 「もっと見る」 button while more remain; the first `kept`
	 * of them are on display already (a first screen).
	 */
	async #show(engine: Engine, results: PagefindResult[], from: number, kept = 0): Promise<void> {
		const list = this.querySelector<HTMLOListElement>('[data-results]')!;
		const more = this.querySelector<HTMLButtonElement>('[data-more]')!;
		const shown = results.slice(from + kept, from + PAGE_SIZE);
		const next = from + PAGE_SIZE;
		const offerMore = () => {
			more.hidden = next >= results.length;
			more.textContent = `もっと見る（あと${results.length - next}件）`;
			more.onclick = () => void this.#show(engine, results, next);
		};
		more.hidden = true;
		if (engine.names) {
			// Names at once; the rest of each card when it comes into view (waiting for the details first cost
			// a slow phone 0.6 s before any name showed: docs/performance.md).
			const items = shown.map((r) => {
				const li = card(engine.names![r.id]);
				if (this.#observer) {
					this.#observer.observe(li);
					onSight.set(li, () => void fill(li, r));
				} else void fill(li, r);
				return li;
			});
			list.append(...items);
			offerMore();
		} else {
			// No names file (a large town): the first screenful as soon as its fragments arrive, the rest when the
			// resident scrolls near them (a slow phone's link is not shared with cards nobody has looked at yet).
			const first = shown.slice(0, Math.max(0, FIRST_SCREEN - kept));
			list.append(...(await Promise.all(first.map(async (r) => resultItem(await r.data())))));
			const rest = shown.slice(first.length);
			const showRest = () =>
				void Promise.all(rest.map(async (r) => resultItem(await r.data())))
					.then((items) => list.append(...items))
					.catch(() => undefined)
					.finally(offerMore);
			const last = list.lastElementChild;
			if (rest.length && last && this.#observer) {
				// Or at once with the button, for a resident who does not scroll (a screen reader, the keyboard).
				let asked = false;
				const once = () => {
					if (asked) return;
					asked = true;
					this.#observer?.unobserve(last);
					showRest();
				};
				onSight.set(last, once);
				this.#observer.observe(last);
				more.textContent = `もっと見る（あと${results.length - from - kept - first.length}件）`;
				more.onclick = once;
				more.hidden = false;
			} else showRest();
		}
	}

	async run(): Promise<void> {
		try {
			await this.#run();
		} finally {
			// The keyword index, kept out of the way while the first results were on their way (src/pages/search.astro).
			this.removeAttribute('data-answering');
		}
	}

	async #run(): Promise<void> {
		const run = ++this.#runs;
		const form = this.querySelector('form')!;
		const status = this.querySelector<HTMLElement>('[data-status]')!;
		const list = this.querySelector<HTMLOListElement>('[data-results]')!;
		const q = (form.elements.namedItem('q') as HTMLInputElement).value.trim();
		const filters: Filters = {};
		for (const name of FILTER_NAMES) {
			const values = [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((b) => b.value);
			if (values.length) filters[name] = { any: values };
		}
		const attempts = planAttempts(q);
		if (!attempts.strict.length && !Object.keys(filters).length) {
			status.textContent = 'ことばを入れるか、条件を選んでください。';
			list.replaceChildren();
			return;
		}
		status.textContent = 'さがしています…';
		this.#preloadChunks(attempts.strict);
		if (!Object.keys(filters).length) void this.#showFirstScreen(run, q);
		// A request lost on a weak connection should not end the search: one more try before saying so.
		for (let attempt = 1; ; attempt++) {
			try {
				await this.#answer(run, attempts, filters);
				return;
			} catch (error) {
				console.error('search failed:', error);
				if (run !== this.#runs) return;
				// Pagefind may have started without a file it needs: the next try starts it again.
				this.#engine = undefined;
				this.#ready = false;
				if (attempt < 2) continue;
				// A first screen on display stays, said to be the start of the results only.
				status.textContent =
					this.#firstScreen?.run === run
						? `${status.textContent} 続きを読み込めませんでした。下の「ことばの索引」や、地域・分野の一覧からもお探しください。`
						: '検索を読み込めませんでした。下の「ことばの索引」や、地域・分野の一覧からお探しください。';
				return;
			}
		}
	}

	/**
	 * In a large town, an everyday word's first screen, made at build time from the same index
	 * (src/integrations/first-screens.ts), shown while Pagefind is still loading; its own answer goes on from it.
	 */
	async #showFirstScreen(run: number, q: string): Promise<void> {
		try {
			const files = JSON.parse(filled(document.querySelector('script[data-search-first]')?.textContent ?? '') || '{}') as Record<
				string,
				string
			>;
			const file = Object.hasOwn(files, q) ? files[q] : undefined;
			if (!file) return;
			// Ahead of the files of a large town's later parts of the index, asked for at a low priority (preload-script.ts).
			const response = await fetch(this.dataset['base']! + file, { priority: 'high' });
			if (!response.ok) return;
			const screen = (await response.json()) as FirstScreen;
			if (run !== this.#runs || this.#answered === run) return;
			this.#firstScreen = { run, ids: screen.cards.map((c) => c.id) };
			this.querySelector('[data-results]')!.replaceChildren(...screen.cards.map(resultItem));
			this.querySelector('[data-status]')!.textContent = statusLine(screen.count, screen.loosened);
			this.removeAttribute('data-answering');
		} catch {
			// Pagefind's answer comes all the same.
		}
	}

	/** Searches and shows the results and the count. */
	async #answer(run: number, attempts: ReturnType<typeof planAttempts>, filters: Filters): Promise<void> {
		const status = this.querySelector<HTMLElement>('[data-status]')!;
		const list = this.querySelector<HTMLOListElement>('[data-results]')!;
		const engine = await this.#load();
		const { results, loosened } = attempts.strict.length
			? await answerQuery(engine.index, attempts, filters, engine)
			: { results: (await engine.index.search(null, { filters, sort: { order: 'asc' } })).results, loosened: false };
		if (run !== this.#runs) return;
		await yieldToPage();
		if (run !== this.#runs) return;
		this.#answered = run;
		// A first screen on display goes on as it is when the answer begins with the same pages (it always should).
		const first = this.#firstScreen?.run === run ? this.#firstScreen.ids : [];
		const kept = first.length && first.every((id, i) => results[i]?.id === id) ? first.length : 0;
		this.#firstScreen = undefined;
		this.#observer?.disconnect();
		this.#observer =
			'IntersectionObserver' in window ? new IntersectionObserver(onVisible, { rootMargin: '0px 0px 400px 0px' }) : undefined;
		if (!kept) list.replaceChildren();
		await this.#show(engine, results, 0, kept);
		// Said again only when it changed: a screen reader announces the status line (aria-live) each time it is set.
		const line = statusLine(results.length, loosened);
		if (status.textContent !== line) status.textContent = line;
	}
}

/** The status line for a count of results. */
function statusLine(count: number, loosened: boolean): string {
	return count
		? `${count}件 見つかりました。${loosened ? 'ことばを分けてさがしました。' : ''}`
		: '見つかりませんでした。ことばを短くするか、ひらがなで入れてみてください。下の「ことばの索引」からも探せます。';
}

/** Lets the page answer a tap between two long pieces of work (each its own task on a slow phone). */
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** What comes when an element comes into view (within 400 px): a card's details, or the rest of the cards. */
const onSight = new WeakMap<Element, () => void>();
function onVisible(entries: IntersectionObserverEntry[], observer: IntersectionObserver): void {
	for (const entry of entries) {
		if (!entry.isIntersecting) continue;
		observer.unobserve(entry.target);
		onSight.get(entry.target)?.();
		onSight.delete(entry.target);
	}
}
async function fill(li: HTMLLIElement, r: PagefindResult): Promise<void> {
	try {
		const data = await r.data();
		li.replaceChildren(...resultItem(data).childNodes);
	} catch {
		// The name and kind stay; the details could not load.
	} finally {
		delete li.dataset['pending'];
	}
}

/**
 * A card from the names file: the name as a link, its kind (and status). Until its details come it keeps about
 * the height a whole card takes (src/pages/search.astro), so the cards under it move little when they come.
 */
function card(name: Names[string] | undefined): HTMLLIElement {
	const [title = '', url = '', kind = '', status = ''] = name ?? [];
	const li = resultItem({ url, meta: { title, kind, ...(status ? { status } : {}) } });
	li.dataset['pending'] = '';
	return li;
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
	for (const key of ['kind', 'status', 'stage', 'when', 'place', 'area', 'summary'] as const) {
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
			item.textContent = value;
		}
		meta.append(item);
	}
	li.append(a, meta);
	return li;
}

customElements.define('site-search', SiteSearch);
