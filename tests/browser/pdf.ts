/**
 * Reading a printed page back: Chromium's PDF handed to poppler-utils (pdfinfo, pdftotext -bbox), as a person
 * holding the paper would count its pages and see its type. A word set in full-width characters (kana and kanji)
 * is one em per character, so its printed size in points is its width divided by its length (pdftotext's box may
 * fall up to ~2 % short of it).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function withFile<T>(pdf: Buffer, read: (file: string) => T): T {
	const dir = mkdtempSync(join(tmpdir(), 'sasaeai-pdf-'));
	try {
		const file = join(dir, 'printed.pdf');
		writeFileSync(file, pdf);
		return read(file);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

const run = (command: string, args: string[]) => {
	const result = spawnSync(command, args, { encoding: 'utf8' });
	if (result.status !== 0) throw new Error(`${command} failed (apt-get install -y poppler-utils): ${result.stderr}`);
	return result.stdout;
};

/** The number of pages, as pdfinfo counts them. */
export const pdfPages = (pdf: Buffer): number => withFile(pdf, (file) => Number(/^Pages:\s+(\d+)/m.exec(run('pdfinfo', [file]))![1]));

export interface PrintedWord {
	text: string;
	page: number;
	/** Size in points, for a word of full-width characters only; undefined otherwise. */
	points: number | undefined;
}

const FULL_WIDTH = /^[\u3041-\u30ff\u4e00-\u9fff々〆ー]+$/u;

/** Every word on the paper, with its page and, when it can be read off its width, its size in points. */
export function pdfWords(pdf: Buffer): PrintedWord[] {
	const xml = withFile(pdf, (file) => run('pdftotext', ['-bbox', file, '-']));
	const words: PrintedWord[] = [];
	let page = 0;
	for (const line of xml.split('\n')) {
		if (line.includes('<page ')) page++;
		const m = /<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/.exec(line);
		if (!m) continue;
		const text = m[3]!;
		const chars = [...text].length;
		words.push({ text, page, points: FULL_WIDTH.test(text) ? (Number(m[2]) - Number(m[1])) / chars : undefined });
	}
	return words;
}
