/**
 * The addresses the form's ways out open: GitHub's new-file page with the file name and content filled in (for
 * someone without write access GitHub forks the repository and proposes the change as a pull request), the
 * edit page of an existing file, a new issue from the send-file issue form with its fields filled in (GitHub's
 * documented query parameters: template, title and each field's id), and an e-mail. A URL GitHub would refuse
 * as too long (414) is made without the content, and `complete` says the content must be pasted. Pure.
 */

export interface Repository {
	/** https://github.com/owner/name */
	url: string;
	branch: string;
	/** Where the content folder sits in the repository: content, or src/sample-city. */
	contentFolder: string;
}

/** Longer addresses are refused by GitHub (414) or cut by browsers and mail programs: stay well below. */
export const MAX_URL = 7000;

export interface Link {
	url: string;
	/** False when the content did not fit in the address and has to be pasted. */
	complete: boolean;
}

const enc = encodeURIComponent;
const segments = (path: string) => path.split('/').map(enc).join('/');

/** GitHub's page for a new file in the entry's folder, named and (if it fits) filled. */
export function newFileLink(repo: Repository, path: string, text: string): Link {
	const slash = path.lastIndexOf('/');
	const folder = `${repo.contentFolder}/${path.slice(0, slash)}`;
	const name = path.slice(slash + 1);
	const bare = `${repo.url}/new/${enc(repo.branch)}/${segments(folder)}?filename=${enc(name)}`;
	const full = `${bare}&value=${enc(text)}`;
	return full.length <= MAX_URL ? { url: full, complete: true } : { url: bare, complete: false };
}

/** GitHub's editor for an existing file: it cannot be filled from the address, so the new text is pasted. */
export function editFileLink(repo: Repository, path: string): Link {
	return { url: `${repo.url}/edit/${enc(repo.branch)}/${segments(`${repo.contentFolder}/${path}`)}`, complete: false };
}

export interface IssueFields {
	title: string;
	/** The file's path in the content folder: salons/aoba/aoba-yuhi-cafe.md */
	path: string;
	file: string;
	note?: string;
}

/** A new issue from the send-file form (.github/ISSUE_TEMPLATE/send-file.yml) with its fields filled in. */
export function issueLink(repoUrl: string, template: string, fields: IssueFields): Link {
	const base = `${repoUrl}/issues/new?template=${enc(template)}&title=${enc(fields.title)}&path=${enc(fields.path)}`;
	const note = fields.note ? `&note=${enc(fields.note)}` : '';
	const full = `${base}&file=${enc(fields.file)}${note}`;
	if (full.length <= MAX_URL) return { url: full, complete: true };
	return { url: `${base}${note}`.slice(0, MAX_URL), complete: false };
}

/** An e-mail with the file in its body (mail programs take about this much from a link). */
export function mailLink(address: string, subject: string, body: string): Link {
	const full = `mailto:${address}?subject=${enc(subject)}&body=${enc(body)}`;
	if (full.length <= MAX_URL) return { url: full, complete: true };
	return { url: `mailto:${address}?subject=${enc(subject)}&body=${enc('（ファイルを添えて送ります）')}`, complete: false };
}
