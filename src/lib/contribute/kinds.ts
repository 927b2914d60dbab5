/**
 * What the form offers for each kind of entry: its page, its words, the values a new entry starts with, and how
 * its file is named (the same names `npm run new` gives). Pure: used by the form pages at build time and by the
 * form script in the browser.
 */
import { entryPath, proposedName, type EntryPath, type SendableCollection } from './entry-path.ts';

export interface SendKind {
	collection: SendableCollection;
	/** The page: /send/<slug>/ (the collection's folder). */
	slug: string;
	/** 新しいサロン・通いの場を知らせる */
	title: string;
	/** One sentence under the title. */
	intro: string;
	/** For whom: everyone, or the coordinators. */
	audience: 'everyone' | 'coordinators';
	/** The label of the body text area. */
	bodyLabel: string;
	/** Values a new entry starts with (today's date where a date is asked). */
	defaults: (today: string) => Record<string, unknown>;
	/** The file for a new entry, from what was filled in. */
	fileFor: (data: Record<string, unknown>) => EntryPath | undefined;
}

const text = (v: unknown) => (typeof v === 'string' ? v : '');
const area = (data: Record<string, unknown>) => {
	if (typeof data['area'] === 'string') return data['area'];
	const areas = data['areas'];
	return Array.isArray(areas) && typeof areas[0] === 'string' ? areas[0] : '';
};
const compact = (date: string) => date.replace(/-/g, '');

export const SEND_KINDS: SendKind[] = [
	{
		collection: 'salons',
		slug: 'salons',
		title: 'サロン・通いの場',
		intro: '集まりの名前、場所、開く日と時間、問い合わせ先を入れてください。',
		audience: 'everyone',
		bodyLabel: 'くわしい説明（どんな集まりか、初めての方へのひとこと など。なくてもかまいません）',
		defaults: (today) => ({ last_confirmed: today, status: '活動中' }),
		fileFor: (d) => entryPath('salons', area(d), proposedName(area(d), text(d['yomi']), text(d['name']), 'salon')),
	},
	{
		collection: 'resources',
		slug: 'resources',
		title: '地域の資源（サービス・活動）',
		intro: '配食、見守り、移動販売、相談窓口など、地域で使えるサービスや活動を入れてください。',
		audience: 'everyone',
		bodyLabel: 'くわしい説明（なくてもかまいません）',
		defaults: (today) => ({ last_confirmed: today, status: '活動中' }),
		fileFor: (d) => entryPath('resources', area(d), proposedName(area(d), text(d['yomi']), text(d['name']), 'resource')),
	},
	{
		collection: 'volunteers',
		slug: 'volunteers',
		title: 'ボランティア募集',
		intro: '手伝ってほしいこと、日時、申し込み方を入れてください。',
		audience: 'everyone',
		bodyLabel: 'くわしい説明（なくてもかまいません）',
		defaults: (today) => ({ posted: today, last_confirmed: today, status: '活動中' }),
		fileFor: (d) => entryPath('volunteers', area(d), proposedName(area(d), text(d['yomi']), text(d['title']), 'volunteer')),
	},
	{
		collection: 'reports',
		slug: 'reports',
		title: '協議体の会議録',
		intro: 'コーディネーター向けです。参加者は団体と役割と人数で書き、個人の名前は書きません。',
		audience: 'coordinators',
		bodyLabel: '会議のまとめ（本文）',
		defaults: () => ({}),
		fileFor: (d) => entryPath('reports', area(d), `${text(d['date']) || 'date'}-${area(d)}-council`),
	},
	{
		collection: 'localIssues',
		slug: 'local-issues',
		title: '地域課題',
		intro: 'コーディネーター向けです。個人が特定される書き方はしません。',
		audience: 'coordinators',
		bodyLabel: '課題の説明（本文）',
		defaults: (today) => ({ raised: today, status: '提起', history: [{ date: today, status: '提起' }] }),
		fileFor: (d) => entryPath('localIssues', area(d), `${area(d)}-kadai-${compact(text(d['raised']) || 'date')}`),
	},
];

export const kindBySlug = (slug: string) => SEND_KINDS.find((k) => k.slug === slug);
export const kindOf = (collection: SendableCollection) => SEND_KINDS.find((k) => k.collection === collection)!;
