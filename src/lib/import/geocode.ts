/**
 * --geocode: coordinates for rows without them, from 国土地理院's public address search
 * (https://msearch.gsi.go.jp/address-search/AddressSearch?q=<address>), which answers a JSON array of features
 * `[{ geometry: { coordinates: [lng, lat], type: 'Point' }, type: 'Feature', properties: { title } }]`.
 * Polite: one request at a time, a pause between requests, a timeout. The base address can be changed with the
 * environment variable SASAEAI_GEOCODER_URL (the tests use a local stub). Without a network it says so and the rows
 * simply keep no coordinates.
 */
import { inJapan } from '../japanese.ts';
export const GSI_ADDRESS_SEARCH = 'https://msearch.gsi.go.jp/address-search/AddressSearch';

export interface GeocodeResult {
	point?: { lat: number; lng: number };
	/** The place name the service matched. */
	title?: string;
	/** Why there is no point, in Japanese. */
	problem?: string;
	/** The service could not be reached at all (no network): further lookups are pointless. */
	offline?: boolean;
}

export interface GeocoderOptions {
	baseUrl?: string;
	/** Pause before each request after the first, in milliseconds. */
	delayMs?: number;
	timeoutMs?: number;
	fetchImpl?: typeof fetch;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The first feature of an answer whose point lies in Japan. */
export function pickFeature(json: unknown): { lat: number; lng: number; title?: string } | undefined {
	if (!Array.isArray(json)) return undefined;
	for (const f of json) {
		const c = (f as { geometry?: { coordinates?: unknown } })?.geometry?.coordinates;
		if (!Array.isArray(c) || c.length < 2) continue;
		const [lng, lat] = c.map(Number) as [number, number];
		if (inJapan(lat, lng)) {
			const title = (f as { properties?: { title?: unknown } }).properties?.title;
			return { lat, lng, ...(typeof title === 'string' ? { title } : {}) };
		}
	}
	return undefined;
}

/** A geocoder that sends one request at a time. */
export function gsiGeocoder(options: GeocoderOptions = {}): (address: string) => Promise<GeocodeResult> {
	const base = options.baseUrl ?? process.env['SASAEAI_GEOCODER_URL'] ?? GSI_ADDRESS_SEARCH;
	const delayMs = options.delayMs ?? 1000;
	const timeoutMs = options.timeoutMs ?? 10_000;
	const fetchImpl = options.fetchImpl ?? fetch;
	let chain: Promise<unknown> = Promise.resolve();
	let first = true;
	const lookup = async (address: string): Promise<GeocodeResult> => {
		if (!first) await sleep(delayMs);
		first = false;
		const url = `${base}${base.includes('?') ? '&' : '?'}q=${encodeURIComponent(address)}`;
		let response: Response;
		try {
			response = await fetchImpl(url, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: 'application/json' } });
		} catch (error) {
			const timeout = (error as Error)?.name === 'TimeoutError';
			return {
				problem: timeout
					? `国土地理院の住所検索が ${timeoutMs / 1000} 秒で答えませんでした`
					: '国土地理院の住所検索につながりません（ネットワークがないようです）。位置は空のままにしました',
				offline: !timeout,
			};
		}
		if (!response.ok) return { problem: `国土地理院の住所検索がエラーを返しました（HTTP ${response.status}）` };
		let json: unknown;
		try {
			json = await response.json();
		} catch {
			return { problem: '国土地理院の住所検索の答えが読めませんでした' };
		}
		const hit = pickFeature(json);
		if (!hit) return { problem: `住所「${address}」の位置が見つかりませんでした` };
		return { point: { lat: hit.lat, lng: hit.lng }, ...(hit.title ? { title: hit.title } : {}) };
	};
	return (address: string) => {
		const next = chain.then(() => lookup(address));
		chain = next.catch(() => undefined);
		return next;
	};
}
