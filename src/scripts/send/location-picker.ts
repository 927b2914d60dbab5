/**
 * The widget for `place.location` on the form page (src/components/send/LocationPicker.astro): two boxes,
 * 緯度 and 経度, which are the accessible way and always work; 「地図で場所を選ぶ」, which loads Leaflet only
 * when pressed (a tap on the map or a drag of the marker fills the boxes); 「現在地にする」 (the browser's
 * position, after it asks for permission); and 「位置を消す」. A pair or a map address pasted into either box
 * fills both (src/lib/contribute/location-input.ts). The boxes hold the value: the map only writes to them.
 */
import type * as Leaflet from 'leaflet';
import { attributionHtml, loadLeafletStylesheet as loadStylesheet } from '../map/leaflet-assets.ts';
import type { LatLng } from '../../lib/geo.ts';
import {
	accuracyNote,
	describePosition,
	markerPosition,
	parsePosition,
	readTyped,
	roundCoordinate,
	textOf,
} from '../../lib/contribute/location-input.ts';
import type { Widget } from './widget.ts';

/** Zoom for a place already known (a building and its street), and for the town's centre when none is. */
const PLACE_ZOOM = 17;
const TOWN_ZOOM = 14;
const TILES_FAILED = '地図の画像を読み込めません（インターネットにつながっていないようです）。「数で入れる」で緯度・経度を入れてください。';

interface Parts {
	lat: HTMLInputElement;
	lng: HTMLInputElement;
	status: HTMLElement;
	note: HTMLElement;
	numbers: HTMLDetailsElement;
	toggle: HTMLButtonElement;
	locate: HTMLButtonElement;
	clear: HTMLButtonElement;
	box: HTMLElement;
	map: HTMLElement;
}

function parts(root: HTMLElement): Parts {
	const one = <T extends HTMLElement>(name: string) => root.querySelector<T>(`[data-location="${name}"]`)!;
	return {
		lat: one('lat'),
		lng: one('lng'),
		status: one('status'),
		note: one('note'),
		numbers: one('numbers'),
		toggle: one('map-toggle'),
		locate: one('locate'),
		clear: one('clear'),
		box: one('map-box'),
		map: one('map'),
	};
}

/** The map of each widget, once opened (or while it loads). */
interface MapState {
	L: typeof Leaflet;
	map: Leaflet.Map;
	marker?: Leaflet.Marker | undefined;
}
const maps = new WeakMap<HTMLElement, MapState>();
const loading = new WeakSet<HTMLElement>();
/** Each widget's `changed`, for the map's events. */
const changes = new WeakMap<HTMLElement, () => void>();

function typed(root: HTMLElement) {
	const { lat, lng } = parts(root);
	return readTyped(lat.value, lng.value);
}

/** A short message about what just happened (loading, 現在地, a failure), apart from the position itself. */
function note(root: HTMLElement, text: string): void {
	parts(root).note.textContent = text;
}

/**
 * The status line and the marker follow the boxes; `pan` also brings the marker into view. While a box is
 * being typed in, only the marker moves (`quiet`): the status line is read aloud, so it changes when the box is left.
 */
function refresh(root: HTMLElement, pan: boolean, quiet = false): void {
	const value = typed(root);
	const { status } = parts(root);
	const text = describePosition(value);
	if (!quiet && status.textContent !== text) status.textContent = text;
	const state = maps.get(root);
	if (!state) return;
	const at = markerPosition(value);
	if (!at) {
		state.marker?.remove();
		state.marker = undefined;
		return;
	}
	if (state.marker) state.marker.setLatLng(at);
	else state.marker = marker(root, state, at);
	if (pan && !parts(root).box.hidden && !state.map.getBounds().contains(at))
		state.map.setView(at, Math.max(state.map.getZoom(), Math.min(PLACE_ZOOM, state.map.getMaxZoom())));
}

/** Fills both boxes (the map, 現在地 and a pasted pair all come here), then tells the form. */
function put(root: HTMLElement, at: LatLng | undefined, changed: () => void, pan = true): void {
	const { lat, lng } = parts(root);
	lat.value = at ? String(roundCoordinate(at.lat)) : '';
	lng.value = at ? String(roundCoordinate(at.lng)) : '';
	refresh(root, pan);
	changed();
}

/** The place's marker: the site's dot, a 44px target, dragged by finger or mouse (the boxes serve the keyboard). */
function marker(root: HTMLElement, state: MapState, at: LatLng): Leaflet.Marker {
	const { L, map } = state;
	const dot = document.createElement('span');
	dot.className = 'map-dot';
	const icon = L.divIcon({ html: dot, className: 'map-icon location-marker', iconSize: [44, 44] });
	const m = L.marker(at, { icon, draggable: true, keyboard: false, title: 'この場所の印（指で動かせます）', alt: '' }).addTo(map);
	m.on('dragend', () => {
		const changed = changes.get(root);
		if (changed) put(root, m.getLatLng(), changed, false);
	});
	return m;
}

function createMap(root: HTMLElement, L: typeof Leaflet): MapState {
	const { map: container } = parts(root);
	const data = container.dataset;
	const maxZoom = Number(data['maxZoom']) || 18;
	// No wheel zoom: a page that scrolls over the map keeps scrolling (the ＋ and － buttons zoom).
	const map = L.map(container, { maxZoom, keyboard: true, scrollWheelZoom: false, attributionControl: false, zoomControl: false });
	L.control.zoom({ zoomInTitle: '拡大', zoomOutTitle: '縮小' }).addTo(map);
	L.control
		.attribution({ prefix: false })
		.addAttribution(attributionHtml(data['attribution'] ?? '', data['attributionUrl'] ?? ''))
		.addTo(map);
	let failed = false;
	L.tileLayer(data['tiles'] ?? '', { maxZoom, crossOrigin: true })
		.on('tileerror', () => {
			if (failed) return;
			failed = true;
			container.classList.add('tiles-failed');
			note(root, TILES_FAILED);
			parts(root).numbers.open = true;
		})
		.addTo(map);
	const known = markerPosition(typed(root));
	const centre = { lat: Number(data['centerLat']), lng: Number(data['centerLng']) };
	map.setView(known ?? centre, Math.min(known ? PLACE_ZOOM : TOWN_ZOOM, maxZoom));

	const state: MapState = { L, map };
	const place = (at: LatLng) => {
		const changed = changes.get(root);
		if (changed) put(root, at, changed, false);
	};
	map.on('click', (e: Leaflet.LeafletMouseEvent) => place(e.latlng));
	// From the keyboard: arrow keys move the map (Leaflet), Enter or Space puts the marker at its centre (the cross).
	container.addEventListener('keydown', (e) => {
		if (e.target !== container || (e.key !== 'Enter' && e.key !== ' ')) return;
		e.preventDefault();
		place(map.getCenter());
	});
	return state;
}

/** Opens the map (loading Leaflet the first time) or closes it. The boxes work either way. */
async function toggleMap(root: HTMLElement): Promise<void> {
	const p = parts(root);
	if (loading.has(root)) return;
	if (!p.box.hidden) {
		p.box.hidden = true;
		p.toggle.setAttribute('aria-expanded', 'false');
		p.toggle.textContent = '地図で場所を選ぶ';
		note(root, '地図を閉じました。');
		return;
	}
	let state = maps.get(root);
	if (!state) {
		loading.add(root);
		p.toggle.setAttribute('aria-busy', 'true');
		note(root, '地図を読み込んでいます…');
		try {
			const [leaflet] = await Promise.all([import('leaflet'), loadStylesheet()]);
			// Leaflet is a CommonJS bundle: the bundler gives it as the default export, the dev server as the module too.
			const L = ((leaflet as { default?: typeof Leaflet }).default ?? leaflet) as typeof Leaflet;
			p.box.hidden = false;
			state = createMap(root, L);
			maps.set(root, state);
		} catch {
			p.box.hidden = true;
			note(root, '地図を読み込めませんでした。下の「数で入れる」で緯度・経度を入れてください。');
			p.numbers.open = true;
			return;
		} finally {
			loading.delete(root);
			p.toggle.removeAttribute('aria-busy');
		}
	}
	p.box.hidden = false;
	state.map.invalidateSize();
	p.toggle.setAttribute('aria-expanded', 'true');
	p.toggle.textContent = '地図を閉じる';
	refresh(root, true);
	note(root, p.map.classList.contains('tiles-failed') ? TILES_FAILED : '地図を開きました。');
}

/** 「現在地にする」: the browser asks the person first; a refusal or a timeout is said in plain words. */
function locate(root: HTMLElement, changed: () => void): void {
	note(root, '現在地を調べています…。ブラウザが位置情報の利用をたずねたら「許可」を選んでください。');
	navigator.geolocation.getCurrentPosition(
		(pos) => {
			put(root, { lat: pos.coords.latitude, lng: pos.coords.longitude }, changed);
			note(root, accuracyNote(pos.coords.accuracy));
		},
		(error) => {
			const why =
				error.code === error.PERMISSION_DENIED
					? '位置情報の利用が許可されていません。ブラウザの設定で許可するか、地図で選ぶか、数で入れてください。'
					: error.code === error.TIMEOUT
						? '時間内に現在地がわかりませんでした。もう一度押すか、地図で選んでください。'
						: '現在地がわかりませんでした。地図で選ぶか、数で入れてください。';
			note(root, why);
		},
		{ enableHighAccuracy: true, timeout: 20_000, maximumAge: 60_000 },
	);
}

export const locationWidget: Widget = {
	setup(root, changed) {
		const p = parts(root);
		changes.set(root, changed);
		p.toggle.hidden = false;
		p.toggle.addEventListener('click', () => void toggleMap(root));
		if ('geolocation' in navigator) {
			p.locate.hidden = false;
			root.querySelector<HTMLElement>('[data-location="locate-help"]')!.hidden = false;
			p.locate.addEventListener('click', () => locate(root, changed));
		}
		p.clear.addEventListener('click', () => {
			const had = typed(root) !== undefined;
			put(root, undefined, changed);
			note(root, had ? '位置を消しました。この場所は地図に出ません。' : '位置はもともと入っていません。');
		});
		for (const input of [p.lat, p.lng]) {
			// A pair or a map address pasted into either box goes into both.
			input.addEventListener('paste', (e) => {
				const pair = parsePosition(e.clipboardData?.getData('text/plain') ?? '');
				if (!pair) return;
				e.preventDefault();
				put(root, pair, changed);
				note(root, '緯度と経度を、それぞれの欄に分けて入れました。');
			});
			input.addEventListener('input', () => {
				refresh(root, false, true);
				changed();
			});
			// Typed (not pasted) into one box, then left: split it the same way.
			input.addEventListener('change', () => {
				const other = input === p.lat ? p.lng : p.lat;
				const pair = other.value.trim() ? undefined : parsePosition(input.value);
				if (pair) {
					put(root, pair, changed);
					note(root, '緯度と経度を、それぞれの欄に分けて入れました。');
				} else refresh(root, true);
			});
		}
		refresh(root, false);
	},

	read(root) {
		return typed(root);
	},

	write(root, value) {
		const { lat, lng } = parts(root);
		const text = textOf(value);
		lat.value = text.lat;
		lng.value = text.lng;
		refresh(root, true);
	},

	errorAt(root, path) {
		const p = parts(root);
		// The boxes are the field's controls: open 「数で入れる」 so the message and the box can be seen and focused.
		p.numbers.open = true;
		const key = path[0] === 'lat' || path[0] === 'lng' ? path[0] : 'all';
		const message = root.querySelector<HTMLElement>(`[data-location="error-${key}"]`)!;
		return { control: key === 'lng' ? p.lng : p.lat, message };
	},
};
