/**
 * The files of one area's entries of one kind, as the contribution form needs them to fix an entry
 * (send/files/salons/aoba.json: entry name → its front matter as written, before the schema's corrections, so an
 * unchanged field stays byte for byte the same, and the file's text). One file per area and kind, not per entry
 * (entryFilesOf in src/lib/contribute/entry-path.ts). Read by src/scripts/send/form.ts when a resident follows
 * 「この情報を直す」, and to find a free file name. MDX reports are left out: they are fixed on GitHub, not in the form.
 */
import { readFileSync } from 'node:fs';
import type { APIRoute } from 'astro';
import { entriesOf } from '../../../lib/site-data/content.ts';
import { entryFilesOf, parseEntryPath, SENDABLE, type EntryPath, type SendableCollection } from '../../../lib/contribute/entry-path.ts';
import { parseContentFile } from '../../../lib/safety/frontmatter.ts';

export function getStaticPaths() {
	const areas = new Map<string, { path: EntryPath; file: string }[]>();
	for (const collection of Object.keys(SENDABLE) as SendableCollection[]) {
		for (const e of entriesOf[collection] as readonly { id: string; filePath?: string | undefined }[]) {
			const path = e.filePath?.endsWith('.md') ? parseEntryPath(`${SENDABLE[collection]}/${e.id}.md`) : undefined;
			if (!path) continue;
			const key = entryFilesOf(path).replace(/\.json$/, '');
			areas.set(key, [...(areas.get(key) ?? []), { path, file: e.filePath! }]);
		}
	}
	return [...areas].map(([area, entries]) => ({ params: { area }, props: { entries } }));
}

export const GET: APIRoute = ({ props }) => {
	const files: Record<string, { path: string; data: unknown; body: string; text: string }> = {};
	for (const { path, file } of props['entries'] as { path: EntryPath; file: string }[]) {
		const text = readFileSync(file, 'utf8');
		const { data, body } = parseContentFile(text);
		files[path.name] = { path: path.path, data, body: body.trim(), text };
	}
	return new Response(JSON.stringify(files), { headers: { 'content-type': 'application/json' } });
};
