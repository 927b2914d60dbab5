/**
 * npm run init-town as a function (what it does: scripts/init-town.ts): the script runs it for a coordinator, asking
 * on the terminal; the tests run it in their own process with the answers given as lines.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { inJapan } from '../../src/lib/japanese.ts';
import { readMunicipalityCode } from '../../src/lib/municipality-code.ts';
import { portableNameProblem } from '../../src/lib/safety/portable-name.ts';
import { DISTRICT_LEVELS, TOP_LEVELS } from '../../src/schemas/taxonomy.ts';
import { asking, askUntil, readOptions, refuse, withRefusals, type AskingIo } from './command-io.ts';

const HELP = `使い方: npm run init-town [-- 項目]

content/ に、自分の市町村のサイトの最初のファイル（site.yaml と、市町村全体の地域ファイル）を作ります。
足りないことは 1 つずつ質問します（どの質問も、下の項目で先に答えておけます）。上書きはしません（--force で上書き）。

  --name        市町村の名前（例: 川波町）
  --yomi        よみがな（例: かわなみちょう）
  --id          市町村の id（ファイル名。英小文字。例: kawanami）
  --prefecture  都道府県名（例: 滋賀県）
  --code        全国地方公共団体コード 6けた（例: 奈良県河合町は 294276）。最後のけた（検査数字）を確かめます。
                5けたなら検査数字を足します
  --district    第2層の地域の呼び方（${DISTRICT_LEVELS.join('・')}。空なら 校区）
  --center      役場のあたりの緯度,経度（例: 35.25,136.05）
  --owner       GitHub のアカウント名（例: kawanami-shakyo）
  --repository  GitHub のリポジトリ名（例: kawanami-guide）
  --force       ファイルがあっても上書きする`;

const options = {
	name: { type: 'string' },
	yomi: { type: 'string' },
	id: { type: 'string' },
	prefecture: { type: 'string' },
	code: { type: 'string' },
	district: { type: 'string' },
	center: { type: 'string' },
	owner: { type: 'string' },
	repository: { type: 'string' },
	force: { type: 'boolean' },
	help: { type: 'boolean', short: 'h' },
} as const;

/** The answers, each checked. */
interface Town {
	name: string;
	yomi: string;
	id: string;
	prefecture: string;
	code: string;
	district: string;
	center: string;
	owner: string;
	repository: string;
}

const q = (s: string) => JSON.stringify(s); // a YAML double-quoted string is a JSON string

/** site.yaml of the new town, its blanks to fill in marked. */
function siteYaml({ name, district, prefecture, code, owner, repository }: Town): string {
	return `# サイト全体の設定。項目の意味は docs/fields.md（サイトの /help/fields/）にあります。
municipality: ${q(name)}
${district !== '校区' ? `district_term: ${q(district)}\n` : ''}prefecture: ${q(prefecture)}
municipality_code: ${q(code)}
title: ${q(`${name} 支え合いガイド`)}
description: ${q(`${name}の、サロン・通いの場、暮らしを支える地域の資源、ボランティア募集、協議体の会議録をまとめたサイトです。`)}
sample: false
site_url: ${q(`https://${owner.toLowerCase()}.github.io`)}
base: ${q(`/${repository}/`)}
repository:
  url: ${q(`https://github.com/${owner}/${repository}`)}
  branch: main
license:
  name: クリエイティブ・コモンズ 表示 4.0 国際（CC BY 4.0）
  url: https://creativecommons.org/licenses/by/4.0/deed.ja
map:
  tiles: https://cyberjapandata.gsi.go.jp/xyz/pale/{z}/{x}/{y}.png
  attribution: 地理院タイル（国土地理院）
  attribution_url: https://maps.gsi.go.jp/development/ichiran.html
  max_zoom: 18
contact:
  name: ""        # このサイトの問い合わせ先（例: ${name}社会福祉協議会）
  tel: ""         # 電話番号（例: 0749-12-3456）
  hours: 平日 8:30〜17:15
`;
}

/** The area file of the municipality itself (level 市・町・村・区). */
function municipalityArea({ name, yomi, center }: Town): string {
	const level = TOP_LEVELS.find((t) => name.endsWith(t))!;
	const [lat, lng] = center
		.normalize('NFKC')
		.split(/[,\s]+/)
		.map(Number);
	return `---
name: ${q(name)}
yomi: ${q(yomi)}
level: ${level}
center: { lat: ${lat}, lng: ${lng} }
council:
  name: ""        # 第1層協議体の名前（例: ${name} 生活支援体制整備協議体）
  meets: おおむね3か月に1回
contact:
  name: ""        # 第1層生活支援コーディネーターの窓口（団体・課の名前）
  tel: ""
---

${name}の紹介を2〜3文で書いてください。
`;
}

/** Every value, from --key or asked in turn. */
async function askTown(values: Record<string, string | boolean | undefined>, io: AskingIo): Promise<Town> {
	/** Asks for a value not given as --key (from a terminal or from lines on standard input), until it passes `check`. */
	async function get(key: string, question: string, check: (a: string) => string | undefined): Promise<string> {
		const given = values[key];
		if (typeof given === 'string') {
			const problem = check(given.trim());
			return problem ? refuse(`--${key}: ${problem}`) : given.trim();
		}
		return askUntil(
			io,
			question,
			(answer) => {
				const problem = check(answer);
				return problem ? { error: problem } : { ok: answer };
			},
			`\n--${key} で指定するか、質問に答えてください（npm run init-town -- --help）`,
		);
	}
	const name = await get('name', '市町村の名前（例: 川波町）: ', (a) =>
		TOP_LEVELS.some((t) => a.endsWith(t)) ? undefined : `「${a}」の最後が 市・町・村・区 のどれかになるように書いてください`,
	);
	const yomi = await get('yomi', 'よみがな（ひらがな。例: かわなみちょう）: ', (a) =>
		/^[ぁ-ゖー]+$/u.test(a) ? undefined : 'ひらがなで書いてください',
	);
	const id = await get('id', '市町村の id（英小文字。例: kawanami）: ', (a) =>
		/^[a-z0-9][a-z0-9-]*$/.test(a)
			? a.length > 40
				? '40文字までにしてください'
				: portableNameProblem(`${a}.md`)
			: '英小文字・数字・ハイフンで書いてください',
	);
	const prefecture = await get('prefecture', '都道府県名（例: 滋賀県）: ', (a) =>
		/^.+[都道府県]$/.test(a) ? undefined : '「〇〇県」のように書いてください',
	);
	const codeAnswer = await get(
		'code',
		'全国地方公共団体コード（6けた。総務省の「全国地方公共団体コード」の表にあります。例: 294276）: ',
		(a) => {
			const reading = readMunicipalityCode(a, prefecture);
			return reading.ok ? undefined : reading.problem;
		},
	);
	const codeReading = readMunicipalityCode(codeAnswer, prefecture) as { ok: true; code: string; completed: boolean };
	const code = codeReading.code;
	if (codeReading.completed) io.out(`  最後のけた（検査数字）を足して ${code} にしました`);
	const district =
		(await get(
			'district',
			`第2層の地域（小学校区などの単位）をなんと呼びますか（${DISTRICT_LEVELS.join('・')}。何も入れなければ 校区）: `,
			(a) =>
				a === '' || (DISTRICT_LEVELS as readonly string[]).includes(a)
					? undefined
					: `${DISTRICT_LEVELS.join('・')} のどれかを書いてください（何も入れなければ 校区）`,
		)) || '校区';
	const center = await get('center', '役場のあたりの緯度,経度（例: 35.25,136.05。地理院地図で調べられます）: ', (a) => {
		const [lat, lng] = a
			.normalize('NFKC')
			.split(/[,\s]+/)
			.map(Number);
		return inJapan(lat!, lng!) ? undefined : '「35.25,136.05」のように、緯度（20〜46）,経度（122〜154）の順で書いてください';
	});
	const owner = await get('owner', 'GitHub のアカウント名（例: kawanami-shakyo）: ', (a) =>
		/^[A-Za-z0-9-]+$/.test(a) ? undefined : '英数字とハイフンで書いてください',
	);
	const repository = await get('repository', 'GitHub のリポジトリ名（例: kawanami-guide）: ', (a) =>
		/^[A-Za-z0-9._-]+$/.test(a) ? undefined : '英数字と . _ - で書いてください',
	);
	return { name, yomi, id, prefecture, code, district, center, owner, repository };
}

async function run(args: string[], io: AskingIo): Promise<number> {
	const values: Record<string, string | boolean | undefined> = readOptions({ args, options }, HELP).values;
	if (values['help']) {
		io.out(HELP);
		return 0;
	}
	/** content/, or the folder SASAEAI_CONTENT names (the tests use a temporary one). */
	const content = io.env['SASAEAI_CONTENT'] ? resolve(io.cwd, io.env['SASAEAI_CONTENT']) : join(io.cwd, 'content');
	const siteFile = join(content, 'site.yaml');
	const exists = (file: string) => existsSync(file) && !values['force'];
	if (exists(siteFile)) refuse(`${relative(io.cwd, siteFile)} はもうあります。上書きはしません（上書きするときは --force）`);
	const town = await askTown(values, io);
	const { id, district } = town;
	// Both files are decided before either is written.
	const areaFile = join(content, 'areas', `${id}.md`);
	if (exists(areaFile)) refuse(`${relative(io.cwd, areaFile)} はもうあります。上書きはしません（上書きするときは --force）`);
	mkdirSync(join(content, 'areas'), { recursive: true });
	writeFileSync(siteFile, siteYaml(town));
	writeFileSync(areaFile, municipalityArea(town));
	io.out(`content/site.yaml と content/areas/${id}.md を作りました。
つぎに:
1. 2つのファイルの "" のところ（問い合わせ先など）を書きます。
2. ${district}の境界を Shapefile・GeoJSON から作るなら: npm run import-areas -- ファイル.shp --name-field 名前の列 --level ${district}
   手で作るなら: npm run new -- --kind area --level ${district}
3. npm run check で確かめ、npm run build でサイトを作ります。`);
	return 0;
}

/** Runs `npm run init-town -- <args>`; resolves to the exit code (1: refused, nothing written). */
export async function initTownCommand(args: string[], io?: AskingIo): Promise<number> {
	return asking(io, (asked) => withRefusals(asked, () => run(args, asked)));
}
