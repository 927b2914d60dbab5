/**
 * Words from an entry that the issue-to-pull-request workflow puts in a commit message or a pull request's title
 * stay words. GitHub acts on some: a closing keyword followed by an issue (「Fixes #1」, 「closes owner/repo#2」,
 * 「Resolves https://github.com/o/r/issues/3」) closes that issue when the pull request is merged, and a mention
 * (`@user`, `@org/team`) notifies people. So every reference and mention in such a text is written with the
 * full-width sign (＃, ＠), which reads the same and links nothing, and an issue address loses its `://`.
 * Pure: the workflow's own words around the entry's (「（#12 のフォームから）」) are added after this.
 */

/** The closing keywords GitHub documents (any case, an optional colon after them). */
export const CLOSING_KEYWORDS: readonly string[] = [
	'close',
	'closes',
	'closed',
	'fix',
	'fixes',
	'fixed',
	'resolve',
	'resolves',
	'resolved',
];

/**
 * `text` with every issue reference and mention made inert: 「Fixes #1」 → 「Fixes ＃1」, `owner/repo#2` →
 * `owner/repo＃2`, `GH-3` → `GH－3`, `https://github.com/o/r/issues/4` → `https：//github.com/o/r／issues/4`,
 * `@user` → `＠user`. Every one, not only those after a keyword: a reference alone still notifies the issue.
 */
export function inertGitHubText(text: string): string {
	return text
		.replace(/#(?=\d)/g, '＃')
		.replace(/\b(GH)-(?=\d)/gi, '$1－')
		.replace(/:\/\//g, '：//')
		.replace(/\/(issues|pull|discussions)\/(?=\d)/gi, '／$1/')
		.replace(/@(?=[A-Za-z0-9])/g, '＠');
}
