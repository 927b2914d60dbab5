/**
 * The built sample site, as a resident gets it: every entry has its page, every 校区 page lists its entries,
 * entry pages carry what a resident needs, and no page ships JavaScript.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadContent } from '../src/lib/content-files.ts';
import { describeSchedule } from '../src/lib/schedule/describe.ts';
import type { Schedule } from '../src/schemas/schedule.ts';
import { TEST_DIST } from './build-site.ts';
import { SAMPLE } from './towns.ts';

const content = loadContent(SAMPLE, { today: '2026-11-23' });
const entries = (collection: string) => content.entries.filter((e) => e.collection === collection);
const page = (path: string) => readFileSync(join(TEST_DIST, path, 'index.html'), 'utf8');
/** The visible text of a page, roughly: tags removed, entities for & < > " decoded. */
const text = (html: string) =>
	html
		.replace(/<script[\s\S]*?<\/script>/g, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&amp;/g, '&')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/\s+/g, ' ');

function allHtml(dir: string): string[] {
	return (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).map((f) => join(dir, f));
}

beforeAll(() => {
	expect(content.problems.filter((p) => p.severity === 'error')).toEqual([]);
});

describe('the sample city is complete', () => {
	test('it has the entries the issue asks for', () => {
		const districts = entries('areas').filter((a) => a.data['level'] === '校区');
		expect(entries('areas').filter((a) => a.data['level'] === '圏域').length).toBeGreaterThanOrEqual(2);
		expect(districts.length).toBeGreaterThanOrEqual(6);
		expect(districts.every((d) => d.data['boundary'])).toBe(true);
		expect(entries('salons').length).toBeGreaterThanOrEqual(40);
		expect(entries('resources').length).toBeGreaterThanOrEqual(40);
		expect(entries('volunteers').length).toBeGreaterThanOrEqual(12);
		expect(entries('reports').length).toBeGreaterThanOrEqual(8);
	});
	test('resources cover all six fields and every service class', () => {
		const fields = new Set(entries('resources').flatMap((r) => r.data['fields'] as string[]));
		const classes = new Set(entries('resources').map((r) => r.data['service_class']));
		expect(fields.size).toBe(6);
		expect(classes.size).toBe(8);
	});
	test('every point lies inside its 校区 (no boundary warnings)', () => {
		expect(content.problems.filter((p) => p.field === 'place.location')).toEqual([]);
	});
});

describe('every entry has its page', () => {
	test.each(['salons', 'resources', 'volunteers', 'reports'])('%s', (collection) => {
		for (const entry of entries(collection)) {
			const html = page(`${collection}/${entry.id}`);
			const title = (entry.data['name'] ?? entry.data['title']) as string;
			expect(text(html), entry.file).toContain(title);
		}
	});
	test('every area has its page', () => {
		for (const area of entries('areas')) expect(text(page(`areas/${area.id}`))).toContain(area.data['name'] as string);
	});
});

describe('a 校区 page lists its entries', () => {
	test.each(['aoba', 'sakuragaoka', 'kawahara', 'chuo', 'matsukaze', 'higashiyama'])('%s', (id) => {
		const body = text(page(`areas/${id}`));
		for (const salon of entries('salons').filter((s) => s.data['area'] === id))
			expect(body, salon.file).toContain(salon.data['name'] as string);
		for (const r of entries('resources').filter((r) => (r.data['areas'] as string[]).includes(id)))
			expect(body, r.file).toContain(r.data['name'] as string);
		for (const v of entries('volunteers').filter((v) => v.data['area'] === id && v.data['status'] === '活動中'))
			expect(body, v.file).toContain(v.data['title'] as string);
		const area = entries('areas').find((a) => a.id === id)!;
		expect(body).toContain((area.data['council'] as { name: string }).name);
		expect(body).toContain((area.data['contact'] as { tel: string }).tel);
	});
	test('a weekly salon appears under its weekday with its time', () => {
		const html = page('areas/aoba');
		const wednesday = html.slice(html.indexOf('id="day-wed"'), html.indexOf('id="day-thu"'));
		expect(text(wednesday)).toContain('青葉団地 いきいきサロン');
		expect(text(wednesday)).toContain('第2・第4 13:30〜15:00');
	});
	test('resources for the whole city appear on every 校区 page', () => {
		expect(text(page('areas/higashiyama'))).toContain('ひだまり市 配食サービス（見守りつき）');
	});
});

describe('an entry page gives a resident what they need', () => {
	const salon = entries('salons').find((s) => s.id === 'aoba/aoba-danchi-ikiiki-salon')!;
	const html = page('salons/aoba/aoba-danchi-ikiiki-salon');
	test('the schedule in words, the place, the cost and 最終確認日', () => {
		const body = text(html);
		expect(body).toContain(describeSchedule(salon.data['schedule'] as Schedule));
		expect(body).toContain('第2・第4水曜 13:30〜15:00（祝日・8月は休み）');
		expect(body).toContain('ひだまり市青葉町3丁目2-1');
		expect(body).toContain('1回100円（お茶とお菓子代）');
		expect(body).toContain('最終確認日: 2026年9月15日');
	});
	test('a tel: link to the organisation', () => {
		expect(html).toContain('href="tel:0002013101"');
	});
	test('a link that opens the file in the repository web editor', () => {
		expect(html).toContain('href="https://github.com/sasaeai/sasaeai/edit/main/src/sample-city/salons/aoba/aoba-danchi-ikiiki-salon.md"');
	});
});

describe('every page', () => {
	const files = allHtml(TEST_DIST);
	test('entry pages ship no JavaScript; lists only the わたしのリスト tick; the search, today, my-list, 校区 and form pages their own', () => {
		const mayHaveScript = (f: string) =>
			/test-dist\/hidamari\/((search|today|my-list)\/|areas\/[^/]+\/|send\/[a-z-]+\/)?index\.html$/.test(f);
		const listPage = (f: string) => /test-dist\/hidamari\/(salons|resources|fields(\/[^/]+)?)\/index\.html$/.test(f);
		// Every page carries the few bytes that refuse being framed by another site (src/layouts/Layout.astro): not counted.
		const scriptsOf = (f: string) =>
			[
				...readFileSync(f, 'utf8').matchAll(/<script(?![^>]*type="application\/(ld\+)?json")[^>]*>(?!if\(window\.top!==window\.self\))/g),
			].map((m) => m[0]);
		expect(files.filter((f) => /\/(salons|resources|volunteers|reports)\/.+\/index\.html$/.test(f)).length).toBeGreaterThan(100);
		// An entry page that shows 「次は …」 loads its one tiny inline script (src/scripts/next-dates.ts) and nothing else.
		const nextDatesOnly = (f: string) =>
			readFileSync(f, 'utf8').includes('data-next-dates=') && scriptsOf(f).join() === '<script type="module">';
		expect(files.filter((f) => /\/(salons|resources)\/.+\/index\.html$/.test(f) && nextDatesOnly(f)).length).toBeGreaterThan(30);
		expect(files.filter((f) => !mayHaveScript(f) && !listPage(f) && !nextDatesOnly(f) && scriptsOf(f).length > 0)).toEqual([]);
		for (const f of files.filter(listPage)) for (const s of scriptsOf(f)) expect(s, f).toMatch(/TickButton/);
	});
	test('says the data is a fictional sample, has a skip link and one h1', () => {
		for (const f of files) {
			const html = readFileSync(f, 'utf8');
			expect(html, f).toContain('架空のサンプルです');
			expect(html, f).toContain('href="#main"');
			expect(html.match(/<h1[\s>]/g)?.length, f).toBe(1);
		}
	});
	test('there is a 404 page', () => {
		expect(readFileSync(join(TEST_DIST, '404.html'), 'utf8')).toContain('ページが見つかりません');
	});
	test('lists by field contain both salons and resources of that field', () => {
		const body = text(page('fields/health'));
		expect(body).toContain('青葉台 いきいき百歳体操');
		expect(body).toContain('川原診療所 まちの保健室（健康相談）');
		expect(body).not.toContain('ひだまり市 配食サービス（見守りつき）'); // 生活支援・見守り, not 健康づくり
	});
});
