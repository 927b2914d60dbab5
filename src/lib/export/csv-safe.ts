/**
 * Guards CSV against formula injection: a cell a spreadsheet would run as a formula (starting with = + - @ or
 * a tab) gets a leading apostrophe. Contributors' text ends up in these files, and people open them in Excel.
 */
export function csvSafe(csv: string): string {
	return csv.replace(/(^|,)("?)([=+\-@\t])/gm, (_m, sep: string, quote: string, c: string) => `${sep}${quote}'${c}`);
}
