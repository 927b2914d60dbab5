/**
 * One text policy for every field and every body: characters that hide or rewrite what a reader sees, or that
 * break the syntax of an export, are refused with a message naming the character. Applied at the schema
 * (src/schemas/common.ts), so every page and every export inherits it; the export writers still guard their
 * own syntax (src/lib/atom.ts, src/lib/export/ical.ts).
 *
 * - C0 controls (tab and line feed allowed in multi-line text only), DEL and C1 controls, a bare CR;
 * - bidirectional embeddings, overrides, isolates and marks (U+202A–202E, U+2066–2069, U+200E/200F, U+061C),
 *   which reverse how text is shown (a name that reads 「…txt.exe」);
 * - zero-width and invisible characters (U+200B–200D, U+2060–2064, U+FEFF, U+180E, U+FFF9–FFFB), which make
 *   two equal names look different to a program, or hide words from a check;
 * - U+2028 and U+2029 (line and paragraph separators) in a single-line field.
 */

const NAMES: Record<number, string> = {
	0x0d: '改行コード CR',
	0x09: 'タブ',
	0x0a: '改行',
	0x7f: '削除文字 DEL',
	0x061c: 'アラビア文字の向きの記号',
	0x200b: 'ゼロ幅スペース',
	0x200c: 'ゼロ幅非接合子',
	0x200d: 'ゼロ幅接合子',
	0x200e: '左から右への向きの記号',
	0x200f: '右から左への向きの記号',
	0x202a: '向きの埋め込み（左から右）',
	0x202b: '向きの埋め込み（右から左）',
	0x202c: '向きの埋め込みの終わり',
	0x202d: '向きの上書き（左から右）',
	0x202e: '向きの上書き（右から左）',
	0x2028: '行区切り文字',
	0x2029: '段落区切り文字',
	0x2060: '単語結合子',
	0x2066: '向きの分離（左から右）',
	0x2067: '向きの分離（右から左）',
	0x2068: '向きの分離',
	0x2069: '向きの分離の終わり',
	0xfeff: 'ゼロ幅ノーブレークスペース（BOM）',
};

/** Characters refused in any text. */
const ALWAYS =
	/[\u0000-\u0008\u000B\u000C\u000D\u000E-\u001F\u007F-\u009F\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\uFFF9-\uFFFB]/u;
/** Also refused in a one-line field: line breaks of every kind, and tabs. */
const LINE_BREAKS = /[\n\t\u2028\u2029]/u;

/** How a character is named in a message: its name and code point. */
export function describeCharacter(char: string): string {
	const code = char.codePointAt(0)!;
	const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
	const name = NAMES[code] ?? (code < 0x20 || (code >= 0x7f && code <= 0x9f) ? '制御文字' : '見えない文字');
	return `${name}（${hex}）`;
}

/** The first character the policy refuses in a text, or undefined. `singleLine` also refuses line breaks. */
export function forbiddenCharacter(text: string, singleLine: boolean): string | undefined {
	const match = ALWAYS.exec(text) ?? (singleLine ? LINE_BREAKS.exec(text) : null);
	return match?.[0];
}

/** The message for a refused character, or undefined when the text is clean. */
export function textProblem(text: string, singleLine: boolean): string | undefined {
	const char = forbiddenCharacter(text, singleLine);
	if (char === undefined) return undefined;
	if (singleLine && /[\n\u2028\u2029]/u.test(char)) return 'この項目は1行で書いてください（改行は使えません）';
	return `見えない文字・制御文字 ${describeCharacter(char)}が入っています。消してから書き直してください（コピーした文章に入っていることがあります）`;
}

/**
 * Text for comparing (duplicates, privacy): NFKC, without zero-width, bidirectional and control characters,
 * so 「青葉\u200bサロン」 and 「青葉サロン」 are the same name to a check.
 */
export function comparable(text: string): string {
	return text
		.normalize('NFKC')
		.replace(new RegExp(ALWAYS.source, 'gu'), '')
		.replace(/[\u2028\u2029]/gu, '\n');
}

/** The text with every refused character removed: for export writers, as a last guard. */
export function stripForbidden(text: string, singleLine: boolean): string {
	const cleaned = text.replace(new RegExp(ALWAYS.source, 'gu'), (c) => (c === '\r' ? '\n' : ''));
	return singleLine ? cleaned.replace(/[\n\t\u2028\u2029]+/gu, ' ') : cleaned;
}
