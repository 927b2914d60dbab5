/**
 * What the site verification needs from one built page: every link and reference (tag, attribute, value),
 * the ids that fragments may point at, and the scripts it loads. Parsed with htmlparser2 (a real HTML
 * tokenizer: attributes in any order or quoting, entities decoded).
 */
import { Parser } from 'htmlparser2';

export interface PageReference {
	/** The element and attribute, as a reader would find it: <a href>, <link rel="alternate" href>, <img src>. */
	element: string;
	value: string;
	/** The link's text, for naming it in a message. */
	text: string;
	/** Marked download (the /data/ page lists its exports this way). */
	download: boolean;
}

export interface PageFacts {
	references: PageReference[];
	ids: Set<string>;
	/** Scripts that run: <script src> and inline scripts other than JSON data. */
	scripts: string[];
	/** The text of each inline script that runs (JSON data left out), in page order. */
	inlineScripts: string[];
}

const REFERENCE_ATTRIBUTES: Record<string, readonly string[]> = {
	a: ['href'],
	link: ['href'],
	img: ['src', 'srcset'],
	script: ['src'],
	source: ['src', 'srcset'],
	iframe: ['src'],
	form: ['action'],
	use: ['href', 'xlink:href'],
};

export function readPage(html: string): PageFacts {
	const facts: PageFacts = { references: [], ids: new Set(), scripts: [], inlineScripts: [] };
	let openLink: PageReference | undefined;
	let inScript: { data: boolean } | undefined;
	const parser = new Parser(
		{
			onopentag(name, attributes) {
				if (attributes['id']) facts.ids.add(attributes['id']);
				if (name === 'a' && attributes['name']) facts.ids.add(attributes['name']);
				if (name === 'script') {
					const type = attributes['type'] ?? '';
					const data = /^application\/(ld\+)?json$/.test(type) || type === 'importmap';
					if (!data)
						facts.scripts.push(attributes['src'] ? `<script src="${attributes['src']}">` : '<script>（ページの中に書かれたスクリプト）');
					if (!data && !attributes['src']) facts.inlineScripts.push('');
					inScript = { data: data || Boolean(attributes['src']) };
				}
				for (const attribute of REFERENCE_ATTRIBUTES[name] ?? []) {
					const raw = attributes[attribute];
					if (raw === undefined) continue;
					const values =
						attribute === 'srcset'
							? raw
									.split(',')
									.map((s) => s.trim().split(/\s+/)[0]!)
									.filter(Boolean)
							: [raw];
					const rel = attributes['rel'] ? ` rel="${attributes['rel']}"` : '';
					for (const value of values) {
						const ref: PageReference = { element: `<${name}${rel} ${attribute}>`, value, text: '', download: 'download' in attributes };
						facts.references.push(ref);
						if (name === 'a') openLink = ref;
					}
				}
			},
			ontext(text) {
				if (openLink) openLink.text += text;
				if (inScript && !inScript.data) facts.inlineScripts[facts.inlineScripts.length - 1] += text;
			},
			onclosetag(name) {
				if (name === 'a' && openLink) {
					openLink.text = openLink.text.replace(/\s+/g, ' ').trim();
					openLink = undefined;
				}
				if (name === 'script') inScript = undefined;
			},
		},
		{ decodeEntities: true, lowerCaseAttributeNames: true },
	);
	parser.write(html);
	parser.end();
	return facts;
}
