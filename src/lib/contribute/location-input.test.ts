import { describe, expect, test } from 'vitest';
import { coordinates } from '../../schemas/common.ts';
import {
	accuracyNote,
	describePosition,
	markerPosition,
	parseCoordinate,
	parsePosition,
	readTyped,
	roundCoordinate,
	textOf,
	validPosition,
} from './location-input.ts';

describe('rounding', () => {
	test.each([
		[34.84123456, 34.841235],
		[135.6183004999, 135.6183],
		[34.8412, 34.8412],
		[-0.0000001, 0],
	])('%d is kept to 6 places as %d', (value, rounded) => {
		expect(roundCoordinate(value)).toBe(rounded);
	});
	test('never -0', () => {
		expect(Object.is(roundCoordinate(-0.0000001), 0)).toBe(true);
	});
});

describe('one box', () => {
	test.each([
		['34.8412', 34.8412],
		[' 34.8412 ', 34.8412],
		['３４．８４１２', 34.8412],
		['北緯34.8412', 34.8412],
		['34.8412°', 34.8412],
		['135.6183度', 135.6183],
		['135', 135],
		['－３４．５', -34.5],
	])('%s reads as %d', (text, value) => {
		expect(parseCoordinate(text)).toBe(value);
	});
	test.each(['', '34.8x', '34.8412, 135.6183', '34,8412', 'abc', '34..8', '.5'])('%j is not one number', (text) => {
		expect(parseCoordinate(text)).toBeUndefined();
	});
});

describe('a pasted pair fills both boxes', () => {
	const here = { lat: 34.8412, lng: 135.6183 };
	test.each([
		'34.8412, 135.6183',
		'34.8412,135.6183',
		'34.8412 135.6183',
		'34.8412、135.6183',
		'３４．８４１２，１３５．６１８３',
		'北緯34.8412 東経135.6183',
		'北緯34.8412度 東経135.6183度',
		'緯度: 34.8412 経度: 135.6183',
		'lat: 34.8412, lng: 135.6183',
		'34.8412 N, 135.6183 E',
		'N34.8412 E135.6183',
		'(34.8412, 135.6183)',
		'  34.841200 / 135.618300  ',
	])('%s', (text) => {
		expect(parsePosition(text)).toEqual(here);
	});
	test.each([
		['地理院地図の 度分秒', '北緯34度50分28.32秒 東経135度37分5.88秒'],
		['° ′ ″', '34°50′28.32″N 135°37′5.88″E'],
		['° \' "', `34°50'28.32"N 135°37'05.88"E`],
		['全角', '北緯３４度５０分２８．３２秒　東経１３５度３７分５．８８秒'],
	])('度分秒 (%s)', (_name, text) => {
		expect(parsePosition(text)).toEqual(here);
	});
	test.each([
		['地理院地図', 'https://maps.gsi.go.jp/#16/34.841200/135.618300/'],
		['地理院地図, layers after', 'https://maps.gsi.go.jp/#18/34.841200/135.618300/&base=std&ls=std&disp=1&vs=c1g1j0h0k0l0u0t0z0r0s0m0f1'],
		['地理院地図, fractional zoom', 'https://maps.gsi.go.jp/#15.5/34.8412/135.6183'],
		['地理院地図, old ll=', 'https://maps.gsi.go.jp/?ll=34.8412,135.6183&z=16'],
		[
			'Google マップ, the pin',
			'https://www.google.com/maps/place/%E4%BC%9A%E9%A4%A8/@34.84,135.61,17z/data=!3m1!4b1!4m6!3m5!1s0x0:0x0!8m2!3d34.8412!4d135.6183!16s',
		],
		['Google マップ, the view', 'https://www.google.com/maps/@34.8412,135.6183,17z'],
		['Google マップ, a search', 'https://www.google.com/maps/search/?api=1&query=34.8412%2C135.6183'],
	])('%s address', (_name, url) => {
		expect(parsePosition(url)).toEqual(here);
	});
	test('longitude first (GeoJSON order) is turned round, since a latitude is at most 90', () => {
		expect(parsePosition('135.6183, 34.8412')).toEqual(here);
	});
	test('otherwise the order is kept as given (the schema says when it looks the wrong way round)', () => {
		expect(parsePosition('45.5, 30.1')).toEqual({ lat: 45.5, lng: 30.1 });
	});
	test.each([
		'',
		'34.8412',
		'34.8412, 135.6183, 10',
		'34.8x, 135.6183',
		'34,8412',
		'-12345.6, 34567.8',
		'https://maps.gsi.go.jp/',
		'https://example.com/#16/a/b',
		'ひだまり会館',
	])('%j is not a pair', (text) => {
		expect(parsePosition(text)).toBeUndefined();
	});
});

describe('what the widget hands to the schema', () => {
	test('nothing typed: no position', () => {
		expect(readTyped('', '  ')).toBeUndefined();
	});
	test('two numbers, rounded to 6 places', () => {
		expect(readTyped('34.84123456', '１３５．６１８３')).toEqual({ lat: 34.841235, lng: 135.6183 });
	});
	test('a pair in either box, the other empty', () => {
		expect(readTyped('34.8412, 135.6183', '')).toEqual({ lat: 34.8412, lng: 135.6183 });
		expect(readTyped('', 'https://maps.gsi.go.jp/#16/34.841200/135.618300/')).toEqual({ lat: 34.8412, lng: 135.6183 });
	});
	test('what is not a number is handed on as typed; an empty box is left out', () => {
		expect(readTyped('34.8x', '135.6183')).toEqual({ lat: '34.8x', lng: 135.6183 });
		expect(readTyped('34.8412', '')).toEqual({ lat: 34.8412 });
	});
	test.each([
		[['34.8x', '135.6183'], ['lat'], '緯度（lat）は 34.81 のような数で書いてください'],
		[['34.8412', ''], ['lng'], '経度（lng）は 135.65 のような数で書いてください'],
		[['', '135.6'], ['lat'], '緯度（lat）は 34.81 のような数で書いてください'],
		[['135.6183', '34.8412'], [], '緯度（lat）と経度（lng）が逆になっています。lat は 20〜46 の間、lng は 122〜154 の間の数です'],
	])('the schema names the box to fix: %j', ([lat, lng], path, message) => {
		const result = coordinates.safeParse(readTyped(lat!, lng!));
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]?.path).toEqual(path);
		expect(result.error?.issues[0]?.message).toBe(message);
	});
	test('the schema accepts what the widget reads', () => {
		expect(coordinates.parse(readTyped('３４．８４１２', '135.6183'))).toEqual({ lat: 34.8412, lng: 135.6183 });
	});
});

describe('filling the boxes from an entry file', () => {
	test.each([
		[
			{ lat: 34.8412, lng: 135.6183 },
			{ lat: '34.8412', lng: '135.6183' },
		],
		[{ lat: '34.8412' }, { lat: '34.8412', lng: '' }],
		[undefined, { lat: '', lng: '' }],
		[null, { lat: '', lng: '' }],
		['34.8412,135.6183', { lat: '', lng: '' }],
		[
			{ lat: { deep: 1 }, lng: true },
			{ lat: '', lng: '' },
		],
	])('%j', (value, text) => {
		expect(textOf(value)).toEqual(text);
	});
});

describe('the status line', () => {
	test.each([
		[undefined, '位置: なし（この場所は地図に出ません）'],
		[{ lat: 34.8412, lng: 135.6183 }, '位置: 北緯34.8412 東経135.6183（地図に出ます）'],
		[{ lng: 135.6183 }, '位置: 緯度（北緯）が空いています'],
		[{ lat: 34.8412 }, '位置: 経度（東経）が空いています'],
		[{ lat: '34.8x', lng: 135.6 }, '位置: 緯度・経度を確かめてください（このままでは地図に出ません）'],
		[{ lat: 51.5, lng: -0.12 }, '位置: 緯度・経度を確かめてください（このままでは地図に出ません）'],
	])('%j', (value, text) => {
		expect(describePosition(value)).toBe(text);
	});
	test('only a position in Japan is valid; a marker can stand anywhere on earth', () => {
		expect(validPosition({ lat: 34.8412, lng: 135.6183 })).toEqual({ lat: 34.8412, lng: 135.6183 });
		expect(validPosition({ lat: 51.5, lng: -0.12 })).toBeUndefined();
		expect(markerPosition({ lat: 51.5, lng: -0.12 })).toEqual({ lat: 51.5, lng: -0.12 });
		expect(markerPosition({ lat: '34.8x', lng: 135.6 })).toBeUndefined();
		expect(markerPosition({ lat: 340000, lng: 135.6 })).toBeUndefined();
	});
});

describe('after 「現在地にする」', () => {
	test.each([
		[12, '現在地を入れました。'],
		[50, '現在地を入れました。'],
		[87, '現在地を入れました。ずれが約90mあるかもしれません。地図で場所を確かめてください。'],
		[2400, '現在地を入れました。ずれが約2.4kmあるかもしれません。地図で場所を確かめてください。'],
	])('accuracy %dm', (metres, text) => {
		expect(accuracyNote(metres)).toBe(text);
	});
});
