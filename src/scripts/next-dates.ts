/**
 * Entry pages: rewrites 「次は …」 for the day the page is read, from the dates the build embedded
 * (src/components/NextDates.astro). Tiny on purpose: the one script an entry page may load (npm run verify).
 */
import { datesFrom, nextDatesText } from '../lib/schedule/next-dates.ts';

const today = new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 10);
for (const box of document.querySelectorAll<HTMLElement>('[data-next-dates]')) {
	const dates = (box.dataset['nextDates'] ?? '').split(' ').filter(Boolean);
	box.querySelector('[data-next-text]')!.textContent =
		nextDatesText(datesFrom(dates, today)) ?? '次の日にちは、問い合わせ先にご確認ください。';
	box.querySelector<HTMLElement>('[data-next-asof]')!.hidden = true;
}
