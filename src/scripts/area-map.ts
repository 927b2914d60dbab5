/**
 * <area-map>: buttons on a 校区 page. 「地図を表示」 loads the map (Leaflet and the area's GeoJSON) only when
 * tapped, so no map code and no tile request happen before. 「歩いて行ける範囲の外（65歳以上）」 (where the 校区
 * has census meshes) fetches /data/reach/<id>.geojson only on its own tap, shows the map if needed and draws the
 * places out of walking reach over it; tapping again hides or shows them. 「現在地から探す」 asks the browser
 * for the position and sorts the list of places by distance; it needs no map. Once the map shows, focus moves to it.
 */
import type { GeoJSON as GeoJSONLayer, Map as LeafletMap } from 'leaflet';
import { distanceMetres } from '../lib/geo.ts';

class AreaMap extends HTMLElement {
	private map: Promise<LeafletMap> | undefined;
	private reach: GeoJSONLayer | undefined;
	/** What the status line says about the map and about the reach layer, shown together (neither hides the other). */
	private said = { map: '', reach: '' };

	connectedCallback(): void {
		const show = this.querySelector<HTMLButtonElement>('[data-show-map]')!;
		const locate = this.querySelector<HTMLButtonElement>('[data-locate]')!;
		const reach = this.querySelector<HTMLButtonElement>('[data-show-reach]');
		show.hidden = false;
		if ('geolocation' in navigator) locate.hidden = false;
		show.addEventListener('click', () => void this.showMap(show).catch(() => undefined));
		locate.addEventListener('click', () => this.locate());
		if (reach && this.dataset['reachSrc']) {
			reach.hidden = false;
			reach.addEventListener('click', () => void this.toggleReach(reach));
		}
	}

	status(text: string): void {
		this.querySelector<HTMLElement>('[data-map-status]')!.textContent = text;
	}

	private say(part: 'map' | 'reach', text: string): void {
		this.said[part] = text;
		this.status(`${this.said.map}${this.said.reach}`);
	}

	/** Shows the map once (later calls get the same map); rejects, with words on the page, if it cannot load. */
	showMap(button: HTMLButtonElement, focus = true): Promise<LeafletMap> {
		this.map ??= this.loadMap(button, focus).catch((e: unknown) => {
			this.map = undefined;
			throw e;
		});
		return this.map;
	}

	private async loadMap(button: HTMLButtonElement, focus: boolean): Promise<LeafletMap> {
		button.disabled = true;
		this.say('map', '地図を読み込んでいます…');
		try {
			const [{ showMap }, data] = await Promise.all([import('./map/leaflet-map.ts'), fetch(this.dataset['src']!).then((r) => r.json())]);
			const container = this.querySelector<HTMLElement>('[data-map]')!;
			container.hidden = false;
			const map = await showMap(container, data, {
				tiles: this.dataset['tiles']!,
				attribution: this.dataset['attribution']!,
				attributionUrl: this.dataset['attributionUrl']!,
				maxZoom: Number(this.dataset['maxZoom']),
				onTilesFailed: () =>
					this.say('map', '地図の画像を読み込めません。境界と場所の印だけを表示しています。下の一覧からもお探しいただけます。'),
			});
			this.querySelector<HTMLButtonElement>('[data-show-map]')!.hidden = true;
			this.say('map', '地図を表示しました。印をえらぶと名前が出ます。');
			// The button is gone: focus goes to what appeared, the map (its name is announced; Tab reaches the markers).
			if (focus) container.focus();
			return map;
		} catch (e) {
			button.disabled = false;
			this.say('map', '地図を読み込めませんでした。下の一覧からお探しください。');
			throw e;
		}
	}

	/** The out-of-reach layer: fetched on the first tap, then shown or hidden by each tap (aria-pressed says which). */
	async toggleReach(button: HTMLButtonElement): Promise<void> {
		const legend = this.querySelector<HTMLElement>('[data-reach-legend]');
		if (this.reach) {
			const map = await this.map!;
			const on = button.getAttribute('aria-pressed') !== 'true';
			if (on) this.reach.addTo(map);
			else this.reach.remove();
			button.setAttribute('aria-pressed', String(on));
			if (legend) legend.hidden = !on;
			this.say('reach', on ? '歩いて行ける範囲の外を地図に重ねました。' : '歩いて行ける範囲の外を地図から消しました。');
			return;
		}
		button.disabled = true;
		try {
			const [map, data, { addReachLayer }] = await Promise.all([
				this.showMap(button, false),
				fetch(this.dataset['reachSrc']!).then((r) => r.json() as Promise<GeoJSON.FeatureCollection>),
				import('./map/reach-overlay.ts'),
			]);
			this.reach = addReachLayer(map, data);
			const container = this.querySelector<HTMLElement>('[data-map]')!;
			container.dataset['reach'] = String(data.features.length);
			button.setAttribute('aria-pressed', 'true');
			if (legend) legend.hidden = false;
			this.say(
				'reach',
				`歩いて行ける範囲の外を地図に重ねました（斜線のところ ${data.features.length} か所）。場所と人数は地図の下の表にあります。`,
			);
		} catch {
			this.say('reach', '歩いて行ける範囲の外を読み込めませんでした。地図の下の表をご覧ください。');
		} finally {
			button.disabled = false;
		}
	}

	locate(): void {
		this.status('現在地を確かめています…');
		navigator.geolocation.getCurrentPosition(
			(pos) => {
				const here = { lat: pos.coords.latitude, lng: pos.coords.longitude };
				const list = this.querySelector<HTMLOListElement>('[data-places]')!;
				const items = [...list.querySelectorAll<HTMLLIElement>('li[data-lat]')].map((li) => ({
					li,
					metres: distanceMetres(here, { lat: Number(li.dataset['lat']), lng: Number(li.dataset['lng']) }),
				}));
				items.sort((a, b) => a.metres - b.metres);
				for (const { li, metres } of items) {
					li.querySelector('[data-distance]')!.textContent =
						metres < 1000 ? `ここから約${Math.round(metres / 10) * 10}m` : `ここから約${(metres / 1000).toFixed(1)}km`;
					list.append(li);
				}
				// The list opens (it may be folded away on the 校区 page) so the nearest place is in sight.
				const folded = list.closest('details');
				if (folded) folded.open = true;
				this.status('近い順に並べかえました。');
			},
			() => this.status('現在地がわかりませんでした。ブラウザの位置情報の設定をご確認ください。'),
			{ enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
		);
	}
}

customElements.define('area-map', AreaMap);
