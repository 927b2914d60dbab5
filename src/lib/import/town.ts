/**
 * The town an import writes into: its site.yaml, its municipality area and 校区. Placeholders init-town leaves
 * (`contact.name: ""`) are named with what to fill, never a stack trace. Also which municipality a row belongs to,
 * for --only-town.
 */
import type { AreaData } from '../../schemas/areas.ts';
import type { SiteConfig } from '../../schemas/site.ts';
import { areaKind, type AreaLevel } from '../../schemas/taxonomy.ts';
import { loadContent } from '../content-files.ts';
import { pointInBoundary } from '../geo.ts';
import { loadSiteConfig } from '../site-config.ts';
import { InputError } from './plan-error.ts';

export interface Town {
	site: SiteConfig;
	cityArea: string;
	districtIds: string[];
	districtAt: (lat: number, lng: number) => string | undefined;
	/** https://…/base/: links to our own pages. */
	siteUrl: string;
}

const FILL =
	'npm run init-town のあと、まだ書いていない項目があります。次の項目を書いてから、もう一度 npm run import してください（npm run check でも確かめられます）:';

export function loadTown(root: string, cwd: string, area: string | undefined): Town {
	let site: SiteConfig;
	try {
		site = loadSiteConfig(root);
	} catch (error) {
		const lines = (error as Error).message.split('\n').slice(1);
		throw new InputError(`${FILL}\n${lines.map((l) => `  ${l}`).join('\n')}`);
	}
	const loaded = loadContent(root, { displayRoot: cwd });
	const areas = loaded.entries.filter((e) => e.collection === 'areas');
	const districts = areas.filter((a) => areaKind(a.data['level'] as AreaLevel) === 'district');
	const city = areas.find((a) => areaKind(a.data['level'] as AreaLevel) === 'top');
	if (!city) {
		const areaProblems = loaded.problems.filter((p) => p.severity === 'error' && /areas\//.test(p.file));
		if (areaProblems.length)
			throw new InputError(
				`${FILL}\n${areaProblems.map((p) => `  ${p.file}${p.line ? `:${p.line}` : ''} ${p.field ?? ''}: ${p.message}`).join('\n')}`,
			);
		throw new InputError(`${root}/areas/ に市町村の地域ファイル（level: 市・町・村・区）がありません（npm run init-town で作れます）`);
	}
	if (area && !districts.some((d) => d.id === area))
		throw new InputError(
			`--area「${area}」という${districts[0]?.data['level'] ?? '校区'}はありません。使える id: ${districts.map((d) => d.id).join('、')}`,
		);
	const districtAt = (lat: number, lng: number) =>
		districts.find(
			(d) => (d.data as unknown as AreaData).boundary && pointInBoundary({ lat, lng }, (d.data as unknown as AreaData).boundary!),
		)?.id;
	return {
		site,
		cityArea: city.id,
		districtIds: districts.map((d) => d.id),
		districtAt,
		siteUrl: `${site.site_url.replace(/\/$/, '')}${site.base ?? '/'}`,
	};
}

/** The site's municipality code is a real one (init-town writes 000000 when it was not given). */
export const hasCode = (site: SiteConfig) => /^\d{6}$/.test(site.municipality_code ?? '') && !/^0+$/.test(site.municipality_code ?? '');

const fold = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

/**
 * Whether a row is the site's municipality, by its 市区町村名 (a ward of the city counts: さいたま市大宮区) or, without
 * one, by the first five digits of its code; for a prefecture's site (code NN000C), by its 都道府県 or the code's
 * first two digits. Undefined when the row says neither.
 */
export function inTown(site: SiteConfig, cells: { municipality: string; code: string; prefecture: string }): boolean | undefined {
	const code = cells.code.normalize('NFKC').replace(/\D/g, '');
	if (/^\d{2}000\d$/.test(site.municipality_code)) {
		if (fold(cells.prefecture)) return fold(cells.prefecture) === fold(site.municipality);
		return code.length >= 2 ? code.slice(0, 2) === site.municipality_code.slice(0, 2) : undefined;
	}
	const name = fold(cells.municipality);
	if (name) return name === fold(site.municipality) || name.startsWith(fold(site.municipality));
	if (code.length >= 5 && hasCode(site)) return code.slice(0, 5) === site.municipality_code.slice(0, 5);
	return undefined;
}
