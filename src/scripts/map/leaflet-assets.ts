/**
 * What every map on the site adds around Leaflet, without importing Leaflet itself (so a page can hold these
 * and still load Leaflet only when a map is opened): its stylesheet, added once, and the attribution line.
 */
import leafletCss from 'leaflet/dist/leaflet.css?url';

/** Leaflet's stylesheet, added to the page only when a map opens (one data-leaflet link for every map). */
export function loadLeafletStylesheet(): Promise<void> {
	if (document.querySelector('link[data-leaflet]')) return Promise.resolve();
	return new Promise((resolve) => {
		const link = document.createElement('link');
		link.rel = 'stylesheet';
		link.href = leafletCss;
		link.dataset['leaflet'] = '';
		link.onload = link.onerror = () => resolve();
		document.head.append(link);
	});
}

/** A text-only attribution (its text and address come from the site config, so they are escaped), in Japanese. */
export function attributionHtml(text: string, url: string): string {
	const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
	return `地図: <a href="${esc(url)}">${esc(text)}</a>`;
}
