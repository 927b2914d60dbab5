/**
 * Fixtures for the issue-to-pull-request tests: entry files that pass the schemas in 川波町
 * (tests/fixtures/towns/kawanami-cho), and issue bodies written the way GitHub writes an issue form's answers.
 * Used by tests only.
 */
import { FORM_LABELS, NO_RESPONSE } from './issue-body.ts';

/** A new salon in 下川地区 of 川波町, valid against the salon schema and the town's areas. */
export const SALON_PATH = 'salons/shimogawa/shimogawa-yuhi-cafe.md';
export const SALON = `---
name: 下川 夕日カフェ
yomi: しもがわ ゆうひかふぇ
category: 居場所
summary: 川沿いの集会所で、夕方にお茶を飲みながらおしゃべりをする居場所です。
target: どなたでも
fields: [集いと交流]
service_class: 地域の助け合い
provider:
  name: 下川地区 自治会連合会
  type: 自治会
area: shimogawa
place:
  name: 下川 川沿い集会所
  address: 川波町下川210
  location: { lat: 35.2361, lng: 136.0335 }
schedule:
  rules:
    - repeat: 毎週
      weekdays: [金]
      start: 15:00
      end: 17:00
cost:
  amount: 0
contact:
  name: 下川地区 自治会連合会
  tel: 000-300-0012
how_to_apply: 申し込みはいりません。当日、直接お越しください。
last_confirmed: 2026-10-01
status: 活動中
---

夕日が見える集会所で、週に一度ひらいています。
`;

/** A meeting report in 上川地区 whose body names a private person and a private phone number. */
export const REPORT_PATH = 'reports/kamigawa/2026-11-20-kamigawa-council.md';
export const REPORT = `---
title: 第9回 上川地区 ささえあい会議
area: kamigawa
date: 2026-11-20
venue: 上川公民館 会議室
participants:
  - { organisation: 上川地区 自治会長会, role: 会長, count: 2 }
agenda:
  - 冬の見守り
---

山田さんから、090-1234-5678 に連絡がほしいとのことでした。
`;

export interface FormAnswers {
	path?: string;
	file?: string;
	note?: string;
	/** The checkbox: true ticked (the default), false not, null leaves the section out. */
	confirmed?: boolean | null;
	/** The fence GitHub puts around the file (`render: yaml`); null for none. */
	fence?: string | null;
}

/** An issue body as GitHub writes it for .github/ISSUE_TEMPLATE/send-file.yml: `### label`, blank line, answer. */
export function formBody({ path = SALON_PATH, file = SALON, note, confirmed = true, fence = '```' }: FormAnswers = {}): string {
	const fileAnswer = file === '' ? NO_RESPONSE : fence === null ? file : `${fence}yaml\n${file}\n${fence}`;
	const sections: [string, string][] = [
		[FORM_LABELS.path, path === '' ? NO_RESPONSE : path],
		[FORM_LABELS.file, fileAnswer],
		[FORM_LABELS.note, note ?? NO_RESPONSE],
	];
	if (confirmed !== null)
		sections.push([FORM_LABELS.confirm, `- [${confirmed ? 'X' : ' '}] 個人の名前・自宅の住所・個人の電話番号は入っていません`]);
	return sections.map(([label, answer]) => `### ${label}\n\n${answer}`).join('\n\n');
}

/** An `issues` `labeled` event as GitHub writes it to $GITHUB_EVENT_PATH (the parts the workflow reads). */
export function labeledEvent(body: string, { number = 12, labels = ['フォームから', 'ファイルにする'], label = 'ファイルにする' } = {}) {
	return {
		action: 'labeled',
		label: { name: label },
		issue: { number, title: '[ファイル] 下川 夕日カフェ', body, labels: labels.map((name) => ({ name })) },
		repository: { default_branch: 'main', full_name: 'town/site' },
	};
}
