/**
 * On an area page, a link to a place's card (another weekday, the today view, the map's list) opens the closed
 * section the card is in. Browsers that open <details> on a fragment link by themselves (Chromium, Firefox) do the
 * same; this is for those that do not. Without JavaScript the link still leads to the section.
 */
function reveal(): void {
	const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
	if (!target) return;
	let opened = false;
	for (let d = target.closest('details'); d; d = d.parentElement?.closest('details') ?? null) {
		if (!d.open) opened = d.open = true;
	}
	if (opened) target.scrollIntoView();
}
addEventListener('hashchange', reveal);
reveal();
