/** A problem found in a content file: what the build refuses (error) or what a coordinator should look at (warning). */
export interface Problem {
	severity: 'error' | 'warning';
	/** Path of the file, relative to the repository root where possible. */
	file: string;
	/** 1-based line, where it could be found. */
	line?: number | undefined;
	/** The field, as a dotted path: schedule.rules.0.start. Empty for the whole file. */
	field: string;
	/** What is wrong and how to fix it, in Japanese. */
	message: string;
	/** The field path as a list, for locating the line. */
	path?: readonly PropertyKey[];
}

export function fieldName(path: readonly PropertyKey[]): string {
	return path.map(String).join('.');
}

/** `content/salons/x.md:12 schedule.rules.0.start: 時刻は…` */
export function formatProblem(p: Problem): string {
	const where = p.line ? `${p.file}:${p.line}` : p.file;
	const label = p.severity === 'error' ? 'エラー' : '注意';
	return `${where} [${label}] ${p.field ? `${p.field}: ` : ''}${p.message}`;
}
