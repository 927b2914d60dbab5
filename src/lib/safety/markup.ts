/**
 * What a content body may contain, judged on the tree the build itself renders: the check parses each body
 * with Sätteri (the site's Markdown and MDX processor, same features) and applies `judge` to every node; the
 * build's HAST plugin (src/lib/safety/html-guard.ts) applies the same `judge` and removes or unwraps what it
 * refuses. So reference-style links, autolinks, code spans and fences are seen the same way by both.
 *
 * Refused: raw HTML and comments; links other than http(s), tel, mailto and site-relative ones, and links to the
 * site's own list, form or search pages with a query (`/my-list/?ids=` would replace a resident's list); images other
 * than the site's own photos (/photos/<name>.jpg|png|webp|gif|avif, in public/photos/); in MDX, import/export,
 * { } expressions, components other than the site's own, attributes that are not plain text, and a <Photo>
 * without alt text or with a src outside /photos/.
 */
import * as satteri from 'satteri';
import { IMAGE_FORMATS, NAME } from './file-policy.ts';

export interface MarkupProblem {
	/** 1-based line within the body. */
	line: number;
	message: string;
}

/** Link targets a reader may follow. */
export const SAFE_URL = /^(https?:\/\/|tel:|mailto:|\/|#|\.\.?\/)/i;

/** The site's own MDX components (src/components/mdx/), the only ones content may use. */
export const SITE_COMPONENTS: readonly string[] = ['Decision', 'Action', 'Photo'];

/** The Markdown features the site renders with (astro.config.mjs: Sätteri defaults). */
export const FEATURES = { gfm: true, smartPunctuation: true } as const;

/** A published photo: /photos/<folders>/<name>.<image extension>, nothing that leaves public/photos/. */
export function isPhotoPath(src: string): boolean {
	const m = /^\/photos\/((?:[a-z0-9][a-z0-9-]*\/)*)([a-z0-9][a-z0-9-]*)\.([a-z]+)$/.exec(src);
	return !!m && NAME.test(m[2]!) && m[3]! in IMAGE_FORMATS;
}

export type Verdict =
	| { action: 'keep' }
	/** Drop the node and everything in it. */
	| { action: 'remove'; message: string }
	/** Keep its text, drop the element (a refused link becomes plain words). */
	| { action: 'unwrap'; message: string };

interface AnyNode {
	type: string;
	tagName?: string;
	name?: string | null;
	value?: string;
	properties?: Record<string, unknown>;
	attributes?: { type: string; name?: string; value?: unknown }[];
	children?: AnyNode[];
	position?: { start?: { line?: number } };
}

const KEEP: Verdict = { action: 'keep' };
/** Elements that load, run or submit something; Markdown never makes them, raw HTML and plugins might. */
export const ACTIVE_ELEMENTS = [
	'script',
	'style',
	'iframe',
	'object',
	'embed',
	'form',
	'input',
	'button',
	'link',
	'meta',
	'base',
	'svg',
	'math',
	'frame',
	'frameset',
	'template',
	'video',
	'audio',
	'source',
	'track',
	'noscript',
	'portal',
	'dialog',
] as const;
const htmlTags = (raw: string) => [...raw.matchAll(/<\/?([A-Za-z][\w.:-]*)/g)].map((m) => m[1]!);

/** What the guards know of the site itself: its address's host (site.yaml site_url), to tell its own links. */
export interface OwnSite {
	host?: string | undefined;
}

/** The site's own pages that act on their query string: the list (?ids= replaces a resident's list), the form, search. */
export const STATEFUL_PAGES: readonly string[] = ['my-list', 'send', 'search'];

/**
 * The stateful page (my-list, send, search) a link opens on the site itself with a query string, or undefined.
 * Site-relative and page-relative links are the site's own; so is an absolute one on the site's host. The base
 * path does not matter: any path segment naming such a page counts.
 */
export function ownPageWithQuery(href: string, site: OwnSite = {}): string | undefined {
	const HERE = 'https://own.invalid/a/b/c/';
	let url: URL;
	try {
		url = new URL(href.trim(), HERE);
	} catch {
		return undefined;
	}
	const own = url.host === 'own.invalid' || (!!site.host && url.host === site.host.toLowerCase());
	if (!own || url.search === '' || !/^https?:$/.test(url.protocol)) return undefined;
	const segments = url.pathname.split('/').map((segment) => {
		try {
			return decodeURIComponent(segment).toLowerCase();
		} catch {
			return segment.toLowerCase();
		}
	});
	return segments.find((segment) => STATEFUL_PAGES.includes(segment.replace(/\.html?$/, '')));
}

/** The verdict on one node of a body's HTML tree. */
export function judge(node: AnyNode, format: 'md' | 'mdx', site: OwnSite = {}): Verdict {
	switch (node.type) {
		case 'raw': {
			const value = node.value ?? '';
			const tags = [...new Set(htmlTags(value))];
			if (/^\s*<!--/.test(value)) return { action: 'remove', message: 'HTML のコメント <!-- --> は使えません' };
			return {
				action: 'remove',
				message: tags.length
					? tags
							.map(
								(t) => `HTML のタグ <${t}> は使えません。文章は Markdown で書いてください（太字は **文字**、リンクは [文字](https://…)）`,
							)
							.join('\n')
					: 'HTML は使えません',
			};
		}
		case 'comment':
			return { action: 'remove', message: 'HTML のコメント <!-- --> は使えません' };
		case 'element':
			return judgeElement(node, site);
		case 'mdxjsEsm':
			return { action: 'remove', message: 'MDX の import / export は使えません。この行を消してください（使える部品は最初から使えます）' };
		case 'mdxFlowExpression':
		case 'mdxTextExpression':
			return {
				action: 'remove',
				message: '波かっこ { } は使えません（プログラムとして実行されるためです）。文字として書くときは全角の ｛ ｝ にしてください',
			};
		case 'mdxJsxFlowElement':
		case 'mdxJsxTextElement':
			return format === 'mdx' ? judgeComponent(node) : { action: 'remove', message: 'HTML・部品のタグは使えません' };
		default:
			return KEEP;
	}
}

function judgeElement(node: AnyNode, site: OwnSite): Verdict {
	const props = node.properties ?? {};
	if (node.tagName === 'a') {
		const href = String(props['href'] ?? '');
		if (!SAFE_URL.test(href.trim()))
			return { action: 'unwrap', message: `リンク先「${href}」は使えません。https:// で始まるアドレス、tel:、mailto: だけが使えます` };
		const page = ownPageWithQuery(href, site);
		if (page)
			return {
				action: 'unwrap',
				message: `リンク先「${href}」は使えません。このサイトの /${page}/ のページに「?」から後ろをつけたリンクは、開いた人の一覧や入力を書きかえてしまいます。「?」から後ろを消してください`,
			};
		return KEEP;
	}
	if (node.tagName === 'img') {
		const src = String(props['src'] ?? '');
		return isPhotoPath(src)
			? KEEP
			: {
					action: 'remove',
					message: `画像「${src}」は使えません。写真は public/photos/ に置いて、![説明](/photos/ファイル名.jpg) のように書いてください（JPEG・PNG・WebP・GIF・AVIF）`,
				};
	}
	if ((ACTIVE_ELEMENTS as readonly string[]).includes(node.tagName ?? '')) {
		return { action: 'remove', message: `HTML のタグ <${node.tagName}> は使えません` };
	}
	return KEEP;
}

function judgeComponent(node: AnyNode): Verdict {
	const name = node.name ?? '';
	if (!SITE_COMPONENTS.includes(name)) {
		return {
			action: 'remove',
			message: /^[A-Z]/.test(name)
				? `部品 <${name}> はこのサイトにありません。使える部品: ${SITE_COMPONENTS.map((c) => `<${c}>`).join(' ')}`
				: `HTML のタグ <${name || '>'}> は使えません。文章は Markdown で書いてください`,
		};
	}
	const attributes = node.attributes ?? [];
	if (attributes.some((a) => a.type !== 'mdxJsxAttribute' || (a.value != null && typeof a.value !== 'string'))) {
		return { action: 'remove', message: `<${name}> の属性に波かっこ { } は使えません。"…" で書いてください` };
	}
	if (name === 'Photo') {
		const attribute = (key: string) => attributes.find((a) => a.name === key)?.value as string | undefined;
		const problems: string[] = [];
		if (!attribute('alt')?.trim()) problems.push('<Photo> には alt="…"（写真に何が写っているかの説明）を書いてください');
		if (!isPhotoPath(attribute('src') ?? '')) problems.push('<Photo> の src は "/photos/…" （public/photos/ に置いた写真）にしてください');
		if (problems.length) return { action: 'remove', message: problems.join('\n') };
	}
	return KEEP;
}

export interface BodyInspection {
	problems: MarkupProblem[];
	/** The site photos the body shows (/photos/…), with their lines: each must exist in public/photos/. */
	photos: { src: string; line: number }[];
}

/**
 * What Markdown needs to make anything `judge` looks at or a photo: raw HTML or a comment (`<`), a link, an image,
 * a reference or a task-list box (`[`), or an address with a query (`?`, for a link to the site's own pages).
 * Without them it makes only text, paragraphs, emphasis, lists, tables, code and addresses autolinked from the
 * text (http, https, www., an email's mailto:), all of which the judge keeps.
 * The relay's stand-in for the processor (relay/strict-markdown.ts) refuses more: braces, import/export lines and
 * javascript:/data:/vbscript: anywhere. A body holding one of those is parsed too, so the relay keeps refusing it.
 */
const MARKDOWN_TO_JUDGE = /[<[?{}]|^[ \t]*(?:import|export)\b|(?:javascript|data|vbscript):/im;

/**
 * Every problem in a body, with its line, judged on the tree the build renders, and the photos it shows.
 * An MDX body that does not parse is one problem (the build would stop on it too). A Markdown body with nothing
 * to judge (most bodies: plain sentences) is not parsed at all; markup.test.ts holds this to the full judge.
 */
export function inspectBody(
	body: string,
	format: 'md' | 'mdx',
	site: OwnSite = {},
	processor: MarkdownProcessor = satteri,
): BodyInspection {
	if (format === 'md' && !MARKDOWN_TO_JUDGE.test(body)) return { problems: [], photos: [] };
	return inspectTree(body, format, site, processor);
}

/**
 * What turns a body into a tree: Sätteri, the site's processor; the relay's Workers bundle swaps in
 * relay/strict-markdown.ts for the whole `satteri` module (relay/wrangler.toml), and its test passes that here.
 */
export interface MarkdownProcessor {
	markdownToHast(body: string, options?: { features?: typeof FEATURES }): unknown;
	mdxToHast(body: string, options?: { features?: typeof FEATURES }): unknown;
}

/** inspectBody on the parsed tree, whatever the body holds. */
export function inspectTree(
	body: string,
	format: 'md' | 'mdx',
	site: OwnSite = {},
	processor: MarkdownProcessor = satteri,
): BodyInspection {
	let tree: AnyNode;
	try {
		tree = (format === 'mdx'
			? processor.mdxToHast(body, { features: FEATURES })
			: processor.markdownToHast(body, { features: FEATURES })) as unknown as AnyNode;
	} catch (error) {
		const line = /(\d+):(\d+)/.exec((error as Error).message)?.[1];
		return {
			problems: [
				{
					line: line ? Number(line) : 1,
					message: `MDX の書き方に誤りがあります（タグの閉じ忘れなど）: ${(error as Error).message.split('\n')[0]}`,
				},
			],
			photos: [],
		};
	}
	const result: BodyInspection = { problems: [], photos: [] };
	const visit = (node: AnyNode, line: number) => {
		const here = node.position?.start?.line ?? line;
		const verdict = judge(node, format, site);
		if (verdict.action !== 'keep') for (const message of verdict.message.split('\n')) result.problems.push({ line: here, message });
		if (verdict.action === 'remove') return;
		if (node.type === 'element' && node.tagName === 'img') result.photos.push({ src: String(node.properties?.['src']), line: here });
		if (node.type.startsWith('mdxJsx') && node.name === 'Photo')
			result.photos.push({ src: String(node.attributes?.find((a) => a.name === 'src')?.value), line: here });
		for (const child of node.children ?? []) visit(child, here);
	};
	visit(tree, 1);
	return result;
}

export function findUnsafeMarkup(body: string, format: 'md' | 'mdx', site: OwnSite = {}): MarkupProblem[] {
	return inspectBody(body, format, site).problems;
}
