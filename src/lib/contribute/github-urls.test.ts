import { describe, expect, test } from 'vitest';
import { editFileLink, issueLink, mailLink, MAX_URL, newFileLink } from './github-urls.ts';

const repo = { url: 'https://github.com/kawanami-shakyo/kawanami-guide', branch: 'main', contentFolder: 'content' };
const file = '---\nname: 夕日カフェ & お茶#1\n---\n\n本文 100%\n';

describe('GitHub new-file page', () => {
	test('opens the entry folder with the file name and the whole content', () => {
		const link = newFileLink(repo, 'salons/kita/kita-yuhi-cafe.md', file);
		const url = new URL(link.url);
		expect(link.complete).toBe(true);
		expect(url.origin + url.pathname).toBe('https://github.com/kawanami-shakyo/kawanami-guide/new/main/content/salons/kita');
		expect(url.searchParams.get('filename')).toBe('kita-yuhi-cafe.md');
		expect(url.searchParams.get('value')).toBe(file);
	});
	test('the sample city’s folder is its own', () => {
		const url = new URL(newFileLink({ ...repo, contentFolder: 'src/sample-city' }, 'salons/aoba/x.md', 'a').url);
		expect(url.pathname).toBe(
			'/kawanami-guide/new/main/src/sample-city/salons/aoba'.replace('/kawanami-guide', '/kawanami-shakyo/kawanami-guide'),
		);
	});
	test('content too long for an address: the page opens with the name only, and says it must be pasted', () => {
		const long = `---\nname: x\n---\n\n${'長い説明です。'.repeat(800)}`;
		const link = newFileLink(repo, 'salons/kita/kita-x.md', long);
		expect(link.complete).toBe(false);
		expect(link.url.length).toBeLessThanOrEqual(MAX_URL);
		const url = new URL(link.url);
		expect(url.searchParams.get('filename')).toBe('kita-x.md');
		expect(url.searchParams.has('value')).toBe(false);
	});
	test('a fix opens the editor of the existing file, to paste into', () => {
		const link = editFileLink(repo, 'salons/kita/kita-yuhi-cafe.md');
		expect(link).toEqual({
			url: 'https://github.com/kawanami-shakyo/kawanami-guide/edit/main/content/salons/kita/kita-yuhi-cafe.md',
			complete: false,
		});
	});
});

describe('GitHub issue prefill', () => {
	test('names the send-file form and fills its fields by id', () => {
		const link = issueLink(repo.url, 'send-file.yml', {
			title: '【新しく】夕日カフェ',
			path: 'salons/kita/kita-yuhi-cafe.md',
			file,
			note: '電話で確認済み',
		});
		const url = new URL(link.url);
		expect(link.complete).toBe(true);
		expect(url.pathname).toBe('/kawanami-shakyo/kawanami-guide/issues/new');
		expect(Object.fromEntries(url.searchParams)).toEqual({
			template: 'send-file.yml',
			title: '【新しく】夕日カフェ',
			path: 'salons/kita/kita-yuhi-cafe.md',
			file,
			note: '電話で確認済み',
		});
	});
	test('a long file leaves the file field empty for pasting', () => {
		const link = issueLink(repo.url, 'send-file.yml', { title: 't', path: 'salons/kita/x.md', file: 'あ'.repeat(5000) });
		expect(link.complete).toBe(false);
		expect(new URL(link.url).searchParams.has('file')).toBe(false);
		expect(new URL(link.url).searchParams.get('path')).toBe('salons/kita/x.md');
	});
});

describe('e-mail', () => {
	test('carries the subject and the file', () => {
		const link = mailLink('info@example.jp', '【新しく】夕日カフェ', file);
		expect(link.url.startsWith('mailto:info@example.jp?')).toBe(true);
		expect(new URLSearchParams(link.url.split('?')[1]).get('body')).toBe(file);
	});
});
