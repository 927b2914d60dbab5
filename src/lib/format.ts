/** Small pure formatters for what residents read: money, dates, phone links. */
import type { z } from '../schemas/zod.ts';
import type { cost as costSchema } from '../schemas/common.ts';

type Cost = z.output<typeof costSchema>;

/** 無料 / 1回100円（お茶代） / 問い合わせください */
export function formatCost(cost: Cost | undefined): string {
	if (!cost) return '費用は問い合わせ先にご確認ください';
	const note = cost.note ? `（${cost.note}）` : '';
	if (cost.amount === 0) return `無料${note}`;
	return `${cost.per ?? ''}${cost.amount.toLocaleString('ja-JP')}円${note}`;
}

export const isFree = (cost: Cost | undefined): boolean => cost?.amount === 0;

/** 2026年9月15日 */
export function formatDateLong(iso: string): string {
	const [y, m, d] = iso.split('-').map(Number);
	return `${y}年${m}月${d}日`;
}

/** tel: link target: digits only. */
export function telHref(tel: string): string {
	return `tel:${tel.replace(/[^\d+]/g, '')}`;
}

/** Whether information confirmed on `lastConfirmed` is more than `months` old on `today`. */
export function isStale(lastConfirmed: string, today: string, months = 12): boolean {
	const [y, m, d] = lastConfirmed.split('-').map(Number) as [number, number, number];
	const limit = new Date(Date.UTC(y, m - 1 + months, d)).toISOString().slice(0, 10);
	return today > limit;
}
