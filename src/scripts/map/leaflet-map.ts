/**
 * The map itself, loaded only when a resident asks for it: the 校区 boundary, a focusable marker for every
 * place (clustered when they crowd), popups built from text nodes, and tiles that may fail without harm.
 */
import L from 'leaflet';
import leafletCss from 'leaflet/dist/leaflet.css?url';
import type { AreaFeatures, PointFeature } from '../../lib/geo-features.ts';
import { clusterPoints } from '../../lib/cluster.ts';

export interface MapOptions {
	tiles: string;
	attribution: string;
	attributionUrl: string;
	maxZoom: number;
	onTilesFailed: () => void;
}

const CELL = 56;

function popupContent(features: PointFeature[]): HTMLElement {
	const box = document.createElement('div');
	box.className = 'map-popup';
	for (const f of features) {
		const item = document.createElement('p');
		const link = document.createElement('a');
		link.href = f.properties.url;
		link.textContent = f.properties.name;
		item.append(link);
		for (const line of [f.properties.when, f.properties.place]) {
			if (!line) continue;
			item.append(document.createElement('br'), line);
		}
		box.append(item);
	}
	return box;
}

function icon(count: number): L.DivIcon {
	const el = document.createElement('span');
	el.className = count > 1 ? 'map-cluster' : 'map-dot';
	el.textContent = count > 1 ? String(count) : '';
	return L.divIcon({ html: el, className: 'map-icon', iconSize: count > 1 ? [44, 44] : [28, 28] });
}

/** A text-only attribution link (the text comes from the site config, so it is escaped here). */
function attributionHtml(text: string, url: string): string {
	const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
	return `<a href="${esc(url)}">${esc(text)}</a>`;
}

/** Leaflet's stylesheet, added to the page only now (a plain import would put it in every 校区 page's head). */
function loadStylesheet(): Promise<void> {
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

export async function showMap(container: HTMLElement, data: AreaFeatures, options: MapOptions): Promise<L.Map> {
	await loadStylesheet();
	const map = L.map(container, { maxZoom: options.maxZoom, keyboard: true, attributionControl: false });
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
	const outline = L.geoJSON(boundary as GeoJSON.Feature[], { style: { color: '#0b5d3b', weight: 4, fillColor: '#0b5d3b', fillOpacity: 0.06 }, interactive: false }).addTo(map);
	const all = L.featureGroup([outline, ...points.map((p) => L.marker([p.geometry.coordinates[1], p.geometry.coordinates[0]]))]);
	map.fitBounds(all.getBounds(), { padding: [24, 24] });

	const layer = L.layerGroup().addTo(map);
	const draw = () => {
		layer.clearLayers();
		const projected = points.map((p) => {
			const pt = map.latLngToLayerPoint([p.geometry.coordinates[1], p.geometry.coordinates[0]]);
			return { x: pt.x, y: pt.y, item: p };
		});
		const atMax = map.getZoom() >= map.getMaxZoom();
		for (const cluster of clusterPoints(projected, atMax ? 1 : CELL)) {
			const latLng = map.layerPointToLatLng([cluster.x, cluster.y]);
			const count = cluster.members.length;
			const label = count > 1 ? `${count}か所がまとまっています。選ぶと拡大します` : cluster.members[0]!.properties.name;
			const marker = L.marker(latLng, { icon: icon(count), keyboard: true, title: label, alt: label }).addTo(layer);
			marker.getElement()?.setAttribute('data-count', String(count));
			marker.getElement()?.setAttribute('aria-label', label);
			marker.getElement()?.setAttribute('role', 'button');
			if (count === 1) {
				marker.bindPopup(popupContent(cluster.members));
			} else {
				marker.on('click', () => {
					const bounds = L.latLngBounds(cluster.members.map((m) => [m.geometry.coordinates[1], m.geometry.coordinates[0]] as [number, number]));
					if (map.getZoom() >= map.getMaxZoom() || bounds.getNorthEast().equals(bounds.getSouthWest())) marker.bindPopup(popupContent(cluster.members)).openPopup();
					else map.fitBounds(bounds, { padding: [40, 40], maxZoom: map.getMaxZoom() });
				});
			}
		}
		container.dataset['points'] = String(points.length);
	};
	map.on('zoomend', draw);
	draw();
	return map;
}
