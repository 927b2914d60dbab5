/**
 * Open data as other systems read it, from the built sample site: HSDS 3.0 validated against the official
 * schemas, GeoJSON, the standard CSV layouts (and our own import reading our export back), iCalendar,
 * schema.org JSON-LD, Open Graph, sitemap and robots, and the /data/ page that lists it all.
 */
import { runCollected } from '../scripts/lib/command-io.ts';
import { importCommand } from '../scripts/lib/import-command.ts';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../src/lib/content-files.ts';
import { csvRecords } from '../src/lib/import/csv.ts';
import { addDays } from '../src/lib/schedule/calendar.ts';
import { describeSchedule } from '../src/lib/schedule/describe.ts';
import { isJapaneseHoliday } from '../src/lib/schedule/holidays.ts';
import { occurrencesBetween } from '../src/lib/schedule/occurrences.ts';
import { uuidV5 } from '../src/lib/export/uuid.ts';
import { schedule as scheduleSchema, type Schedule } from '../src/schemas/schedule.ts';
import { TEST_DIST, TEST_TODAY } from './build-site.ts';
import { SAMPLE } from './towns.ts';

const content = loadContent(SAMPLE).entries;
const salons = content.filter((e) => e.collection === 'salons');
const file = (path: string) => readFileSync(join(TEST_DIST, path), 'utf8');
const json = (path: string) => JSON.parse(file(path));

describe('Open Referral HSDS 3.0', () => {
	const dir = join(process.cwd(), 'tests/fixtures/hsds-3.0');
	const ajv = new Ajv({ strict: false, allErrors: true });
	addFormats(ajv);
	for (const f of readdirSync(dir).filter((f) => f.endsWith('.json'))) ajv.addSchema(JSON.parse(readFileSync(join(dir, f), 'utf8')), f);
	test.each([
		['organizations', 'organization.json'],
		['services', 'service.json'],
		['locations', 'location.json'],
		['service_at_locations', 'service_at_location.json'],
		['schedules', 'schedule.json'],
	])('every item of %s validates against the official %s', (name, schema) => {
		const items = json(`data/hsds/${name}.json`) as unknown[];
		expect(items.length).toBeGreaterThan(0);
		const validate = ajv.getSchema(schema)!;
		for (const item of items) expect(validate(item) ? [] : validate.errors, JSON.stringify(item).slice(0, 120)).toEqual([]);
	});
	test('ids are UUIDs derived from entry ids, so they survive rebuilds', () => {
		const services = json('data/hsds/services.json') as { id: string; name: string }[];
		const salon = salons.find((s) => s.id === 'aoba/aoba-danchi-ikiiki-salon')!;
		expect(services.find((s) => s.name === salon.data['name'])!.id).toBe(uuidV5('service:salons/aoba/aoba-danchi-ikiiki-salon'));
		expect(uuidV5('x')).toBe(uuidV5('x'));
		expect(uuidV5('x')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
	});
	test('a 第2・第4水曜 schedule becomes byday 2WE,4WE', () => {
		const schedules = json('data/hsds/schedules.json') as { byday?: string; freq: string; opens_at?: string }[];
		expect(schedules.some((s) => s.freq === 'MONTHLY' && s.byday === '2WE,4WE' && s.opens_at === '13:30+09:00')).toBe(true);
	});
});

describe('GeoJSON (RFC 7946)', () => {
	test('every salon and resource with coordinates is a point, [longitude, latitude]', () => {
		const places = json('data/places.geojson');
		expect(places.type).toBe('FeatureCollection');
		const located = content.filter(
			(e) =>
				(e.collection === 'salons' || e.collection === 'resources') && (e.data['place'] as { location?: unknown } | undefined)?.location,
		);
		expect(places.features).toHaveLength(located.length);
		for (const f of places.features) {
			const [lng, lat] = f.geometry.coordinates;
			expect(lng).toBeGreaterThan(122);
			expect(lat).toBeLessThan(46);
		}
	});
	test('校区 boundaries are closed polygons', () => {
		const areas = json('data/areas.geojson');
		expect(areas.features).toHaveLength(6);
		for (const f of areas.features) {
			const ring = f.geometry.coordinates[0];
			expect(ring[0]).toEqual(ring.at(-1));
		}
	});
});

describe('CSV in the standard layouts', () => {
	test.each([
		['data/kayoinoba.csv', 38, '名称（ふりがな）'],
		['data/facilities.csv', 24, '名称_カナ'],
		['data/events.csv', 32, 'イベント名'],
	])('%s: UTF-8 with BOM, %i columns', (path, columns, header) => {
		const text = file(path);
		expect(text.charCodeAt(0)).toBe(0xfeff);
		const { headers, records } = csvRecords(text.slice(1));
		expect(headers).toHaveLength(columns);
		expect(headers.join(',')).toContain(header.normalize('NFKC'));
		expect(records.length).toBeGreaterThan(0);
	});
	test('events: recurring gatherings expanded into one row per date for three months from the build date', () => {
		const today = TEST_TODAY;
		const expected = salons
			.filter((s) => s.data['status'] === '活動中')
			.reduce(
				(n, s) => n + occurrencesBetween(scheduleSchema.parse(s.data['schedule']), today, addDays(today, 91), isJapaneseHoliday).length,
				0,
			);
		const { records } = csvRecords(file('data/events.csv').slice(1));
		expect(records).toHaveLength(expected);
		const dates = records.map((r) => r['開始日']!).sort();
		expect([dates[0]! >= today, dates.at(-1)! <= addDays(today, 91)]).toEqual([true, true]);
	});
	test('npm run import reads our own MHLW export back into equivalent salons', async () => {
		const work = mkdtempSync(join(tmpdir(), 'sasaeai-roundtrip-'));
		try {
			cpSync(join(SAMPLE, 'areas'), join(work, 'areas'), { recursive: true });
			cpSync(join(SAMPLE, 'site.yaml'), join(work, 'site.yaml'));
			const run = await runCollected({ SASAEAI_CONTENT: work }, (io) =>
				importCommand([join(TEST_DIST, 'data/kayoinoba.csv'), '--confirmed', '2030-01-01', '--report', join(work, 'report.md')], io),
			);
			// The MHLW layout has no column for the category (種類): a salon whose own words do not say it comes back as a
			// draft that asks for it and nothing else; every other salon comes back as it was.
			const counts = /書いた (\d+) 件、更新した 0 件、変わらない 0 件、下書き (\d+) 件、飛ばした行 0 件、更新できなかった行 0 件/.exec(
				run.stdout,
			);
			expect(counts, run.stdout + run.stderr).not.toBeNull();
			expect(Number(counts![1]) + Number(counts![2])).toBe(salons.length);
			const drafts = readdirSync(join(work, 'salons'), { recursive: true, withFileTypes: true }).filter(
				(f) => f.isFile() && f.name.startsWith('_'),
			);
			expect(drafts).toHaveLength(Number(counts![2]));
			for (const d of drafts) {
				const missing = readFileSync(join(d.parentPath, d.name), 'utf8')
					.split('\n')
					.filter((l) => l.startsWith('#   - '));
				expect(missing, d.name).toEqual([expect.stringContaining('種類（category')]);
			}
			const back = loadContent(work).entries.filter((e) => e.collection === 'salons');
			expect(back).toHaveLength(Number(counts![1]));
			const withoutDates = (s: Schedule) => describeSchedule({ ...s, closed: s.closed ? { ...s.closed, dates: [] } : undefined });
			for (const original of salons.filter((o) => back.some((b) => b.data['name'] === o.data['name']))) {
				const copy = back.find((b) => b.data['name'] === original.data['name'])!;
				/** The fields compared, as the salon schema gives them. */
				type Salon = {
					name: string;
					yomi: string;
					area: string;
					schedule: Schedule;
					contact: { tel?: string };
					cost?: { amount?: number };
					status: string;
					transport?: string;
				};
				const o = original.data as unknown as Salon;
				const c = copy.data as unknown as Salon;
				expect(c['yomi'], o['name']).toBe(o['yomi']);
				expect(c['area'], o['name']).toBe(o['area']);
				expect(withoutDates(c['schedule']), o['name']).toBe(withoutDates(o['schedule']));
				expect([c['schedule'].from, c['schedule'].until], o['name']).toEqual([o['schedule'].from, o['schedule'].until]);
				expect(c['contact'].tel, o['name']).toBe(o['contact'].tel);
				expect(c['cost']?.amount, o['name']).toBe(o['cost']?.amount);
				expect(c['status'], o['name']).toBe(o['status']);
				expect(c['transport'] === 'あり', o['name']).toBe(o['transport'] === 'あり');
			}
		} finally {
			rmSync(work, { recursive: true, force: true });
		}
	});
});

describe('iCalendar', () => {
	test('the city and every 校区 calendar parses, with one or more events per active salon', () => {
		for (const name of ['hidamari', 'aoba', 'chuo']) {
			const root = new ICAL.Component(ICAL.parse(file(`data/calendar/${name}.ics`)));
			expect(root.getAllSubcomponents('vevent').length, name).toBeGreaterThan(3);
		}
	});
	test('each salon page links its own calendar, and the file is there', () => {
		const html = file('salons/aoba/aoba-danchi-ikiiki-salon/index.html');
		expect(html).toContain('href="/data/calendar/salons/aoba/aoba-danchi-ikiiki-salon.ics"');
		expect(html).toContain('カレンダーに追加');
		expect(file('data/calendar/salons/aoba/aoba-danchi-ikiiki-salon.ics')).toContain(
			'RRULE:FREQ=MONTHLY;BYDAY=2WE,4WE;BYMONTH=1,2,3,4,5,6,7,9,10,11,12',
		);
	});
});

describe('for search engines and sharing', () => {
	test('a salon page carries schema.org Event with its schedule, Place and Organization', () => {
		const html = file('salons/aoba/aoba-danchi-ikiiki-salon/index.html');
		const ld = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(html)![1]!);
		const types = ld['@graph'].map((n: { '@type': string }) => n['@type']);
		expect(types).toEqual(['Organization', 'Place', 'Event']);
		const event = ld['@graph'][2];
		expect(event.eventSchedule[0]).toMatchObject({
			repeatFrequency: 'P1M',
			byMonthWeek: [2, 4],
			byDay: ['https://schema.org/Wednesday'],
			startTime: '13:30',
			scheduleTimezone: 'Asia/Tokyo',
		});
		expect(ld['@graph'][1].geo).toEqual({ '@type': 'GeoCoordinates', latitude: 34.8412, longitude: 135.6183 });
	});
	test('Open Graph tags on every page', () => {
		const html = file('areas/aoba/index.html');
		for (const p of ['og:title', 'og:description', 'og:url', 'og:site_name', 'og:locale']) expect(html).toContain(`property="${p}"`);
		expect(html).toContain('content="https://sasaeai.github.io/areas/aoba/"');
	});
	test('sitemap.xml lists every entry page; robots.txt keeps the sample city out of search engines', () => {
		const sitemap = file('sitemap.xml');
		for (const s of salons) expect(sitemap).toContain(`<loc>https://sasaeai.github.io/salons/${s.id}/</loc>`);
		expect(file('robots.txt')).toContain('Disallow: /');
		expect(file('robots.txt')).toContain('Sitemap: https://sasaeai.github.io/sitemap.xml');
	});
});

describe('the /data/ page', () => {
	test('lists every download with its format, the licence and the date, and every link works', () => {
		const html = file('data/index.html');
		expect(html).toContain('クリエイティブ・コモンズ 表示 4.0 国際（CC BY 4.0）');
		const links = [...html.matchAll(/href="(\/data\/[^"]+)" download/g)].map((m) => m[1]!);
		expect(links.length).toBeGreaterThanOrEqual(15);
		for (const link of links) {
			expect(existsSync(join(TEST_DIST, link)), link).toBe(true);
			expect(statSync(join(TEST_DIST, link)).size, link).toBeGreaterThan(100);
		}
		for (const format of ['GeoJSON (RFC 7946)', 'iCalendar (RFC 5545)', 'CSV（UTF-8 BOM）', 'JSON (HSDS 3.0)'])
			expect(html).toContain(format);
	});
});
