/**
 * The tick on cards (src/components/TickButton.astro): shows the buttons, marks what is on the list, toggles, and
 * keeps a small 「わたしのリスト（n）」 link in view. localStorage only; nothing is sent.
 */
import { parseRefs, serializeRefs, STORAGE_KEY, toggle } from '../lib/my-list.ts';

const read = () => {
	try {
		return parseRefs(localStorage.getItem(STORAGE_KEY));
	} catch {
		return [];
	}
};
const write = (refs: string[]) => {
	try {
		localStorage.setItem(STORAGE_KEY, serializeRefs(refs));
	} catch {
		/* storage off: the tick only lasts this page */
	}
};

function render(refs: string[]): void {
	for (const b of document.querySelectorAll<HTMLButtonElement>('button[data-tick]')) {
		b.hidden = false;
		const on = refs.includes(b.dataset['tick']!);
		b.setAttribute('aria-pressed', String(on));
		b.querySelector('span:nth-child(2)')!.textContent = on ? 'わたしのリストに入っています' : 'わたしのリストに入れる';
	}
	const link = document.querySelector<HTMLAnchorElement>('[data-my-list-link]');
	if (link) {
		link.hidden = refs.length === 0;
		link.querySelector('[data-count]')!.textContent = String(refs.length);
	}
}

let refs = read();
document.addEventListener('click', (event) => {
	const button = (event.target as Element).closest<HTMLButtonElement>('button[data-tick]');
	if (!button) return;
	refs = toggle(refs, button.dataset['tick']!);
	write(refs);
	render(refs);
});
render(refs);
