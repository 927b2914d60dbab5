/**
 * The files of a campaign folder: index.html, worklist.csv, sheets/<番号>.html, sheets.html (every sheet in one page,
 * each on its own A4 pages; rendered by the script as sheets.pdf), mail/<番号>.eml for the contacts with an e-mail address. Pure: returns paths and texts; scripts/reconfirm.ts writes
 * them. Names are numbers only, so they are valid on every system whatever the contacts are called.
 */
import { sheetNumber, type Campaign } from './campaign.ts';
import { campaignIndex, type ContactFiles } from './index-page.ts';
import { contactMail, emlText, mailtoLink } from './mail.ts';
import { allSheets, contactSheet, type SheetSite } from './sheet.ts';
import { worklistCsv } from './worklist.ts';

export interface CampaignFile {
	/** Relative to the campaign folder, with / separators. */
	path: string;
	text: string;
}

export interface CampaignOutput {
	files: CampaignFile[];
	/** The page of all sheets to render as one PDF, and the PDF to write, relative to the folder; none without sheets or with --no-pdf. */
	pdf?: { html: string; pdf: string };
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
	return /^(index\.html|worklist\.csv|sheets\.(html|pdf)|sheets\/\d{3,}\.(html|pdf)|mail\/\d{3,}\.eml)$/.test(path);
}

export async function campaignOutput(campaign: Campaign, { site, district, pdf, now }: OutputOptions): Promise<CampaignOutput> {
	const total = campaign.contacts.length;
	const files: CampaignFile[] = [{ path: 'worklist.csv', text: worklistCsv(campaign, district) }];
	const links: ContactFiles[] = [];
	for (const group of campaign.contacts) {
		const n = sheetNumber(group.number, total);
		const sheet = `sheets/${n}.html`;
		files.push({ path: sheet, text: await contactSheet(group, { site, today: campaign.today, total }) });
		const mail = contactMail(group, site);
		if (mail) files.push({ path: `mail/${n}.eml`, text: emlText(mail, site.contact, now) });
		links.push({ sheet, ...(mail ? { eml: `mail/${n}.eml`, mailto: mailtoLink(mail) } : {}) });
	}
	const combined = total > 0 ? { html: 'sheets.html', pdf: 'sheets.pdf' } : undefined;
	if (combined) files.push({ path: combined.html, text: await allSheets(campaign.contacts, { site, today: campaign.today, total }) });
	files.push({
		path: 'index.html',
		text: campaignIndex(campaign, links, site, combined && { html: combined.html, ...(pdf ? { pdf: combined.pdf } : {}) }),
	});
	return { files, ...(pdf && combined ? { pdf: combined } : {}) };
}
