/**
 * The field reference for people: every field of every collection, read from the zod schemas themselves
 * (their `.describe()` texts, enum choices and shapes), so the schemas stay the single source. Rendered as the
 * site's /help/fields/ page and as docs/fields.md (npm run fields writes it; a test fails when it is stale).
 */
import { KIND_LIST } from '../kinds.ts';
import type { z } from '../../schemas/zod.ts';
import { COLLECTIONS, type CollectionName } from '../../schemas/index.ts';
import { siteSchema } from '../../schemas/site.ts';
import { patternFormat, unwrap, unwrapPipe, type PatternFormat, type SchemaNode as Node } from '../../schemas/introspect.ts';

export interface FieldRow {
	/** Dotted path as written in the file: schedule.rules[].weeks */
	path: string;
	/** Nesting depth, for indenting. */
	depth: number;
	required: boolean;
	/** What to write, in words: 文字, 数, 日付（2026-04-01）, 次のどれか … */
	kind: string;
	/** The schema's description. */
	description: string;
	/** For a choice: the values that may be written. */
	choices?: string[];
}

export interface ReferenceSection {
	id: string;
	title: string;
	/** Where the files go. */
	where: string;
	rows: FieldRow[];
}

/** What a text field's pattern asks for, in words (the patterns of src/schemas/common.ts). */
const FORMAT_WORDS: Partial<Record<PatternFormat, string>> = {
	date: '日付（2026-04-01 のように）',
	time: '時刻（10:00 のように）',
	tel: '電話番号（072-841-1221 のように）',
	postal: '郵便番号（573-0027 のように）',
	id: 'id（英小文字・数字・ハイフン）',
};

function kindOf(node: Node, text: string): { kind: string; choices?: string[] } {
	const def = node._zod.def;
	const pattern = patternFormat(node);
	const format = pattern && FORMAT_WORDS[pattern];
	if (format) return { kind: format };
	if (def.type === 'pipe') return kindOf(unwrapPipe(node), text);
	switch (def.type) {
		case 'enum':
			return { kind: '次のどれか', choices: Object.values(def['entries'] as Record<string, string>) };
		case 'literal':
			return { kind: '決まった値', choices: (def['values'] as unknown[]).map(String) };
		case 'number':
			return { kind: '数' };
		case 'boolean':
			return { kind: 'true（はい）か false（いいえ）' };
		case 'date':
			return { kind: '日付（2026-04-01 のように）' };
		case 'transform':
			return { kind: '文字' };
		case 'union': {
			const kinds = (def['options'] as Node[]).map((o) => kindOf(unwrap(o).node, text).kind);
			if (kinds.some((k) => k.startsWith('日付'))) return { kind: '日付（2026-04-01 のように）' };
			return {
				kind: kinds.every((k) => k === '数' || k === '決まった値')
					? '数（または決まった言葉）'
					: (kinds.find((k) => k !== '文字') ?? '文字'),
			};
		}
		case 'object':
			return { kind: '項目のまとまり（下の項目を字下げして書きます）' };
		case 'array':
			return unwrap(def['element'] as Node).node._zod.def.type === 'object'
				? { kind: 'まとまりのリスト（1つずつ「- 」で始めて、下の項目を書きます）' }
				: { kind: 'リスト（[2, 4] のように、または1行に1つ「- 」で）' };
		case 'tuple':
			return { kind: '数の組' };
		case 'unknown':
			return { kind: 'GeoJSON' };
		default:
			return { kind: '文字' };
	}
}

function walk(node: Node, path: string, depth: number, rows: FieldRow[], requiredHere: boolean, ownText = ''): void {
	const { node: inner, optional, description: text } = unwrap(node);
	const label = ownText || text;
	const def = inner._zod.def;
	if (path) {
		const { kind, choices } = kindOf(inner, label);
		const element = def.type === 'array' ? unwrap(def['element'] as Node) : undefined;
		const elementKind = element ? kindOf(element.node, element.description) : undefined;
		rows.push({
			path,
			depth,
			required: requiredHere && !optional,
			kind: elementKind?.choices ? `リスト（次の中からいくつでも）` : kind,
			description: label,
			...(choices ? { choices } : elementKind?.choices ? { choices: elementKind.choices } : {}),
		});
	}
	if (def.type === 'object') {
		for (const [key, child] of Object.entries(def['shape'] as Record<string, Node>)) {
			walk(child, path ? `${path}.${key}` : key, path ? depth + 1 : 0, rows, true);
		}
	} else if (def.type === 'array') {
		const element = unwrap(def['element'] as Node);
		if (element.node._zod.def.type === 'object') walk(element.node, `${path}[]`, depth, [], true);
		if (element.node._zod.def.type === 'object') {
			for (const [key, child] of Object.entries(element.node._zod.def['shape'] as Record<string, Node>))
				walk(child, `${path}[].${key}`, depth + 1, rows, true);
		}
	}
}

/** The rows of one schema, in the order its fields are declared. */
export function fieldRows(schema: z.ZodType): FieldRow[] {
	const rows: FieldRow[] = [];
	walk(schema as unknown as Node, '', 0, rows, true);
	return rows;
}

const WHERE: Record<CollectionName, string> = {
	areas: 'content/areas/<地域のid>.md',
	salons: 'content/salons/<地域のid>/<地域のid>-<名前>.md',
	resources: 'content/resources/<地域のid>/<地域のid>-<名前>.md',
	volunteers: 'content/volunteers/<地域のid>/<地域のid>-<名前>.md',
	reports: 'content/reports/<地域のid>/<開催日>-<地域のid>-council.md（.mdx も可）',
	localIssues: 'content/local-issues/<地域のid>/<課題の名前>.md',
};

/**
 * Every section of the reference: each collection in the table's order (what volunteers write most first, the
 * coordinator's areas last), then the site settings.
 */
export function fieldReference(): ReferenceSection[] {
	return [
		...KIND_LIST.map(({ key: name }) => ({
			id: COLLECTIONS[name].folder,
			title: COLLECTIONS[name].label,
			where: WHERE[name],
			rows: fieldRows(COLLECTIONS[name].schema as unknown as z.ZodType),
		})),
		{ id: 'site', title: 'サイトの設定', where: 'content/site.yaml', rows: fieldRows(siteSchema) },
	];
}

/** The reference as Markdown, for docs/fields.md. */
export function fieldReferenceMarkdown(sections: ReferenceSection[] = fieldReference()): string {
	const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
	const lines = [
		'# 項目の説明（フィールドリファレンス）',
		'',
		'サイトの情報ファイル（Markdown の最初の `---` と `---` のあいだ）に書ける項目の一覧です。',
		'このファイルは `npm run fields` でスキーマ（`src/schemas/`）から作られます。手で書きかえないでください。',
		'同じ内容はサイトの「項目の説明」のページ（`/help/fields/`）にもあります。',
		'',
		'- **必須** の項目は、かならず書きます。ほかは、わかるときだけ書きます。',
		'- 「項目のまとまり」は、下の項目を2文字分字下げして書きます。「リスト」は `[月, 木]` のように書くか、1行に1つ `- ` を付けて書きます。',
		'- 書いたら `npm run check` で確かめます。まちがいがあれば、ファイル名と行番号と直し方を教えてくれます。',
		'',
	];
	for (const s of sections) {
		lines.push(`## ${s.title}`, '', `置く場所: \`${s.where}\``, '', '| 項目 | 必須 | 書くもの | 説明 |', '| --- | --- | --- | --- |');
		for (const r of s.rows) {
			const what = r.choices ? `${r.kind}: ${r.choices.join('、')}` : r.kind;
			lines.push(`| ${'　'.repeat(r.depth)}\`${r.path}\` | ${r.required ? '必須' : ''} | ${cell(what)} | ${cell(r.description)} |`);
		}
		lines.push('');
	}
	return `${lines.join('\n')}`;
}
