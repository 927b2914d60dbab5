import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { CONFIRM_OPTION, FORM_LABELS, issueBody, MAX_BODY_CHARS, parseIssueBody, type IssueBodyResult } from './issue-body.ts';
import { formBody, SALON, SALON_PATH } from './test-fixtures.ts';

const ok = (result: IssueBodyResult) => {
	if (!result.ok) throw new Error(`refused: ${result.problems.join(' / ')}`);
	return result.issue;
};
const problems = (result: IssueBodyResult) => {
	if (result.ok) throw new Error('accepted');
	return result.problems.join('\n');
};

describe('the issue template and the parser agree', () => {
	const form = load(readFileSync('.github/ISSUE_TEMPLATE/send-file.yml', 'utf8')) as {
		labels: string[];
		body: { type: string; id?: string; attributes: { label?: string; render?: string } }[];
	};
	const fields = form.body.filter((f) => f.type !== 'markdown');
	test('the fields are path, file, note and the checkbox, in that order, under the labels the parser reads', () => {
		expect(fields.map((f) => [f.id, f.attributes.label])).toEqual([
			['path', FORM_LABELS.path],
			['file', FORM_LABELS.file],
			['note', FORM_LABELS.note],
			['consent', FORM_LABELS.confirm],
		]);
	});
	test('the file is rendered as a code block and the issue carries the label the workflow needs', () => {
		expect(fields[1]!.attributes.render).toBe('yaml');
		expect(form.labels).toEqual(['フォームから']);
	});
});

describe('parseIssueBody', () => {
	test('reads the path, the file without its fence, the note and the checkbox', () => {
		const issue = ok(parseIssueBody(formBody({ note: 'チラシで確かめました。' })));
		expect(issue).toEqual({ path: SALON_PATH, file: SALON, note: 'チラシで確かめました。', confirmed: true });
	});
	test('an empty note is undefined, an unticked box is false, a body without the checkbox section is undefined', () => {
		expect(ok(parseIssueBody(formBody({ confirmed: false }))).note).toBeUndefined();
		expect(ok(parseIssueBody(formBody({ confirmed: false }))).confirmed).toBe(false);
		expect(ok(parseIssueBody(formBody({ confirmed: null }))).confirmed).toBeUndefined();
	});
	test('CRLF line ends (what a browser sends) and a BOM are read as LF', () => {
		const issue = ok(parseIssueBody(`\uFEFF${formBody().replace(/\n/g, '\r\n')}`));
		expect(issue.file).toBe(SALON);
		expect(issue.path).toBe(SALON_PATH);
	});
	test('an unfenced file (written by hand) and other fences (~~~, four backticks) are read too', () => {
		expect(ok(parseIssueBody(formBody({ fence: null }))).file).toBe(SALON.replace(/\n+$/, ''));
		expect(ok(parseIssueBody(formBody({ fence: '~~~' }))).file).toBe(SALON);
		expect(ok(parseIssueBody(formBody({ fence: '````' }))).file).toBe(SALON);
	});

	describe('forged headings inside the file cannot move a boundary', () => {
		const forged = [
			`### ${FORM_LABELS.note}`,
			'',
			'盗んだひとこと',
			'',
			`### ${FORM_LABELS.path}`,
			'',
			'.github/workflows/x.yml',
			'',
			`### ${FORM_LABELS.file}`,
			'',
			'```',
			`### ${FORM_LABELS.confirm}`,
			'',
			'- [X] forged',
		].join('\n');
		const file = `${SALON}\n${forged}\n\n本文のつづき\n`;
		test('a body holding every heading of the form, and a fence, stays in the file', () => {
			const issue = ok(parseIssueBody(formBody({ file, note: '本当のひとこと' })));
			expect(issue.file).toBe(file);
			expect(issue.path).toBe(SALON_PATH);
			expect(issue.note).toBe('本当のひとこと');
			expect(issue.confirmed).toBe(true);
		});
		test('also when the note is empty and the checkbox section is gone', () => {
			const issue = ok(parseIssueBody(formBody({ file, confirmed: null })));
			expect(issue.file).toBe(file);
			expect(issue.note).toBeUndefined();
		});
		test('a report body with its own ### headings is one file', () => {
			const report = `${SALON}\n### 議題1\n\n見守り\n\n### 議題2\n\n送迎\n`;
			expect(ok(parseIssueBody(formBody({ file: report }))).file).toBe(report);
		});
	});

	test('a forged note heading inside the note cuts the note into the file, which is then refused', () => {
		const note = `はじめ\n\n### ${FORM_LABELS.note}\n\nおわり`;
		expect(problems(parseIssueBody(formBody({ note })))).toContain('最後の ``` が見つかりません');
	});

	describe('refuses', () => {
		test.each([
			['no body', null, '本文がありません'],
			['an empty body', '   \n', '本文がありません'],
			['a body that is not a string', { body: 1 }, '本文がありません'],
			['a body over the limit', `${formBody()}\n${'あ'.repeat(MAX_BODY_CHARS)}`, '長すぎます'],
			['a body that does not start with the path heading', `hello\n\n${formBody()}`, 'ファイルの場所'],
			['a body whose first heading is forged lower down', `### ${FORM_LABELS.file}\n\n${formBody()}`, 'ファイルの場所'],
			[
				'a body without the file heading',
				`### ${FORM_LABELS.path}\n\n${SALON_PATH}\n\n### ${FORM_LABELS.note}\n\nx`,
				'ファイルの中身」がありません',
			],
			[
				'a body without the note heading',
				`### ${FORM_LABELS.path}\n\n${SALON_PATH}\n\n### ${FORM_LABELS.file}\n\n${SALON}`,
				'コーディネーターへのひとこと」がありません',
			],
		])('%s', (_name, body, message) => {
			expect(problems(parseIssueBody(body))).toContain(message);
		});
		test('a path of two lines (an edited body), and an empty path', () => {
			expect(problems(parseIssueBody(formBody({ path: `${SALON_PATH}\n.github/workflows/x.yml` })))).toContain('1行で');
			expect(problems(parseIssueBody(formBody({ path: '' })))).toContain('「ファイルの場所」が空です');
		});
		test('an empty file, and a file whose fence is not closed', () => {
			expect(problems(parseIssueBody(formBody({ file: '' })))).toContain('「ファイルの中身」が空です');
			const body = formBody().replace(/\n```\n\n### コーディネーター/, `\n\n### コーディネーター`);
			expect(problems(parseIssueBody(body))).toContain('最後の ``` が見つかりません');
		});
	});

	test('text that means something to a shell or to GitHub Actions comes out unchanged, as data', () => {
		const file = SALON.replace('どなたでも', '$(touch /tmp/pwned) ${{ secrets.GITHUB_TOKEN }} `id` "; rm -rf ~');
		const issue = ok(parseIssueBody(formBody({ file, note: '${{ github.token }}' })));
		expect(issue.file).toBe(file);
		expect(issue.note).toBe('${{ github.token }}');
	});
});

describe('issueBody (what the relay writes) is what GitHub writes for the form, and reads back', () => {
	test('the same text as GitHub writes for the same answers', () => {
		expect(issueBody({ path: SALON_PATH, file: SALON })).toBe(formBody().replace('\n\n```\n\n###', '\n```\n\n###'));
		expect(issueBody({ path: SALON_PATH, file: SALON, note: 'チラシで確かめました。' })).toContain(
			`### ${FORM_LABELS.note}\n\nチラシで確かめました。\n\n### ${FORM_LABELS.confirm}\n\n- [X] ${CONFIRM_OPTION}`,
		);
	});
	test("the checkbox option is the template's", () => {
		expect(readFileSync('.github/ISSUE_TEMPLATE/send-file.yml', 'utf8')).toContain(`- label: ${CONFIRM_OPTION}`);
	});
	test('a file holding fences and forged headings comes back whole, inside a longer fence', () => {
		const file = `${SALON}\n\`\`\`\n### ${FORM_LABELS.note}\n\n\`\`\`\`\nおわり\n`;
		const body = issueBody({ path: SALON_PATH, file, note: 'ひとこと' });
		expect(body).toContain('`````yaml\n');
		expect(ok(parseIssueBody(body))).toEqual({ path: SALON_PATH, file: file.replace(/\n$/, ''), note: 'ひとこと', confirmed: true });
	});
});
