/**
 * The map itself, loaded only when a resident asks for it: the 校区 boundary, a focusable marker for every
 * place (clustered when they crowd), popups built from text nodes, and tiles that may fail without harm.
 *
 * For fingers, every marker and control is a target of at least 44px and markers never overlap. For the
 * keyboard: Enter or Space on a marker opens it (a place's popup, or a cluster: zoomed in with focus on the
 * first marker that appears, or a list of the places that share one spot); the popup's link is the next Tab
 * stop after its marker, and Escape or 「閉じる」 closes it and returns focus to the marker. Every label
 * Leaflet shows or announces is in Japanese.
 */
import L from 'leaflet';
import { attributionHtml, loadLeafletStylesheet as loadStylesheet } from './leaflet-assets.ts';
import type { AreaFeatures, PointFeature } from '../../lib/geo-features.ts';
import { clusterPoints, inReadingOrder, separate } from '../../lib/cluster.ts';

export interface MapOptions {
	tiles: string;
	attribution: string;
	attributionUrl: string;
	maxZoom: number;
	onTilesFailed: () => void;
}

/** Grid cell for clustering, in screen pixels. */
const CELL = 56;
/** A marker's size as a target: single places 44px, clusters 48px; centres closer than this merge. */
const SINGLE = 44;
const GROUP = 48;
/** Room kept around the places in view: clear of the zoom buttons (top left) and the attribution (bottom). */
const VIEW: L.FitBoundsOptions = { paddingTopLeft: L.point(64, 40), paddingBottomRight: L.point(40, 60) };
const VIEW_PADDING = L.point(64 + 40, 40 + 60);

const at = (f: PointFeature): [number, number] => [f.geometry.coordinates[1], f.geometry.coordinates[0]];

function popupContent(features: PointFeature[], close: () => void): HTMLElement {
	const box = document.createElement('div');
	box.className = 'map-popup';
	if (features.length > 1) {
		const lead = document.createElement('p');
		lead.className = 'map-popup-lead';
		lead.textContent = `同じ場所に${features.length}か所あります`;
		box.append(lead);
	}
	for (const f of features) {
		const item = document.createElement('p');
		const link = document.createElement('a');
		link.href = f.properties.url;
		link.textContent = f.properties.name;
		item.append(link);
		for (const line of [f.properties.when, f.properties.place]) {
			if (!line) continue;
			const text = document.createElement('span');
			text.textContent = line;
			item.append(text);
		}
		box.append(item);
	}
	const button = document.createElement('button');
	button.type = 'button';
	button.className = 'map-popup-close';
	button.textContent = '閉じる';
	button.addEventListener('click', close);
	box.append(button);
	return box;
}

function icon(count: number): L.DivIcon {
	const el = document.createElement('span');
	el.className = count > 1 ? 'map-cluster' : 'map-dot';
	el.textContent = count > 1 ? String(count) : '';
	const size = count > 1 ? GROUP : SINGLE;
	// The popup's tip points at the marker's top edge, so the popup never covers its own marker.
	return L.divIcon({ html: el, className: 'map-icon', iconSize: [size, size], popupAnchor: [0, -size / 2] });
}

export async function showMap(container: HTMLElement, data: AreaFeatures, options: MapOptions): Promise<L.Map> {
	await loadStylesheet();
	// Zoom in quarter steps when fitting, so the 校区 fills the window on any phone.
	const map = L.map(container, { maxZoom: options.maxZoom, keyboard: true, attributionControl: false, zoomControl: false, zoomSnap: 0.25 });
	L.control.zoom({ zoomInTitle: '拡大', zoomOutTitle: '縮小' }).addTo(map);
	L.control.attribution({ prefix: false }).addAttribution(attributionHtml(options.attribution, options.attributionUrl)).addTo(map);
	let failed = false;
	L.tileLayer(options.tiles, { maxZoom: options.maxZoom, crossOrigin: true })
		.on('tileerror', () => {
			if (failed) return;
			failed = true;
			container.classList.add('tiles-failed');
			options.onTilesFailed();
		})
		.addTo(map);

	const boundary = data.features.filter((f) => f.geometry.type !== 'Point');
	const points = data.features.filter((f): f is PointFeature => f.geometry.type === 'Point');
	const outline = L.geoJSON(boundary as GeoJSON.Feature[], {
		style: { color: '#0b5d3b', weight: 4, fillColor: '#0b5d3b', fillOpacity: 0.06 },
		interactive: false,
	}).addTo(map);
	const all = L.featureGroup([outline, ...points.map((p) => L.marker(at(p)))]);
	map.fitBounds(all.getBounds(), VIEW);

	/** The places each marker on the map holds, to find them again after a redraw. */
	const holds = new Map<HTMLElement, PointFeature[]>();
	/** The marker whose popup is open. */
	let owner: L.Marker | undefined;
	/** After a cluster zooms in, focus goes to the first marker holding one of its places. */
	let focusNext: Set<PointFeature> | undefined;

	/** Closes the open popup and puts focus back on its marker (first, so that the marker stays shown). */
	const closePopup = () => {
		owner?.getElement()?.focus({ preventScroll: true });
		map.closePopup();
	};

	const layer = L.layerGroup().addTo(map);
	const draw = () => {
		const focused = holds.get(document.activeElement as HTMLElement);
		const wanted = focusNext ?? (focused ? new Set(focused) : undefined);
		focusNext = undefined;
		layer.clearLayers();
		holds.clear();
		owner = undefined;
		const projected = points.map((p) => {
			const pt = map.latLngToLayerPoint(at(p));
			return { x: pt.x, y: pt.y, item: p };
		});
		const zoom = map.getZoom();
		const atMax = zoom >= map.getMaxZoom();
		/** A popup fits between the zoom buttons and the right edge. */
		const maxWidth = Math.max(180, Math.min(320, container.clientWidth - 80));
		for (const cluster of inReadingOrder(separate(clusterPoints(projected, atMax ? 1 : CELL), GROUP), GROUP)) {
			const latLng = map.layerPointToLatLng([cluster.x, cluster.y]);
			const count = cluster.members.length;
			const bounds = L.latLngBounds(cluster.members.map(at));
			// A cluster zooms in when that shows its places apart; otherwise (one spot, or the closest zoom) it lists them.
			const zooms =
				count > 1 &&
				!atMax &&
				!bounds.getNorthEast().equals(bounds.getSouthWest()) &&
				Math.min(map.getBoundsZoom(bounds, false, VIEW_PADDING), map.getMaxZoom()) > zoom;
			const label =
				count === 1
					? cluster.members[0]!.properties.name
					: zooms
						? `${count}か所がまとまっています。選ぶと拡大します`
						: `${count}か所がまとまっています。選ぶと一覧が出ます`;
			const marker = L.marker(latLng, { icon: icon(count), keyboard: true }).addTo(layer);
			const el = marker.getElement()!;
			holds.set(el, cluster.members);
			el.setAttribute('data-count', String(count));
			el.setAttribute('aria-label', label);
			el.setAttribute('role', 'button');
			const open = () => {
				focusNext = new Set(cluster.members);
				map.fitBounds(bounds, { ...VIEW, maxZoom: map.getMaxZoom() });
			};
			if (zooms) {
				marker.on('click', open);
			} else {
				el.setAttribute('aria-expanded', 'false');
				// The map pans so that the popup opens right of the zoom buttons (they would cover its first line).
				marker.bindPopup(popupContent(cluster.members, closePopup), {
					closeButton: false,
					maxWidth,
					minWidth: Math.min(200, maxWidth),
					autoPanPaddingTopLeft: L.point(64, 8),
					autoPanPaddingBottomRight: L.point(8, 8),
				});
				marker.on('popupopen', () => {
					owner = marker;
					el.setAttribute('aria-expanded', 'true');
					showInView();
				});
				marker.on('popupclose', () => {
					if (owner === marker) owner = undefined;
					el.setAttribute('aria-expanded', 'false');
					showInView();
				});
			}
			// Enter and Space open a marker as a tap does (Leaflet alone answers Enter on places only, and Space not at all).
			el.addEventListener('keydown', (e) => {
				if (e.key !== 'Enter' && e.key !== ' ') return;
				e.preventDefault();
				e.stopPropagation();
				if (zooms) open();
				else if (marker.isPopupOpen()) marker.closePopup();
				else marker.openPopup();
			});
		}
		container.dataset['points'] = String(points.length);
		if (wanted) {
			const first = [...holds].find(([, members]) => members.some((m) => wanted.has(m)));
			first?.[0].focus({ preventScroll: true });
		}
		showInView();
	};

	/**
	 * Only markers a finger can reach take part: one outside the map's window, or under a control or the open
	 * popup, is hidden (from sight, Tab and screen readers) until the map moves it into view. The focused
	 * marker and the popup's own marker always stay.
	 */
	const showInView = () => {
		const box = container.getBoundingClientRect();
		const inner = {
			left: box.left + container.clientLeft,
			top: box.top + container.clientTop,
			right: box.left + container.clientLeft + container.clientWidth,
			bottom: box.top + container.clientTop + container.clientHeight,
		};
		const popup = owner?.getPopup()?.getElement();
		const covers = [...container.querySelectorAll('.leaflet-control'), ...(popup ? [popup] : [])].map((el) => el.getBoundingClientRect());
		for (const el of holds.keys()) {
			el.hidden = false;
			if (el === document.activeElement || el === owner?.getElement()) continue;
			const r = el.getBoundingClientRect();
			const inside =
				r.left >= inner.left - 0.5 && r.right <= inner.right + 0.5 && r.top >= inner.top - 0.5 && r.bottom <= inner.bottom + 0.5;
			el.hidden = !inside || covers.some((c) => r.left < c.right && c.left < r.right && r.top < c.bottom && c.top < r.bottom);
		}
	};
	map.on('zoomend', draw);
	map.on('moveend resize', showInView);
	draw();

	/** The map's own Tab order: each marker, then its open popup's link(s) and 「閉じる」, then the controls. */
	const tabOrder = (): HTMLElement[] => {
		const popup = owner?.isPopupOpen() ? [...(owner.getPopup()?.getElement()?.querySelectorAll<HTMLElement>('a[href], button') ?? [])] : [];
		const markers = [...holds.keys()].filter((el) => !el.hidden).flatMap((el) => (el === owner?.getElement() ? [el, ...popup] : [el]));
		const controls = [...container.querySelectorAll<HTMLElement>('.leaflet-control-container a[href], .leaflet-control-container button')];
		return [...markers, ...controls];
	};
	container.addEventListener('keydown', (e) => {
		const target = e.target as HTMLElement;
		if (e.key === 'Escape' && owner?.isPopupOpen()) {
			e.preventDefault();
			e.stopPropagation();
			closePopup();
		} else if (e.key === 'Tab' && !e.altKey && !e.ctrlKey && !e.metaKey) {
			const order = tabOrder();
			const i = order.indexOf(target);
			const next = i < 0 ? undefined : order[i + (e.shiftKey ? -1 : 1)];
			if (!next) return;
			e.preventDefault();
			next.focus();
		} else if (e.key === ' ' && target.matches('.leaflet-control-container a[role="button"]')) {
			// Leaflet's zoom buttons are links: Space presses them as it would a button.
			e.preventDefault();
			target.click();
		}
	});
	return map;
}
