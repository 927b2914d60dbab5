/**
 * What the form offers for each kind of entry: its page, its words, the values a new entry starts with, and how
 * its file is named (the same names `npm run new` gives). Read from the table of kinds (src/lib/kinds.ts). Pure:
 * used by the form pages at build time and by the form script in the browser.
 */
import type { AreaKind } from '../../schemas/taxonomy.ts';
import { formKinds, type Kind, type KindForm, type SendableKey } from '../kinds.ts';
import { entryPath, type EntryPath, type SendableCollection } from './entry-path.ts';

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
	/** The kinds of area its area list offers. */
	areaKinds: readonly AreaKind[];
}

const area = (data: Record<string, unknown>) => {
	if (typeof data['area'] === 'string') return data['area'];
	const areas = data['areas'];
	return Array.isArray(areas) && typeof areas[0] === 'string' ? areas[0] : '';
};

/** A kind's form, as the form pages and script use it. */
export function sendKind(kind: Kind & { form: KindForm }): SendKind {
	const { form } = kind;
	return {
		collection: kind.key as SendableCollection,
		slug: kind.folder,
		title: form.title ?? kind.label,
		intro: form.intro,
		audience: form.audience,
		bodyLabel: form.bodyLabel,
		defaults: form.defaults,
		fileFor: (d) => entryPath(kind.key as SendableCollection, area(d), form.fileName(d, area(d))),
		areaKinds: form.areaKinds ?? kind.areas?.kinds ?? [],
	};
}

export const SEND_KINDS: SendKind[] = formKinds().map(sendKind);

export const kindBySlug = (slug: string) => SEND_KINDS.find((k) => k.slug === slug);
export const kindOf = (collection: SendableKey) => SEND_KINDS.find((k) => k.collection === collection)!;
