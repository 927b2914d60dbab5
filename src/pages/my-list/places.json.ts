/**
 * What わたしのリスト shows for each place: name, when, where, phone, how to join, address of its page. Loaded only
 * by /my-list/, in the browser, which keeps the list itself (nothing is sent back). `old`: not confirmed for over two
 * years on the build's date (src/lib/freshness.ts), so left off the printed list.
 */
import type { APIRoute } from 'astro';
import { buildDate, leavesLists } from '../../lib/freshness.ts';
import { KINDS } from '../../lib/kinds.ts';
import { places, type Listing } from '../../lib/site-data/content.ts';
import { describeSchedule } from '../../lib/schedule/describe.ts';
import { entryPath } from '../../lib/urls.ts';

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
});

export const GET: APIRoute = () =>
	new Response(JSON.stringify(places.map(place)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
