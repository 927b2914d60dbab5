/**
 * Finds what a content body must not contain, before anything compiles it. Contributors write Markdown; in
 * MDX (meeting reports, site pages) they may also use the site's own components. Refused everywhere:
 * raw HTML, links other than http(s), tel and mailto, and in MDX `import`/`export`, JavaScript expressions
 * `{ }` and any component that is not the site's. Code spans and fenced code blocks are left alone (they are
 * shown as text). Used by npm run check (every problem, with lines) and by the build's loader (which stops).
 */

export interface MarkupProblem {
	/** 1-based line within the body. */
	line: number;
	message: string;
}

export const SAFE_URL = /^(https?:\/\/|tel:|mailto:|\/|#|\.\.?\/)/i;

/** The site's own MDX components (src/components/mdx/), the only ones content may use. */
export const SITE_COMPONENTS: readonly string[] = ['Decision', 'Action', 'Photo'];

export function findUnsafeMarkup(body: string, format: 'md' | 'mdx'): MarkupProblem[] {
	const problems: MarkupProblem[] = [];
	const lines = body.replace(/\r\n?/g, '\n').split('\n');
	let fence: string | null = null;
	lines.forEach((raw, index) => {
		const line = index + 1;
		const fenceMatch = raw.match(/^\s{0,3}(`{3,}|~{3,})/);
		if (fenceMatch) {
			if (!fence) fence = fenceMatch[1]![0]!;
			else if (fenceMatch[1]![0] === fence) fence = null;
			return;
		}
		if (fence) return;
		const text = raw.replace(/`+[^`]*`+/g, (m) => ' '.repeat(m.length));
		const say = (message: string) => problems.push({ line, message });

		if (format === 'mdx' && /^\s*(import|export)\b/.test(text)) {
			say('MDX の import / export は使えません。この行を消してください（使える部品は最初から使えます）');
			return;
		}
		if (format === 'mdx' && /[{}]/.test(text)) {
			say('波かっこ { } は使えません（プログラムとして実行されるためです）。文字として書くときは全角の ｛ ｝ にしてください');
		}
		for (const tag of text.matchAll(/<\/?([A-Za-z][\w.:-]*)([^>]*)>?/g)) {
			const name = tag[1]!;
			if (format === 'mdx' && name === 'Photo') {
				if (!/\balt="[^"]*\S[^"]*"/.test(tag[2] ?? '')) say('<Photo> には alt="…"（写真に何が写っているかの説明）を書いてください');
				if (!/\bsrc="\/photos\/[\w./-]+"/.test(tag[2] ?? '') || (tag[2] ?? '').includes('..')) say('<Photo> の src は "/photos/…" （public/photos/ に置いた写真）にしてください');
				continue;
			}
			if (format === 'mdx' && SITE_COMPONENTS.includes(name)) continue;
			say(
				format === 'mdx' && /^[A-Z]/.test(name)
					? `部品 <${name}> はこのサイトにありません。使える部品: ${SITE_COMPONENTS.map((c) => `<${c}>`).join(' ')}`
					: `HTML のタグ <${name}> は使えません。文章は Markdown で書いてください（太字は **文字**、リンクは [文字](https://…)）`,
			);
		}
		if (/<!--/.test(text)) say('HTML のコメント <!-- --> は使えません');
		for (const link of text.matchAll(/\]\(\s*<?([^)\s>]*)/g)) {
			const url = link[1]!;
			if (url && !SAFE_URL.test(url)) say(`リンク先「${url}」は使えません。https:// で始まるアドレス、tel:、mailto: だけが使えます`);
		}
		for (const auto of text.matchAll(/<([a-z][a-z0-9+.-]*:[^>\s]*)>/gi)) {
			if (!SAFE_URL.test(auto[1]!)) say(`リンク先「${auto[1]}」は使えません`);
		}
	});
	return problems;
}
