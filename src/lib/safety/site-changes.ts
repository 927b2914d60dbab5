/**
 * The site's own settings are a maintainer's decision. A pull request that edits content/site.yaml can send the
 * form to another repository or e-mail address, point QR codes, the sitemap and the feeds at another domain, and
 * make every page trust another map tile host: each is valid YAML, so the check alone would pass it. In a pull
 * request (GITHUB_BASE_REF), `npm run check` compares site.yaml with the base branch's and lists every setting
 * that changes and what it redirects, as a warning annotation and in the step summary (scripts/check-content.ts).
 * Outside a pull request, or without git, nothing is compared and nothing is said.
 */
import { lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FrontmatterError, parseYamlData } from './frontmatter.ts';
import { baseText } from './git-base.ts';
import { LIMITS } from './limits.ts';
import { visibleText } from './visible-text.ts';

export interface SettingChange {
	/** Dotted path in site.yaml: repository.url */
	path: string;
	/** As written, for showing; undefined when absent on that side. */
	before: string | undefined;
	after: string | undefined;
	/** What the change redirects, in Japanese. */
	effect: string;
}

/** What each setting redirects: the first entry whose path matches. */
const EFFECTS: [RegExp, string][] = [
	[/^site_url$/, 'QR コード・サイトマップ・フィード・検索エンジンが指すサイトのアドレスが変わります'],
	[/^base$/, 'QR コード・サイトマップ・フィードが指すサイトのパスが変わります'],
	[/^repository\.url$/, '「情報を送る」フォームと「この情報を直す」リンクの送り先（Issue やプルリクエストを受けるリポジトリ）が変わります'],
	[/^repository\.branch$/, '「この情報を直す」リンクが直すブランチが変わります'],
	[/relay/i, '「情報を送る」フォームの送信を中継するアドレスが変わります'],
	[/^contact\.email$/, '「情報を送る」フォームがメールで送るときのあて先が変わります'],
	[/^contact\./, '全ページに出るサイトの問い合わせ先が変わります'],
	[/^map\.tiles$/, 'ページが信頼して地図の画像を読み込むサーバー（タイルのホスト）が変わります'],
	[/^map\.allow_other_tiles$/, '知られていない地図のタイルのサーバーを許すかどうかが変わります'],
	[/^sample$/, 'サンプルの表示と、検索エンジンへの公開が変わります'],
	[/^license\./, 'データのライセンスの表示が変わります'],
];

/** Every leaf of a YAML value, by dotted path (a list is one value). */
function leaves(value: unknown, prefix = '', out = new Map<string, string>()): Map<string, string> {
	if (value && typeof value === 'object' && !Array.isArray(value)) {
		for (const [key, child] of Object.entries(value)) leaves(child, prefix ? `${prefix}.${key}` : key, out);
	} else if (prefix) out.set(prefix, typeof value === 'string' ? value : JSON.stringify(value));
	return out;
}

/** The settings that differ between two readings of site.yaml, in the order of the later file. */
export function siteChanges(before: unknown, after: unknown): SettingChange[] {
	const a = leaves(before);
	const b = leaves(after);
	const paths = [...new Set([...b.keys(), ...a.keys()])];
	return paths
		.filter((path) => a.get(path) !== b.get(path))
		.map((path) => ({
			path,
			before: a.get(path),
			after: b.get(path),
			effect: EFFECTS.find(([pattern]) => pattern.test(path))?.[1] ?? 'サイトの設定が変わります',
		}));
}

/** One change as one line a reviewer reads. */
export function describeChange(change: SettingChange): string {
	const shown = (v: string | undefined) => (v === undefined ? '（なし）' : `「${visibleText(v, 120)}」`);
	return `${change.path}: ${shown(change.before)} → ${shown(change.after)}。${change.effect}`;
}

/** A regular file's text (never through a symbolic link, never over the size limit), or undefined. */
export function plainFileText(file: string): string | undefined {
	const stat = lstatSync(file, { throwIfNoEntry: false });
	return stat?.isFile() && stat.size <= LIMITS.fileBytes ? readFileSync(file, 'utf8') : undefined;
}

/** site.yaml as data, or {} when it does not read (its problems are reported by the check itself). */
function readSettings(text: string | undefined): unknown {
	if (text === undefined || text.length > LIMITS.fileBytes) return {};
	try {
		return parseYamlData(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
	} catch (error) {
		if (error instanceof FrontmatterError) return {};
		throw error;
	}
}

/**
 * What a pull request changes in `contentDir`/site.yaml, compared with its base branch; undefined outside a pull
 * request, without git, or when the base branch has no site.yaml at that place (a new town's first commit).
 */
export function pullRequestSiteChanges(contentDir: string, env: NodeJS.ProcessEnv = process.env): SettingChange[] | undefined {
	const file = join(contentDir, 'site.yaml');
	const before = baseText(file, env);
	if (before === undefined) return undefined;
	return siteChanges(readSettings(before), readSettings(plainFileText(file)));
}
