/**
 * The A4 sheet sent to (or read over the phone with) one contact: each of its entries as residents see it, a
 * 「このままで正しい ☐」 box and room to write what changed, a QR code opening that entry's confirm form, and whom to
 * return the sheet to (the site's contact in site.yaml). Printable HTML with no script; every printed text at least
 * 12 pt. QR codes are inline SVG made by the `qrcode` library. Pure but for being async (the library's API).
 *
 * `allSheets` puts every contact's sheet in one page, each starting on a new A4 sheet of paper (print CSS page
 * breaks): the script renders it as one sheets.pdf with a single Chromium call, which is what makes a town of a
 * thousand entries take seconds rather than an hour (one PDF per sheet embedded the Japanese font each time).
 */
import QRCode from 'qrcode';
import type { SiteConfig } from '../../schemas/site.ts';
import { formatDateLong } from '../format.ts';
import type { ContactGroup } from './campaign.ts';
import { sheetNumber } from './campaign.ts';
import { esc, page } from './html.ts';
import { confirmUrl, residentView } from './view.ts';

export type SheetSite = Pick<SiteConfig, 'title' | 'municipality' | 'site_url' | 'base' | 'contact'>;

export interface SheetContext {
	site: SheetSite;
	today: string;
	/** How many contacts the campaign has (for the width of the numbers). */
	total: number;
}

const SHEET_STYLE = `
.intro { margin-bottom: 8pt; }
.entry { border: 1.5px solid #000; padding: 6pt 8pt; margin: 0 0 8pt; break-inside: avoid; page-break-inside: avoid; }
.entry-main { display: flex; gap: 8pt; align-items: flex-start; }
.entry-main table { flex: 1; }
.entry-main th { width: 6.5em; white-space: nowrap; }
.qr { flex: none; width: 32mm; margin: 0; text-align: center; }
.qr svg { display: block; width: 32mm; height: 32mm; background: #fff; }
.qr figcaption { font-size: 12pt; line-height: 1.3; }
.url { word-break: break-all; }
.answer { font-size: 13pt; margin: 6pt 0 2pt; }
.box { font-size: 16pt; }
.changes { border: 1px solid #555; min-height: 26mm; padding: 2pt 5pt; background: repeating-linear-gradient(transparent, transparent 7.6mm, #bbb 7.6mm, #bbb calc(7.6mm + 1px)); }
.return { border: 2px solid #000; padding: 6pt 8pt; break-inside: avoid; page-break-inside: avoid; }
.meta { margin-top: 6pt; }
.sheet + .sheet { break-before: page; page-break-before: always; }
`;

function returnAddress(site: SheetSite, number: string): string {
	const c = site.contact;
	const ways = [c.tel && `電話 ${c.tel}`, c.fax && `FAX ${c.fax}`, c.email && `メール ${c.email}`].filter(Boolean).join('　');
	return `<section class="return" aria-labelledby="return-${number}">
<h2 id="return-${number}">お返しいただく先</h2>
<p><strong>${esc(c.name)}</strong>　${esc(ways)}${c.hours ? `（${esc(c.hours)}）` : ''}</p>
<p>ご記入のうえ、郵送・FAX・手渡しでお返しください。お電話でお知らせいただいても、QR コードのページから送っていただいてもかまいません。</p>
<p>確かめた日　　　　年　　　月　　　日　　団体名・役職　　　　　　　　　　　　　</p>
</section>`;
}

/** One entry's block: what residents read, the boxes to tick, the room to write, the QR code of its confirm form. */
async function entryBlock(group: ContactGroup, index: number, site: SheetSite): Promise<string> {
	const entry = group.entries[index]!;
	const url = confirmUrl(site, entry);
	const qr = await QRCode.toString(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
	const rows = [...residentView(entry), { label: '前回の確認', value: formatDateLong(entry.lastConfirmed) }]
		.map((l) => `<tr><th scope="row">${esc(l.label)}</th><td>${esc(l.value)}</td></tr>`)
		.join('\n');
	return `<section class="entry" data-ref="${esc(entry.ref)}">
<h2>${index + 1}. ${esc(entry.name)}</h2>
<div class="entry-main">
<table>
${rows}
</table>
<figure class="qr" data-url="${esc(url)}">${qr}<figcaption>確認のページ</figcaption></figure>
</div>
<p class="url">確認のページ: ${esc(url)}</p>
<p class="answer"><span class="box" aria-hidden="true">☐</span> このままで正しい　　<span class="box" aria-hidden="true">☐</span> いまはお休みしている　　<span class="box" aria-hidden="true">☐</span> 終わった</p>
<div class="changes"><p>変わったところ（日時・場所・電話・費用など）</p></div>
</section>`;
}

/** What one contact's sheet holds, as an <article> starting on a new page when printed after another. */
async function sheetBody(group: ContactGroup, { site, today, total }: SheetContext): Promise<string> {
	const blocks = await Promise.all(group.entries.map((_, i) => entryBlock(group, i, site)));
	const number = sheetNumber(group.number, total);
	return `<article class="sheet" data-sheet="${number}">
<h1>掲載している情報の確認のお願い</h1>
<p><strong>${esc(group.contact.name)}</strong> 御中</p>
<div class="intro">
<p>いつもありがとうございます。「${esc(site.title)}」に、次の${group.entries.length}件の情報をのせています。${esc(site.municipality)}では、年に一度、のせている情報がいまも正しいかを確かめています。</p>
<p>それぞれについて、正しければ「このままで正しい」に印をつけてください。変わったところがあれば、その下の欄に書いてください。</p>
</div>
${blocks.join('\n')}
${returnAddress(site, number)}
<p class="meta">整理番号 ${number}　作成 ${formatDateLong(today)}</p>
</article>`;
}

/** The sheet of one contact, as a whole HTML page. */
export async function contactSheet(group: ContactGroup, context: SheetContext): Promise<string> {
	return page(
		`${sheetNumber(group.number, context.total)} ${group.contact.name} 確認のお願い`,
		SHEET_STYLE,
		await sheetBody(group, context),
	);
}

/** Every contact's sheet in one page, in the campaign's order, each on its own A4 pages when printed. */
export async function allSheets(groups: readonly ContactGroup[], context: SheetContext): Promise<string> {
	const bodies = await Promise.all(groups.map((g) => sheetBody(g, context)));
	return page(`${context.site.title} 確認のお願い（全${groups.length}枚）`, SHEET_STYLE, bodies.join('\n'));
}
