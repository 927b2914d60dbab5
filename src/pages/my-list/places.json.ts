/**
 * What わたしのリスト shows for each place: name, when, where, phone, how to join, address of its page. Loaded only
 * by /my-list/, in the browser, which keeps the list itself (nothing is sent back). `old`: not confirmed for over two
 * years on the build's date (src/lib/freshness.ts), so left off the printed list. `dates`: its next dates, each as
 * [YYYY-MM-DD, 12月9日（水）], for the coming month on paper.
 */
import type { APIRoute } from 'astro';
import { buildDate, leavesLists } from '../../lib/freshness.ts';
import { KINDS } from '../../lib/kinds.ts';
import { places, type Listing } from '../../lib/site-data/content.ts';
import { describeSchedule } from '../../lib/schedule/describe.ts';
import { isJapaneseHoliday } from '../../lib/schedule/holidays.ts';
import { shortDate } from '../../lib/schedule/next-dates.ts';
import { nextOccurrences } from '../../lib/schedule/occurrences.ts';
import { entryPath } from '../../lib/urls.ts';

/** The dates of the coming ~3 months (holidays and closures applied), from which the page picks those of the month it is printed in. */
const dates = (l: Listing) =>
	l.data.status === '活動中' && l.data.schedule?.rules.length
		? [...new Set(nextOccurrences(l.data.schedule, buildDate(), 60, isJapaneseHoliday, 100).map((o) => o.date))].map((d) => [
				d,
				shortDate(d),
			])
		: [];

const place = (l: Listing) => ({
	ref: `${l.collection}/${l.id}`,
	name: l.data.name,
	kind: 'category' in l.data ? l.data.category : KINDS[l.collection].label,
	when: [l.data.schedule ? describeSchedule(l.data.schedule) : '', l.data.schedule?.note ?? ''].filter(Boolean).join('。'),
	where: l.data.place ? `${l.data.place.name}（${l.data.place.address}）` : '',
	tel: l.data.contact.tel ?? '',
	contact: l.data.contact.name,
	apply: l.data.how_to_apply,
	cost: l.data.cost ? (l.data.cost.amount === 0 ? '無料' : `${l.data.cost.per ?? ''}${l.data.cost.amount}円`) : '',
	url: entryPath(l.collection, l.id),
	status: l.data.status,
	old: leavesLists(l.data.last_confirmed, buildDate()),
	dates: dates(l),
});

export const GET: APIRoute = () =>
	new Response(JSON.stringify(places.map(place)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
