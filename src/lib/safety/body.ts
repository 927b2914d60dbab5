/**
 * What a content body (the Markdown or MDX below the front matter) must not hold: characters the text policy
 * refuses, more than the length limit, nesting deeper than the limit (src/lib/safety/nesting.ts, measured before
 * any processor sees the text), and unsafe markup (src/lib/safety/markup.ts). One list for the check
 * and the build, with lines counted within the body.
 */
import { LIMITS } from './limits.ts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { inspectBody, type OwnSite } from './markup.ts';
import { bodyNestingProblem } from './nesting.ts';
import { describeCharacter, forbiddenCharacter } from './text-policy.ts';

export interface BodyProblem {
	/** 1-based line within the body. */
	line: number;
	message: string;
}

/**
 * @param publicDir the site's public/ folder: every photo the body shows must be there (a path that reaches
 *   outside it is refused by the markup rules before this looks)
 * @param site the site's host, so that an absolute link to its own list, form or search is judged as its own
 */
export function bodyProblems(body: string, format: 'md' | 'mdx', publicDir?: string, site: OwnSite = {}): BodyProblem[] {
	if (body.length > LIMITS.bodyChars)
		return [
			{
				line: 1,
				message: `本文が長すぎます（${body.length.toLocaleString('ja-JP')}文字、${LIMITS.bodyChars.toLocaleString('ja-JP')}文字まで）。分けて書いてください`,
			},
		];
	const problems: BodyProblem[] = [];
	body.split('\n').forEach((text, index) => {
		const char = forbiddenCharacter(text, false);
		if (char !== undefined)
			problems.push({
				line: index + 1,
				message: `見えない文字・制御文字 ${describeCharacter(char)}が入っています。消してください（コピーした文章に入っていることがあります）`,
			});
	});
	// Too deep a text never reaches the Markdown or MDX processor (src/lib/safety/nesting.ts).
	const deep = bodyNestingProblem(body, format);
	if (deep) return [...problems, deep].sort((a, b) => a.line - b.line);
	const { problems: markup, photos } = inspectBody(body, format, site);
	const missing = publicDir
		? photos
				.filter((p) => !existsSync(join(publicDir, p.src)))
				.map((p) => ({ line: p.line, message: `写真「${p.src}」がありません。public${p.src} に置いてください` }))
		: [];
	return [...problems, ...markup, ...missing].sort((a, b) => a.line - b.line);
}
