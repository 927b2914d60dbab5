/**
 * The Workers build of the relay checks a body's markup with relay/strict-markdown.ts in place of the Markdown
 * processor (a native module). Here it is given to src/lib/safety/markup.ts's own `inspectBody` as the processor,
 * as relay/wrangler.toml's alias of `satteri` does, so `inspectBody` and `judge` run on its tree: it must refuse every body the real
 * processor refuses (each of them checked against the real one first), with the check's own words, and still
 * accept what residents write.
 */
import * as satteri from 'satteri';
import { describe, expect, test } from 'vitest';
import * as strictMarkdown from '../relay/strict-markdown.ts';
import { FEATURES, inspectBody, judge } from '../src/lib/safety/markup.ts';
import { HOSTILE_BODIES } from './relay-payloads.ts';

const { proseOf } = strictMarkdown;
const strict = (body: string) => inspectBody(body, 'md', {}, strictMarkdown).problems.map((p) => `${p.line}: ${p.message}`);

function real(body: string): string[] {
	const problems: string[] = [];
	type N = Parameters<typeof judge>[0];
	const visit = (node: N) => {
		const verdict = judge(node, 'md');
		if (verdict.action !== 'keep') problems.push(verdict.message);
		if (verdict.action !== 'remove') for (const child of node.children ?? []) visit(child);
	};
	visit(satteri.markdownToHast(body, { features: FEATURES }) as unknown as N);
	return problems;
}

describe('the strict scanner refuses at least what the Markdown processor refuses', () => {
	test.each(HOSTILE_BODIES.map((b) => [JSON.stringify(b).slice(0, 60), b]))('%s', async (_, body) => {
		const byProcessor = real(body);
		const byScanner = strict(body);
		if (byProcessor.length) expect(byScanner.length).toBeGreaterThan(0);
		else
			expect(
				byScanner.length,
				'a body the processor accepts: the scanner may refuse it (stricter), this case documents it',
			).toBeGreaterThan(0);
	});

	test("with the check's own words and lines", () => {
		expect(strict('一行目\n\n<script>alert(1)</script>')).toContain(
			'3: HTML のタグ <script> は使えません。文章は Markdown で書いてください（太字は **文字**、リンクは [文字](https://…)）',
		);
		expect(strict('[押して](javascript:alert(1))')).toContain(
			'1: リンク先「javascript:alert(1」は使えません。https:// で始まるアドレス、tel:、mailto: だけが使えます',
		);
		expect(strict('a\n![x](../../outside.png)').join()).toContain('2: 画像「../../outside.png」は使えません');
		expect(strict('合計 {1 + 1}')).toEqual([
			'1: 波かっこ { } は使えません（プログラムとして実行されるためです）。文字として書くときは全角の ｛ ｝ にしてください',
		]);
		expect(strict("import fs from 'node:fs'")).toEqual([
			'1: MDX の import / export は使えません。この行を消してください（使える部品は最初から使えます）',
		]);
	});
});

describe('on 3,000 bodies made of the pieces of hostile Markdown, the scanner never accepts what the processor refuses', () => {
	const PIECES = [
		'- ',
		'> ',
		'1. ',
		'```',
		'~~~',
		'    ',
		'`',
		'``',
		'\\',
		'<b>',
		'</b>',
		'<!--',
		'-->',
		'[a](',
		'](',
		'javascript:x',
		'https://ok.example',
		')',
		'![i](',
		'/photos/a.jpg',
		'../x.png',
		'[r]: ',
		'[r]',
		'&#97;',
		'[ ]',
		'{',
		'}',
		'*',
		'_',
		'|',
		'\n',
		'\n',
		'\n\n',
		' ',
		'テキスト',
		'tel:1',
		'<https://a.example>',
	];
	test('none slips through', async () => {
		let seed = 20261206;
		const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
		const slipped: string[] = [];
		let refusedByProcessor = 0;
		for (let i = 0; i < 3000; i++) {
			const body = Array.from({ length: 2 + Math.floor(random() * 12) }, () => PIECES[Math.floor(random() * PIECES.length)]).join('');
			if (real(body).length === 0) continue;
			refusedByProcessor++;
			if (strict(body).length === 0) slipped.push(body);
		}
		console.log(`fuzzed bodies the processor refuses: ${refusedByProcessor} of 3,000; accepted by the scanner: ${slipped.length}`);
		expect(refusedByProcessor).toBeGreaterThan(500);
		expect(slipped).toEqual([]);
	});
});

describe('what residents write goes through', () => {
	const ordinary = [
		'夕日が見える集会所で、週に一度ひらいています。',
		'## 持ち物\n\n- 飲み物\n- タオル\n\n1. 受付\n2. 体操',
		'**だれでも**参加できます。くわしくは [市のページ](https://www.city.example.jp/salon/) を見てください。',
		'電話は [0120-000-000](tel:0120-000-000)、メールは [こちら](mailto:info@example.jp) へ。',
		'![集会所の入口](/photos/aoba/entrance.jpg "入口")',
		'[地図](/areas/aoba/) と [上へ](#top)。www.example.jp もどうぞ。',
		'> 参加した方の声: 楽しかったです。',
		'| 曜日 | 時間 |\n| --- | --- |\n| 火 | 10:00 |',
		'```\n<b>ここはコードなので文字のまま</b> { } javascript:\n```\n\n後ろの文。',
		'~~~\n<script>コードの中</script>\n~~~',
	];
	test.each(ordinary.map((b) => [b.slice(0, 30), b]))('%s', async (_, body) => {
		expect(real(body)).toEqual([]);
		expect(strict(body)).toEqual([]);
	});
});

describe('code blocks: only fences at the start of a line, closed by anything that might close them', () => {
	test('a fence in a list item or a quote is not code to the scanner', () => {
		expect(proseOf('- ```\n  <x>\n  ```')).toContain('<x>');
		expect(proseOf('> ```\n> <x>')).toContain('<x>');
	});
	test('an indented closing fence closes, a shorter one does not', () => {
		expect(proseOf('````\n<a>\n```\n<b>\n   ````\n<c>')).toBe('````\n   \n   \n   \n   ````\n<c>');
	});
});
