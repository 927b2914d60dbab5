/**
 * An entry as residents see it, for the sheets and e-mails a provider checks: name, when (the site's own
 * describeSchedule wording), where, phone, cost; and the address of its confirm form,
 * `<site_url><base>send/<kind>/?confirm=<id>`. Pure.
 */
import type { Schedule } from '../../schemas/schedule.ts';
import { formatCost } from '../format.ts';
import { describePeriod, describeSchedule } from '../schedule/describe.ts';
import { KINDS } from '../kinds.ts';
import { absoluteUrl, withBase } from '../urls.ts';
import type { ConfirmEntry } from './entries.ts';

export interface SiteAddress {
	site_url: string;
	base: string;
}

/** The confirm form of an entry, before the base path: /send/salons/?confirm=aoba/aoba-yuuhi-cafe. */
export const confirmPath = (entry: Pick<ConfirmEntry, 'collection' | 'id'>) =>
	`/send/${KINDS[entry.collection].folder}/?confirm=${entry.id}`;

/**
 * The confirm form of an entry under the site's base path. The URL helpers add the base the build was made with;
 * outside a build (this runs in npm scripts) they add none, so the base from site.yaml goes into the root here.
 */
export function confirmUrl(site: SiteAddress, entry: Pick<ConfirmEntry, 'collection' | 'id'>): string {
	const builtWithBase = withBase('/') !== '/';
	const root = builtWithBase ? site.site_url : `${site.site_url.replace(/\/$/, '')}${site.base.replace(/\/$/, '')}`;
	return absoluteUrl(root, confirmPath(entry));
}

/** The fields the view reads, whichever kind the entry is. */
interface ViewData {
	schedule?: Schedule;
	place?: { name: string; address: string };
	cost?: Parameters<typeof formatCost>[0];
	when?: string;
	commitment?: string;
	how_to_apply?: string;
}

export interface ViewLine {
	label: string;
	value: string;
}

/** 「第2・第4水曜 13:30〜15:00（祝日は休み）。雨の日は中止。2026年4月1日から」 */
function when(schedule: Schedule | undefined): string {
	if (!schedule) return '問い合わせ先にご確認ください';
	return [describeSchedule(schedule), schedule.note, describePeriod(schedule)].filter(Boolean).join('。');
}

/** The lines a resident reads about an entry, in the order of its page. */
export function residentView(entry: ConfirmEntry): ViewLine[] {
	const d = entry.data as ViewData;
	const reach = [
		entry.contact.tel && `電話 ${entry.contact.tel}`,
		entry.contact.email && `メール ${entry.contact.email}`,
		!entry.contact.tel && !entry.contact.email && entry.contact.url,
	]
		.filter(Boolean)
		.join('　');
	const lines: ViewLine[] = [];
	if (entry.collection === 'volunteers') {
		lines.push({ label: 'いつ', value: `${d.when}（${d.commitment}）` });
		lines.push({ label: 'どこで', value: entry.areaNames.join('・') });
	} else {
		lines.push({ label: 'いつ', value: when(d.schedule) });
		lines.push({ label: 'どこで', value: d.place ? `${d.place.name}（${d.place.address}）` : entry.areaNames.join('・') });
	}
	lines.push({ label: '問い合わせ', value: `${entry.contact.name}　${reach}` });
	if (entry.collection !== 'volunteers') lines.push({ label: '費用', value: formatCost(d.cost) });
	lines.push({ label: '申し込み', value: d.how_to_apply ?? '' });
	if (entry.status !== '活動中') lines.push({ label: 'いまの状況', value: entry.status });
	return lines;
}
