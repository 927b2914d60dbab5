/**
 * index.html of a campaign, for the coordinator: what it holds (contacts, entries, how many can be e-mailed), how
 * to go about it, and a row per contact with its phone, its entries, the longest wait, and links to its sheet (HTML
 * page), its .eml and a mailto: link; and every sheet at once (sheets.html, sheets.pdf) for printing. Pure.
 */
import { formatDateLong } from '../format.ts';
import { sheetNumber, type Campaign } from './campaign.ts';
import { esc, page } from './html.ts';

export interface ContactFiles {
	sheet: string;
	eml?: string;
	mailto?: string;
}

const STYLE = `
h1 { margin-top: 0; }
.summary { font-size: 13pt; }
ol.steps li { margin-bottom: 4pt; }
td ul { margin: 0; padding-left: 1.2em; }
td a { display: inline-block; min-height: 44px; padding: 8px 4px; }
.nowrap { white-space: nowrap; }
.email { word-break: break-all; }
`;

function heading(campaign: Campaign, title: string): string {
	const share = campaign.month
		? `${Number(campaign.month.slice(0, 4))}年${Number(campaign.month.slice(5))}月の分（${formatDateLong(campaign.asOf)}の時点で`
		: `${formatDateLong(campaign.asOf)}の時点で`;
	return `${esc(title)}　情報の確認　${esc(share)}${campaign.dueMonths}か月以上確認していないもの${campaign.month ? '）' : ''}`;
}

export function campaignIndex(
	campaign: Campaign,
	files: readonly ContactFiles[],
	site: { title: string },
	all?: { html: string; pdf?: string },
): string {
	const total = campaign.contacts.length;
	const entries = campaign.contacts.reduce((n, g) => n + g.entries.length, 0);
	const mailable = campaign.contacts.filter((g) => g.contact.email).length;
	const rows = campaign.contacts.map((g, i) => {
		const f = files[i]!;
		const links = [
			`<a href="${esc(f.sheet)}">シート</a>`,
			f.eml && `<a href="${esc(f.eml)}">メール（.eml）</a>`,
			f.mailto && `<a href="${esc(f.mailto)}">メールを書く</a>`,
		].filter(Boolean);
		return `<tr><td>${sheetNumber(g.number, total)}</td><td>${esc(g.contact.name)}</td><td class="nowrap">${esc(g.contact.tel ?? '')}</td><td class="email">${esc(g.contact.email ?? '')}</td><td><ul>${g.entries
			.map((e) => `<li>${esc(e.name)}（<span class="nowrap">${esc(e.lastConfirmed)}</span>）</li>`)
			.join('')}</ul></td><td>${links.join('<br>')}</td></tr>`;
	});
	const body = `<h1>${heading(campaign, site.title)}</h1>
<p class="summary">連絡先 ${total} か所、情報 ${entries} 件（うちメールで送れる連絡先 ${mailable} か所）。作成 ${esc(formatDateLong(campaign.today))}。</p>
<ol class="steps">
<li><a href="worklist.csv">worklist.csv</a>（電話で確かめる人の一覧）を Excel などで開き、上から順に電話します。</li>
<li>電話しにくいところには、シートを印刷して郵送するか手渡しします${all ? `（すべてのシートを一度に印刷するなら ${all.pdf ? `<a href="${esc(all.pdf)}">${esc(all.pdf)}</a>（PDF）か ` : ''}<a href="${esc(all.html)}">${esc(all.html)}</a>。連絡先ごとに新しい紙から始まります）` : ''}。メールアドレスのあるところには、メールを送れます。</li>
<li>わかったことを worklist.csv の「結果」（○・休止・終了・再開）と「確認日」に書き、<code>npm run confirmed -- --from worklist.csv</code> で記録します。</li>
</ol>
${
	total === 0
		? '<p>いま確かめる必要のある情報はありません。</p>'
		: `<table>
<thead><tr><th scope="col">番号</th><th scope="col">連絡先</th><th scope="col">電話</th><th scope="col">メール</th><th scope="col">情報（前回の確認）</th><th scope="col">ファイル</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>`
}`;
	return page(`${site.title} 情報の確認`, STYLE, body);
}
