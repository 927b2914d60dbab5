/**
 * How the form names a choice when the value alone says too little: the guideline's service classes carry their
 * number ①〜⑥ and a one-line explanation (the value written to the file stays the short name).
 */
import { SERVICE_CLASSES } from '../../schemas/taxonomy.ts';

const SERVICE_CLASS_HELP: Record<string, string> = {
	訪問型サービス: '総合事業で、家を訪ねて家事などを手伝う',
	通所型サービス: '総合事業で、通って体操や交流をする',
	その他の生活支援サービス: '総合事業の配食・見守りなど',
	一般介護予防事業: '町が開く介護予防の教室・通いの場',
	任意事業: '町の任意事業（家族介護の支援など）',
	その他市町村事業: '町のそのほかの事業（移動の手助けなど）',
	民間サービス: 'お店や会社が料金をとって行うサービス',
	地域の助け合い: '住民・ボランティアが自分たちで行う活動（サロンなど）',
};

/** The text of a choice in the form: 「⑥ 地域の助け合い — 住民・ボランティアが…」 for a service class, else the value. */
export function choiceLabel(key: string, value: string): string {
	if (key !== 'service_class') return value;
	const c = SERVICE_CLASSES.find((s) => s.value === value);
	return c ? `${c.number} ${value} — ${SERVICE_CLASS_HELP[value] ?? c.label}` : value;
}
