/**
 * The files of a campaign folder: index.html, worklist.csv, sheets/<番号>.html (and .pdf, rendered by the script),
 * mail/<番号>.eml for the contacts with an e-mail address. Pure: returns paths and texts; scripts/reconfirm.ts writes
 * them. Names are numbers only, so they are valid on every system whatever the contacts are called.
 */
import { sheetNumber, type Campaign } from './campaign.ts';
import { campaignIndex, type ContactFiles } from './index-page.ts';
import { contactMail, emlText, mailtoLink } from './mail.ts';
import { contactSheet, type SheetSite } from './sheet.ts';
import { worklistCsv } from './worklist.ts';

export interface CampaignFile {
	/** Relative to the campaign folder, with / separators. */
	path: string;
	text: string;
}

export interface CampaignOutput {
	files: CampaignFile[];
	/** The sheets to render as PDF: the HTML file and the PDF to write, relative to the folder. */
	pdfs: { html: string; pdf: string }[];
}

export interface OutputOptions {
	site: SheetSite;
	/** The town's word for its areas (校区, 地区 …). */
	district: string;
	/** Whether PDFs will be made (the index links them). */
	pdf: boolean;
	/** The time written in the e-mails' Date header. */
	now: Date;
}

/** Whether a file in an existing folder is one a campaign writes (the only files `--force` replaces). */
export function isCampaignFile(path: string): boolean {
	return /^(index\.html|worklist\.csv|sheets\/\d{3,}\.(html|pdf)|mail\/\d{3,}\.eml)$/.test(path);
}

export async function campaignOutput(campaign: Campaign, { site, district, pdf, now }: OutputOptions): Promise<CampaignOutput> {
	const total = campaign.contacts.length;
	const files: CampaignFile[] = [{ path: 'worklist.csv', text: worklistCsv(campaign, district) }];
	const pdfs: CampaignOutput['pdfs'] = [];
	const links: ContactFiles[] = [];
	for (const group of campaign.contacts) {
		const n = sheetNumber(group.number, total);
		const sheet = `sheets/${n}.html`;
		files.push({ path: sheet, text: await contactSheet(group, { site, today: campaign.today, total }) });
		if (pdf) pdfs.push({ html: sheet, pdf: `sheets/${n}.pdf` });
		const mail = contactMail(group, site);
		if (mail) files.push({ path: `mail/${n}.eml`, text: emlText(mail, site.contact, now) });
		links.push({ sheet, ...(pdf ? { pdf: `sheets/${n}.pdf` } : {}), ...(mail ? { eml: `mail/${n}.eml`, mailto: mailtoLink(mail) } : {}) });
	}
	files.push({ path: 'index.html', text: campaignIndex(campaign, links, site) });
	return { files, pdfs };
}
