/**
 * Each entry's file as the contribution form needs it to fix the entry: the front matter as written (before the
 * schema's corrections, so an unchanged field stays byte for byte the same) and the file's text. Read by
 * src/scripts/send/form.ts when a resident follows 「この情報を直す」. MDX reports are left out: they are fixed on
 * GitHub, not in the form.
 */
import { readFileSync } from 'node:fs';
import type { APIRoute } from 'astro';
import { entriesOf } from '../../../lib/site-data/content.ts';
import { SENDABLE, type SendableCollection } from '../../../lib/contribute/entry-path.ts';
import { parseContentFile } from '../../../lib/safety/frontmatter.ts';

export function getStaticPaths() {
	return (Object.keys(SENDABLE) as SendableCollection[]).flatMap((collection) =>
		(entriesOf[collection] as readonly { id: string; filePath?: string | undefined }[])
			.filter((e) => e.filePath?.endsWith('.md'))
			.map((e) => ({ params: { entry: `${SENDABLE[collection]}/${e.id}` }, props: { file: e.filePath! } })),
	);
}

export const GET: APIRoute = ({ params, props }) => {
	const text = readFileSync(props['file'] as string, 'utf8');
	const { data, body } = parseContentFile(text);
	return new Response(JSON.stringify({ path: `${params['entry']}.md`, data, body: body.trim(), text }), {
		headers: { 'content-type': 'application/json' },
	});
};
