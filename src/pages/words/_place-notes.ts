/**
 * Each place's note in the keyword index (weekdays and 校区, src/lib/search/place-note.ts), by page address: made
 * once per build from the search records, read by every word list.
 */
import { placeNote } from '../../lib/search/place-note.ts';
import { areas, terms } from '../../lib/site-data/content.ts';
import { siteRecords } from '../../lib/site-data/search-records.ts';

const notes = new Map(siteRecords.map((r) => [r.url, placeNote(r.filters, areas.districts.length, `${terms.top}内全域`)]));

export const noteOf = (url: string): string => notes.get(url) ?? '';
