/**
 * <today-view>: lists today's and the coming days' gatherings for today's date in Japan. Built from text
 * nodes only. If the embedded holiday table no longer covers today, the no-JavaScript list stays instead.
 */
import { agenda } from '../lib/schedule/agenda.ts';
import { tokyoDate } from '../lib/schedule/calendar.ts';
import { describeTime } from '../lib/schedule/describe.ts';
import type { TodayData } from '../lib/schedule/today-data.ts';

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) => {
	const node = document.createElement(tag);
	if (text !== undefined) node.textContent = text;
	if (className) node.className = className;
	return node;
};

class TodayView extends HTMLElement {
	connectedCallback(): void {
		const data = JSON.parse(this.querySelector('script[data-today]')!.textContent!) as TodayData;
		const today = tokyoDate(new Date());
		if (today > data.until) return;
		const days = agenda(data, today, Number(this.dataset['days'] ?? 7));
		const output = this.querySelector<HTMLElement>('[data-output]')!;
		const headingTag = this.dataset['headingLevel'] === '2' ? 'h2' : 'h3';
		output.replaceChildren(
			...days.map((day, i) => {
				const section = el('section');
				const heading = el(headingTag, `${i === 0 ? '今日 ' : i === 1 ? 'あした ' : ''}${day.label}`, 'day-heading');
				if (day.holiday) heading.append(' ', el('small', day.holiday));
				section.append(heading);
				if (!day.entries.length) {
					section.append(el('p', i === 0 ? '今日の集まりは、登録がありません。' : 'この日の集まりは、登録がありません。', 'empty'));
					return section;
				}
				const list = el('ul', undefined, 'cards');
				for (const entry of day.entries) {
					const card = el('li', undefined, 'card');
					const link = el('a', entry.item.n, 'card-title');
					link.href = entry.item.u;
					const meta = el('ul', undefined, 'card-meta');
					meta.append(el('li', describeTime(entry) || '時間は問い合わせ先へ', 'slot-time'));
					if (entry.item.p) meta.append(el('li', entry.item.p));
					if (entry.item.a) meta.append(el('li', entry.item.a, 'area-tag'));
					card.append(link, meta);
					list.append(card);
				}
				section.append(list);
				return section;
			}),
		);
		this.querySelector<HTMLElement>('[data-fallback]')!.hidden = true;
		output.hidden = false;
	}
}

customElements.define('today-view', TodayView);
