/**
 * npm run reconfirm as a function (what it does: scripts/reconfirm.ts): the script runs it for a coordinator,
 * scripts/reconfirm.test.ts in its own process on a town of its own.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AreaData } from '../../src/schemas/areas.ts';
import { contentDir, SAMPLE_NOTICE, usingSampleCity } from '../../src/lib/content-dir.ts';
import { loadContent } from '../../src/lib/content-files.ts';
import { DEFAULT_DUE_MONTHS, isMonth, planCampaign } from '../../src/lib/reconfirm/campaign.ts';
import { confirmEntries } from '../../src/lib/reconfirm/entries.ts';
import { campaignOutput, isCampaignFile } from '../../src/lib/reconfirm/files.ts';
import { buildDate } from '../../src/lib/freshness.ts';
import { loadSiteConfig } from '../../src/lib/site-config.ts';
import { townTerms } from '../../src/lib/town-terms.ts';
import { launch } from './chromium.ts';

import { CONSOLE, readOptions, refuse, withRefusals, type CommandIo } from './command-io.ts';

const HELP = `使い方: npm run reconfirm [-- オプション]

しばらく確認していない情報（サロン・通いの場、地域の資源、ボランティア募集）を選び、確かめてくれる連絡先
（団体とその電話・メール）ごとにまとめて、1つのフォルダに書きます:
  index.html     全体の一覧（コーディネーター用）
  worklist.csv   電話で確かめる人の一覧（Excel で開けます。「結果」と「確認日」を書きこみます）
  sheets/        連絡先ごとの A4 の確認シート（HTML）
  sheets.pdf     すべてのシートを1つにした PDF（連絡先ごとに新しい紙から始まります。sheets.html も同じ内容）
  mail/          メールアドレスのある連絡先へのメール（.eml）

オプション:
  --due-months N   N か月以上確認していないものを選びます（ふつうは ${DEFAULT_DUE_MONTHS}）
  --month 年-月    その月の分だけにします（例: 2027-04）。連絡先ごとに決まった月に分けて、1年の仕事を
                   12か月に分けます。1年以上確認していないものは、どの月にも入ります
  --out フォルダ   書くフォルダ（ふつうは reconfirm-今日の日付）
  --force          フォルダがもうあるとき、前に作ったファイルを置きかえます
  --no-pdf         PDF を作りません（HTML はブラウザで開いて印刷できます）
  --help           この説明

記録は npm run confirmed で行います（docs/reconfirm.md）。`;

/** Every file under `dir`, relative to it with / separators. */
const filesUnder = (dir: string): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
		d.isDirectory() ? filesUnder(join(dir, d.name)).map((f) => `${d.name}/${f}`) : [d.name],
	);

async function run(args: string[], io: CommandIo): Promise<number> {
	const { values } = readOptions(
		{
			args,
			options: {
				'due-months': { type: 'string' },
				month: { type: 'string' },
				out: { type: 'string' },
				force: { type: 'boolean' },
				'no-pdf': { type: 'boolean' },
				help: { type: 'boolean', short: 'h' },
			},
		},
		HELP,
	);
	if (values.help) {
		io.out(HELP);
		return 0;
	}
	const today = buildDate(io.env);
	const dueMonths = values['due-months'] === undefined ? DEFAULT_DUE_MONTHS : Number(values['due-months']);
	if (!Number.isInteger(dueMonths) || dueMonths < 1 || dueMonths > 120)
		refuse(`--due-months は 1 から 120 までの整数（月の数）で書いてください（「${values['due-months']}」とあります）`);
	if (values.month !== undefined && !isMonth(values.month))
		refuse(`--month は 2027-04 のように「年-月」で書いてください（「${values.month}」とあります）`);
	const out = resolve(io.cwd, values.out ?? `reconfirm-${today}`);

	if (existsSync(out)) {
		if (!statSync(out).isDirectory()) refuse(`${relative(io.cwd, out) || out} はフォルダではありません。--out で別の名前にしてください`);
		if (!values.force)
			refuse(
				`${relative(io.cwd, out)} はもうあります。前に作ったものを置きかえるなら --force を、別に作るなら --out で別の名前をつけてください`,
			);
		// Only the files a campaign writes are replaced: a folder named by mistake keeps everything else.
		for (const file of filesUnder(out).filter(isCampaignFile)) rmSync(join(out, file));
	}

	if (usingSampleCity(io.env, io.cwd)) io.out(`${SAMPLE_NOTICE}\n`);
	const started = performance.now();
	const root = contentDir(io.env, io.cwd);
	const site = loadSiteConfig(root);
	const { entries, problems } = loadContent(root);
	const broken = new Set(problems.filter((p) => p.severity === 'error').map((p) => p.file)).size;
	const areas = entries.filter((e) => e.collection === 'areas').map((e) => (e.data as unknown as AreaData).level);
	const terms = townTerms(site.municipality, areas, site.district_term);
	const campaign = planCampaign(confirmEntries(entries), { today, dueMonths, ...(values.month ? { month: values.month } : {}) });
	const output = await campaignOutput(campaign, { site, district: terms.district, pdf: !values['no-pdf'], now: new Date() });

	for (const file of output.files) {
		mkdirSync(join(out, file.path, '..'), { recursive: true });
		writeFileSync(join(out, file.path), file.text);
	}
	let pdfNote = '';
	if (output.pdf) {
		try {
			const browser = await launch();
			const page = await browser.newPage();
			// One PDF for every sheet, in one call: Chromium embeds the Japanese font once, not once per sheet.
			await page.goto(pathToFileURL(join(out, output.pdf.html)).href);
			await page.pdf({ path: join(out, output.pdf.pdf), format: 'A4', preferCSSPageSize: true, printBackground: true });
			await browser.close();
		} catch (error) {
			pdfNote = `\nPDF は作れませんでした（${(error as Error).message.split('\n')[0]}）。sheets.html をブラウザで開いて印刷できます。`;
		}
	}

	const count = campaign.contacts.reduce((n, g) => n + g.entries.length, 0);
	const mails = output.files.filter((f) => f.path.startsWith('mail/')).length;
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	io.out(
		[
			`${relative(io.cwd, out)}/ に書きました（${seconds} 秒）。`,
			`確認する情報 ${count} 件、連絡先 ${campaign.contacts.length} か所（シート ${campaign.contacts.length} 枚${output.pdf && !pdfNote ? `・まとめて印刷する ${output.pdf.pdf}` : ''}、メール ${mails} 通）。`,
			broken ? `誤りのあるファイルが ${broken} 件あり、入っていません。npm run check で確かめてください。` : '',
			`まず ${relative(io.cwd, join(out, 'index.html'))} を開いてください。`,
		]
			.filter(Boolean)
			.join('\n') + pdfNote,
	);
	return 0;
}

/** Runs `npm run reconfirm -- <args>`; resolves to the exit code (1: refused, nothing written). */
export async function reconfirmCommand(args: string[], io: CommandIo = CONSOLE): Promise<number> {
	return withRefusals(io, () => run(args, io));
}
