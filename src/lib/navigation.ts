/**
 * The site's navigation, read from the table of kinds (src/lib/kinds.ts): the header lists today's gatherings,
 * the areas, the places, the fields, then the other kinds; the footer links the kinds kept for coordinators.
 * Pure; src/layouts/Layout.astro renders it.
 */
import { KIND_LIST, type Kind } from './kinds.ts';
import { withBase } from './urls.ts';

export interface NavItem {
	/** The Layout's `section` this item is current for. */
	key: string;
	href: string;
	label: string;
}

const kindItem = (kind: Kind): NavItem => ({ key: kind.key, href: withBase(`/${kind.folder}/`), label: kind.label });

/** The header's items: 今日・今週, 〜から探す (the town's word for its areas), the places, 分野から探す, the rest. */
export function headerNavigation(districtTerm: string, kinds: readonly Kind[] = KIND_LIST): NavItem[] {
	const listed = kinds.filter((k) => k.nav === 'header');
	return [
		{ key: 'today', href: withBase('/today/'), label: '今日・今週' },
		{ key: 'areas', href: withBase('/areas/'), label: `${districtTerm}から探す` },
		...listed.filter((k) => k.place).map(kindItem),
		{ key: 'fields', href: withBase('/fields/'), label: '分野から探す' },
		...listed.filter((k) => !k.place).map(kindItem),
	];
}

/** The kinds linked from the footer (地域課題). */
export function footerKindLinks(kinds: readonly Kind[] = KIND_LIST): NavItem[] {
	return kinds.filter((k) => k.nav === 'footer').map(kindItem);
}
