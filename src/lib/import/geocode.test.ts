import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { gsiGeocoder, pickFeature } from './geocode.ts';

let server: Server;
let base = '';
const asked: string[] = [];
beforeAll(async () => {
	server = createServer((req, res) => {
		const q = new URL(req.url!, 'http://127.0.0.1').searchParams.get('q') ?? '';
		asked.push(q);
		if (q.includes('遅い')) {
			setTimeout(() => res.end('[]'), 2000);
			return;
		}
		res.setHeader('content-type', 'application/json');
		res.end(
			JSON.stringify(
				q.includes('高松市')
					? [
							{
								geometry: { coordinates: [134.0405, 34.2843], type: 'Point' },
								type: 'Feature',
								properties: { addressCode: '', title: '香川県高松市仏生山町甲' },
							},
						]
					: [],
			),
		);
	});
	await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
	base = `http://127.0.0.1:${(server.address() as { port: number }).port}/address-search/AddressSearch`;
});
afterAll(() => server.close());

describe('国土地理院 address search', () => {
	test('answers [lng, lat]; one request at a time, with the address as q', async () => {
		const geocode = gsiGeocoder({ baseUrl: base, delayMs: 10 });
		const [a, b] = await Promise.all([geocode('香川県高松市仏生山町甲218番地1'), geocode('どこにもない町')]);
		expect(a).toEqual({ point: { lat: 34.2843, lng: 134.0405 }, title: '香川県高松市仏生山町甲' });
		expect(b.problem).toContain('見つかりませんでした');
		expect(asked.slice(-2)).toEqual(['香川県高松市仏生山町甲218番地1', 'どこにもない町']);
	});
	test('a timeout and no network are said in Japanese, without throwing', async () => {
		expect((await gsiGeocoder({ baseUrl: base, timeoutMs: 200 })('遅い住所')).problem).toContain('答えませんでした');
		const offline = await gsiGeocoder({ baseUrl: 'http://127.0.0.1:9/none' })('高松市');
		expect(offline).toMatchObject({ offline: true });
		expect(offline.problem).toContain('ネットワーク');
	});
	test('features outside Japan are ignored', () => {
		expect(pickFeature([{ geometry: { coordinates: [0, 0] } }])).toBeUndefined();
		expect(pickFeature('x')).toBeUndefined();
	});
});
