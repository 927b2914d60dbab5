/**
 * <area-map>: two buttons on a 校区 page. 「地図を表示」 loads the map (Leaflet and the area's GeoJSON) only
 * when tapped, so no map code and no tile request happen before. 「現在地から探す」 asks the browser for the
 * position and sorts the list of places by distance; it needs no map. Once the map shows, focus moves to it.
 */
import { distanceMetres } from '../lib/geo.ts';

class AreaMap extends HTMLElement {
	connectedCallback(): void {
		const show = this.querySelector<HTMLButtonElement>('[data-show-map]')!;
		const locate = this.querySelector<HTMLButtonElement>('[data-locate]')!;
		show.hidden = false;
		if ('geolocation' in navigator) locate.hidden = false;
		show.addEventListener('click', () => void this.showMap(show));
		locate.addEventListener('click', () => this.locate());
	}

	status(text: string): void {
		this.querySelector<HTMLElement>('[data-map-status]')!.textContent = text;
	}

	async showMap(button: HTMLButtonElement): Promise<void> {
		button.disabled = true;
		this.status('地図を読み込んでいます…');
		try {
			const [{ showMap }, data] = await Promise.all([import('./map/leaflet-map.ts'), fetch(this.dataset['src']!).then((r) => r.json())]);
			const container = this.querySelector<HTMLElement>('[data-map]')!;
			container.hidden = false;
			await showMap(container, data, {
				tiles: this.dataset['tiles']!,
				attribution: this.dataset['attribution']!,
				attributionUrl: this.dataset['attributionUrl']!,
				maxZoom: Number(this.dataset['maxZoom']),
				onTilesFailed: () =>
					this.status('地図の画像を読み込めません。境界と場所の印だけを表示しています。下の一覧からもお探しいただけます。'),
			});
			button.hidden = true;
			this.status('地図を表示しました。印をえらぶと名前が出ます。');
			// The button is gone: focus goes to what appeared, the map (its name is announced; Tab reaches the markers).
			container.focus();
		} catch {
			button.disabled = false;
			this.status('地図を読み込めませんでした。下の一覧からお探しください。');
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
				this.status('近い順に並べかえました。');
			},
			() => this.status('現在地がわかりませんでした。ブラウザの位置情報の設定をご確認ください。'),
			{ enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
		);
	}
}

customElements.define('area-map', AreaMap);
