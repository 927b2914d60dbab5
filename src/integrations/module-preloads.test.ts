import { describe, expect, test } from 'vitest';
import { staticImports, withModulePreloads } from './module-preloads.ts';

describe('staticImports', () => {
	test('finds minified static imports, relative ones only', () => {
		expect(
			staticImports('import{a as b}from"./japanese.C1.js";import"./side.D2.js";import x from "leaflet";const y=import("./lazy.E3.js")'),
		).toEqual(['./japanese.C1.js', './side.D2.js']);
	});
});

describe('withModulePreloads', () => {
	const files: Record<string, string> = {
		'/base/_astro/search.A.js': 'import{p}from"./japanese.B.js";p()',
		'/base/_astro/japanese.B.js': 'import"./common.C.js";export const p=1',
		'/base/_astro/common.C.js': 'export{}',
	};
	const page =
		'<html><head><meta name="search-files" content="x"><link rel="stylesheet" href="/base/_astro/a.css"></head><body><script type="module" src="/base/_astro/search.A.js"></script></body></html>';
	test('the page script and what it imports, after the stylesheet, each once', () => {
		const html = withModulePreloads(page, (href) => files[href]);
		expect(html).toContain(
			'<link rel="stylesheet" href="/base/_astro/a.css"><link rel="modulepreload" href="/base/_astro/search.A.js"><link rel="modulepreload" href="/base/_astro/japanese.B.js"><link rel="modulepreload" href="/base/_astro/common.C.js"></head>',
		);
		expect(withModulePreloads(html, (href) => files[href])).toBe(html);
	});
	test('scripts that are not the site’s are left alone', () => {
		expect(withModulePreloads(page, () => undefined)).toBe(page);
	});
});
