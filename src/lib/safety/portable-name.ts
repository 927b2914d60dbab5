/**
 * Names every system can hold. A file name that Windows reserves (CON, PRN, AUX, NUL, COM1–9, LPT1–9, with any
 * extension and in any case), that ends in a dot or a space, or that is longer than 100 characters cannot be
 * checked out everywhere, and breaks a town's repository on a coordinator's Windows machine. The file policy,
 * the issue workflow, `npm run new`, `npm run import` and `npm run import-areas` ask this one rule.
 */

/** The longest file or folder name the project writes or accepts (characters, extension included). */
export const MAX_NAME_LENGTH = 100;

const RESERVED = /^(con|prn|aux|nul|com[1-9¹²³]|lpt[1-9¹²³])(\..*)?$/i;

/** Why `name` (one path segment) is not portable, in Japanese, or undefined when it is. */
export function portableNameProblem(name: string): string | undefined {
	if (RESERVED.test(name)) {
		const stem = name.split('.')[0]!;
		return `「${stem}」は Windows で使えない名前です（CON・PRN・AUX・NUL・COM1〜9・LPT1〜9 は拡張子を付けても使えません）。別の名前にしてください`;
	}
	if (/[. ]$/.test(name)) return '名前の終わりにドット（.）や空白は使えません（Windows で開けなくなります）';
	if ([...name].length > MAX_NAME_LENGTH) return `名前が長すぎます（${[...name].length}文字）。${MAX_NAME_LENGTH}文字以内にしてください`;
	return undefined;
}
