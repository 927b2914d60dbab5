/**
 * The ready e-mail to a contact with an address: plain Japanese, its entries as residents see them with each one's
 * confirm link, never YAML. As an .eml file (RFC 5322 with MIME: UTF-8 text in base64, the subject and names as
 * RFC 2047 encoded words, CRLF, `X-Unsent: 1` so mail programs open it as a draft to send) and as a mailto: link.
 * Pure.
 */
import { formatDateLong } from '../format.ts';
import { stripForbidden } from '../safety/text-policy.ts';
import type { ContactGroup } from './campaign.ts';
import type { SheetSite } from './sheet.ts';
import { confirmUrl, residentView } from './view.ts';

export interface Mail {
	to: string;
	subject: string;
	body: string;
}

/** One line for a header: nothing that could end it or start another. */
const headerText = (s: string) => stripForbidden(s, true).replace(/[\r\n]+/g, ' ');

export function contactMail(group: ContactGroup, site: SheetSite): Mail | undefined {
	const to = group.contact.email;
	if (!to) return undefined;
	const c = site.contact;
	const entries = group.entries.map((e) => {
		const lines = [...residentView(e), { label: '前回の確認', value: formatDateLong(e.lastConfirmed) }].map(
			(l) => `　${l.label}: ${l.value}`,
		);
		return [`■ ${e.name}`, ...lines, `　確認のページ: ${confirmUrl(site, e)}`].join('\n');
	});
	const signature = [c.name, c.tel && `電話 ${c.tel}${c.hours ? `（${c.hours}）` : ''}`, c.email && `メール ${c.email}`]
		.filter(Boolean)
		.join('\n');
	const body = [
		`${group.contact.name} ご担当者さま`,
		'',
		`いつもありがとうございます。${c.name}です。`,
		`「${site.title}」に、次の${group.entries.length}件の情報をのせています。${site.municipality}では、年に一度、のせている情報がいまも正しいかを確かめています。`,
		'',
		...entries.flatMap((e) => [e, '']),
		'それぞれの「確認のページ」を開いて「このままで正しい」を押すか、このメールに「このままで正しい」とお返事ください。',
		'変わったところ、お休みしている・終わった集まりがあれば、お返事に書いてください。',
		'',
		'よろしくお願いいたします。',
		'',
		signature,
	].join('\n');
	return { to, subject: `【${site.title}】のせている情報の確認のお願い（${group.contact.name}）`, body };
}

/**
 * RFC 2047 encoded words, split between characters, folded onto continuation lines: 39 bytes of UTF-8 make 52
 * characters of base64, 64 with =?UTF-8?B? and ?=, so a header line stays within 78 characters.
 */
export function encodedWords(text: string): string {
	const words: string[] = [];
	let chunk = '';
	for (const char of headerText(text)) {
		if (Buffer.byteLength(chunk + char) > 39) {
			words.push(chunk);
			chunk = '';
		}
		chunk += char;
	}
	if (chunk) words.push(chunk);
	return words.map((w) => `=?UTF-8?B?${Buffer.from(w, 'utf8').toString('base64')}?=`).join('\r\n ');
}

/** The .eml file: headers, a blank line, the body in base64 lines of 76 characters. */
export function emlText(mail: Mail, from: { name: string; email?: string | undefined } | undefined, date: Date): string {
	const body = Buffer.from(mail.body.replace(/\r?\n/g, '\r\n'), 'utf8').toString('base64').replace(/.{76}/g, '$&\r\n').replace(/\r\n$/, '');
	const headers = [
		from?.email ? `From: ${encodedWords(from.name)}\r\n <${headerText(from.email)}>` : undefined,
		`To: ${headerText(mail.to)}`,
		`Subject: ${encodedWords(mail.subject)}`,
		`Date: ${date.toUTCString().replace(/GMT$/, '+0000')}`,
		'MIME-Version: 1.0',
		'Content-Type: text/plain; charset=UTF-8',
		'Content-Transfer-Encoding: base64',
		'X-Unsent: 1',
	].filter(Boolean);
	return `${headers.join('\r\n')}\r\n\r\n${body}\r\n`;
}

/** mailto: with the subject and body, for the index page. */
export function mailtoLink(mail: Mail): string {
	const q = (s: string) => encodeURIComponent(s.replace(/\r?\n/g, '\r\n'));
	return `mailto:${encodeURIComponent(headerText(mail.to)).replace(/%40/g, '@')}?subject=${q(mail.subject)}&body=${q(mail.body)}`;
}
