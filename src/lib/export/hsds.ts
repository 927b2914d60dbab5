/**
 * Open Referral HSDS 3.0: organizations, services, locations, service_at_locations and schedules, as JSON that
 * validates against the official schemas. Ids are UUIDs derived from entry ids (stable across rebuilds).
 */
import type { ResourceData } from '../../schemas/resources.ts';
import type { SalonData } from '../../schemas/salons.ts';
import type { ScheduleRule, Schedule } from '../../schemas/schedule.ts';
import type { SiteConfig } from '../../schemas/site.ts';
import { formatCost } from '../format.ts';
import { describeSchedule } from '../schedule/describe.ts';
import { nextOccurrences } from '../schedule/occurrences.ts';
import { uuidV5 } from './uuid.ts';

export interface HsdsInput {
	/** 'salons/aoba/x' */
	key: string;
	url: string;
	data: SalonData | ResourceData;
}

const BYDAY = { 月: 'MO', 火: 'TU', 水: 'WE', 木: 'TH', 金: 'FR', 土: 'SA', 日: 'SU' } as const;
const STATUS = { 活動中: 'active', 休止中: 'temporarily closed', 終了: 'defunct' } as const;

function hsdsSchedule(rule: ScheduleRule, index: number, schedule: Schedule, serviceId: string, start: string) {
	const days = (rule.weekdays ?? []).map((d) => BYDAY[d]);
	const single: Schedule = { rules: [rule], ...(schedule.from ? { from: schedule.from } : {}) };
	const first = nextOccurrences(single, schedule.from ?? start, 1, () => false, 400)[0]?.date;
	return {
		id: uuidV5(`${serviceId}:schedule:${index}`),
		service_id: serviceId,
		freq: rule.repeat === '毎月' ? 'MONTHLY' : 'WEEKLY',
		...(rule.repeat === '隔週' ? { interval: 2 } : {}),
		...(rule.days
			? { bymonthday: rule.days.join(',') }
			: {
					byday:
						rule.repeat === '毎月'
							? (rule.weeks ?? []).flatMap((w) => days.map((d) => `${w === '最終' ? -1 : w}${d}`)).join(',')
							: days.join(','),
				}),
		...(first ? { dtstart: first } : {}),
		...(schedule.from ? { valid_from: schedule.from } : {}),
		...(schedule.until ? { valid_to: schedule.until, until: schedule.until } : {}),
		wkst: 'MO',
		timezone: 9,
		...(rule.start ? { opens_at: `${rule.start}+09:00` } : {}),
		...(rule.end ? { closes_at: `${rule.end}+09:00` } : {}),
		description: describeSchedule(schedule),
		...(schedule.note ? { notes: schedule.note } : {}),
	};
}

export function hsdsExport(items: readonly HsdsInput[], site: SiteConfig, start: string) {
	const organizations = new Map<string, { id: string; name: string; description: string }>();
	const services = [];
	const locations = [];
	const serviceAtLocations = [];
	const schedules = [];
	for (const { key, url, data: d } of items) {
		const orgId = uuidV5(`organization:${d.provider.name}`);
		if (!organizations.has(orgId))
			organizations.set(orgId, { id: orgId, name: d.provider.name, description: `${d.provider.type}（${site.municipality}）` });
		const serviceId = uuidV5(`service:${key}`);
		const phoneNumber = d.contact.tel;
		const serviceSchedules = (d.schedule?.rules ?? []).map((rule, i) => hsdsSchedule(rule, i, d.schedule!, serviceId, start));
		schedules.push(...serviceSchedules);
		services.push({
			id: serviceId,
			organization_id: orgId,
			name: d.name,
			description: d.summary,
			url,
			status: STATUS[d.status],
			application_process: d.how_to_apply,
			fees_description: formatCost(d.cost),
			eligibility_description: d.target,
			...(d.last_confirmed ? { assured_date: d.last_confirmed } : {}),
			phones: phoneNumber
				? [{ id: uuidV5(`${serviceId}:phone`), service_id: serviceId, number: phoneNumber, description: d.contact.name }]
				: [],
			schedules: serviceSchedules,
		});
		if (d.place) {
			const locationId = uuidV5(`location:${key}`);
			locations.push({
				id: locationId,
				location_type: 'physical',
				organization_id: orgId,
				name: d.place.name,
				...(d.place.access ? { transportation: d.place.access } : {}),
				...(d.place.location ? { latitude: d.place.location.lat, longitude: d.place.location.lng } : {}),
				addresses: [
					{
						id: uuidV5(`${locationId}:address`),
						location_id: locationId,
						address_1: d.place.address,
						city: site.municipality,
						state_province: site.prefecture,
						postal_code: d.place.postal_code ?? '',
						country: 'JP',
						address_type: 'physical',
					},
				],
				...(d.accessibility?.length
					? {
							accessibility: [
								{ id: uuidV5(`${locationId}:accessibility`), location_id: locationId, description: d.accessibility.join('、') },
							],
						}
					: {}),
			});
			serviceAtLocations.push({ id: uuidV5(`service_at_location:${key}`), service_id: serviceId, location_id: locationId });
		}
	}
	return { organizations: [...organizations.values()], services, locations, service_at_locations: serviceAtLocations, schedules };
}
