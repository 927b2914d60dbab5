/**
 * 「送る」 for わたしのリスト: the short message and the links that send the list's address by LINE, e-mail or SMS
 * (for phones without the Web Share API). Pure: the page (src/scripts/my-list-page.ts) shows them.
 */

/** The message sent with the list's link, in plain Japanese. */
export const shareMessage = (count: number) =>
	`わたしのリスト（${count}か所）を送ります。下のリンクを開くと、同じリストが見られます。印刷もできます。`;

export interface ShareLink {
	label: string;
	href: string;
}

/** LINE, e-mail and SMS links carrying the message and the list's address. */
export function shareLinks(url: string, count: number): ShareLink[] {
	const body = encodeURIComponent(`${shareMessage(count)}\n${url}`);
	return [
		{ label: 'LINE で送る', href: `https://line.me/R/share?text=${body}` },
		{ label: 'メールで送る', href: `mailto:?subject=${encodeURIComponent('わたしのリスト')}&body=${body}` },
		// `sms:?&body=` is read by both Android (`?body=`) and iPhone (`&body=`).
		{ label: 'ショートメッセージ（SMS）で送る', href: `sms:?&body=${body}` },
	];
}
