/** The site's feeds: meeting reports and volunteer openings, for the whole municipality or one area. */
import { areaName, areasTopDown, reportsOf, reports, site, volunteers, volunteersFor } from './content.ts';
import { atomFeed } from '../atom.ts';
import { formatDateLong } from '../format.ts';
import { absoluteUrl, entryRoute } from '../urls.ts';

const abs = (path: string) => absoluteUrl(site.site_url, path);

export function reportsFeed(areaId?: string): string {
	const list = areaId ? reportsOf(areaId) : reports;
	const where = areaId ? areaName(areaId) : site.municipality;
	return atomFeed({
		self: abs(areaId ? `/feeds/${areaId}/reports.xml` : '/feeds/reports.xml'),
		page: abs(areaId ? entryRoute('areas', areaId) : '/reports/'),
		title: `${where}の協議体の会議録｜${site.title}`,
		author: site.contact.name,
		entries: list.map((r) => ({
			url: abs(entryRoute('reports', r.id)),
			title: r.data.title,
			date: r.data.date,
			summary: `${formatDateLong(r.data.date)} 議題: ${r.data.agenda.join('／')}`,
		})),
	});
}

export function volunteersFeed(areaId?: string): string {
	const list = areaId ? [...volunteersFor(areaId).local, ...volunteersFor(areaId).wider] : volunteers;
	const where = areaId ? areaName(areaId) : site.municipality;
	return atomFeed({
		self: abs(areaId ? `/feeds/${areaId}/volunteers.xml` : '/feeds/volunteers.xml'),
		page: abs(areaId ? entryRoute('areas', areaId) : '/volunteers/'),
		title: `${where}のボランティア募集｜${site.title}`,
		author: site.contact.name,
		entries: list
			.filter((v) => v.data.status === '活動中')
			.map((v) => ({
				url: abs(entryRoute('volunteers', v.id)),
				title: v.data.title,
				date: v.data.posted,
				summary: `${v.data.summary} ${v.data.when}`,
			})),
	});
}

/** Every area has its feeds (each area page links them in its <head>). */
export const feedAreas = () => areasTopDown;
