import jsQR from 'jsqr';
import { describe, expect, test } from 'vitest';
import { qrPath } from './my-list-qr.ts';

/** The path's squares painted black on white, 4 px a module, with a 4-module quiet zone, as jsQR reads images. */
function raster(size: number, d: string): { data: Uint8ClampedArray; width: number } {
	const scale = 4;
	const width = (size + 8) * scale;
	const data = new Uint8ClampedArray(width * width * 4).fill(255);
	for (const [, col, row] of d.matchAll(/M(\d+) (\d+)/g))
		for (let y = 0; y < scale; y++)
			for (let x = 0; x < scale; x++) {
				const i = (((Number(row) + 4) * scale + y) * width + (Number(col) + 4) * scale + x) * 4;
				data[i] = data[i + 1] = data[i + 2] = 0;
			}
	return { data, width };
}

describe('the QR code of わたしのリスト', () => {
	test('decodes back to the list address', () => {
		const url = 'https://sasaeai.github.io/my-list/?ids=salons/aoba/aoba-danchi-ikiiki-salon,resources/city/hidamari-haishoku';
		const { size, d } = qrPath(url);
		const { data, width } = raster(size, d);
		expect(jsQR(data, width, width)?.data).toBe(url);
	});
});
