/**
 * The QR code printed on わたしのリスト, which reopens the list: its dark modules as one SVG path, made in the
 * browser (the list is known only there) by the `qrcode` library the 校区 sheets use at build time. The page
 * loads this module lazily, and draws the path with DOM calls (no markup string is parsed).
 */
import QRCode from 'qrcode';

export interface QrPath {
	/** Modules per side, without the quiet zone. */
	size: number;
	/** SVG path data: one 1×1 square per dark module, in module units. */
	d: string;
}

export function qrPath(text: string): QrPath {
	const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
	const squares: string[] = [];
	for (let row = 0; row < modules.size; row++)
		for (let col = 0; col < modules.size; col++) if (modules.get(row, col)) squares.push(`M${col} ${row}h1v1h-1z`);
	return { size: modules.size, d: squares.join('') };
}
