/**
 * What a resident sees, measured in the browser: the size of every visible piece of text (SVG text at the size
 * it is drawn, after the chart is scaled to the screen) and of every target a finger or keyboard can reach.
 * Used by the map and dashboard tests; each returns the findings sorted smallest first.
 */
import type { Page } from 'playwright-core';

export interface TextSize {
	text: string;
	/** The font size as drawn, in CSS pixels. */
	px: number;
	where: string;
}
export interface TargetSize {
	label: string;
	width: number;
	height: number;
	where: string;
}

/** Every visible text run inside `scope` (a selector), with the size it is drawn at. */
export function textSizes(page: Page, scope = 'body'): Promise<TextSize[]> {
	return page.evaluate((scope) => {
		const root = document.querySelector(scope);
		if (!root) throw new Error(`nothing matches ${scope}`);
		const describe = (el: Element) =>
			`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`;
		/** Hidden from sight: no box, invisible, transparent, or inside a clipped 1px box (visually hidden text). */
		const unseen = (el: Element): boolean => {
			for (let a: Element | null = el; a && a !== document.documentElement; a = a.parentElement) {
				const cs = getComputedStyle(a);
				if (cs.display === 'none' || cs.visibility === 'hidden' || cs.visibility === 'collapse' || Number(cs.opacity) === 0) return true;
				const r = a.getBoundingClientRect();
				if (
					(r.width <= 1 || r.height <= 1) &&
					(cs.overflow !== 'visible' || cs.getPropertyValue('clip') !== 'auto' || cs.clipPath !== 'none')
				)
					return true;
				if (cs.clipPath.startsWith('inset(50%')) return true;
			}
			return false;
		};
		const out: { text: string; px: number; where: string }[] = [];
		const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const text = node.textContent?.replace(/\s+/g, ' ').trim();
			const el: Element | null = node.parentElement;
			if (!text || !el || el.closest('title, desc, script, style, noscript')) continue;
			const range = document.createRange();
			range.selectNodeContents(node);
			const drawn = [...range.getClientRects()].some((r) => r.width > 0.5 && r.height > 0.5);
			if (!drawn || unseen(el)) continue;
			let px = parseFloat(getComputedStyle(el).fontSize);
			if (el instanceof SVGGraphicsElement) {
				const m = el.getScreenCTM();
				if (m) px *= Math.hypot(m.a, m.b);
			}
			out.push({ text: text.slice(0, 40), px: Math.round(px * 10) / 10, where: describe(el) });
		}
		return out.sort((a, b) => a.px - b.px);
	}, scope);
}

/** Every visible link, button or other focusable target inside `scope`, with its size. */
export function targetSizes(
	page: Page,
	scope = 'body',
	selector = 'a[href], button, input, select, textarea, summary, [role="button"], [tabindex]:not([tabindex="-1"])',
): Promise<TargetSize[]> {
	return page.evaluate(
		({ scope, selector }) => {
			const root = document.querySelector(scope);
			if (!root) throw new Error(`nothing matches ${scope}`);
			const out: { label: string; width: number; height: number; where: string }[] = [];
			for (const el of root.querySelectorAll<HTMLElement>(selector)) {
				if (el === root) continue;
				const r = el.getBoundingClientRect();
				const cs = getComputedStyle(el);
				if (r.width === 0 || r.height === 0 || cs.visibility === 'hidden' || el.closest('[hidden], [aria-hidden="true"]')) continue;
				const label = el.getAttribute('aria-label') || el.textContent?.replace(/\s+/g, ' ').trim() || el.getAttribute('title') || '';
				out.push({
					label: label.slice(0, 40),
					width: Math.round(r.width * 10) / 10,
					height: Math.round(r.height * 10) / 10,
					where: `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`,
				});
			}
			return out.sort((a, b) => Math.min(a.width, a.height) - Math.min(b.width, b.height));
		},
		{ scope, selector },
	);
}
