/**
 * The mistakes people make writing YAML by hand, named in Japanese on the line where they are: a full-width colon
 * or space (a Japanese keyboard types them), a tab, a colon inside an unquoted value, an unclosed quote, and a
 * template's {{placeholder}} left in. The YAML parser often reports such a mistake a line or two later, or in
 * English; these are found on the line itself. Pure; used by src/lib/safety/frontmatter.ts.
 */

export interface YamlMistake {
	/** 1-based line within the YAML text. */
	line: number;
	message: string;
}

/** What a template's placeholder should become. */
const PLACEHOLDERS: Record<string, string> = {
	area: '地域の id（content/areas/ のファイル名。例: aoba）',
	today: '日付（例: 2026-11-24）',
	date: '日付（例: 2026-11-24）',
	id: 'このファイルの名前（英小文字）',
	level: '地域の種類（例: 校区、地区）',
	parent: 'ひとつ上の地域の id',
	lat: '緯度（例: 34.81）',
	lng: '経度（例: 135.65）',
};

/** The part of a line before a comment that is not inside quotes. */
function code(line: string): string {
	let quote = '';
	for (let i = 0; i < line.length; i++) {
		const c = line[i]!;
		if (quote) {
			if (c === quote && line[i - 1] !== '\\') quote = '';
		} else if (c === '"' || c === "'") quote = c;
		else if (c === '#' && (i === 0 || /\s/.test(line[i - 1]!))) return line.slice(0, i);
	}
	return line;
}

/** Template placeholders left in: found before the YAML is parsed (they would read as odd mappings). */
export function placeholders(source: string): YamlMistake[] {
	const found: YamlMistake[] = [];
	if (!source.includes('{{')) return found; // most files: no line to look at
	source.split('\n').forEach((text, i) => {
		for (const m of code(text).matchAll(/\{\{\s*([a-z_]+)\s*\}\}/g)) {
			found.push({
				line: i + 1,
				message: `ひな形の「{{${m[1]}}}」がそのまま残っています。${PLACEHOLDERS[m[1]!] ?? '値'}に書きかえてください`,
			});
		}
	});
	return found;
}

/**
 * A key indented with a full-width space: YAML reads 「　 tel」 as a new key named with the space, so the file
 * parses and the mistake would come out as an unknown field. Found before parsing.
 */
export function fullWidthIndent(source: string): YamlMistake | undefined {
	if (!source.includes('\u3000')) return undefined; // most files: no full-width space anywhere
	const index = source.split('\n').findIndex((text) => /^[ ]*\u3000[\u3000 ]*[A-Za-z_][\w-]*\s*[:：]/.test(text));
	return index === -1
		? undefined
		: { line: index + 1, message: '字下げ（行の始めの空白）に全角スペースが入っています。半角スペースにしてください' };
}

/** The first common mistake at or before `errorLine` (and the line after it), or undefined. */
export function commonMistake(source: string, errorLine: number | undefined): YamlMistake | undefined {
	const lines = source.split('\n');
	const last = Math.min(lines.length, (errorLine ?? lines.length) + 1);
	for (let i = 0; i < last; i++) {
		const text = lines[i]!;
		const line = i + 1;
		const body = code(text);
		if (/^\s*$/.test(body)) continue;
		if (/^[ ]*\u3000/.test(text))
			return { line, message: '字下げ（行の始めの空白）に全角スペースが入っています。半角スペースにしてください' };
		if (/^[ \u3000]*\t/.test(text)) return { line, message: '字下げ（行の始めの空白）にタブが入っています。半角スペースにしてください' };
		if (/^\s*(- )?[^\s:"'#\-][^:"'#]*：/.test(body) && !/^\s*(- )?[^：]*:\s/.test(body)) {
			return { line, message: '項目名のあとのコロンが全角の「：」です。半角の「:」と空白にしてください（例: name: 青葉サロン）' };
		}
		const value = /^\s*(?:- )?[A-Za-z_][\w-]*:\s+(.*)$/.exec(body)?.[1]?.trim();
		if (value) {
			const quote = value[0];
			if ((quote === '"' || quote === "'") && !new RegExp(`^${quote}(?:[^${quote}\\\\]|\\\\.)*${quote}\\s*$`).test(value)) {
				return { line, message: `引用符（${quote}）が閉じていません。値の最後にも ${quote} を書いてください` };
			}
			if (!/^["'[{|>&*!]/.test(value) && /:\s/.test(value)) {
				return { line, message: '値の中に「: 」があります。値全体を "" で囲んでください（例: hours: "受付: 9:00〜17:00"）' };
			}
		}
	}
	return undefined;
}
