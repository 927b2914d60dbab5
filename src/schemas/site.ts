/**
 * The one site config (content/site.yaml): the municipality, where the repository is (for edit links),
 * the base path, the licence of the data and the map tiles. Read by astro.config.mjs, every page and the check.
 */
import { z } from './zod.ts';
import { contact, line, webUrl } from './common.ts';

/**
 * The map tile providers a town's pages may load images from without a maintainer's explicit word: 地理院タイル
 * (国土地理院) and OpenStreetMap's own tile server. The Content Security Policy (astro.config.mjs) allows exactly
 * the configured host, so another host is a decision: `map.allow_other_tiles: true`.
 */
export const KNOWN_TILE_HOSTS: readonly string[] = ['cyberjapandata.gsi.go.jp', 'tile.openstreetmap.org'];

/** Why a tile URL's host is not one of the known providers, or undefined. */
export function tileHostProblem(tiles: string): string | undefined {
	let url: URL;
	try {
		url = new URL(tiles.replace(/\{[a-z]\}/g, '0'));
	} catch {
		return undefined; // the pattern's own message says what to write
	}
	if (KNOWN_TILE_HOSTS.includes(url.hostname) && url.port === '' && url.username === '' && url.password === '') return undefined;
	return `地図のタイルの「${url.host}」は、知られている提供元（${KNOWN_TILE_HOSTS.join('、')}）ではありません。ページがこのサーバーから画像を読み込むようになります。管理者が決めたときだけ、map に allow_other_tiles: true を書いてください`;
}

export const siteSchema = z.strictObject({
	/** The municipality: ひだまり市, 川波町. */
	municipality: line.describe('市町村の名前（例: 川波町）'),
	/** The town's word for its 第2層 areas, if it differs from the level written in the area files. */
	district_term: line
		.optional()
		.describe('第2層の地域の呼び方（校区・地区・日常生活圏域 など）。書かなければ、地域ファイルの level の言葉を使います'),
	/** 都道府県名, for the standard open-data layouts. */
	prefecture: line.describe('都道府県名'),
	/** 全国地方公共団体コード (6 digits, with its check digit), for the standard open-data layouts. */
	municipality_code: z
		.string()
		.regex(/^\d{6}$/, { error: 'municipality_code は6けたの全国地方公共団体コードです（例: 272108）' })
		.describe('全国地方公共団体コード（6けた、"" で囲んで。例: "272108"）。オープンデータの CSV に入ります'),
	/** The site's title. */
	title: line.describe('サイトの名前'),
	/** One sentence saying what the site is, for the home page and search engines. */
	description: line.describe('サイトの説明'),
	/** true while the content is the fictional sample city: every page then says so. */
	sample: z.boolean().describe('サンプルデータなら true。自分の町の情報なら false（検索エンジンにのります）'),
	/** The address the site is published at, without the base path: https://example.github.io. */
	site_url: webUrl.describe('公開するアドレス（パスなし。例: https://kawanami-shakyo.github.io）'),
	/** Path under site_url: / or /sasaeai/. */
	base: z
		.string()
		.regex(/^\/([a-z0-9._-]+\/)*$/, { error: 'base は / または /sasaeai/ のように / で始めて / で終えてください' })
		.describe('公開するパス。GitHub Pages ならリポジトリ名を / ではさんで（例: /kawanami-guide/）、独自のドメインなら /'),
	repository: z
		.strictObject({
			/** e.g. https://github.com/your-city/sasaeai */
			url: webUrl.describe('GitHub のリポジトリのアドレス（例: https://github.com/kawanami-shakyo/kawanami-guide）'),
			/** The branch edits go to. */
			branch: line.describe('公開するブランチ（ふつうは main）'),
		})
		.describe('リポジトリ（「この情報を直す」リンクに使います）'),
	license: z
		.strictObject({ name: line.describe('ライセンスの名前'), url: webUrl.describe('ライセンスの説明のページ') })
		.describe('データのライセンス（ふつうは CC BY 4.0）'),
	map: z
		.strictObject({
			/** Tile URL template with {z}/{x}/{y}. */
			tiles: z
				.string()
				.regex(/^https:\/\/.+\{z\}.+\{x\}.+\{y\}/, { error: 'tiles は https:// で始まり {z} {x} {y} を含む URL にしてください' })
				.describe('地図の画像（タイル）のアドレス。{z} {x} {y} を含みます（ふつうは地理院タイルのまま）'),
			/** Attribution text shown on the map, and where it links. */
			attribution: line.describe('地図に出す出典（例: 地理院タイル（国土地理院））'),
			attribution_url: webUrl.describe('出典のページ'),
			max_zoom: z.number().int().min(1).max(22).describe('いちばん拡大したときの段階（1〜22、ふつうは 18）'),
			/** true: a tile host outside KNOWN_TILE_HOSTS, on a maintainer's decision. */
			allow_other_tiles: z.boolean().optional().describe('地理院タイル・OpenStreetMap 以外のタイルを使うときだけ true（管理者が決めます）'),
		})
		.superRefine((map, ctx) => {
			const problem = map.allow_other_tiles === true ? undefined : tileHostProblem(map.tiles);
			if (problem) ctx.addIssue({ code: 'custom', path: ['tiles'], message: problem });
		})
		.describe('地図のタイル'),
	/** Whom to ask about the site itself (the 第1層 coordinator's office). */
	contact: contact.describe('このサイトの問い合わせ先'),
	contribute: z
		.strictObject({
			relay_url: z
				.string({ error: 'relay_url は https:// で始まるアドレスを書いてください' })
				.refine((u) => URL.canParse(u), { error: 'relay_url は https:// で始まるアドレスを書いてください', abort: true })
				.refine((u) => u.startsWith('https://') || /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?(\/|$)/.test(u), {
					error: 'relay_url は https:// で始まるアドレスを書いてください（http:// は試験用の 127.0.0.1 だけ）',
				})
				.optional()
				.describe(
					'「情報を送る」フォームの中継のアドレス（例: https://sasaeai-relay.example.workers.dev）。書くと、GitHub のアカウントがなくても「送る」だけで届きます（docs/relay.md）',
				),
		})
		.optional()
		.describe('「情報を送る」フォームの設定'),
});

export type SiteConfig = z.output<typeof siteSchema>;
