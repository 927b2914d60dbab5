/**
 * A file a needs command imports (`npm run import-population`, `npm run import-indicators`), read only when it is
 * there and within the import's size limit (importFileProblem); otherwise the Japanese message to show.
 */
import { readFileSync, statSync } from 'node:fs';
import { importFileProblem } from '../../src/lib/import/encodings.ts';

export function readImportFile(file: string): { bytes: Uint8Array } | { problem: string } {
	let size: number;
	try {
		size = statSync(file).size;
	} catch {
		return { problem: `${file} が見つかりません` };
	}
	const tooBig = importFileProblem(file, size);
	return tooBig ? { problem: tooBig } : { bytes: new Uint8Array(readFileSync(file)) };
}
