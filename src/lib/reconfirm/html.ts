/**
 * Writing the campaign's HTML pages (sheets and index) from content values: every value is escaped, and the
 * characters the text policy refuses are dropped as a last guard. Pure.
 */
import { stripForbidden } from '../safety/text-policy.ts';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for an element or an attribute value. */
export function esc(value: string | number): string {
	return stripForbidden(String(value), false).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/**
 * Style shared by the sheets and the index: A4, at least 12 pt on paper. One weight of the font only: each weight is
 * one more CJK font for Chromium to embed in every PDF, which doubles the time a sheet takes; headings stand out by
 * size and rules instead.
 */
export const PRINT_STYLE = `
@page { size: A4; margin: 14mm 14mm 16mm; }
* { box-sizing: border-box; }
html { font-weight: normal; font-family: "Noto Sans CJK JP", "Noto Sans JP", "Hiragino Sans", "Yu Gothic", "Meiryo", sans-serif; font-size: 12pt; line-height: 1.6; color: #000; }
body { margin: 0; padding: 0; }
@media screen { body { max-width: 210mm; margin: 0 auto; padding: 12px; } }
h1, h2, h3, th, strong, b { font-weight: normal; }
h1 { font-size: 19pt; margin: 0 0 6pt; border-bottom: 2px solid #000; }
h2 { font-size: 15pt; margin: 0 0 4pt; }
p { margin: 0 0 6pt; }
a { color: #003f8a; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #555; padding: 3pt 5pt; text-align: left; vertical-align: top; font-size: 12pt; }
th { background: #eee; }
`;

/** A whole page: lang ja, UTF-8, its own style. No script. */
export function page(title: string, style: string, body: string): string {
	return `<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${PRINT_STYLE}${style}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
